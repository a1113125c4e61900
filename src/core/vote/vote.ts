/**
 * The council's vote applied to the evaluation: ballots counted, each tie the ballot
 * orders given distinct ranks (dense or competition as configured), and the award
 * proposal narrowed to the candidates who reached the threshold. When an error makes
 * the count doubtful, nothing is applied and the ranking stays as the scores give it.
 */
import { proposeAwards } from '../rules/awards';
import { CODE, IssueList } from '../model/issues';
import { isBlankRow } from '../read/parse-lists';
import { rank } from '../rules/rank';
import { HEADER_ROWS, SETTINGS, SHEET } from '../model/template';
import { cleanText } from '../model/text';
import type { Grid } from '../model/types';
import type { Evaluation } from '../model/evaluation';
import { reportUnreadBallots } from './ballot-cells';
import { ROUND_HEADER, ballotColumns, ballotStamp, candidatesOf, otherRankingBallots, readStamp, stampCell } from './ballot-sheet';
import { countBallots, roundOf } from './tally';
import type { BallotCount, CandidateCount, Candidates, RoundCount, TieCount, VoteOutcome, VoteSettings } from '../model/vote-types';
import { parseVoteSettings, quorumMembers } from './vote-settings';
import { a1, cellRef } from '../model/a1';
import { boundedList } from '../model/bounded-list';
import { formatDate } from '../model/dates';

/** True when `Phiếu bầu` holds at least one ballot under its header. */
export function hasBallots(grid: Grid | undefined): boolean {
  return !!grid && grid.slice(HEADER_ROWS).some((row) => !isBlankRow(row));
}

/** "05/01/2022", or '' when the date of the vote is not set. */
export function voteDay(vs: VoteSettings): string {
  const d = vs.date;
  return d ? formatDate(d) : '';
}

/**
 * Ballots were typed but cannot be counted (an error in `Phiếu bầu` or in the vote's
 * settings): no document may state a result then, neither the report nor the minutes.
 */
export function countFailed(ev: Evaluation): boolean {
  return ev.vote !== undefined && !ev.vote.counted;
}

/** Said wherever a document is held back by `countFailed`. */
export const COUNT_FAILED_TEXT = `Trang "${SHEET.ballots}" hoặc các mục bỏ phiếu của trang "${SHEET.settings}" còn lỗi nên chưa kiểm phiếu được: chưa tạo báo cáo, biên bản kiểm phiếu và tờ trình.`;

/** "theo kết quả bỏ phiếu ngày 05/01/2022". */
export function voteNote(vs: VoteSettings): string {
  const day = voteDay(vs);
  return `theo kết quả bỏ phiếu${day ? ` ngày ${day}` : ''}`;
}

/** A blank rule cannot be guessed: the count waits for the cluster to fill it. */
function requireSettings(ev: Evaluation, needThreshold: boolean, issues: IssueList): void {
  const missing = (key: string, what: string): void => {
    if (cleanText(ev.settings.values[key]) !== '') return;
    const label = SETTINGS.find((d) => d.key === key)?.label ?? key;
    issues.error(CODE.badSetting, SHEET.settings, ev.settings.cells[key] ?? 'A1', `Mục "${label}" còn trống: cần ${what} để kiểm phiếu.`);
  };
  missing('councilMembers', 'số thành viên Hội đồng (ví dụ 12) hoặc danh sách thành viên');
  // Whether a blank answer voids the ballot decides which ballots count at all.
  missing('validBallotRule', '"được để trống" hoặc "phải đủ ý kiến" theo quy chế của cụm');
  if (!needThreshold) return;
  missing('voteThreshold', 'tỷ lệ phiếu đồng ý theo quy chế của cụm (ví dụ 80)');
  missing('voteBase', '"tổng số thành viên" hoặc "số có mặt" theo quy chế của cụm');
  missing('voteComparison', '"ít nhất" hoặc "trên" theo quy chế của cụm');
}

/** Ranks after the vote: the ranking's own groups, and within a tie the units with more votes first. */
function settle(ev: Evaluation, outcome: VoteOutcome): void {
  const votes = new Map<string, number>();
  for (const t of outcome.ties) for (const v of t.votes) votes.set(v.unit.unit.code, v.votes);
  const before = ev.ranking;
  // -rank keeps the groups the scores made (dense and competition ranks both grow with the group).
  const placed = rank(
    before.map((r) => ({ total: -r.rank, keys: [votes.get(r.unit.code) ?? 0] })),
    ev.settings.rankStyle,
  );
  const note = voteNote(outcome.settings);
  ev.ranking = placed.map((p) => {
    const r = before[p.index];
    if (r.needsVote && !p.needsVote) r.voteNote = note;
    return Object.assign(r, { rank: p.rank, needsVote: p.needsVote });
  });
  if (outcome.candidates.award.length === 0) return;
  const passed = new Set(outcome.awards.filter((a) => a.passed).map((a) => a.unit.unit.code));
  ev.awards = proposeAwards(
    ev.ranking.filter((r) => passed.has(r.unit.code)),
    ev.settings.awardCount,
  );
}

/**
 * Ballots laid out for another year or another ranking are not this vote's: an error at the stamp naming both, so nothing is counted.
 * A sheet laid out before stamps existed says nothing of what it was laid for: its ballots are counted by their headers, with a
 * warning at the cell where the stamp would stand that gives the stamp to type there once the council has checked they are this vote's.
 */
function checkStamp(grid: Grid, stamp: ReturnType<typeof ballotStamp>, issues: IssueList): void {
  const found = readStamp(grid);
  if (!found) {
    const cell = stampCell(grid);
    issues.warning(
      CODE.unstampedBallots,
      SHEET.ballots,
      cell,
      `Trang "${SHEET.ballots}" không ghi phiếu được lập theo xếp hạng nào (lập bằng phiên bản cũ hoặc tự lập): các phiếu vẫn được kiểm theo tiêu đề cột. Nếu đúng là phiếu của lần bình xét này, hãy ghi vào ô ${cellRef(SHEET.ballots, cell)}: "${stamp.header}"; nếu là phiếu của lần khác, hãy chuyển chúng sang trang khác rồi chạy ${issues.guide.update}.`,
    );
    return;
  }
  const other = otherRankingBallots(grid, stamp);
  if (other === null) return;
  issues.error(
    CODE.ballotsOtherRanking,
    SHEET.ballots,
    found.cell,
    `${other}: các phiếu này không thuộc lần bình xét này nên chưa được kiểm. Nếu là phiếu của lần khác, hãy chuyển chúng sang một trang khác (hoặc xóa) rồi chạy ${issues.guide.update} để lập lại trang theo xếp hạng hiện tại.`,
  );
}

const NO_COUNT: BallotCount = { returned: 0, valid: 0, invalid: [], denominator: 0, awards: [], ties: [] };

const label = (key: string): string => SETTINGS.find((d) => d.key === key)?.label ?? key;

/** The quorum against those present: below it the meeting cannot vote, and the count waits (an error). */
function checkQuorum(ev: Evaluation, vs: VoteSettings, issues: IssueList): VoteOutcome['quorum'] {
  if (!vs.quorum || vs.members === null || vs.present === null) return null;
  const needed = quorumMembers(vs.quorum, vs.members);
  const met = vs.present >= needed;
  if (!met) {
    const cell = ev.settings.cells.membersPresent ?? ev.settings.cells.councilMembers ?? 'A1';
    issues.error(
      CODE.quorumNotMet,
      SHEET.settings,
      cell,
      `Chỉ có ${vs.present}/${vs.members} thành viên có mặt, ít hơn số tối thiểu ${needed} thành viên (${vs.quorum.text}) theo mục "${label('quorum')}": cuộc họp chưa đủ điều kiện bỏ phiếu nên không kiểm phiếu. Nếu số có mặt nhập sai, hãy sửa mục "${label('membersPresent')}" hoặc danh sách thành viên.`,
    );
  }
  return { needed, met };
}

/** Rows whose `Vòng` is not a round the regulation allows: errors at their cells. Returns the rounds present. */
function checkRounds(grid: Grid, column: number, maxRounds: number, issues: IssueList): Set<number> {
  const rounds = new Set<number>();
  if (column < 0) return rounds.add(1);
  for (let r = HEADER_ROWS; r < grid.length; r++) {
    if (isBlankRow(grid[r])) continue;
    const round = roundOf(grid[r][column]);
    if (round !== null && round <= maxRounds) {
      rounds.add(round);
      continue;
    }
    const allowed =
      maxRounds === 1 ? `quy chế chỉ cho phép một vòng (mục "${label('voteRounds')}"), hãy để trống hoặc ghi 1` : 'hãy ghi 1 hoặc 2 (để trống là vòng 1)';
    issues.error(CODE.ballotRound, SHEET.ballots, a1(r, column), `Phiếu ở dòng ${r + 1} ghi vòng "${cleanText(grid[r][column])}": ${allowed}.`);
  }
  return rounds;
}

/** What a round leaves for the next: award places still open with candidates below the threshold, ties still equal. */
function openAfter(
  c: Candidates,
  awards: readonly CandidateCount[],
  ties: readonly TieCount[],
  seats: number,
): { award: number[]; ties: number[]; seats: number } {
  const passed = awards.filter((a) => a.passed).length;
  const left = Math.max(0, seats - passed);
  const award =
    left === 0
      ? []
      : c.award
          .map((u, k) => ({ u, k }))
          .filter(({ u }) => awards.some((a) => a.unit === u && !a.passed))
          .map(({ k }) => k);
  const tieIndexes = c.ties
    .map((t, k) => ({ t, k }))
    .filter(({ t }) => ties.some((x) => x.rank === t.rank && !x.settled))
    .map(({ k }) => k);
  return { award, ties: tieIndexes, seats: left };
}

/** Counts `grid` (the `Phiếu bầu` sheet) against the evaluation's ranking and applies the result. */
export function runVote(ev: Evaluation, grid: Grid, issues: IssueList): VoteOutcome {
  const errors = (): number => issues.items.filter((i) => i.severity === 'error').length;
  const before = errors();
  const settings = parseVoteSettings(ev.settings, issues);
  const candidates = candidatesOf(ev);
  requireSettings(ev, candidates.award.length > 0, issues);
  checkStamp(grid, ballotStamp(candidates, ev.settings.year), issues);
  const quorum = checkQuorum(ev, settings, issues);
  // Before the count, so that a cell read wrongly is named as such and not as a spoilt ballot.
  reportUnreadBallots(grid, settings.marks, issues);
  const columns = ballotColumns(grid, candidates, issues);
  const sep = ev.settings.decimalSeparator;
  const seats = ev.settings.awardCount;
  const rounds: RoundCount[] = [];
  if (columns) {
    const present = checkRounds(grid, columns.round, settings.maxRounds, issues);
    const all = { award: candidates.award.map((_, k) => k), ties: candidates.ties.map((_, k) => k), seats };
    const first = countBallots(grid, columns, candidates, settings, { round: 1, roundColumn: columns.round, ...all }, sep, issues);
    rounds.push({ ...first, round: 1, issued: settings.issued ?? 0 });
    const open = openAfter(candidates, first.awards, first.ties, seats);
    if (present.has(2)) {
      if (open.award.length + open.ties.length === 0) {
        issues.error(
          CODE.ballotRound,
          SHEET.ballots,
          a1(0, Math.max(0, columns.round)),
          `Vòng 1 đã quyết định mọi nội dung bình xét, nhưng trang có phiếu ghi vòng 2. Hãy kiểm tra cột "${ROUND_HEADER}".`,
        );
      } else {
        const second = countBallots(grid, columns, candidates, settings, { round: 2, roundColumn: columns.round, ...open }, sep, issues);
        rounds.push({ ...second, round: 2, issued: settings.issued ?? 0 });
      }
    } else if (open.award.length + open.ties.length > 0 && settings.maxRounds >= 2 && errors() === before) {
      issues.warning(
        CODE.voteUndecided,
        SHEET.ballots,
        a1(0, Math.max(0, columns.round)),
        `Vòng 1 chưa quyết định được ${undecidedText(candidates, open)}. Quy chế cho phép bỏ phiếu vòng 2: nhập mỗi phiếu vòng 2 một dòng, cột "${ROUND_HEADER}" ghi 2${columns.round < 0 ? ' (thêm cột này sau cột "Số phiếu")' : ''}, chỉ ghi ý kiến về những nội dung này.`,
      );
    }
  }
  // Each question's final count is the one of the last round that asked it.
  const finalAwards = candidates.award.flatMap((u) =>
    [...rounds]
      .reverse()
      .flatMap((r) => r.awards.filter((a) => a.unit === u))
      .slice(0, 1),
  );
  const finalTies = candidates.ties.flatMap((t) =>
    [...rounds]
      .reverse()
      .flatMap((r) => r.ties.filter((x) => x.rank === t.rank))
      .slice(0, 1),
  );
  const last = openAfter(candidates, finalAwards, finalTies, seats);
  const undecided = { award: last.award.map((k) => candidates.award[k]), ties: finalTies.filter((t) => !t.settled) };
  const first = rounds[0] ?? { ...NO_COUNT };
  // Only a count that holds leaves anything undecided: while a cell stops it, nobody is asked to vote again or to decide.
  if (
    errors() === before &&
    rounds.length > 0 &&
    undecided.award.length + undecided.ties.length > 0 &&
    rounds.length >= settings.maxRounds &&
    !settings.headDecision
  ) {
    issues.warning(
      CODE.voteUndecided,
      SHEET.settings,
      ev.settings.cells.headDecision ?? 'A1',
      `Sau vòng bỏ phiếu cuối vẫn chưa quyết định được ${undecidedText(candidates, last)}. Theo quy chế, Cụm trưởng và Cụm phó quyết định: hãy ghi quyết định đó vào mục "${label('headDecision')}" để đưa vào biên bản.`,
    );
  }
  const outcome: VoteOutcome = {
    settings,
    candidates,
    counted: columns !== null && errors() === before,
    issued: settings.issued ?? 0,
    returned: first.returned,
    valid: first.valid,
    invalid: first.invalid,
    denominator: first.denominator,
    awards: finalAwards,
    ties: finalTies,
    rounds,
    undecided,
    quorum,
  };
  if (outcome.counted) settle(ev, outcome);
  return outcome;
}

/** "việc đề nghị Cờ thi đua (Long An, Cần Thơ); thứ hạng các đơn vị đồng hạng 5". */
function undecidedText(c: Candidates, open: { award: number[]; ties: number[] }): string {
  const parts: string[] = [];
  if (open.award.length > 0)
    parts.push(
      `việc đề nghị khen thưởng (${boundedList(
        open.award.map((k) => c.award[k].unit.shortName),
        'đơn vị',
      )})`,
    );
  for (const k of open.ties) parts.push(`thứ hạng các đơn vị đồng hạng ${c.ties[k].rank}`);
  return parts.join('; ');
}
