/** The .xlsx template carries every part of `templateSheets(criteria)`: names, headers, formats, validation, notes, widths, frozen header. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/core/model/a1';
import { LIVE_HEADERS } from '../../src/core/sheets/live-columns';
import { SHEET, SETTINGS, STATUS_HEADER, scoresHeader } from '../../src/core/model/template';
import { templateSheets } from '../../src/core/sheets/template-sheets';
import { loadWorkbook, sheetGrid } from '../../src/xlsx/read-workbook';
import { templateWorkbook } from '../../src/xlsx/write-template';

/** A criteria list as the secretariat would type it: the template lays the score columns from it. */
const CRITERIA = [
  { code: '1', name: 'Chuyên môn', maxBase: 40000, maxBonus: 5000 },
  { code: '2', name: 'Báo cáo', maxBase: 20000, maxBonus: null },
];
const specs = templateSheets(CRITERIA);
const workbook = await loadWorkbook(new Uint8Array(await (await templateWorkbook(specs)).xlsx.writeBuffer()), 'mau.xlsx');
const sheet = (name: string): ExcelJS.Worksheet => workbook.getWorksheet(name) as ExcelJS.Worksheet;
/** The text of a cell's comment, as exceljs reads it back. */
function noteText(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as ExcelJS.Comment | string | undefined;
  return typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('');
}

describe('the template written as .xlsx', () => {
  it('has the four input sheets in the template’s order', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([SHEET.settings, SHEET.criteria, SHEET.units, SHEET.scores]);
  });

  it('writes each header and starting row as given', () => {
    for (const spec of specs) {
      const grid = sheetGrid(sheet(spec.name));
      expect(grid[0]).toEqual(spec.columns.map((c) => c.header));
      expect(grid.slice(1)).toEqual(spec.rows.map((r) => spec.columns.map((_, i) => r[i] ?? '')));
    }
    expect(
      sheetGrid(sheet(SHEET.settings))
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(SETTINGS.map((d) => d.label));
    expect(sheetGrid(sheet(SHEET.scores))[0]).toEqual([...scoresHeader(CRITERIA), ...LIVE_HEADERS, STATUS_HEADER]);
  });

  it('freezes and bolds the header row, and notes headers as comments', () => {
    for (const spec of specs) {
      const s = sheet(spec.name);
      expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      spec.columns.forEach((c, i) => {
        const cell = s.getCell(1, i + 1);
        expect(cell.font?.bold).toBe(true);
        // A bold font without face and size showed in LibreOffice's serif fallback.
        expect(cell.font).toMatchObject({ name: 'Calibri', size: 11 });
        expect(cell.numFmt).toBe('@');
        expect(noteText(cell)).toBe(c.excelNote ?? c.note);
      });
    }
  });

  it('writes the header in the workbook’s default font (styles.xml font 0), only bold', async () => {
    const zip = await JSZip.loadAsync(await (await templateWorkbook(specs)).xlsx.writeBuffer());
    const styles = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
    const fonts = [...styles.matchAll(/<font>(.*?)<\/font>/g)].map((m) => m[1]);
    const props = (font: string): string[] => [...font.matchAll(/<(\w+)( val="[^"]*"| theme="[^"]*")?\/>/g)].map((m) => m[0]).sort();
    expect(fonts[0]).toContain('<name val="Calibri"/>');
    expect(fonts[0]).toContain('<sz val="11"/>');
    const bold = fonts.filter((f) => f.includes('<b/>'));
    expect(bold).toHaveLength(1);
    expect(props(bold[0])).toEqual([...props(fonts[0]), '<b/>'].sort());
  });

  it('formats text columns as plain text and point columns as numbers, down the whole data area', () => {
    const scores = specs.find((s) => s.role === 'scores');
    if (!scores) throw new Error('no score sheet');
    const s = sheet(SHEET.scores);
    scores.columns.forEach((c, i) => {
      for (const row of [2, scores.dataRows + 1]) expect(s.getCell(row, i + 1).numFmt ?? 'General').toBe(c.format === 'text' ? '@' : 'General');
      expect(s.getColumn(i + 1).width).toBe(Math.round(c.width / 7));
    });
  });

  it('accepts only numbers between 0 and the maximum in every score column', () => {
    const s = sheet(SHEET.scores);
    const header = scoresHeader(CRITERIA);
    for (const c of CRITERIA) {
      const base = s.getCell(200, header.indexOf(`Chuẩn ${c.code}`) + 1).dataValidation;
      expect(base).toMatchObject({ type: 'decimal', operator: 'between', showErrorMessage: true, errorStyle: 'stop' });
      expect(base.formulae.map(Number)).toEqual([0, c.maxBase / 1000]);
      const bonus = s.getCell(2, header.indexOf(`Thưởng ${c.code}`) + 1).dataValidation;
      expect(bonus.formulae.map(Number)).toEqual([0, c.maxBonus === null ? 0 : c.maxBonus / 1000]);
      expect(bonus.error?.toLowerCase()).toContain(`tiêu chí ${c.code}`);
    }
    expect(s.getCell(2, 1).dataValidation).toBeUndefined();
  });

  it('states each score column’s validation once, over its whole data area, no two overlapping', async () => {
    const zip = await JSZip.loadAsync(await (await templateWorkbook(specs)).xlsx.writeBuffer());
    const index = specs.findIndex((spec) => spec.role === 'scores');
    const xml = (await zip.file(`xl/worksheets/sheet${index + 1}.xml`)?.async('string')) ?? '';
    const scores = specs[index];
    const validated = scores.columns.flatMap((c, i) => (c.validation ? [`${columnLetter(i)}2:${columnLetter(i)}${scores.dataRows + 1}`] : []));
    expect(validated.length).toBeGreaterThan(0);
    // exceljs joining cells as text put C10:C201 beside C2:C201: the same cells validated twice.
    expect([...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1])).toEqual(validated);
  });

  it('writes each live column as one shared formula over the data rows, its note naming the command’s ranking the authority', async () => {
    const zip = await JSZip.loadAsync(await (await templateWorkbook(specs)).xlsx.writeBuffer());
    const index = specs.findIndex((spec) => spec.role === 'scores');
    const xml = (await zip.file(`xl/worksheets/sheet${index + 1}.xml`)?.async('string')) ?? '';
    const scores = specs[index];
    const live = scores.columns.flatMap((c, i) => (LIVE_HEADERS.includes(c.header) ? [columnLetter(i)] : []));
    expect(live).toHaveLength(LIVE_HEADERS.length);
    const formulas = [...xml.matchAll(/<f\b[^>]*?(?:\/>|>[^<]*<\/f>)/g)].map((m) => m[0]);
    // One master per live column, over the data rows; every other cell only points at its master.
    expect(formulas.filter((f) => f.includes(' ref="')).map((f) => / ref="([^"]+)"/.exec(f)?.[1])).toEqual(live.map((l) => `${l}2:${l}${scores.dataRows + 1}`));
    expect(formulas.filter((f) => !f.includes(' ref="')).every((f) => /^<f t="shared" si="\d+"\/>$/.test(f))).toBe(true);
    // Formulas cannot follow the tie-break ladder, Cụm chấm or the step: each live header says whose ranking counts.
    for (const header of LIVE_HEADERS) {
      const cell = sheet(SHEET.scores).getCell(1, scores.columns.findIndex((c) => c.header === header) + 1);
      expect(noteText(cell), header).toContain('kết quả chính thức là của lệnh tinh-diem');
    }
  });

  it('prints Bảng điểm down to its last unit’s row, not the live formulas’ empty rows below it', async () => {
    /** The print areas the workbook names, as Excel and LibreOffice read them. */
    const printAreas = async (sheets: typeof specs): Promise<string[]> => {
      const xml = (await (await JSZip.loadAsync(await (await templateWorkbook(sheets)).xlsx.writeBuffer())).file('xl/workbook.xml')?.async('string')) ?? '';
      return [...xml.matchAll(/<definedName name="_xlnm.Print_Area"[^>]*>([^<]*)</g)].map((m) => m[1].replace(/&apos;/g, "'"));
    };
    // No unit yet: the header alone. The blank template's 10 columns: code, name, deduction, its reason,
    // explanation, the 4 live columns and the status (A to J); with two criteria 6 more, a base, a bonus
    // and an evidence link each (A to P).
    expect(await printAreas(templateSheets())).toEqual([`'${SHEET.scores}'!$A$1:$J$1`]);
    expect(await printAreas(specs)).toEqual([`'${SHEET.scores}'!$A$1:$P$1`]);
  });
});
