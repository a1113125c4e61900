/**
 * A synthetic cluster written as an .xlsx file, the way a person's Excel would
 * hold it, for the end-to-end benchmarks of the `tinh-diem` command. With
 * `formulas`, `Bảng điểm` also has the two columns a clerk adds by hand, as
 * formulas without stored results: `Tổng điểm` (=SUM of the row's points minus
 * the deduction) and `Hạng` (=RANK of that total among all totals). LibreOffice
 * must compute them to show the sheet; the command reads past them (they are live
 * columns of the template) and computes everything itself.
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { columnLetter } from '../src/core/model/a1';
import { SHEET } from '../src/core/model/template';
import type { Grid } from '../src/core/model/types';
import { clerkColumns, clerkRow, syntheticCluster } from './synthetic';

type Row = unknown[];

function addSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, name: string, grid: Grid, extra?: { header: string[]; row: (sheetRow: number) => Row }): void {
  const sheet = book.addWorksheet(name);
  grid.forEach((row, r) => {
    const cells: Row = extra ? clerkRow(row, grid[0].length, r === 0 ? extra.header : extra.row(r + 1)) : row;
    sheet.addRow(cells.map((cell) => (cell === '' ? null : cell))).commit();
  });
  sheet.commit();
}

/** The clerk's formulas of `Bảng điểm` row `r` (1-based), in the columns right of the template's (synthetic.ts clerkColumns). */
export function clerkFormulas(scores: Grid, units: number): { header: string[]; row: (r: number) => [{ formula: string }, { formula: string }] } {
  const columns = clerkColumns(scores);
  const [first, last, deduction, total] = [columns.first, columns.last, columns.deduction, columns.total].map(columnLetter);
  return {
    header: ['Tổng điểm', 'Hạng'],
    row: (r) => [{ formula: `SUM(${first}${r}:${last}${r})-ABS(N(${deduction}${r}))` }, { formula: `RANK(${total}${r},$${total}$2:$${total}$${units + 1})` }],
  };
}

/** Writes a clean cluster of `units` × `criteria` to `path` (streamed: the writer holds one row at a time). */
export async function writeClusterFile(path: string, units: number, criteria: number, { formulas = false } = {}): Promise<void> {
  const grids = syntheticCluster({ units, criteria });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  addSheet(book, SHEET.settings, grids.settings);
  addSheet(book, SHEET.criteria, grids.criteria);
  addSheet(book, SHEET.units, grids.units);
  addSheet(book, SHEET.scores, grids.scores, formulas ? clerkFormulas(grids.scores, units) : undefined);
  await book.commit();
}

// node --import tsx bench/cluster-file.ts FILE UNITS CRITERIA [formulas]
if (process.argv[1]?.endsWith('cluster-file.ts')) {
  const [path, units, criteria, formulas] = process.argv.slice(2);
  await writeClusterFile(path, Number(units), Number(criteria), { formulas: formulas === 'formulas' });
  await writeFile(`${path}.done`, '');
}
