/**
 * The core's layout (src/core/sheets/print-layout.ts) as SpreadsheetApp can apply it:
 * frozen panes, column widths, wrapped cells, rows aligned to the top. Paper,
 * orientation, fit to width and repeated rows have no SpreadsheetApp call; they
 * are chosen in Sheets' print dialog, which can repeat the frozen rows.
 */
import type { OutputSheet } from '../core/model/output-sheet';
import { outputLayout, type SheetLayout } from '../core/sheets/print-layout';
import { writeOutput, type BlockCell } from './block';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** `block` is the written rectangle from the top left; `wraps` matches its size. One call per kind, one width per column. */
export function applyLayout(sheet: Sheet, layout: SheetLayout, block: Range, wraps: boolean[][]): void {
  sheet.setFrozenRows(layout.frozenRows);
  if (layout.frozenColumns > 0) sheet.setFrozenColumns(layout.frozenColumns);
  layout.columns.forEach((c, i) => sheet.setColumnWidth(i + 1, c.width));
  // Award sentences run across the table, one merge per run of consecutive rows (their number does not grow with the units).
  for (const run of layout.spanRuns) sheet.getRange(run.first + 1, 1, run.count, layout.columns.length).mergeAcross();
  block.setWraps(wraps);
  block.setVerticalAlignment('top');
}

/** An output sheet's values, formats and layout into a new, empty sheet; `cells` may replace values by formulas (links). */
export function writeLaidOut(sheet: Sheet, out: OutputSheet, cells: BlockCell[][] = out.rows): void {
  const layout = outputLayout(out);
  const block = writeOutput(sheet, out, cells);
  applyLayout(sheet, layout, block, layout.wraps);
  // One call for the whole block; null keeps a cell's default alignment.
  if (out.centeredColumns?.length) block.setHorizontalAlignments(layout.centered.map((row) => row.map((center) => (center ? 'center' : null))));
}
