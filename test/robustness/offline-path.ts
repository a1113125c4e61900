/**
 * The offline path of the corpus: a case's sheets written to an .xlsx the way
 * Excel stores them (error values as errors, dates as dates, hidden rows, merged
 * cells), then the `tinh-diem` command run in-process with --json.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { isErrorValue } from '../../src/core/model/numbers';
import { toExcelDate } from '../../src/xlsx/cell-value';
import { runCli, tempDir, type Run } from '../cli/run-cli';
import type { CorpusWorkbook } from './workbook';

function excelValue(value: unknown): ExcelJS.CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (value instanceof Date) return toExcelDate(value);
  if (typeof value === 'string' && isErrorValue(value)) return { error: value } as ExcelJS.CellErrorValue;
  return value as ExcelJS.CellValue;
}

export function workbookOf(workbook: CorpusWorkbook): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  for (const [name, grid] of workbook.sheets) {
    const sheet = book.addWorksheet(name);
    grid.forEach((row, r) => row.forEach((value, c) => (sheet.getCell(r + 1, c + 1).value = excelValue(value))));
    for (const hidden of workbook.hiddenRows ?? []) if (hidden.sheet === name) for (const r of hidden.rows) sheet.getRow(r).hidden = true;
    for (const merge of workbook.merges ?? []) if (merge.sheet === name) sheet.mergeCells(merge.range);
  }
  return book;
}

export interface OfflineRun extends Run {
  dir: string;
  outDir: string;
}

/** Writes the workbook to a new folder and runs `tinh-diem cum.xlsx --json --out ket-qua` there. */
export async function runOffline(workbook: CorpusWorkbook): Promise<OfflineRun> {
  const dir = await tempDir();
  await writeFile(join(dir, 'cum.xlsx'), new Uint8Array(await workbookOf(workbook).xlsx.writeBuffer()));
  const run = await runCli(['cum.xlsx', '--json', '--out', 'ket-qua'], dir);
  return { ...run, dir, outDir: join(dir, 'ket-qua') };
}
