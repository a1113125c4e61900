/**
 * The rules of the submission and review cycle, on top of the scores: a submitted
 * row compared with its snapshot (every difference an issue at its cell), a bonus
 * without evidence (an error or a warning, as `Cấu hình` says), the deadline and
 * who has not submitted, and the summary the sidebar, the command and the report
 * show (statuses, evidence counts, the cluster's corrections with their reasons).
 */
import { a1 } from '../model/a1';
import { formatDateTime } from '../model/dates';
import { CODE, IssueList } from '../model/issues';
import { formatPoints, parseNumber } from '../model/numbers';
import { boundedList } from '../model/bounded-list';
import { cleanText, nameKey } from '../model/text';
import type { CellValue, Correction, Criterion, Grid, Review, Settings, Unit, UnitReview } from '../model/types';
import type { ParsedScores } from '../read/parse-scores';
import { STATUS_TEXT, type UnitSubmission } from '../read/submissions';
import { EXPLANATION_HEADER, SCORES_FIXED_HEADER, SHEET, isStatusHeader } from '../model/template';
import { isLiveHeader } from '../sheets/live-columns';

/** A cell as text to compare: numbers by value (18 and "18" are the same points), texts cleaned, blanks alike. */
function comparable(value: CellValue): string {
  if (value instanceof Date) return `d:${value.getTime()}`;
  const n = parseNumber(value);
  if (n.kind === 'number') return `n:${n.value}`;
  if (n.kind === 'empty') return '';
  return `t:${cleanText(value)}`;
}

/** A cell as a message shows it: points with the cluster's mark, a text quoted, "trống" for a blank. */
function shown(value: CellValue, sep: '.' | ','): string {
  if (value instanceof Date) return formatDateTime(value);
  const n = parseNumber(value);
  if (n.kind === 'number') return formatPoints(n.value, sep);
  if (n.kind === 'empty') return 'trống';
  const text = cleanText(value);
  return `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;
}

/** Columns of `Bảng điểm` a submission holds: what the unit types, except its explanation (written after the review). */
export function snapshotColumns(header: readonly CellValue[]): number[] {
  const skip = new Set([...SCORES_FIXED_HEADER, EXPLANATION_HEADER].map(nameKey));
  return header.map((h, c) => (cleanText(h) !== '' && !skip.has(nameKey(h)) && !isLiveHeader(h) && !isStatusHeader(h) ? c : -1)).filter((c) => c >= 0);
}

const submittedAt = (s: UnitSubmission): string => (s.submitted?.at ? ` lúc ${formatDateTime(s.submitted.at)}` : '');

/** Every difference between a submitted row and its snapshot, at its cell of `Bảng điểm`. */
export function checkSinceSubmission(
  grid: Grid,
  scores: ParsedScores,
  log: ReadonlyMap<string, UnitSubmission>,
  units: readonly Unit[],
  sep: '.' | ',',
  issues: IssueList,
): void {
  const header = grid[0] ?? [];
  const columns = snapshotColumns(header);
  const nameOf = new Map(units.map((u) => [u.code, u.shortName]));
  for (const row of scores.rows) {
    const state = log.get(row.unitCode);
    if (!state?.submitted || (state.status !== 'submitted' && state.status !== 'reviewed')) continue;
    const values = state.submitted.values;
    const cells = grid[row.row - 1];
    for (const c of columns) {
      const title = cleanText(header[c]);
      const was = values.get(nameKey(title)) ?? '';
      const now = cells[c] ?? '';
      if (comparable(was) === comparable(now)) continue;
      issues.warning(
        CODE.changedAfterSubmission,
        SHEET.scores,
        a1(row.row - 1, c),
        `${title} đổi từ ${shown(was, sep)} thành ${shown(now, sep)} sau khi nộp (${nameOf.get(row.unitCode)} nộp${submittedAt(state)}). Nếu cần sửa, thư ký mở lại dòng rồi đơn vị nộp lại; nếu không, hãy gõ lại giá trị đã nộp.`,
        row.unitCode,
      );
    }
  }
}

/** A link that opens the evidence: an http(s) address (a Drive file or folder, a web page). */
const LINK = /https?:\/\/\S+/gi;

export interface EvidenceCount {
  /** Bonuses the unit typed (above 0). */
  bonuses: number;
  /** Of those, the ones with a link in their `Minh chứng` cell. */
  withEvidence: number;
}

/**
 * A bonus needs its evidence: a link in the criterion's `Minh chứng` column of the unit's row.
 * `rule` null (the setting left blank) counts without judging; a cell holding no link is a warning whatever the rule.
 */
export function checkEvidence(
  grid: Grid,
  scores: ParsedScores,
  criteria: readonly Criterion[],
  units: readonly Unit[],
  rule: 'error' | 'warning' | null,
  sep: '.' | ',',
  issues: IssueList,
): Map<string, EvidenceCount> {
  const counts = new Map<string, EvidenceCount>();
  const nameOf = new Map(units.map((u) => [u.code, u.shortName]));
  const { evidence } = scores.columns;
  for (const row of scores.rows) {
    const count: EvidenceCount = { bonuses: 0, withEvidence: 0 };
    counts.set(row.unitCode, count);
    const cells = grid[row.row - 1];
    criteria.forEach((c, j) => {
      const col = evidence[j];
      const text = col >= 0 ? cleanText(cells[col]) : '';
      const links = text.match(LINK) ?? [];
      if (text !== '' && links.length === 0) {
        issues.warning(
          CODE.evidenceNotLink,
          SHEET.scores,
          a1(row.row - 1, col),
          `Minh chứng tiêu chí ${c.code} của ${nameOf.get(row.unitCode)} không có đường dẫn (bắt đầu bằng https://). Hãy dán đường dẫn chia sẻ của tệp hoặc thư mục minh chứng, ví dụ trên Google Drive.`,
          row.unitCode,
        );
      }
      const bonus = row.bonus[j];
      if (bonus === null || bonus <= 0) return;
      count.bonuses++;
      if (links.length > 0) {
        count.withEvidence++;
        return;
      }
      if (!rule) return;
      const where = col >= 0 ? `ô ${a1(row.row - 1, col)}` : `cột "Minh chứng ${c.code}" (chưa có: hãy chạy ${issues.guide.update})`;
      issues.add(
        rule,
        CODE.bonusWithoutEvidence,
        SHEET.scores,
        a1(row.row - 1, scores.columns.bonus[j]),
        `${nameOf.get(row.unitCode)} có ${formatPoints(bonus, sep)} điểm thưởng tiêu chí ${c.code} nhưng chưa có minh chứng. Hãy dán đường dẫn tới tệp hoặc thư mục minh chứng vào ${where}.`,
        row.unitCode,
      );
    });
  }
  return counts;
}

/** "2 ngày 5 giờ", "3 giờ 10 phút", "15 phút", "dưới 1 phút": how long until (or since) a moment, whole minutes cut. */
export function durationText(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} ngày ${hours} giờ` : `${days} ngày`;
  if (hours > 0) return mins > 0 ? `${hours} giờ ${mins} phút` : `${hours} giờ`;
  return mins > 0 ? `${mins} phút` : 'dưới 1 phút';
}

/** "còn 2 ngày 5 giờ" or "đã quá hạn 3 giờ". */
export function timeLeftText(deadline: Date, now: Date): string {
  const ms = deadline.getTime() - now.getTime();
  return ms > 0 ? `còn ${durationText(ms)}` : `đã quá hạn ${durationText(ms)}`;
}

/** Units that have not submitted (never, or reopened and not submitted again). */
export function notSubmitted(review: Review): UnitReview[] {
  return review.units.filter((u) => u.status === 'entering' || u.status === 'reopened');
}

/** How late a unit submitted ("10 giờ"), or '' when it submitted in time (or has not). */
export function lateText(unit: UnitReview, deadline: Date | null): string {
  return unit.lateAt && deadline ? durationText(unit.lateAt.getTime() - deadline.getTime()) : '';
}

/** "nộp sau hạn 10 giờ" for a unit that submitted late, else '': the words of every status line and of `Trạng thái nộp`. */
export function lateWords(unit: UnitReview, deadline: Date | null): string {
  const late = lateText(unit, deadline);
  return late ? `nộp sau hạn ${late}` : '';
}

/** Units whose row stands submitted but was not at the deadline, each with how late: "Tài chính (10 giờ)". */
export function submittedLate(review: Review): string[] {
  return review.units.filter((u) => u.lateAt).map((u) => `${u.shortName} (${lateText(u, review.deadline)})`);
}

/**
 * Whether a submission stood at the deadline, and else the first one after it (none stood:
 * never submitted by then, or reopened before it and not submitted again by then). A
 * reopening after the deadline does not make the next submission late.
 */
function atDeadline(s: UnitSubmission | undefined, deadline: Date | null): { standing: boolean; lateAt: Date | null } {
  let standing = false;
  if (!s || !deadline) return { standing, lateAt: null };
  for (const turn of s.turns) {
    if (!turn.at) continue;
    if (turn.at.getTime() <= deadline.getTime()) standing = turn.submitted;
    else if (!standing && turn.submitted) return { standing, lateAt: turn.at };
  }
  return { standing, lateAt: null };
}

/** At the deadline's cell: the time left and who has not submitted; after it, also who submitted late; a warning while someone has not. */
export function checkDeadline(review: Review, settings: Settings, now: Date, issues: IssueList): void {
  if (!review.deadline) return;
  const missing = notSubmitted(review).map((u) => u.shortName);
  const late = submittedLate(review);
  const cell = settings.cells.deadline ?? 'A1';
  const when = `Hạn nộp ${formatDateTime(review.deadline)} (${timeLeftText(review.deadline, now)})`;
  const total = review.units.length;
  const who = missing.length === 0 ? 'mọi đơn vị đã nộp' : `${missing.length}/${total} đơn vị chưa nộp: ${boundedList(missing, 'đơn vị')}`;
  const lateWho = late.length > 0 ? `; ${late.length}/${total} đơn vị nộp sau hạn: ${boundedList(late, 'đơn vị')}` : '';
  if (now.getTime() > review.deadline.getTime() && missing.length > 0) issues.warning(CODE.deadlinePassed, SHEET.settings, cell, `${when}; ${who}${lateWho}.`);
  else issues.note(CODE.deadline, SHEET.settings, cell, `${when}; ${who}${lateWho}.`);
}

/** The review of each unit in list order, for the sidebar, the command and the report. */
export function reviewOf(
  units: readonly Unit[],
  log: ReadonlyMap<string, UnitSubmission>,
  evidence: ReadonlyMap<string, EvidenceCount>,
  corrections: readonly Correction[],
  explanations: ReadonlyMap<string, string>,
  deadline: Date | null,
): UnitReview[] {
  return units.map((u) => {
    const s = log.get(u.code);
    const when = atDeadline(s, deadline);
    const e = evidence.get(u.code) ?? { bonuses: 0, withEvidence: 0 };
    return {
      code: u.code,
      shortName: u.shortName || u.name,
      status: s?.status ?? 'entering',
      statusText: STATUS_TEXT[s?.status ?? 'entering'],
      locked: s?.locked ?? false,
      submittedAt: s?.submitted?.at ?? null,
      submittedBy: s?.submitted?.by ?? '',
      lateAt: s?.status === 'submitted' || s?.status === 'reviewed' ? when.lateAt : null,
      standingAtDeadline: when.standing,
      reopenReasons: (s?.reopened ?? []).map((r) => r.reason),
      bonuses: e.bonuses,
      bonusesWithEvidence: e.withEvidence,
      corrections: corrections.filter((c) => c.unitCode === u.code),
      explanation: explanations.get(u.code) ?? '',
    };
  });
}
