/** "Kiểm tra dữ liệu": the `Kiểm tra` sheet, with a link from each issue to its cell, and marks on the inputs. */
import { parseA1 } from '../core/model/a1';
import { checksSheet, issueCounts, shortNames } from '../core/outputs/outputs';
import { CHECKS_HEADER, SHEET } from '../core/model/template';
import type { Evaluation } from '../core/model/evaluation';
import type { BlockCell } from './block';
import { evaluateInputs, readInputs } from './inputs';
import { markIssues } from './marks';
import { replaceSheet } from './output-sheet';
import type { Outcome } from './outcome';
import { writeLaidOut } from './sheet-layout';
import { showSubmissions } from './submission';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SHEET_COL = CHECKS_HEADER.indexOf('Trang tính');
const CELL_COL = CHECKS_HEADER.indexOf('Ô');

/**
 * The link is a HYPERLINK built from trusted values only: a numeric sheet id and
 * an address that matched the A1 pattern. Sheet names (typed by users) never
 * enter the formula. The arguments are separated by ";", which Sheets accepts
 * in every locale (a "," is a decimal comma under vi_VN).
 */
export function cellLink(sheetId: number, cell: string): BlockCell {
  const at = parseA1(cell);
  if (!at || !Number.isInteger(sheetId)) return cell;
  const address = cell.trim().toUpperCase();
  return { formula: `=HYPERLINK("#gid=${sheetId}&range=${address}";"${address}")` };
}

export function writeChecks(ss: Spreadsheet, ev: Evaluation, sheetIds: Record<string, number>): void {
  const out = checksSheet(ev.issues, shortNames(ev.units));
  const cells = out.rows.map((row, i): BlockCell[] => {
    const id = sheetIds[String(row[SHEET_COL])];
    if (out.headerRows.includes(i) || id === undefined) return row;
    return row.map((cell, c) => (c === CELL_COL ? cellLink(id, String(cell)) : cell));
  });
  replaceSheet(ss, SHEET.checks, (sheet) => writeLaidOut(sheet, out, cells));
}

export function checkMessage(ev: Evaluation): string {
  const { errors, warnings, notes } = issueCounts(ev.issues);
  if (errors + warnings === 0) return `Dữ liệu hợp lệ: không có lỗi hay cảnh báo nào${notes > 0 ? ` (${notes} ghi chú ở trang "${SHEET.checks}")` : ''}.`;
  const found = `Có ${errors} lỗi và ${warnings} cảnh báo. Xem trang "${SHEET.checks}" và các ô được tô màu (ghi chú bắt đầu bằng ⚠).`;
  return errors > 0 ? `${found} Cần sửa hết lỗi trước khi tính điểm.` : found;
}

export function runCheck(ss: Spreadsheet): Outcome {
  const inputs = readInputs(ss);
  const ev = evaluateInputs(inputs);
  writeChecks(ss, ev, inputs.sheetIds);
  markIssues(inputs, ev.issues);
  showSubmissions(ss, inputs, ev);
  return { ev, action: 'check', message: checkMessage(ev), refused: false, reportUrl: '' };
}
