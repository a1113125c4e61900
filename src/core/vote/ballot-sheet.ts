/**
 * The `Phiếu bầu` sheet: one row a returned ballot. Column A the ballot number; a
 * column per award candidate ("Cờ thi đua: Long An", answered with a mark
 * `Cấu hình` accepts, by default "đồng ý" or "không đồng ý", or left blank); a column per tie ("Đồng hạng 5: Vĩnh Long / Đồng Tháp",
 * answered with the unit chosen). The layout is drawn from the ranking, and a
 * sheet laid out again keeps every value typed under a header that stays.
 */
import { a1 } from '../model/a1';
import { fingerprint } from '../model/fingerprint';
import { boundedList } from '../model/bounded-list';
import { CODE, IssueList } from '../model/issues';
import { HEADER_ROWS, SHEET } from '../model/template';
import { cleanText, nameKey } from '../model/text';
import type { CellValue, Grid, UnitResult } from '../model/types';
import type { Evaluation } from '../model/evaluation';
import type { TemplateSheet } from '../sheets/template-sheets';
import { MAX_COLUMN_WIDTH } from '../sheets/print-layout';
import { MAX_SHEET_COLUMNS } from '../model/cell-limit';
import type { Guide } from '../model/guide';
import type { Candidates } from '../model/vote-types';

export const BALLOT_NUMBER_HEADER = 'Số phiếu';
/** The header of the column that records what the sheet was laid for; nobody types under it. */
const STAMP_PREFIX = 'Lập theo xếp hạng ';
/** Which round a ballot belongs to (blank: round 1); laid out when the regulation allows two rounds. */
export const ROUND_HEADER = 'Vòng';
const AWARD_PREFIX = 'Cờ thi đua: ';
const TIE_PREFIX = 'Đồng hạng ';

export const awardHeader = (r: UnitResult): string => `${AWARD_PREFIX}${r.unit.shortName}`;
export const tieHeader = (rank: number, units: readonly UnitResult[]): string => `${TIE_PREFIX}${rank}: ${units.map((u) => u.unit.shortName).join(' / ')}`;

/**
 * What the ballot asks, for a message: "Cờ thi đua: Long An; Đồng hạng 5: Vĩnh Long / Đồng Tháp",
 * bounded (a large cluster has hundreds of ties, a tie may hold hundreds of units); the sheet's headers say it all.
 */
export function askedText(c: Candidates): string {
  const ties = c.ties.map(
    (t) =>
      `${TIE_PREFIX}${t.rank}: ${boundedList(
        t.units.map((u) => u.unit.shortName),
        'đơn vị',
        ' / ',
      )}`,
  );
  return boundedList([...c.award.map(awardHeader), ...ties], 'cột', '; ');
}

/**
 * What a `Phiếu bầu` was laid out for: the year and a fingerprint of its questions (the
 * award's candidates and every unbroken tie, by unit code). Written as a header cell, so
 * that ballots of another year or another ranking are told apart even when their
 * columns read the same ("Đồng hạng 5: Vĩnh Long / Đồng Tháp" two years running).
 */
export interface BallotStamp {
  year: number | null;
  code: string;
  header: string;
}

export function ballotStamp(c: Candidates, year: number | null): BallotStamp {
  const asked = [['award', ...c.award.map((r) => r.unit.code)], ...c.ties.map((t) => [`tie ${t.rank}`, ...t.units.map((u) => u.unit.code)])];
  const code = fingerprint({ ballots: [[year ?? ''], ...asked] }).slice(0, 8);
  return { year, code, header: `${STAMP_PREFIX}${year === null ? '(năm chưa ghi)' : `năm ${year}`} · mã ${code}` };
}

/** The stamp a laid-out sheet carries, as its header cell says it, with the cell; null when it carries none (laid out before stamps). */
export function readStamp(grid: Grid): { text: string; code: string; cell: string } | null {
  const header = grid[0] ?? [];
  const at = header.findIndex((h) => questionOf(h) === 'stamp');
  if (at < 0) return null;
  const text = cleanText(header[at]);
  return { text: text.slice(STAMP_PREFIX.length), code: /mã\s+(\S+)\s*$/.exec(text)?.[1] ?? '', cell: a1(0, at) };
}

/** Where a stamp goes on a sheet laid out before stamps existed: the first header cell right of its last title. */
export function stampCell(grid: Grid): string {
  const header = grid[0] ?? [];
  let last = header.length - 1;
  while (last >= 0 && cleanText(header[last]) === '') last--;
  return a1(0, last + 1);
}

/** Which question of the ballot a column of `Phiếu bầu` holds, by its header ('stamp': what it was laid for); null for a column of the user's own. */
export function questionOf(header: CellValue): 'number' | 'round' | 'award' | 'tie' | 'stamp' | null {
  const key = nameKey(header);
  if (key === nameKey(BALLOT_NUMBER_HEADER)) return 'number';
  if (key === nameKey(ROUND_HEADER)) return 'round';
  if (key.startsWith(nameKey(STAMP_PREFIX))) return 'stamp';
  if (key.startsWith(nameKey(AWARD_PREFIX))) return 'award';
  if (key.startsWith(nameKey(TIE_PREFIX))) return 'tie';
  return null;
}

/** What the ballot asks, from the ranking before the vote: the award's candidates and every unbroken tie. */
export function candidatesOf(ev: Evaluation): Candidates {
  const award = ev.settings.awardCount > 0 ? [...ev.awards.proposed, ...ev.awards.tiedAtCutoff] : [];
  const ties = new Map<number, UnitResult[]>();
  for (const r of ev.ranking) if (r.needsVote) ties.set(r.rank, [...(ties.get(r.rank) ?? []), r]);
  return { award, ties: [...ties].map(([rank, units]) => ({ rank, units })) };
}

/**
 * Whether a ranking needs the council's ballot: an award to propose or a tie no rule
 * breaks. The one rule behind the command's hint, the add-in's *Kiểm phiếu* and the
 * relayout of `Phiếu bầu`.
 */
export function needsBallot(c: Candidates): boolean {
  return c.award.length + c.ties.length > 0;
}

export function ballotHeader(c: Candidates, withRound = false): string[] {
  return [BALLOT_NUMBER_HEADER, ...(withRound ? [ROUND_HEADER] : []), ...c.award.map(awardHeader), ...c.ties.map((t) => tieHeader(t.rank, t.units))];
}

/**
 * Why `Phiếu bầu` cannot be laid for these questions, or null: one column per question (and
 * the number, the round, the stamp) must fit a sheet. So many ties are no paper ballot a
 * council answers either: the way out is a tie-break ladder that settles them.
 */
export function tooWideBallot(c: Candidates, withRound: boolean, guide: Guide, maxColumns = MAX_SHEET_COLUMNS): string | null {
  const columns = ballotHeader(c, withRound).length + 1;
  if (columns <= maxColumns) return null;
  return `Chưa lập trang "${SHEET.ballots}": kết quả xếp hạng cần ${(columns - 1).toLocaleString('vi-VN')} cột câu hỏi bỏ phiếu (${askedText(c)}), nhiều hơn ${maxColumns.toLocaleString('vi-VN')} cột một trang tính có được. Hãy ghi mục "Thứ tự xét khi bằng điểm" ở trang "${SHEET.settings}" để phân định các trường hợp đồng hạng, rồi chạy lại ${guide.update}.`;
}

/** True when `Cấu hình` allows a second round (`Số vòng bỏ phiếu tối đa` is 2): `Phiếu bầu` then has a `Vòng` column. */
export function allowsSecondRound(ev: Evaluation): boolean {
  return nameKey(ev.settings.values.voteRounds) === '2';
}

const hasRows = (grid: Grid | undefined): boolean => !!grid && grid.slice(HEADER_ROWS).some((row) => row.some((v) => cleanText(v) !== ''));

/**
 * Ballots typed under another stamp are not this ranking's: they are not counted, and
 * the sheet is not laid out again for this ranking (that would pass them off as its
 * own). Null when the ballots may be counted and the sheet laid out: no ballot typed
 * yet, the same stamp, or a sheet laid out before stamps existed (carrying none).
 */
export function otherRankingBallots(existing: Grid | undefined, stamp: BallotStamp): string | null {
  if (!hasRows(existing)) return null;
  const found = readStamp(existing as Grid);
  if (!found || found.code === stamp.code) return null;
  return `Trang "${SHEET.ballots}" có phiếu được lập theo xếp hạng ${found.text}, còn xếp hạng hiện tại là ${stamp.header.slice(STAMP_PREFIX.length)}`;
}

/** The stamp a sheet laid out again gets: none when it holds ballots typed before stamps existed (nobody knows what they were for). */
export function relayStamp(existing: Grid | undefined, stamp: BallotStamp): BallotStamp | null {
  return hasRows(existing) && !readStamp(existing as Grid) ? null : stamp;
}

/**
 * The sheet laid out for the current candidates. Columns of `existing` whose header
 * is still asked keep their values; any other column the user had is kept after
 * them, so nothing typed is lost.
 */
export function layBallotSheet(c: Candidates, stamp: BallotStamp | null, existing: Grid = [], withRound = false): Grid {
  const header = [...ballotHeader(c, withRound || (existing[0] ?? []).some((h) => questionOf(h) === 'round')), ...(stamp ? [stamp.header] : [])];
  const oldHeader = (existing[0] ?? []).map((h) => nameKey(h));
  const kept = oldHeader.map((h, i) => ({ h, i })).filter(({ h }) => h !== '' && questionOf(h) !== 'stamp' && !header.some((x) => nameKey(x) === h));
  const columns = [...header.map((h) => oldHeader.indexOf(nameKey(h))), ...kept.map((k) => k.i)];
  const fullHeader = [...header, ...kept.map((k) => cleanText(existing[0][k.i]))];
  const rows = existing.slice(HEADER_ROWS).map((row) => columns.map((i): CellValue => (i < 0 ? '' : (row[i] ?? ''))));
  return [fullHeader, ...rows.filter((row) => row.some((v) => cleanText(v) !== ''))];
}

/** Where each question of the ballot sits in the sheet. */
export interface BallotColumns {
  number: number;
  /** The `Vòng` column; -1 when the sheet has none. */
  round: number;
  /** Column per award candidate, in the order of `Candidates.award`; -1 when absent. */
  award: number[];
  tie: number[];
}

/** Finds the columns by their headers; an unknown candidate and a question missing are issues at the header. */
export function ballotColumns(grid: Grid, c: Candidates, issues: IssueList): BallotColumns | null {
  const header = grid[0] ?? [];
  const sheet = SHEET.ballots;
  const byKey = new Map(header.map((h, i) => [nameKey(h), i]));
  const number = byKey.get(nameKey(BALLOT_NUMBER_HEADER)) ?? -1;
  const round = byKey.get(nameKey(ROUND_HEADER)) ?? -1;
  const award = c.award.map((r) => byKey.get(nameKey(awardHeader(r))) ?? -1);
  const tie = c.ties.map((t) => byKey.get(nameKey(tieHeader(t.rank, t.units))) ?? -1);
  const known = new Set([number, ...award, ...tie]);
  // Laying the lists out again lays this sheet too, keeping the ballots typed (the menu or the command, as the run names it).
  const relay = `Hãy lập lại trang bằng ${issues.guide.update} (giá trị đã nhập được giữ).`;
  header.forEach((h, i) => {
    const question = questionOf(h);
    if (known.has(i) || !(question === 'award' || question === 'tie')) return;
    issues.error(
      CODE.unknownCandidate,
      sheet,
      a1(0, i),
      `Cột "${cleanText(h)}" hỏi về một đơn vị hoặc một trường hợp đồng hạng không có trong kết quả xếp hạng hiện tại. ${relay}`,
    );
  });
  let ok = true;
  const missing = (what: string): void => {
    ok = false;
    issues.error(CODE.missingColumn, sheet, a1(0, header.length), `Thiếu cột "${what}". ${relay}`);
  };
  if (number < 0) missing(BALLOT_NUMBER_HEADER);
  award.forEach((col, k) => col < 0 && missing(awardHeader(c.award[k])));
  tie.forEach((col, k) => col < 0 && missing(tieHeader(c.ties[k].rank, c.ties[k].units)));
  return ok ? { number, round, award, tie } : null;
}

/** Pixels of a bold header character at the default size, and the cell's padding. */
const BOLD_CHAR_PIXELS = 8;
const HEADER_PADDING = 16;

/**
 * An answer column wide enough for its bold header on one line ("Đồng hạng 5: Vĩnh Long /
 * Đồng Tháp" wrapped onto two lines printed over the first ballot), up to the widest column
 * the layout allows; a longer header wraps and its row is sized for it.
 */
export function answerWidth(header: string): number {
  return Math.min(MAX_COLUMN_WIDTH, Math.max(220, header.length * BOLD_CHAR_PIXELS + HEADER_PADDING));
}

/** The laid-out sheet as a template sheet, for the .xlsx writer (a number column, then text answers). */
export function ballotTemplateSheet(grid: Grid): TemplateSheet {
  const [header = [BALLOT_NUMBER_HEADER], ...rows] = grid;
  return {
    role: 'ballots',
    name: SHEET.ballots,
    columns: header.map((h, i) => {
      const numeric = i === 0 || questionOf(h) === 'round';
      return { header: cleanText(h), format: numeric ? 'points' : 'text', width: numeric ? 80 : answerWidth(cleanText(h)) };
    }),
    rows,
    dataRows: Math.max(rows.length, 30),
  };
}
