/**
 * Literal text everywhere: names and notes typed as `=IMPORTXML(…)`, `+1`, `-x`
 * or `@x` are shown exactly as typed and never evaluated: in the sheets the
 * add-in writes, in the .xlsx and .docx of the offline command, in the Google Doc
 * and in the report model.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { buildReport } from '../../src/core/documents/build-report';
import { reportPlainText } from '../../src/core/documents/plain-text';
import { OUTPUT_ROLES, SHEET } from '../../src/core/model/template';
import { openInFake } from './addin-path';
import { CORPUS, FORMULA_LIKE } from './corpus';
import { runOffline } from './offline-path';
import { inputGrids } from './workbook';

const CASE = CORPUS.find((c) => c.name === 'names, codes and notes that look like formulas');
if (!CASE) throw new Error('the corpus has no formula-like case');
const TYPED = new Set(FORMULA_LIKE);
const OUTPUT_NAMES = new Set<string>(OUTPUT_ROLES.map((r) => SHEET[r]));
/** The unit names, as typed, that the ranking shows (A, B, C). */
const NAMES = [FORMULA_LIKE[0], FORMULA_LIKE[1], FORMULA_LIKE[2]];
/** The only formula the product writes: a link from an issue to its cell, built from a sheet id and an address. */
const OUR_LINK = /^=HYPERLINK\("#gid=\d+&range=[A-Z]+\d+","[A-Z]+\d+"\)$/;

describe('formula-like text stays text', () => {
  it('in every sheet the add-in writes', () => {
    const { call, ss, docs, google } = openInFake(CASE);
    for (const action of ['menuKiemTra', 'menuTinhDiem', 'menuTaoBaoCao']) call(action);
    expect(google.ui.alerts).toEqual([]);
    const written = ss.sheets.filter((s) => OUTPUT_NAMES.has(s.name));
    expect(written).toHaveLength(OUTPUT_NAMES.size);
    const shown: unknown[] = [];
    for (const sheet of ss.sheets) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula !== '') expect(cell.formula, sheet.name).toMatch(OUR_LINK);
        if (TYPED.has(cell.value as string) && written.includes(sheet)) {
          expect(cell.format, `${sheet.name}: ${String(cell.value)}`).toBe('@');
          shown.push(cell.value);
        }
      }
    }
    for (const name of NAMES) expect(shown).toContain(name);
    const docText = docs.documents[0].body.text();
    for (const name of NAMES) expect(docText).toContain(name);
  });

  it('in the .xlsx and the .docx of the offline command', async () => {
    const run = await runOffline(CASE);
    try {
      expect(run.code).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(run.outDir, 'cum-tong-hop.xlsx'));
      const shown: unknown[] = [];
      book.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
            if (TYPED.has(cell.value as string)) {
              expect(cell.type, `${sheet.name}!${cell.address}`).toBe(ExcelJS.ValueType.String);
              shown.push(cell.value);
            }
          }),
        ),
      );
      for (const typed of FORMULA_LIKE) expect(shown).toContain(typed);

      const zip = await JSZip.loadAsync(await readFile(join(run.outDir, 'cum-bao-cao.docx')));
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1])
        .join('')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      for (const name of NAMES) expect(text).toContain(name);
    } finally {
      await rm(run.dir, { recursive: true, force: true });
    }
  });

  it('in the report model', () => {
    const ev = evaluate(inputGrids(CASE));
    const text = reportPlainText(buildReport(ev));
    for (const name of NAMES) expect(text).toContain(name);
  });
});
