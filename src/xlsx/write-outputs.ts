/**
 * The output sheets (`Tổng hợp`, `Kiểm tra`, `Lịch sử`) written into a workbook
 * read from the user's file: rebuilt whole on every run, except `Lịch sử`, which
 * keeps its earlier rows and gains one.
 */
import type ExcelJS from 'exceljs';
import { parseA1 } from '../core/a1';
import type { OutCell, OutputSheet } from '../core/outputs';
import { CHECKS_HEADER } from '../core/template';
import { outputFormat } from '../core/cell-formats';
import { cellCentered, cellWraps, outputLayout } from '../core/print-layout';
import { applyLayout, layoutRows, setLiteral, styleHeader } from './formats';
import { findSheet, sheetGrid } from './read-workbook';

function writeRow(row: ExcelJS.Row, cells: readonly OutCell[]): void {
  cells.forEach((value, c) => {
    const cell = row.getCell(c + 1);
    setLiteral(cell, value);
    if (typeof value !== 'string') cell.numFmt = outputFormat(value);
  });
}

/** Replaces the sheet named `name` (if any) by a new one holding `content`, laid out for screen and print. */
export function replaceOutputSheet(workbook: ExcelJS.Workbook, name: string, content: OutputSheet): void {
  const earlier = findSheet(workbook, name);
  if (earlier) workbook.removeWorksheet(earlier.id);
  const sheet = workbook.addWorksheet(name);
  content.rows.forEach((cells, r) => writeRow(sheet.getRow(r + 1), cells));
  for (const r of content.headerRows) styleHeader(sheet.getRow(r + 1));
  for (const r of content.titleRows) sheet.getRow(r + 1).getCell(1).font = { bold: true, size: 13 };
  const layout = outputLayout(content);
  applyLayout(sheet, layout, content.rows, cellWraps(content, layout), cellCentered(content));
}

const SHEET_COL = CHECKS_HEADER.indexOf('Trang tính') + 1;
const CELL_COL = CHECKS_HEADER.indexOf('Ô') + 1;

/**
 * In `Kiểm tra`, each issue's address becomes a link to its cell, as in Sheets.
 * Only an address that is one and a sheet the workbook has become a link; the
 * shown text stays the address.
 */
export function linkIssueCells(workbook: ExcelJS.Workbook, checksName: string): void {
  const checks = findSheet(workbook, checksName);
  if (!checks) return;
  checks.eachRow((row, r) => {
    if (r === 1) return;
    const address = String(row.getCell(CELL_COL).value ?? '');
    const target = findSheet(workbook, String(row.getCell(SHEET_COL).value ?? ''));
    if (!target || !parseA1(address)) return;
    row.getCell(CELL_COL).value = { text: address, hyperlink: `#'${target.name.replace(/'/g, "''")}'!${address}` };
  });
}

/**
 * Adds one row at the end of `Lịch sử`, creating the sheet with its header when it
 * is new; the layout is sized on the header and the first run's row.
 */
export function appendHistoryRow(workbook: ExcelJS.Workbook, name: string, header: readonly OutCell[], cells: readonly OutCell[]): void {
  const content: OutputSheet = { rows: [[...header], [...cells]], headerRows: [0], titleRows: [] };
  const layout = outputLayout(content);
  let sheet = findSheet(workbook, name);
  if (!sheet) {
    sheet = workbook.addWorksheet(name);
    writeRow(sheet.getRow(1), header);
    styleHeader(sheet.getRow(1));
    applyLayout(sheet, layout, [header], cellWraps(content, layout).slice(0, 1));
  }
  const r = sheetGrid(sheet).length + 1;
  writeRow(sheet.getRow(r), cells);
  layoutRows(sheet, r, layout, [cells], cellWraps(content, layout).slice(1));
}
