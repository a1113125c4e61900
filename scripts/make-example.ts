/**
 * Writes examples/cum-thi-dua-08-nam-2021.xlsx from examples/cum-thi-dua-08-nam-2021.json,
 * in the template the add-in and `tinh-diem mau` create. The workbook is committed so
 * that `npm start` needs no build step first; a test checks it still matches what this
 * script would write. Run with `npm run example` after changing the data.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type ExcelJS from 'exceljs';
import { IssueList } from '../src/core/model/issues';
import { parseCriteria } from '../src/core/read/parse-lists';
import { templateSheets } from '../src/core/sheets/template-sheets';
import { ballotTemplateSheet } from '../src/core/vote/ballot-sheet';
import { templateWorkbook } from '../src/xlsx/write-template';
import { fixtureGrids, loadFixture, type SettingValues } from './example-data';

export const EXAMPLE_PATH = fileURLToPath(new URL('../examples/cum-thi-dua-08-nam-2021.xlsx', import.meta.url));

/** The example workbook; `overrides` change settings (tests use it to try other options). */
export function exampleWorkbook(overrides: SettingValues = {}): Promise<ExcelJS.Workbook> {
  const fixture = loadFixture();
  const grids = fixtureGrids(fixture, overrides, { ballots: true });
  // The criteria as the add-in reads them from the sheet: the bands parsed, which the live formulas carry.
  const criteria = parseCriteria(grids.criteria, new IssueList());
  const sheets = templateSheets(criteria, { ballots: !!grids.ballots }).map((sheet) => ({ ...sheet, rows: (grids[sheet.role] ?? []).slice(1) }));
  return templateWorkbook([...sheets, ballotTemplateSheet(grids.ballots ?? [])]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(EXAMPLE_PATH, new Uint8Array(await (await exampleWorkbook()).xlsx.writeBuffer()));
  console.log(`Đã ghi ${EXAMPLE_PATH}`);
}
