/** Output sheets in a copy of the user's workbook: replaced whole, history appended, user text kept literal. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { OutputSheet } from '../../src/core/outputs';
import { loadWorkbook, sheetGrid } from '../../src/xlsx/read-workbook';
import { checksSheet } from '../../src/core/outputs';
import { appendHistoryRow, linkIssueCells, replaceOutputSheet } from '../../src/xlsx/write-outputs';

const reread = async (workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> => loadWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()), 'x.xlsx');
const sheetOf = (workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => workbook.getWorksheet(name) as ExcelJS.Worksheet;

const content = (rows: (string | number)[][]): OutputSheet => ({ rows, headerRows: [0], titleRows: [] });

describe('output sheets', () => {
  it('links each address of Kiểm tra to its cell, and only real addresses of real sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Bảng điểm');
    replaceOutputSheet(
      workbook,
      'Kiểm tra',
      checksSheet([
        { severity: 'error', code: 'E', sheet: 'Bảng điểm', cell: 'W2', message: 'a' },
        { severity: 'error', code: 'E', sheet: 'Không có', cell: 'B3', message: 'b' },
      ]),
    );
    linkIssueCells(workbook, 'Kiểm tra');
    const sheet = sheetOf(await reread(workbook), 'Kiểm tra');
    expect(sheet.getCell('D2').value).toEqual({ text: 'W2', hyperlink: "#'Bảng điểm'!W2" });
    expect(sheet.getCell('D3').value).toBe('B3');
    expect(sheet.getCell('D1').value).toBe('Ô');
  });

  it('replaces an earlier sheet of the same name and leaves the others alone', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Bảng điểm').getCell('A1').value = 'Mã đơn vị';
    const old = workbook.addWorksheet('Tổng hợp');
    old.getCell('A1').value = 'cũ';
    old.getCell('Z50').value = 'cũ';
    replaceOutputSheet(workbook, 'Tổng hợp', content([['Hạng', 'Tổng điểm'], [1, 117.5]]));
    const back = await reread(workbook);
    expect(back.worksheets.map((s) => s.name)).toEqual(['Bảng điểm', 'Tổng hợp']);
    expect(sheetGrid(sheetOf(back, 'Tổng hợp'))).toEqual([['Hạng', 'Tổng điểm'], [1, 117.5]]);
    expect(sheetGrid(sheetOf(back, 'Bảng điểm'))).toEqual([['Mã đơn vị']]);
  });

  it('writes points as numbers with a number format, and headers bold under a frozen row', async () => {
    const workbook = new ExcelJS.Workbook();
    replaceOutputSheet(workbook, 'Tổng hợp', content([['Hạng', 'Tổng điểm'], [1, 117.5], [2, 115]]));
    const sheet = sheetOf(await reread(workbook), 'Tổng hợp');
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    // One format for every number: 117.5 and 115 (not "115.0") in the locale's decimal mark.
    // exceljs reads Excel's General format back as no format.
    expect(sheet.getCell('B2').numFmt ?? 'General').toBe('General');
    expect(sheet.getCell('B3').numFmt ?? 'General').toBe('General');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('keeps user text that looks like a formula as a string cell, with no formula in the file', async () => {
    const names = ['=IMPORTXML("x")', '+1', '@x', '-2+3'];
    const workbook = new ExcelJS.Workbook();
    replaceOutputSheet(workbook, 'Tổng hợp', content([['Đơn vị'], ...names.map((n) => [n])]));
    const bytes = await workbook.xlsx.writeBuffer();
    const back = await loadWorkbook(new Uint8Array(bytes), 'x.xlsx');
    names.forEach((name, i) => {
      const cell = sheetOf(back, 'Tổng hợp').getCell(i + 2, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(name);
    });
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
    expect(xml).toBeDefined();
    expect(xml).not.toContain('<f>');
  });

  it('starts Lịch sử with its header and appends one row per run after the earlier ones', async () => {
    const workbook = new ExcelJS.Workbook();
    appendHistoryRow(workbook, 'Lịch sử', ['Thời gian', 'Xếp hạng'], ['01/01/2022 08:00', '1. Long An (117.5)']);
    const once = await reread(workbook);
    appendHistoryRow(once, 'Lịch sử', ['Thời gian', 'Xếp hạng'], ['02/01/2022 09:00', '1. Long An (118)']);
    const twice = await reread(once);
    expect(sheetGrid(sheetOf(twice, 'Lịch sử'))).toEqual([
      ['Thời gian', 'Xếp hạng'],
      ['01/01/2022 08:00', '1. Long An (117.5)'],
      ['02/01/2022 09:00', '1. Long An (118)'],
    ]);
  });
});
