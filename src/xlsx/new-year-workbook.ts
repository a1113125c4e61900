/**
 * A new-year plan (src/core/plans/new-year.ts) applied to the workbook of the year
 * that ends, loaded through exceljs: the planned cells written and blocks cleared
 * (formats, notes and validation stay), the old year's output sheets removed,
 * `Các năm trước` written whole in the place it had (or last), and one row
 * appended to `Lịch sử`. The caller writes the result to a new file.
 */
import type ExcelJS from 'exceljs';
import { outputFormat } from '../core/sheets/cell-formats';
import { outputLayout } from '../core/sheets/print-layout';
import { SHEET } from '../core/model/template';
import type { NewYearPlan, SheetEdits } from '../core/plans/new-year';
import { HISTORY_HEADER_ROW } from '../core/outputs/outputs';
import type { OutCell, OutputSheet } from '../core/model/output-sheet';
import { applyLayout, setLiteral, styleHeader } from './formats';
import { fromExcelCell } from './cell-value';
import { findSheet } from './read-workbook';

/** The last row holding a value, visiting only the rows exceljs stores (a stray far cell costs nothing). */
function lastValueRow(sheet: ExcelJS.Worksheet): number {
  let last = 0;
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell) => {
      if (fromExcelCell(cell) !== '') last = Math.max(last, rowNumber);
    });
  });
  return last;
}

/** exceljs orders sheets by `orderNo`, which its type declarations leave out. */
type Ordered = { orderNo: number };

function applyEdits(sheet: ExcelJS.Worksheet, edits: SheetEdits): void {
  for (const b of edits.cleared) {
    for (let r = b.row; r < b.row + b.rows; r++) {
      for (let c = b.col; c < b.col + b.cols; c++) {
        const cell = sheet.findCell(r + 1, c + 1);
        if (cell) cell.value = null;
      }
    }
  }
  for (const e of edits.cells) {
    const cell = sheet.getCell(e.row + 1, e.col + 1);
    // A new header cell looks like the header beside it.
    if (e.row === 0 && e.col > 0 && cell.value === null) cell.style = { ...sheet.getCell(1, e.col).style };
    setLiteral(cell, e.value);
  }
}

function writeRows(sheet: ExcelJS.Worksheet, first: number, rows: readonly OutCell[][]): void {
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      const cell = sheet.getCell(first + r, c + 1);
      cell.numFmt = outputFormat(value);
      setLiteral(cell, value);
    }),
  );
}

function replacePast(workbook: ExcelJS.Workbook, plan: NewYearPlan): void {
  const old = findSheet(workbook, SHEET.past);
  const orderNo = old ? (old as unknown as Ordered).orderNo : undefined;
  if (old) workbook.removeWorksheet(old.id);
  const sheet = workbook.addWorksheet(SHEET.past);
  if (orderNo !== undefined) (sheet as unknown as Ordered).orderNo = orderNo;
  writeRows(sheet, 1, plan.past.rows);
  styleHeader(sheet.getRow(1));
  const layout = outputLayout(plan.past);
  applyLayout(sheet, layout, plan.past.rows, layout.wraps);
}

function appendHistory(workbook: ExcelJS.Workbook, row: OutCell[]): void {
  let sheet = findSheet(workbook, SHEET.history);
  if (!sheet) {
    // Laid out as the summary lays it: without widths its times print as ### and its titles are cut.
    sheet = workbook.addWorksheet(SHEET.history);
    writeRows(sheet, 1, [HISTORY_HEADER_ROW]);
    styleHeader(sheet.getRow(1));
    const history: OutputSheet = { rows: [[...HISTORY_HEADER_ROW], row], headerRows: [0], titleRows: [] };
    const layout = outputLayout(history);
    applyLayout(sheet, layout, history.rows, layout.wraps);
  }
  const header = sheet.getRow(1);
  // A `Lịch sử` older than its `Năm` column gets the header cell, so the year it records is named.
  HISTORY_HEADER_ROW.forEach((title, c) => {
    const cell = header.getCell(c + 1);
    if (cell.value === null) setLiteral(cell, title);
  });
  styleHeader(header);
  writeRows(sheet, lastValueRow(sheet) + 1, [row]);
}

export function applyNewYear(workbook: ExcelJS.Workbook, plan: NewYearPlan): void {
  // The live columns still cache last year's results: computed again on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const edits of plan.edits) {
    const sheet = findSheet(workbook, edits.sheet);
    if (sheet) applyEdits(sheet, edits);
  }
  for (const name of plan.dropped) {
    const sheet = findSheet(workbook, name);
    if (sheet) workbook.removeWorksheet(sheet.id);
  }
  replacePast(workbook, plan);
  appendHistory(workbook, plan.historyRow);
}
