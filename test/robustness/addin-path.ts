/**
 * The add-in path of the corpus: the BUILT dist/Code.js in node:vm with the fake
 * SpreadsheetApp holding a case's sheets, and ways to read back what it wrote.
 */
import { parseA1 } from '../../src/core/model/a1';
import { CHECKS_HEADER, SHEET } from '../../src/core/model/template';
import type { Issue } from '../../src/core/model/types';
import { fakeDocumentApp } from '../fakes/document-app';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { loadBuilt, type Loaded } from '../apps-script/harness';
import type { CorpusWorkbook } from './workbook';

export interface InFake extends Loaded {
  ss: FakeSpreadsheet;
  /** The Google Docs the run created. */
  docs: ReturnType<typeof fakeDocumentApp>;
}

/** An English-locale spreadsheet (decimal point, as the core runs in the other paths) holding the workbook's sheets. */
export function openInFake(workbook: CorpusWorkbook): InFake {
  const docs = fakeDocumentApp();
  const loaded = loadBuilt({ locale: 'en_US' }, { DocumentApp: docs.app });
  const ss = loaded.google.spreadsheet;
  for (const [name, grid] of workbook.sheets) ss.addSheet(name, grid);
  // Merged as a user merges them in Sheets (the grid already holds '' under each range).
  for (const { sheet, range } of workbook.merges ?? []) {
    const [from, to] = range.split(':').map(parseA1);
    if (from && to)
      ss.sheet(sheet)
        .getRange(from.row + 1, from.col + 1, to.row - from.row + 1, to.col - from.col + 1)
        .merge();
  }
  return { ...loaded, ss, docs };
}

const SEVERITY: Record<string, Issue['severity']> = { Lỗi: 'error', 'Cảnh báo': 'warning', 'Ghi chú': 'note' };

/** The issues listed in `Kiểm tra`, read back from the sheet as a user sees them. */
export function checksIssues(ss: FakeSpreadsheet): Omit<Issue, 'unit'>[] {
  const [header, ...rows] = ss.sheet(SHEET.checks).grid();
  const col = (title: (typeof CHECKS_HEADER)[number]): number => header.indexOf(title);
  return rows
    .filter((row) => row[col('Mã lỗi')] !== '')
    .map((row) => ({
      severity: SEVERITY[String(row[col('Mức độ')])],
      code: String(row[col('Mã lỗi')]),
      sheet: String(row[col('Trang tính')]),
      cell: String(row[col('Ô')]),
      message: String(row[col('Nội dung')]),
    }));
}

/** Everything a user could see or lose in the sheets: values, formulas, formats, notes, colours. */
export function workbookSnapshot(ss: FakeSpreadsheet): Record<string, string[]> {
  const snapshot: Record<string, string[]> = {};
  for (const sheet of ss.sheets) {
    snapshot[sheet.name] = [...sheet.cells]
      .map(([key, c]) =>
        JSON.stringify([
          key,
          c.value instanceof Date ? c.value.getTime() : c.value,
          c.formula,
          c.format,
          c.note,
          c.background,
          c.weight,
          c.validation ? 'rule' : '',
        ]),
      )
      .sort();
  }
  return snapshot;
}

/** What was typed into the named sheets: values (Dates as times) and formulas. */
export function typedValues(ss: FakeSpreadsheet, names: readonly string[]): Record<string, unknown> {
  const typed: Record<string, unknown> = {};
  for (const name of names) {
    const sheet = ss.sheet(name);
    typed[name] = [...sheet.cells]
      .filter(([, c]) => c.value !== '' || c.formula !== '')
      .map(([key, c]) => [key, c.value instanceof Date ? c.value.getTime() : c.value, c.formula])
      .sort();
  }
  return typed;
}

export const sheetNames = (ss: FakeSpreadsheet): string[] => ss.sheets.map((s) => s.name);
