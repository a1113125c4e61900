/**
 * The summary written into a copy of the input package: the input's parts carried
 * over byte for byte, output sheets added or replaced, `Tổng hợp` moved to the front, `Lịch sử` grown by
 * one row, user text kept literal, styles appended to whatever styles part the
 * input has. Read back with exceljs (as a user's Excel would load it), with the
 * command's own reader, and as XML (every part well-formed).
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expectWellFormed, parts } from '../helpers/package-check';
import { describe, expect, it } from 'vitest';
import { DATE_TIME_FORMAT, HEADER_BACKGROUND } from '../../src/core/sheets/cell-formats';
import { checksSheet } from '../../src/core/outputs/outputs';
import { type OutCell, type OutputSheet } from '../../src/core/model/output-sheet';
import { openPackage } from '../../src/xlsx/read-package';
import { readSheet } from '../../src/xlsx/read-sheet';
import { WorkbookError, sheetGrid } from '../../src/xlsx/read-workbook';
import { type SummaryContent, summaryPackage } from '../../src/xlsx/summary-package';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { withChart } from '../helpers/xlsx-chart';

const content = (rows: OutCell[][], more: Partial<OutputSheet> = {}): OutputSheet => ({ rows, headerRows: [0], titleRows: [], ...more });
const HISTORY_HEADER = ['Thời gian', 'Xếp hạng'];

function summaryOf(sheets: SummaryContent['sheets'], historyRow: OutCell[] = [new Date(2022, 0, 5, 8, 30), '1. Long An (117.5)']): SummaryContent {
  return { sheets, linkedSheet: 'Kiểm tra', history: { name: 'Lịch sử', header: HISTORY_HEADER, row: historyRow } };
}

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function excel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

const sheetOf = (workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => workbook.getWorksheet(name) as ExcelJS.Worksheet;

/** The part of a sheet, by its name, through the package reader. */
async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  const pkg = await openPackage(bytes, 'x.xlsx');
  const part = pkg.sheets.find((s) => s.name === name);
  if (!part) throw new Error(`no sheet ${name}`);
  return (await pkg.zip.file(part.path)?.async('string')) ?? '';
}

describe('the summary package', () => {
  it('carries every part of the input over byte for byte, except the four it must extend', async () => {
    const input = new Uint8Array(await readFile(EXAMPLE_PATH));
    const output = await summaryPackage(input, 'x.xlsx', summaryOf([{ name: 'Tổng hợp', content: content([['Hạng'], [1]]) }]));
    const before = await parts(input);
    const after = await parts(output);
    const extended = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];
    for (const [name, data] of before) {
      if (extended.includes(name)) continue;
      expect(Buffer.from(after.get(name) ?? []).equals(Buffer.from(data)), name).toBe(true);
    }
    // The template's data validation and header notes (comments with their drawing) are among them.
    expect(await sheetXml(output, 'Bảng điểm')).toContain('<dataValidations');
    expect([...after.keys()].filter((n) => /comments\d+\.xml$|vmlDrawing/.test(n))).toHaveLength(
      [...before.keys()].filter((n) => /comments\d+\.xml$|vmlDrawing/.test(n)).length,
    );
    expect(extended.every((name) => before.has(name))).toBe(true);
    await expectWellFormed(output);
    const back = await excel(output);
    expect(back.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Cấu hình', 'Tiêu chí', 'Đơn vị', 'Bảng điểm', 'Phiếu bầu', 'Lịch sử']);
    expect(sheetOf(back, 'Bảng điểm').getCell('C2').dataValidation).toMatchObject({ type: 'decimal', operator: 'between' });
  });

  it('replaces an output sheet of the same name, moves Tổng hợp to the front and leaves the other sheets alone', async () => {
    const input = await xlsx((workbook) => {
      workbook.addWorksheet('Bảng điểm').getCell('A1').value = 'Mã đơn vị';
      const old = workbook.addWorksheet('tổng hợp');
      old.getCell('A1').value = 'cũ';
      old.getCell('Z50').value = 'cũ';
      old.pageSetup.printArea = 'A1:Z50';
      workbook.addWorksheet('Ghi chú').getCell('B2').value = 'của người dùng';
    });
    const output = await summaryPackage(
      input,
      'x.xlsx',
      summaryOf([
        {
          name: 'Tổng hợp',
          content: content([
            ['Hạng', 'Tổng điểm'],
            [1, 117.5],
          ]),
        },
      ]),
    );
    await expectWellFormed(output);
    const back = await excel(output);
    expect(back.worksheets.map((s) => s.name)).toEqual(['tổng hợp', 'Bảng điểm', 'Ghi chú', 'Lịch sử']);
    expect(sheetGrid(sheetOf(back, 'tổng hợp'))).toEqual([
      ['Hạng', 'Tổng điểm'],
      [1, 117.5],
    ]);
    expect(sheetOf(back, 'tổng hợp').pageSetup.printArea).toBeUndefined();
    expect(sheetOf(back, 'tổng hợp').pageSetup.printTitlesRow).toBe('1:1');
    expect(sheetGrid(sheetOf(back, 'Ghi chú'))).toEqual([
      ['', ''],
      ['', 'của người dùng'],
    ]);
  });

  it('writes numbers with their format, headers bold and shaded under a frozen row, titles larger, dates as date-times', async () => {
    const input = await xlsx((workbook) => void workbook.addWorksheet('Bảng điểm'));
    const sheet = content([['Điểm theo tiêu chí'], [''], ['Mã', 'Tổng điểm'], ['LA', 117.5], ['HG', 115]], {
      headerRows: [2],
      titleRows: [0],
      frozenColumns: 1,
    });
    const output = await summaryPackage(input, 'x.xlsx', summaryOf([{ name: 'Điểm theo tiêu chí', content: sheet }]));
    const back = await excel(output);
    const s = sheetOf(back, 'Điểm theo tiêu chí');
    expect(s.getCell('B4').type).toBe(ExcelJS.ValueType.Number);
    // One format for every number: 117.5 and 115 (not "115.0"); exceljs reads Excel's General back as no format.
    expect(s.getCell('B4').numFmt ?? 'General').toBe('General');
    // The input's default font (exceljs writes Calibri 11) made bold, face and size kept.
    expect(s.getCell('A3').font).toMatchObject({ bold: true, name: 'Calibri', size: 11 });
    expect(s.getCell('A3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${HEADER_BACKGROUND.slice(1).toUpperCase()}` } });
    expect(s.getCell('A4').font?.bold).toBeFalsy();
    expect(s.getCell('A1').font).toMatchObject({ bold: true, size: 13, name: 'Calibri' });
    expect(s.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
    expect(s.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    const history = sheetOf(back, 'Lịch sử');
    expect(history.getCell('A2').value).toEqual(new Date(Date.UTC(2022, 0, 5, 8, 30)));
    expect(history.getCell('A2').numFmt).toBe(DATE_TIME_FORMAT);
  });

  it('keeps user text that looks like a formula as text, with no formula in the file', async () => {
    const names = ['=IMPORTXML("x")', '+1', '@x', '-2+3'];
    const input = await xlsx((workbook) => void workbook.addWorksheet('Bảng điểm'));
    const output = await summaryPackage(input, 'x.xlsx', summaryOf([{ name: 'Tổng hợp', content: content([['Đơn vị'], ...names.map((n) => [n])]) }]));
    const s = sheetOf(await excel(output), 'Tổng hợp');
    names.forEach((name, i) => {
      expect(s.getCell(i + 2, 1).type).toBe(ExcelJS.ValueType.String);
      expect(s.getCell(i + 2, 1).value).toBe(name);
    });
    expect(await sheetXml(output, 'Tổng hợp')).not.toContain('<f>');
  });

  it('round-trips special characters: XML’s own, quotes, emoji, Vietnamese, line breaks, control characters and text that reads like an escape', async () => {
    const texts = [
      'A & B <c> "d" \'e\'',
      'Sở Thông tin và Truyền thông tỉnh Hậu Giang 🏆',
      'dòng 1\ndòng 2\r\ndòng 3',
      'tab\there',
      'bel\u0007',
      '_x0041_ và _x000D_',
      ']]> <![CDATA[x',
    ];
    const input = await xlsx((workbook) => void workbook.addWorksheet('Bảng điểm'));
    const output = await summaryPackage(input, 'x.xlsx', summaryOf([{ name: 'Tổng hợp', content: content([['Văn bản'], ...texts.map((t) => [t])]) }]));
    await expectWellFormed(output);
    const pkg = await openPackage(output, 'x.xlsx');
    const part = pkg.sheets.find((s) => s.name === 'Tổng hợp');
    expect((await readSheet(pkg, part?.path ?? '')).grid.slice(1).map((r) => r[0])).toEqual(texts);
    const s = sheetOf(await excel(output), 'Tổng hợp');
    expect([2, 3].map((r) => s.getCell(r, 1).value)).toEqual(texts.slice(0, 2));
  });

  it('links each address of Kiểm tra to its cell, and only real addresses of real sheets', async () => {
    const input = await xlsx((workbook) => void workbook.addWorksheet('Bảng điểm'));
    const checks = checksSheet([
      { severity: 'error', code: 'E', sheet: 'Bảng điểm', cell: 'W2', message: 'a' },
      { severity: 'error', code: 'E', sheet: 'Không có', cell: 'B3', message: 'b' },
      { severity: 'error', code: 'E', sheet: 'Bảng điểm', cell: 'cột C', message: 'c' },
    ]);
    const output = await summaryPackage(input, 'x.xlsx', summaryOf([{ name: 'Kiểm tra', content: checks }]));
    const xml = await sheetXml(output, 'Kiểm tra');
    expect([...xml.matchAll(/<hyperlink [^>]*\/>/g)].map((m) => m[0])).toEqual([`<hyperlink ref="D2" location="'Bảng điểm'!W2" display="W2"/>`]);
    expect(sheetGrid(sheetOf(await excel(output), 'Kiểm tra')).map((r) => r[3])).toEqual(['Ô', 'W2', 'B3', 'cột C']);
  });

  it('on its own output replaces the output sheets in place, grows Lịch sử by one row and keeps the earlier rows exactly', async () => {
    const input = new Uint8Array(await readFile(EXAMPLE_PATH));
    const sheets = (total: number): SummaryContent['sheets'] => [
      {
        name: 'Tổng hợp',
        content: content([
          ['Hạng', 'Tổng điểm'],
          [1, total],
        ]),
      },
      { name: 'Kiểm tra', content: checksSheet([{ severity: 'note', code: 'N', sheet: 'Bảng điểm', cell: 'W2', message: 'a' }]) },
    ];
    const once = await summaryPackage(input, 'x.xlsx', summaryOf(sheets(117.5)));
    const twice = await summaryPackage(once, 'x.xlsx', summaryOf(sheets(118), [new Date(2022, 0, 6, 9, 0), '1. Long An (118)']));
    await expectWellFormed(twice);
    const back = await excel(twice);
    expect(back.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Cấu hình', 'Tiêu chí', 'Đơn vị', 'Bảng điểm', 'Phiếu bầu', 'Kiểm tra', 'Lịch sử']);
    expect(sheetGrid(sheetOf(back, 'Tổng hợp'))).toEqual([
      ['Hạng', 'Tổng điểm'],
      [1, 118],
    ]);
    expect(sheetGrid(sheetOf(back, 'Lịch sử'))).toEqual([
      ['Thời gian', 'Xếp hạng'],
      [new Date(Date.UTC(2022, 0, 5, 8, 30)), '1. Long An (117.5)'],
      [new Date(Date.UTC(2022, 0, 6, 9, 0)), '1. Long An (118)'],
    ]);
    const rowsOf = (xml: string): string => /<sheetData>(.*)<\/sheetData>/s.exec(xml)?.[1] ?? '';
    const earlier = rowsOf(await sheetXml(once, 'Lịch sử'));
    expect(rowsOf(await sheetXml(twice, 'Lịch sử')).startsWith(earlier)).toBe(true);
    expect(await sheetXml(twice, 'Lịch sử')).toContain('<dimension ref="A1:B3"/>');
    // The second run finds every style it needs already there, and each sheet keeps one print title.
    const [stylesOnce, stylesTwice] = await Promise.all([once, twice].map(async (b) => (await parts(b)).get('xl/styles.xml')));
    expect(Buffer.from(stylesTwice ?? []).equals(Buffer.from(stylesOnce ?? []))).toBe(true);
    const workbookXml = new TextDecoder().decode((await parts(twice)).get('xl/workbook.xml'));
    const titles = [...workbookXml.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)"/g)].map((m) => Number(m[1]));
    expect(titles.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('opens on Tổng hợp: the tab active before loses its selection, names local to a sheet follow it to its new place', async () => {
    const plain = await xlsx((workbook) => {
      workbook.addWorksheet('Cấu hình').getCell('A1').value = 'Mục';
      const scores = workbook.addWorksheet('Bảng điểm');
      scores.getCell('A1').value = 'Mã đơn vị';
      scores.pageSetup.printArea = 'A1:C5';
    });
    // As Excel saves a workbook left on its second tab: the workbook's active tab, that sheet's view selected.
    const zip = await JSZip.loadAsync(plain);
    const book = ((await zip.file('xl/workbook.xml')?.async('string')) ?? '').replace(/activeTab="\d+"/, 'activeTab="1"');
    zip.file(
      'xl/workbook.xml',
      book.includes('activeTab="1"') ? book : book.replace('<sheets>', '<bookViews><workbookView activeTab="1"/></bookViews><sheets>'),
    );
    const sheet2 = (await zip.file('xl/worksheets/sheet2.xml')?.async('string')) ?? '';
    zip.file(
      'xl/worksheets/sheet2.xml',
      sheet2.replace('<sheetFormatPr', '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr'),
    );
    const input = await zip.generateAsync({ type: 'uint8array' });
    await expectWellFormed(input);

    const output = await summaryPackage(input, 'x.xlsx', summaryOf([{ name: 'Tổng hợp', content: content([['Hạng'], [1]]) }]));
    await expectWellFormed(output);
    const after = await parts(output);
    const text = (name: string): string => new TextDecoder().decode(after.get(name));
    expect(text('xl/workbook.xml')).toMatch(/activeTab="0"/);
    const selected = [...after.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && /tabSelected="1"/.test(text(n)));
    expect(selected).toHaveLength(1);
    const back = await excel(output);
    expect(back.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Cấu hình', 'Bảng điểm', 'Lịch sử']);
    // Bảng điểm was the second sheet (localSheetId 1), now the third: its print area says so.
    expect(text('xl/workbook.xml')).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="2">'?(&apos;)?Bảng điểm/);
    expect(sheetOf(back, 'Bảng điểm').pageSetup.printArea).toBe('A1:C5');
  });

  it('adds the styles it needs to a styles part without number formats, fills or borders, in the schema’s order', async () => {
    const bare = await JSZip.loadAsync(
      await xlsx((workbook) => {
        workbook.addWorksheet('Bảng điểm').getCell('A1').value = 'Mã đơn vị';
      }),
    );
    bare.file(
      'xl/styles.xml',
      '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="12"/><name val="Arial"/></font></fonts><cellXfs count="1"><xf numFmtId="0" fontId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    );
    const input = await bare.generateAsync({ type: 'uint8array' });
    const output = await summaryPackage(
      input,
      'x.xlsx',
      summaryOf([
        {
          name: 'Tổng hợp',
          content: content([
            ['Hạng', 'Tổng điểm'],
            [1, 117.5],
          ]),
        },
      ]),
    );
    await expectWellFormed(output);
    const styles = new TextDecoder().decode((await parts(output)).get('xl/styles.xml'));
    const order = [...styles.matchAll(/<(numFmts|fonts|fills|borders|cellStyleXfs|cellXfs|cellStyles)[ >]/g)].map((m) => m[1]);
    expect(order).toEqual(['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles']);
    expect(styles).toMatch(/<fills count="3"><fill><patternFill patternType="none"\/><\/fill><fill><patternFill patternType="gray125"\/><\/fill>/);
    // The bold fonts are the workbook's own font made bold, its face and its size (Arial 12) kept.
    expect(styles).toContain('<font><b/><sz val="12"/><name val="Arial"/></font>');
    const customIds = [...styles.matchAll(/<numFmt numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
    expect(customIds.every((id) => id >= 164)).toBe(true);
    for (const [section, item] of [
      ['fonts', 'font'],
      ['fills', 'fill'],
      ['cellXfs', 'xf'],
      ['numFmts', 'numFmt'],
    ]) {
      const m = new RegExp(`<${section} count="(\\d+)">(.*?)</${section}>`).exec(styles);
      expect(Number(m?.[1]), section).toBe([...(m?.[2] ?? '').matchAll(new RegExp(`<${item}[ >/]`, 'g'))].length);
    }
    const back = await excel(output);
    expect(sheetOf(back, 'Tổng hợp').getCell('A1').font).toMatchObject({ bold: true, name: 'Arial' });
    expect(sheetOf(back, 'Tổng hợp').getCell('A1').fill).toMatchObject({ pattern: 'solid' });
    expect(sheetOf(back, 'Lịch sử').getCell('A2').numFmt).toBe(DATE_TIME_FORMAT);
    expect(sheetGrid(sheetOf(back, 'Bảng điểm'))).toEqual([['Mã đơn vị']]);
  });

  it('keeps a chart the user drew on an input sheet: its sheet, drawing and chart parts unchanged and still related', async () => {
    const plain = await xlsx((workbook) => {
      const scores = workbook.addWorksheet('Bảng điểm');
      scores.addRows([
        ['Mã', 'Điểm'],
        ['LA', 117.5],
        ['HG', 115],
      ]);
    });
    const input = await withChart(plain, 'xl/worksheets/sheet1.xml', 'Bảng điểm', 2);
    const output = await summaryPackage(input, 'x.xlsx', summaryOf([{ name: 'Tổng hợp', content: content([['Hạng'], [1]]) }]));
    await expectWellFormed(output);
    const [before, after] = await Promise.all([parts(input), parts(output)]);
    for (const name of [
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/drawings/drawing1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      'xl/charts/chart1.xml',
    ]) {
      expect(Buffer.from(after.get(name) ?? []).equals(Buffer.from(before.get(name) ?? [1])), name).toBe(true);
    }
    expect(new TextDecoder().decode(after.get('xl/worksheets/sheet1.xml'))).toContain('<drawing r:id="rId1"/>');
    const types = new TextDecoder().decode(after.get('[Content_Types].xml'));
    expect(types).toContain('PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
    // The new sheet takes a part name the chart's sheet does not use.
    expect((await openPackage(output, 'x.xlsx')).sheets.map((s) => s.path)).toEqual([
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet3.xml',
    ]);
  });

  it('writes into a package whose parts name the spreadsheet namespace with a prefix (x:), in that prefix', async () => {
    const plain = await xlsx((workbook) => {
      workbook.addWorksheet('Bảng điểm').getCell('A1').value = 'Mã đơn vị';
      workbook.addWorksheet('Lịch sử').addRows([HISTORY_HEADER, ['05/01/2022', '1. Long An (117.5)']]);
    });
    const zip = await JSZip.loadAsync(plain);
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    for (const name of ['xl/workbook.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      const xml = (await zip.file(name)?.async('string')) ?? '';
      zip.file(name, xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z]\w*)(?=[\s/>])/g, '<$1x:$2'));
    }
    const input = await zip.generateAsync({ type: 'uint8array' });
    const output = await summaryPackage(input, 'x.xlsx', summaryOf([{ name: 'Tổng hợp', content: content([['Hạng'], [1]]) }]));
    await expectWellFormed(output);
    const after = await parts(output);
    const text = (name: string): string => new TextDecoder().decode(after.get(name));
    expect(text('xl/workbook.xml')).toMatch(/<x:sheets><x:sheet name="Tổng hợp" sheetId="3" r:id="rId\d+"\/><x:sheet /);
    expect(text('xl/workbook.xml')).toContain(`<x:definedName name="_xlnm.Print_Titles" localSheetId="0">'Tổng hợp'!$1:$1</x:definedName>`);
    expect(text('xl/styles.xml')).toMatch(/<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="dd\/mm\/yyyy hh:mm"\/><\/x:numFmts><x:fonts /);
    const pkg = await openPackage(output, 'x.xlsx');
    const history = pkg.sheets.find((s) => s.name === 'Lịch sử');
    expect((await readSheet(pkg, history?.path ?? '')).grid).toEqual([
      HISTORY_HEADER,
      ['05/01/2022', '1. Long An (117.5)'],
      [new Date(2022, 0, 5, 8, 30), '1. Long An (117.5)'],
    ]);
  });

  it('stores Lịch sử’s time in the 1904 date system when the workbook uses it', async () => {
    const zip = await JSZip.loadAsync(await xlsx((workbook) => void workbook.addWorksheet('Bảng điểm')));
    const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    zip.file('xl/workbook.xml', workbookXml.replace(/<workbookPr([^>]*)\/>/, '<workbookPr date1904="1"$1/>'));
    const output = await summaryPackage(await zip.generateAsync({ type: 'uint8array' }), 'x.xlsx', summaryOf([]));
    const pkg = await openPackage(output, 'x.xlsx');
    expect(pkg.date1904).toBe(true);
    const history = pkg.sheets.find((s) => s.name === 'Lịch sử');
    expect((await readSheet(pkg, history?.path ?? '')).grid[1][0]).toEqual(new Date(2022, 0, 5, 8, 30));
    expect(await sheetXml(output, 'Lịch sử')).toContain(`<v>${(Date.UTC(2022, 0, 5, 8, 30) - Date.UTC(1904, 0, 1)) / 86_400_000}</v>`);
  });

  it('appends to a Lịch sử holding a value past the readable block after that value, overwriting nothing', async () => {
    const once = await summaryPackage(await xlsx((workbook) => void workbook.addWorksheet('Bảng điểm')), 'x.xlsx', summaryOf([]));
    const zip = await JSZip.loadAsync(once);
    const path = (await openPackage(once, 'x.xlsx')).sheets.find((s) => s.name === 'Lịch sử')?.path ?? '';
    const far = '<row r="60000"><c r="A60000" t="inlineStr"><is><t>xa</t></is></c></row>';
    zip.file(path, ((await zip.file(path)?.async('string')) ?? '').replace('</sheetData>', `${far}</sheetData>`));
    const twice = await summaryPackage(await zip.generateAsync({ type: 'uint8array' }), 'x.xlsx', summaryOf([]));
    const xml = await sheetXml(twice, 'Lịch sử');
    expect(xml).toContain(`${far}<row r="60001">`);
    expect(xml).toContain('<row r="2">');
    expect(xml).not.toContain('<row r="3">');
  });

  it('drops a chart drawn on an old output sheet with the sheet it belonged to, and nothing another sheet uses', async () => {
    const plain = await xlsx((workbook) => {
      workbook.addWorksheet('Bảng điểm').getCell('A1').value = 'Mã đơn vị';
      workbook.addWorksheet('Tổng hợp').addRows([
        ['Mã', 'Điểm'],
        ['LA', 117.5],
      ]);
    });
    const input = await withChart(plain, 'xl/worksheets/sheet2.xml', 'Tổng hợp', 1);
    const output = await summaryPackage(input, 'x.xlsx', summaryOf([{ name: 'Tổng hợp', content: content([['Hạng'], [1]]) }]));
    await expectWellFormed(output);
    const after = await parts(output);
    expect([...after.keys()].filter((n) => /drawing|chart/.test(n))).toEqual([]);
    expect(new TextDecoder().decode(after.get('[Content_Types].xml'))).not.toMatch(/drawing1|chart1/);
    expect(sheetGrid(sheetOf(await excel(output), 'Tổng hợp'))).toEqual([['Hạng'], [1]]);
  });

  it('names a part it must edit that is not well-formed as a damaged file, in Vietnamese', async () => {
    const zip = await JSZip.loadAsync(await xlsx((workbook) => void workbook.addWorksheet('Bảng điểm')));
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default');
    const refused = await summaryPackage(await zip.generateAsync({ type: 'uint8array' }), 'cum.xlsx', summaryOf([])).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkbookError);
    expect((refused as Error).message).toBe('Tệp "cum.xlsx" bị hỏng hoặc không phải tệp Excel .xlsx, không đọc được. Hãy mở bằng Excel và lưu lại.');
  });
});
