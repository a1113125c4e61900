/**
 * A synthetic cluster written as an .xlsx file, the way a person's Excel would
 * hold it, for the end-to-end benchmark of the `tinh-diem` command.
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { SHEET } from '../src/core/model/template';
import type { Grid } from '../src/core/model/types';
import { syntheticCluster } from './synthetic';

function addSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, name: string, grid: Grid): void {
  const sheet = book.addWorksheet(name);
  for (const row of grid) sheet.addRow(row.map((cell) => (cell === '' ? null : cell))).commit();
  sheet.commit();
}

/** Writes a clean cluster of `units` × `criteria` to `path` (streamed: the writer holds one row at a time). */
export async function writeClusterFile(path: string, units: number, criteria: number): Promise<void> {
  const grids = syntheticCluster({ units, criteria });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  addSheet(book, SHEET.settings, grids.settings);
  addSheet(book, SHEET.criteria, grids.criteria);
  addSheet(book, SHEET.units, grids.units);
  addSheet(book, SHEET.scores, grids.scores);
  await book.commit();
}

// node --import tsx bench/cluster-file.ts FILE UNITS CRITERIA
if (process.argv[1]?.endsWith('cluster-file.ts')) {
  const [path, units, criteria] = process.argv.slice(2);
  await writeClusterFile(path, Number(units), Number(criteria));
  await writeFile(`${path}.done`, '');
}
