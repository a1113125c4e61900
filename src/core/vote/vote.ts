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
import { ballotColumns, ballotStamp, candidatesOf, otherRankingBallots, readStamp } from './ballot-sheet';
import { countBallots } from './tally';
import type { BallotCount, VoteOutcome, VoteSettings } from '../model/vote-types';
import { parseVoteSettings } from './vote-settings';
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

/** Ballots laid out for another year or another ranking are not this vote's: an error at the stamp naming both, so nothing is counted. */
function checkStamp(grid: Grid, stamp: ReturnType<typeof ballotStamp>, issues: IssueList): void {
  const other = otherRankingBallots(grid, stamp);
  const found = readStamp(grid);
  if (other === null || !found) return;
  issues.error(
    CODE.ballotsOtherRanking,
    SHEET.ballots,
    found.cell,
    `${other}: các phiếu này không thuộc lần bình xét này nên chưa được kiểm. Nếu là phiếu của lần khác, hãy chuyển chúng sang một trang khác (hoặc xóa) rồi chạy ${issues.guide.update} để lập lại trang theo xếp hạng hiện tại.`,
  );
}

const NO_COUNT: BallotCount = { returned: 0, valid: 0, invalid: [], denominator: 0, awards: [], ties: [] };

/** Counts `grid` (the `Phiếu bầu` sheet) against the evaluation's ranking and applies the result. */
export function runVote(ev: Evaluation, grid: Grid, issues: IssueList): VoteOutcome {
  const errors = (): number => issues.items.filter((i) => i.severity === 'error').length;
  const before = errors();
  const settings = parseVoteSettings(ev.settings, issues);
  const candidates = candidatesOf(ev);
  requireSettings(ev, candidates.award.length > 0, issues);
  checkStamp(grid, ballotStamp(candidates, ev.settings.year), issues);
  // Before the count, so that a cell read wrongly is named as such and not as a spoilt ballot.
  reportUnreadBallots(grid, settings.marks, issues);
  const columns = ballotColumns(grid, candidates, issues);
  const count = columns ? countBallots(grid, columns, candidates, settings, ev.settings.awardCount, ev.settings.decimalSeparator, issues) : NO_COUNT;
  const outcome: VoteOutcome = {
    settings,
    candidates,
    counted: columns !== null && errors() === before,
    issued: settings.issued ?? 0,
    returned: count.returned,
    valid: count.valid,
    invalid: count.invalid,
    denominator: count.denominator,
    awards: count.awards,
    ties: count.ties,
  };
  if (outcome.counted) settle(ev, outcome);
  return outcome;
}
