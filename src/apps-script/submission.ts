/**
 * The submission cycle in Google Sheets: a unit submits its row (menu or sidebar),
 * the secretariat reopens a row with a reason or confirms its review. Every decision
 * is the core's plan (src/core/plans/submission.ts); here the unit is found, the rights
 * are asked of Google, the log is recorded and `Nộp bài` and the status column shown.
 *
 * Rights, as Google enforces them: a run has the rights of the person running it. A
 * unit's editor can edit only its own row, so it can submit only that row; it cannot
 * write `Nộp bài` or the status column (the owner's), so its submission goes to the
 * document's properties (submission-store.ts) and the views follow at the
 * secretariat's next run. Reopening, reviewing and locking need the rights of the
 * secretariat: whoever can edit `Cấu hình`.
 *
 * The lock (after the deadline) is the permissions plan's row lock: each submitted row
 * gets an owner-only protection left of its `Giải trình`. Google lets a protection be read
 * or changed only by its editors and never removes the owner or the person running, so a
 * unit's own run (of any menu item) can neither remove nor widen that protection; and since
 * the log the locks come from is the same for whoever runs, a unit's run of "Phân quyền
 * nhập liệu" or "Cập nhật Bảng điểm" plans the same locks and leaves them as they are.
 */
import { MENU_ITEMS } from '../core/model/guide';
import { SCORES_FIXED_HEADER, SHEET, isStatusHeader } from '../core/model/template';
import type { CellValue, UnitReview } from '../core/model/types';
import type { Evaluation } from '../core/model/evaluation';
import type { OutCell } from '../core/model/output-sheet';
import { planPermissions } from '../core/plans/permissions';
import { planLock, planReopen, planReview, planSubmit, rowLocks, statusCells, unitAtRow, unitOfEmail, type LogPlan } from '../core/plans/submission';
import { typedWidth } from '../core/sheets/live-columns';
import { GUIDE } from './build-kind';
import { runner } from './history';
import { evaluateInputs, readInputs, type Inputs } from './inputs';
import type { Outcome } from './outcome';
import { replaceSheet } from './output-sheet';
import { Guarding, guardScoreRows, guarded } from './protections';
import { writeLaidOut } from './sheet-layout';
import { relayLiveFormulas } from './live-formulas';
import { appendLog, readLog } from './submission-store';
import { NOT_SECRETARIAT, isSecretariat } from './secretariat';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The grid row (0-based) of `Bảng điểm` the user has selected, or -1 when the selection is elsewhere. */
function selectedRow(ss: Spreadsheet): number {
  const range = ss.getActiveRange();
  return range && range.getSheet().getName() === SHEET.scores ? range.getRow() - 1 : -1;
}

/** The unit whose row is selected in `Bảng điểm`, else the one unit the runner's email belongs to. */
function chosenUnit(ss: Spreadsheet, inputs: Inputs, ev: Evaluation): UnitReview | undefined {
  const grid = inputs.grids.scores;
  const r = selectedRow(ss);
  return (grid && r > 0 ? unitAtRow(ev, grid, r) : undefined) ?? unitOfEmail(ev, runner());
}

const CHOOSE = `Hãy chọn một ô trong dòng của đơn vị ở trang "${SHEET.scores}" rồi chạy lại. Chưa có gì thay đổi.`;

/** Outcome of a refused step: the dialog says why, nothing was written. */
const refused = (ev: Evaluation, message: string): Outcome => ({ ev, action: 'open', message, refused: true, reportUrl: '' });

/** Records the plan's rows, then shows the new state (where the runner may write) and evaluates it. */
function record(ss: Spreadsheet, inputs: Inputs, plan: LogPlan): Evaluation {
  for (const unit of plan.units)
    appendLog(
      unit,
      plan.header,
      plan.rows.filter((row) => row[1] === unit),
    );
  inputs.grids.submissions = readLog() ?? undefined;
  const ev = evaluateInputs(inputs);
  showSubmissions(ss, inputs, ev);
  return ev;
}

const asOutCell = (v: CellValue): OutCell =>
  v instanceof Date || typeof v === 'number' || typeof v === 'string' ? v : v === true || v === false ? String(v).toUpperCase() : '';

/**
 * `Nộp bài` rewritten from the log and the status column of `Bảng điểm` filled, each only
 * where the person running may write (the secretariat; a unit's run leaves them to the next).
 */
export function showSubmissions(ss: Spreadsheet, inputs: Inputs, ev: Evaluation): void {
  const log = inputs.grids.submissions;
  const existing = ss.getSheetByName(SHEET.submissions);
  if (log && log.length > 1 && (existing ? existing.getRange(1, 1).canEdit() : isSecretariat(ss))) {
    replaceSheet(ss, SHEET.submissions, (sheet) => writeLaidOut(sheet, { rows: log.map((row) => row.map(asOutCell)), headerRows: [0], titleRows: [] }));
    // The live formulas read `Nộp bài` (a new sheet to read, or the old one's references gone with it): laid again.
    relayLiveFormulas(ss);
  }
  const range = inputs.ranges.scores;
  const grid = inputs.grids.scores;
  // Nothing recorded yet: the column stays blank, as "Cập nhật Bảng điểm" and the command leave it.
  if (!range || !grid || grid.length < 2 || !log) return;
  const col = grid[0].findIndex(isStatusHeader);
  if (col < 0) return;
  const cells = range.getSheet().getRange(2, col + 1, grid.length - 1, 1);
  if (!cells.canEdit()) return;
  const wanted = statusCells(ev, grid);
  // Only when something changed: a check of an unchanged cycle writes nothing.
  if (wanted.every((text, i) => text === String(grid[i + 1][col] ?? ''))) return;
  cells.setNumberFormat('@');
  cells.setValues(wanted.map((text) => [text]));
}

/** "Nộp bảng điểm của đơn vị": the selected row's unit (or the runner's) submits, if the runner may edit that row. */
export function runSubmit(ss: Spreadsheet): Outcome {
  const inputs = readInputs(ss);
  const ev = evaluateInputs(inputs);
  const grid = inputs.grids.scores;
  const unit = chosenUnit(ss, inputs, ev);
  if (!unit || !grid || !inputs.ranges.scores) return refused(ev, `Chưa biết nộp bảng điểm của đơn vị nào. ${CHOOSE}`);
  const r = grid.findIndex((_, i) => i > 0 && unitAtRow(ev, grid, i)?.code === unit.code);
  // Google decides who may submit: only someone who may edit the unit's typed cells (right of its code and name).
  const first = SCORES_FIXED_HEADER.length + 1;
  const typed = typedWidth(grid[0]);
  if (
    r > 0 &&
    typed >= first &&
    !inputs.ranges.scores
      .getSheet()
      .getRange(r + 1, first, 1, typed - first + 1)
      .canEdit() &&
    !isSecretariat(ss)
  ) {
    return refused(ev, `Bạn không có quyền sửa dòng của ${unit.shortName} nên không nộp thay được. ${CHOOSE}`);
  }
  const plan = planSubmit(ev, grid, unit, runner(), new Date(), GUIDE);
  if (plan.refusal) return refused(ev, plan.refusal);
  return { ev: record(ss, inputs, plan), action: 'open', message: plan.message, refused: false, reportUrl: '' };
}

/** A step of the secretariat on the row selected in `Bảng điểm`: the inputs, their evaluation and the row's unit, or the refusal. */
function selectedBySecretariat(ss: Spreadsheet, what: string): { inputs: Inputs; ev: Evaluation; unit: UnitReview } | Outcome {
  const inputs = readInputs(ss);
  const ev = evaluateInputs(inputs);
  if (!isSecretariat(ss)) return refused(ev, NOT_SECRETARIAT);
  const grid = inputs.grids.scores;
  const r = selectedRow(ss);
  const unit = grid && r > 0 ? unitAtRow(ev, grid, r) : undefined;
  return unit ? { inputs, ev, unit } : refused(ev, `Chưa biết ${what} dòng nào. ${CHOOSE}`);
}

/** "Mở lại dòng đã nộp", with the reason asked before the lock was taken. */
export function runReopen(ss: Spreadsheet, reason: string): Outcome {
  const chosen = selectedBySecretariat(ss, 'mở lại');
  if ('refused' in chosen) return chosen;
  const { inputs, ev, unit } = chosen;
  const plan = planReopen(unit, reason, runner(), new Date());
  if (plan.refusal) return refused(ev, plan.refusal);
  const after = record(ss, inputs, plan);
  // A locked row opens again: its guard goes back to the unit's emails.
  if (unit.locked) applyLocks(ss, inputs, after);
  return { ev: after, action: 'open', message: plan.message, refused: false, reportUrl: '' };
}

/** "Xác nhận đã thẩm định" for the selected row's unit. */
export function runReview(ss: Spreadsheet): Outcome {
  const chosen = selectedBySecretariat(ss, 'xác nhận');
  if ('refused' in chosen) return chosen;
  const { inputs, ev, unit } = chosen;
  const plan = planReview(unit, runner(), new Date());
  if (plan.refusal) return refused(ev, plan.refusal);
  return { ev: record(ss, inputs, plan), action: 'open', message: plan.message, refused: false, reportUrl: '' };
}

/** The row guards of `Bảng điểm` made again with the locks the log now holds, once "Phân quyền nhập liệu" has run. */
function applyLocks(ss: Spreadsheet, inputs: Inputs, ev: Evaluation): void {
  const range = inputs.ranges.scores;
  if (!range || !guarded(ss)) return;
  const sheetNames = ss.getSheets().map((s) => s.getName());
  const plan = planPermissions({ scores: inputs.grids.scores, units: ev.units, sheetNames, guide: GUIDE, locks: rowLocks(inputs.grids.submissions, ev.units) });
  const guard = plan.sheets.find((s) => s.sheet === SHEET.scores);
  if (plan.refusal !== null || !guard) return;
  guardScoreRows(new Guarding(ss), range.getSheet(), { guard, rows: plan.rows, read: true, force: false });
}

/** "Khóa các dòng đã nộp (sau hạn)": after the deadline, every submitted row locked; the units that missed it named. */
export function runLock(ss: Spreadsheet): Outcome {
  const inputs = readInputs(ss);
  const ev = evaluateInputs(inputs);
  if (!isSecretariat(ss)) return refused(ev, NOT_SECRETARIAT);
  if (!guarded(ss))
    return refused(ev, `Chưa phân quyền nhập liệu: khóa dòng là bảo vệ của Google trên từng dòng, hãy chạy ${GUIDE.permissions} trước. Chưa có gì thay đổi.`);
  const plan = planLock(ev, runner(), new Date());
  if (plan.refusal) return refused(ev, plan.refusal);
  const after = record(ss, inputs, plan);
  applyLocks(ss, inputs, after);
  return { ev: after, action: 'open', message: plan.message, refused: false, reportUrl: '' };
}

/** The question of "Mở lại dòng đã nộp", asked before the document lock is taken; null when cancelled. */
export function askReopenReason(): string | null {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    MENU_ITEMS.reopen,
    `Lý do mở lại dòng đang chọn ở trang "${SHEET.scores}" (được lưu ở trang "${SHEET.submissions}" và báo cho đơn vị):`,
    ui.ButtonSet.OK_CANCEL,
  );
  return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText() : null;
}
