/**
 * "Bắt đầu năm mới": turns the open spreadsheet — a copy the user made of last
 * year's (File › Make a copy) — into next year's, by the core's plan
 * (src/core/plans/new-year.ts). Done in a copy so that the add-in keeps the
 * `spreadsheets.currentonly` scope: making a new spreadsheet would need access to
 * every spreadsheet of whoever runs any menu item. The question names the
 * spreadsheet and says to run it in the copy; it comes first, with no lock held,
 * and the run re-reads under the lock and goes on only if nothing changed.
 */
import { MENU_ITEMS, MENU_TITLE } from '../core/model/guide';
import { HEADER_BACKGROUND } from '../core/sheets/cell-formats';
import { SHEET } from '../core/model/template';
import { planNewYear, type NewYearPlan, type SheetEdits } from '../core/plans/new-year';
import { GUIDE } from './build-kind';
import { appendHistoryRow, runner } from './history';
import { evaluateInputs, readInputs } from './inputs';
import type { Outcome } from './outcome';
import { replaceSheet } from './output-sheet';
import { runPermissions } from './permissions';
import { fromMenu } from './run';
import { guarded } from './protections';
import { writeLaidOut } from './sheet-layout';
import { clearLog } from './submission-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function plan(ss: Spreadsheet): NewYearPlan {
  const inputs = readInputs(ss);
  return planNewYear(inputs.grids, { guide: GUIDE, now: new Date(), user: runner(), defaultDecimalSeparator: inputs.separator });
}

/** Cleared blocks one write each (formats, notes and validation stay); the few single cells (settings, a header) one write each. */
function applyEdits(ss: Spreadsheet, edits: SheetEdits): void {
  const sheet = ss.getSheetByName(edits.sheet);
  if (!sheet) return;
  for (const b of edits.cleared)
    sheet.getRange(b.row + 1, b.col + 1, b.rows, b.cols).setValues(Array.from({ length: b.rows }, () => Array<string>(b.cols).fill('')));
  for (const e of edits.cells) {
    const range = sheet.getRange(e.row + 1, e.col + 1);
    range.setValues([[e.value instanceof Date || typeof e.value === 'number' || typeof e.value === 'string' ? e.value : '']]);
    // A header added (`Kế thừa từ`) looks like the headers beside it.
    if (e.row === 0) {
      range.setFontWeight('bold');
      range.setBackground(HEADER_BACKGROUND);
    }
  }
}

function startYear(ss: Spreadsheet, asked: string): Outcome {
  const p = plan(ss);
  const done = (message: string, refused: boolean): Outcome => ({ ev: evaluateInputs(readInputs(ss)), action: 'open', message, refused, reportUrl: '' });
  if (p.refusal !== null) return done(p.refusal, true);
  if (p.basis !== asked) return done(`Trong lúc chờ xác nhận, bảng tính đã thay đổi. Chưa có gì thay đổi; hãy chạy lại ${GUIDE.newYear}.`, true);
  const protectedRows = guarded(ss);
  for (const edits of p.edits) applyEdits(ss, edits);
  for (const name of p.dropped) {
    const sheet = ss.getSheetByName(name);
    if (sheet) ss.deleteSheet(sheet);
  }
  // The year's submissions, wherever the add-in recorded them, go with `Nộp bài`.
  clearLog();
  replaceSheet(ss, SHEET.past, (sheet) => writeLaidOut(sheet, p.past));
  appendHistoryRow(ss, p.historyRow);
  // Protections copied with the spreadsheet are laid again by the permissions plan; without them the message says what to run.
  const permissions = protectedRows ? runPermissions(ss).message : `Quyền nhập liệu: sau khi chia sẻ bảng tính cho các đơn vị, hãy chạy ${GUIDE.permissions}.`;
  return done(`${p.message}\n${permissions}`, false);
}

/** The menu item: plan and ask with no lock held, then write under the lock. */
export function menuNewYear(): void {
  const ui = SpreadsheetApp.getUi();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const p = plan(ss);
  if (p.refusal !== null) {
    ui.alert(MENU_TITLE, p.refusal, ui.ButtonSet.OK);
    return;
  }
  const question = [
    `Bảng tính "${ss.getName()}" sẽ thành bảng tính của năm ${p.toYear}: giữ cấu hình, tiêu chí và đơn vị; xóa điểm, phiếu bầu, hạng ngoài, ký giao ước và các mục của năm ${p.fromYear} ở "${SHEET.settings}"; kết quả năm ${p.fromYear} được giữ ở trang "${SHEET.past}".`,
    `Chỉ làm việc này trong một BẢN SAO của bảng tính năm ${p.fromYear} (Tệp › Tạo bản sao, rồi mở bản sao): bảng tính gốc giữ nguyên số liệu và phiếu bầu năm ${p.fromYear}.`,
    `Đây là bản sao, bắt đầu năm ${p.toYear}?`,
  ].join('\n\n');
  if (ui.alert(MENU_ITEMS.newYear, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) {
    ss.toast('Chưa có gì thay đổi.', MENU_TITLE);
    return;
  }
  fromMenu((locked) => startYear(locked, p.basis));
}
