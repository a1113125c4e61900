/**
 * Writing a block of cells with a constant number of calls, whatever its size:
 * number formats first (plain text `@` on every string, so a name typed as
 * `=IMPORTXML(…)` or `+1` stays the text it was), then the values, then one call
 * per kind of formatting.
 */
import { HEADER_BACKGROUND, WHOLE_FORMAT, outputFormat } from '../core/sheets/cell-formats';
import type { OutCell, OutputSheet } from '../core/model/output-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export const PLAIN_BACKGROUND = '#ffffff';

/** A cell we build ourselves (a HYPERLINK from trusted values) that must be evaluated. */
export interface Formula {
  formula: string;
}

export type BlockCell = OutCell | Formula;

function isFormula(cell: BlockCell): cell is Formula {
  // A Date is an object too: a date-time value, not a formula.
  return typeof cell === 'object' && !(cell instanceof Date);
}

function formatOf(cell: BlockCell): string {
  return isFormula(cell) ? WHOLE_FORMAT : outputFormat(cell);
}

/** A range beyond the sheet's rows or columns throws; grows the sheet only when it must (for a sheet that is not unit-sized, e.g. `Lịch sử`). */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Room for a block in a fresh sheet (1,000 rows and 26 columns): the sheet grows by
 * the block's size whether it needs to or not, so that 12 units and 2,000 units
 * cost the same calls. The unused rows below stay blank.
 */
export function makeRoom(sheet: Sheet, rows: number, columns: number): void {
  sheet.insertRowsAfter(sheet.getMaxRows(), rows);
  sheet.insertColumnsAfter(sheet.getMaxColumns(), columns);
}

/** Values and formats of a rectangle at the top left of an empty sheet. */
export function writeCells(sheet: Sheet, firstRow: number, rows: BlockCell[][]): Range {
  const range = sheet.getRange(firstRow, 1, rows.length, rows[0].length);
  range.setNumberFormats(rows.map((r) => r.map(formatOf)));
  range.setValues(rows.map((r) => r.map((cell) => (isFormula(cell) ? cell.formula : cell))));
  return range;
}

/** An output sheet into a new, empty sheet: headers bold and shaded, titles bold. */
export function writeOutput(sheet: Sheet, out: OutputSheet, cells: BlockCell[][] = out.rows): Range {
  makeRoom(sheet, cells.length, cells[0].length);
  const range = writeCells(sheet, 1, cells);
  const header = new Set(out.headerRows);
  const strong = new Set([...out.headerRows, ...out.titleRows]);
  range.setFontWeights(cells.map((r, i) => r.map(() => (strong.has(i) ? 'bold' : 'normal'))));
  range.setBackgrounds(cells.map((r, i) => r.map(() => (header.has(i) ? HEADER_BACKGROUND : PLAIN_BACKGROUND))));
  return range;
}
