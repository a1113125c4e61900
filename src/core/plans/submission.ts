/**
 * The submission cycle as pure plans: a unit submits its row of `Bảng điểm` (checked
 * first: errors block, named by cell), the secretariat reopens a submitted row with a
 * reason, marks it reviewed, or locks every submitted row once the deadline has
 * passed. Each plan is a refusal, or the rows to append to `Nộp bài` and the message;
 * the adapter records the rows and applies the protections, deciding nothing.
 */
import { cellRef } from '../model/a1';
import { boundedList } from '../model/bounded-list';
import { formatDateTime } from '../model/dates';
import type { Evaluation } from '../model/evaluation';
import type { Guide } from '../model/guide';
import { SCORES_FIXED_HEADER, SHEET, SUBMISSION_ACTIONS, SUBMISSIONS_HEADER, type SubmissionAction } from '../model/template';
import { cleanText, nameKey } from '../model/text';
import { isEmptyCell, type CellValue, type Grid, type Unit, type UnitReview, type WorkbookGrids } from '../model/types';
import { parseSubmissions } from '../read/submissions';
import { IssueList } from '../model/issues';
import { durationText, lateWords, notSubmitted, reviewOf, snapshotColumns, submittedLate, timeLeftText } from '../rules/review';
import { parseSettings } from '../read/parse-settings';
import type { RowLock } from './permissions';

export interface LogPlan {
  /** Why nothing is recorded; null when `rows` are to be appended. */
  refusal: string | null;
  /** Rows for `Nộp bài`, under `header`. */
  header: string[];
  rows: CellValue[][];
  /** The units the rows are about (those to lock, for the lock). */
  units: string[];
  message: string;
}

const SHOWN_ERRORS = 5;

/** The header of `Nộp bài` for a `Bảng điểm` header: the event's columns, then the titles a submission holds. */
export function submissionHeader(scoresHeaderRow: readonly CellValue[]): string[] {
  return [...SUBMISSIONS_HEADER, ...snapshotColumns(scoresHeaderRow).map((c) => cleanText(scoresHeaderRow[c]))];
}

/** The units and their review, as an evaluation holds them (or as the log alone gives them: `rosterOfLog`). */
export type Roster = Pick<Evaluation, 'units'> & { review: Pick<Evaluation['review'], 'units' | 'deadline'> };

/**
 * Each unit's status from `Nộp bài` alone, for a step that writes the status column without evaluating
 * the scores (`cap-nhat`, `nop`), judged against `Hạn nộp` as the evaluation judges it.
 */
export function rosterOfLog(log: Grid | undefined, units: readonly Unit[], deadline: Date | null): Roster {
  return {
    units: [...units],
    review: { units: reviewOf(units, parseSubmissions(log, units, new IssueList()), new Map(), [], new Map(), deadline), deadline },
  };
}

/** The unit whose row `r` (0-based) of `Bảng điểm` is, by its code (else its name); undefined for no unit. */
export function unitAtRow(ev: Roster, scores: Grid, r: number): UnitReview | undefined {
  if (r < 1 || r >= scores.length) return undefined;
  const header = scores[0];
  const codeCol = header.findIndex((h) => nameKey(h) === nameKey(SCORES_FIXED_HEADER[0]));
  const nameCol = header.findIndex((h) => nameKey(h) === nameKey(SCORES_FIXED_HEADER[1]));
  const typed = nameKey(codeCol >= 0 ? scores[r][codeCol] : '');
  const named = nameKey(nameCol >= 0 ? scores[r][nameCol] : '');
  const unit = ev.units.find((u) => (typed !== '' ? nameKey(u.code) === typed : [u.name, u.shortName].some((n) => nameKey(n) === named)));
  return unit && ev.review.units.find((u) => u.code === unit.code);
}

/** The unit whose people write from `email` (listed in `Đơn vị`), when exactly one is. */
export function unitOfEmail(ev: Evaluation, email: string): UnitReview | undefined {
  const key = email.trim().toLowerCase();
  if (key === '') return undefined;
  const found = ev.units.filter((u) => u.emails.some((e) => e.toLowerCase() === key));
  return found.length === 1 ? ev.review.units.find((u) => u.code === found[0].code) : undefined;
}

const row = (now: Date, unit: string, action: SubmissionAction, who: string, reason = ''): CellValue[] => [now, unit, SUBMISSION_ACTIONS[action], who, reason];
const refuse = (refusal: string): LogPlan => ({ refusal, header: [...SUBMISSIONS_HEADER], rows: [], units: [], message: '' });
const at = (d: Date | null): string => (d ? ` lúc ${formatDateTime(d)}` : '');

/** A unit submits its row: refused while the row has errors, or when it is submitted or locked already. */
export function planSubmit(ev: Evaluation, scores: Grid, unit: UnitReview, who: string, now: Date, guide: Guide): LogPlan {
  if (unit.locked) return refuse(`Dòng của ${unit.shortName} đã khóa sau hạn nộp; chỉ thư ký mở lại được (${guide.reopen}).`);
  if (unit.status === 'submitted' || unit.status === 'reviewed') {
    return refuse(
      `${unit.shortName} đã nộp bảng điểm${at(unit.submittedAt)}${unit.status === 'reviewed' ? ' và cụm đã thẩm định' : ''}. Muốn sửa, hãy đề nghị thư ký mở lại dòng (${guide.reopen}), sửa rồi nộp lại.`,
    );
  }
  // The row's own errors, and those of the sheet as a whole (a missing column): the row cannot be checked past them.
  const errors = ev.issues.filter(
    (i) => i.severity === 'error' && (i.unit === unit.code || (!i.unit && (i.sheet === SHEET.scores || i.sheet === SHEET.criteria))),
  );
  if (errors.length > 0) {
    const lines = errors.slice(0, SHOWN_ERRORS).map((i) => `- ${cellRef(i.sheet, i.cell)}: ${i.message}`);
    if (errors.length > SHOWN_ERRORS) lines.push(`- … và ${errors.length - SHOWN_ERRORS} lỗi khác.`);
    return refuse([`Chưa nộp được: dòng của ${unit.shortName} còn ${errors.length} lỗi. Hãy sửa các ô sau rồi nộp lại:`, ...lines].join('\n'));
  }
  const r = scores.findIndex((_, i) => i > 0 && unitAtRow(ev, scores, i)?.code === unit.code);
  if (r < 0) return refuse(`"${SHEET.scores}" chưa có dòng của ${unit.shortName}: hãy chạy ${guide.update} trước.`);
  const header = submissionHeader(scores[0]);
  const values = snapshotColumns(scores[0]).map((c) => scores[r][c] ?? '');
  const { deadline } = ev.review;
  const late =
    deadline && now.getTime() > deadline.getTime() && !unit.standingAtDeadline
      ? ` Lưu ý: nộp sau hạn ${durationText(now.getTime() - deadline.getTime())} (hạn nộp ${formatDateTime(deadline)}).`
      : '';
  return {
    refusal: null,
    header,
    rows: [[...row(now, unit.code, 'submit', who), ...values]],
    units: [unit.code],
    message: `Đã nộp bảng điểm của ${unit.shortName}${at(now)}${who ? ` (${who})` : ''}. Các giá trị đã nộp được lưu ở trang "${SHEET.submissions}"; từ nay mọi thay đổi trên dòng sẽ được nêu tại ô của nó (${guide.check}). Muốn sửa, hãy đề nghị thư ký mở lại dòng (${guide.reopen}).${late}`,
  };
}

/** The secretariat reopens a submitted row, saying why: the unit edits again and submits again. */
export function planReopen(unit: UnitReview, reason: string, who: string, now: Date): LogPlan {
  const why = cleanText(reason);
  if (unit.status !== 'submitted' && unit.status !== 'reviewed')
    return refuse(`${unit.shortName} chưa nộp bảng điểm (${unit.statusText}): không có gì để mở lại.`);
  if (why === '') return refuse('Cần ghi lý do mở lại dòng: lý do được lưu ở trang "Nộp bài" và báo cho đơn vị. Chưa có gì thay đổi.');
  return {
    refusal: null,
    header: [...SUBMISSIONS_HEADER],
    rows: [row(now, unit.code, 'reopen', who, why)],
    units: [unit.code],
    message: `Đã mở lại dòng của ${unit.shortName} (lý do: ${why})${unit.locked ? '; dòng không còn khóa' : ''}. Đơn vị sửa rồi nộp lại.`,
  };
}

/** The secretariat has reviewed a submitted row (after Cụm chấm). */
export function planReview(unit: UnitReview, who: string, now: Date): LogPlan {
  if (unit.status === 'reviewed') return refuse(`Dòng của ${unit.shortName} đã được xác nhận thẩm định.`);
  if (unit.status !== 'submitted') return refuse(`${unit.shortName} chưa nộp bảng điểm (${unit.statusText}): chưa thẩm định được.`);
  return {
    refusal: null,
    header: [...SUBMISSIONS_HEADER],
    rows: [row(now, unit.code, 'review', who)],
    units: [unit.code],
    message: `Đã xác nhận thẩm định bảng điểm của ${unit.shortName}.`,
  };
}

/** After the deadline: every submitted row not yet locked is locked, and the units that missed it are named (not submitted, or submitted late with how late). */
export function planLock(ev: Evaluation, who: string, now: Date): LogPlan {
  const deadline = ev.review.deadline;
  if (!deadline) return refuse(`Chưa có "Hạn nộp" trong trang "${SHEET.settings}": hãy ghi hạn nộp trước khi khóa.`);
  if (now.getTime() <= deadline.getTime())
    return refuse(`Chưa hết hạn nộp ${formatDateTime(deadline)} (${timeLeftText(deadline, now)}): các đơn vị còn đang nộp, chưa khóa dòng nào.`);
  const toLock = ev.review.units.filter((u) => (u.status === 'submitted' || u.status === 'reviewed') && !u.locked);
  const missed = notSubmitted(ev.review).map((u) => u.shortName);
  const late = submittedLate(ev.review);
  const missedText =
    missed.length + late.length === 0
      ? ' Mọi đơn vị đã nộp đúng hạn.'
      : `${missed.length > 0 ? ` Chưa nộp đúng hạn (dòng để mở): ${boundedList(missed, 'đơn vị')}.` : ''}${late.length > 0 ? ` Nộp sau hạn: ${boundedList(late, 'đơn vị')}.` : ''}`;
  const lockedAlready = ev.review.units.filter((u) => u.locked).length;
  return {
    refusal: null,
    header: [...SUBMISSIONS_HEADER],
    rows: toLock.map((u) => row(now, u.code, 'lock', who)),
    units: toLock.map((u) => u.code),
    message: `Đã khóa ${toLock.length} dòng đã nộp${lockedAlready > 0 ? ` (${lockedAlready} dòng đã khóa từ trước)` : ''}: đơn vị không sửa được dòng của mình nữa, trừ khi thư ký mở lại.${missedText}`,
  };
}

/** A log's header and where each title sits: `first`'s titles as they are, then each title of `parts` not there yet, at the end. */
function logHeader(first: readonly CellValue[], parts: readonly { header: readonly string[] }[]): { header: string[]; where: Map<string, number> } {
  const header = first.map((h) => cleanText(h));
  const where = new Map<string, number>();
  header.forEach((h, i) => {
    if (h !== '' && !where.has(nameKey(h))) where.set(nameKey(h), i);
  });
  for (const p of parts) for (const h of p.header) if (!where.has(nameKey(h))) where.set(nameKey(h), header.push(h) - 1);
  return { header, where };
}

/** A part's rows under a log header (by title), `width` cells each. */
function underHeader(where: ReadonlyMap<string, number>, width: number, part: { header: readonly string[]; rows: readonly CellValue[][] }): CellValue[][] {
  return part.rows.map((cells) => {
    const out: CellValue[] = Array.from({ length: width }, () => '');
    cells.forEach((v, c) => {
      const i = where.get(nameKey(part.header[c]));
      if (i !== undefined && !isEmptyCell(v)) out[i] = v;
    });
    return out;
  });
}

/**
 * The whole log from its parts (in the add-in, one part a unit, kept where the unit's own
 * run can write): the event columns, then every title any part holds, rows in time order.
 */
export function mergeLogs(parts: readonly { header: readonly string[]; rows: readonly CellValue[][] }[]): Grid {
  const { header, where } = logHeader(SUBMISSIONS_HEADER, parts);
  const rows = parts.flatMap((p) => underHeader(where, header.length, p));
  const time = (cells: CellValue[]): number => (cells[0] instanceof Date ? cells[0].getTime() : 0);
  return [
    header,
    ...rows
      .map((cells, i) => ({ cells, i }))
      .sort((a, b) => time(a.cells) - time(b.cells) || a.i - b.i)
      .map((x) => x.cells),
  ];
}

/**
 * A plan's rows appended to a log that a person keeps (`Nộp bài` in a file): its rows stay as they
 * are, in their order; a title the plan brings that the header lacks is added at its end.
 * `added`: the header's new cells (their columns and titles).
 */
export function appendToLog(
  log: Grid | undefined,
  plan: Pick<LogPlan, 'header' | 'rows'>,
): { header: string[]; rows: CellValue[][]; added: { column: number; title: string }[] } {
  const first = log?.[0] ?? [];
  const { header, where } = logHeader(first, [plan]);
  return {
    header,
    rows: underHeader(where, header.length, plan),
    added: header.map((title, column) => ({ column, title })).filter((h) => h.column >= first.length),
  };
}

/**
 * `Bảng điểm` as a relayout lays it (header first; the layout empties the product's own
 * columns), with its status column (`column`, 0-based, of the laid-out sheet) filled from
 * the log (`Nộp bài`, against `Cấu hình`'s `Hạn nộp`): what "Cập nhật Bảng điểm" and `cap-nhat`
 * write. Without a log (nothing submitted yet, no `Nộp bài`) the column stays blank, as every writer of it leaves it.
 */
export function withStatusColumn(grid: Grid, column: number, grids: Pick<WorkbookGrids, 'submissions' | 'settings'>, units: readonly Unit[]): Grid {
  const log = grids.submissions;
  if (column < 0 || !log) return grid;
  const statuses = statusCells(rosterOfLog(log, units, parseSettings(grids.settings, new IssueList()).deadline), grid);
  return grid.map((row, r) => {
    if (r === 0) return row;
    const out = [...row];
    while (out.length < column) out.push('');
    out[column] = statuses[r - 1];
    return out;
  });
}

/** The status cell of each data row of `Bảng điểm` (the rows below its header), '' for a row of no unit; a late submission says how late, as the status lines do. */
export function statusCells(ev: Roster, scores: Grid): string[] {
  return scores.slice(1).map((_, i) => {
    const u = unitAtRow(ev, scores, i + 1);
    if (!u) return '';
    const parts = [u.statusText];
    if ((u.status === 'submitted' || u.status === 'reviewed') && u.submittedAt) parts[0] += ` ${formatDateTime(u.submittedAt)}`;
    if (u.status === 'reopened' && u.reopenReasons.length > 0) parts[0] += `: ${u.reopenReasons[u.reopenReasons.length - 1]}`;
    parts.push(lateWords(u, ev.review.deadline));
    if (u.locked) parts.push('đã khóa');
    return parts.filter(Boolean).join('; ');
  });
}

/**
 * The rows the permissions plan locks (src/core/plans/permissions.ts), from the log: those
 * locked after the deadline and not reopened since. The same for whoever runs, so a unit's
 * own run of "Phân quyền nhập liệu" or "Cập nhật Bảng điểm" plans the same locks and leaves them.
 */
export function rowLocks(log: Grid | undefined, units: readonly Unit[]): RowLock[] {
  const states = parseSubmissions(log, units, new IssueList());
  return units.flatMap((u) => {
    const s = states.get(u.code);
    return s?.locked ? [{ unitCode: u.code, why: `đã nộp${at(s.submitted?.at ?? null)}, khóa sau hạn nộp` }] : [];
  });
}
