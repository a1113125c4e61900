/**
 * Every sheet of the example's summary workbook (input sheets from the template,
 * output sheets from the command) carries the print layout: A4, one page wide
 * (or split across pages at a legible scale), `Tổng hợp` first, header rows repeated, frozen panes, bounded widths, wrapped long texts, read
 * back from the written .xlsx.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DATE_TIME_FORMAT } from '../../src/core/sheets/cell-formats';
import { CHECKS_HEADER, SETTINGS_HEADER, SHEET, SUMMARY_HEADER } from '../../src/core/model/template';
import { loadWorkbook } from '../../src/xlsx/read-workbook';
import { runCli, tempDir } from '../cli/run-cli';

const EXAMPLE = fileURLToPath(new URL('../../examples/cum-thi-dua-08-nam-2021.xlsx', import.meta.url));
const dir = await tempDir();
const run = await runCli([EXAMPLE, '--out', dir], dir);
const bytes = await readFile(join(dir, 'cum-thi-dua-08-nam-2021-tong-hop.xlsx'));
const book = await loadWorkbook(bytes, 'tong-hop.xlsx');
const sheet = (name: string): ExcelJS.Worksheet => book.getWorksheet(name) as ExcelJS.Worksheet;
const headerRowOf = (s: ExcelJS.Worksheet, first: string): number => {
  let found = 0;
  s.eachRow((row, r) => {
    if (!found && row.getCell(1).value === first) found = r;
  });
  return found;
};
const columnOf = (s: ExcelJS.Worksheet, header: string, row: number): number => {
  let found = 0;
  s.getRow(row).eachCell((cell, c) => {
    if (cell.value === header) found = c;
  });
  return found;
};

describe('the example summary workbook, as printed', () => {
  it('was written', () => {
    expect(run.code).toBe(0);
  });

  it('centres the rank in Tổng hợp, so it does not run into the left-aligned code beside it ("1LA")', () => {
    const s = sheet(SHEET.summary);
    const header = headerRowOf(s, SUMMARY_HEADER[0]);
    const rows = [header, header + 1, header + 2];
    expect(rows.map((r) => s.getCell(r, 1).alignment?.horizontal)).toEqual(['center', 'center', 'center']);
    expect(s.getCell(header + 1, 1).value).toBe(1);
    expect(s.getCell(header + 1, 2).alignment?.horizontal).toBeUndefined();
    // The title runs on to the right from A1: centring it in the narrow rank column would cut its start.
    expect(s.getCell(1, 1).alignment?.horizontal).toBeUndefined();
  });

  it('centres the total and the grade in Tổng hợp, so the number does not run into the text beside it ("93Hoàn thành tốt")', () => {
    const s = sheet(SHEET.summary);
    const header = headerRowOf(s, SUMMARY_HEADER[0]);
    const total = columnOf(s, 'Tổng điểm', header);
    const grade = columnOf(s, 'Xếp loại', header);
    expect(grade).toBe(total + 1);
    expect(typeof s.getCell(header + 1, total).value).toBe('number');
    expect(typeof s.getCell(header + 1, grade).value).toBe('string');
    for (const r of [header, header + 1, header + 2]) {
      expect([s.getCell(r, total).alignment?.horizontal, s.getCell(r, grade).alignment?.horizontal], `row ${r}`).toEqual(['center', 'center']);
    }
    // The notes after the grade keep their left alignment.
    expect(s.getCell(header + 1, grade + 1).alignment?.horizontal).toBeUndefined();
  });

  it('prints every sheet on A4, one page wide or split across pages at no less than 7/11 of full size, with its header rows on every page', () => {
    const names = book.worksheets.map((s) => s.name);
    // Tổng hợp first: what the council reads opens the workbook and its printout.
    expect(names).toEqual([
      SHEET.summary,
      SHEET.settings,
      SHEET.criteria,
      SHEET.units,
      SHEET.scores,
      SHEET.ballots,
      SHEET.detail,
      SHEET.checks,
      SHEET.voteResults,
      SHEET.history,
    ]);
    // The 40 columns of Bảng điểm and the 24 of the breakdown would print below 7 pt on one landscape page (11 pt at 63.6 %):
    // a fixed scale instead, split across pages with the unit's code and name at the left of each.
    const split: string[] = [SHEET.scores, SHEET.detail];
    for (const s of book.worksheets) {
      if (split.includes(s.name)) {
        expect(s.pageSetup, s.name).toMatchObject({ paperSize: 9, fitToPage: false, orientation: 'landscape', printTitlesColumn: 'A:B' });
        expect(s.pageSetup.scale, s.name).toBeGreaterThanOrEqual(64);
        expect(s.pageSetup.scale, s.name).toBeLessThanOrEqual(100);
      } else expect(s.pageSetup, s.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      // 15 mm at the sides, 19 mm top and bottom (0.6 and 0.75 in).
      expect(s.pageSetup.margins, s.name).toMatchObject({ left: 0.6, right: 0.6, top: 0.75, bottom: 0.75 });
      expect(['portrait', 'landscape'], s.name).toContain(s.pageSetup.orientation);
    }
    expect(sheet(SHEET.scores).pageSetup.orientation).toBe('landscape');
    const titles = Object.fromEntries(book.worksheets.map((s) => [s.name, s.pageSetup.printTitlesRow]));
    expect(titles).toEqual({
      [SHEET.settings]: '1:1',
      [SHEET.criteria]: '1:1',
      [SHEET.units]: '1:1',
      [SHEET.scores]: '1:1',
      [SHEET.summary]: `${headerRowOf(sheet(SHEET.summary), SUMMARY_HEADER[0])}:${headerRowOf(sheet(SHEET.summary), SUMMARY_HEADER[0])}`,
      [SHEET.detail]: `${headerRowOf(sheet(SHEET.detail), 'Mã đơn vị')}:${headerRowOf(sheet(SHEET.detail), 'Mã đơn vị')}`,
      [SHEET.checks]: '1:1',
      [SHEET.history]: '1:1',
      [SHEET.ballots]: '1:1',
      [SHEET.voteResults]: `${headerRowOf(sheet(SHEET.voteResults), 'Đơn vị')}:${headerRowOf(sheet(SHEET.voteResults), 'Đơn vị')}`,
    });
  });

  it('centres Lịch sử’s time and counts, so that neither reads as part of the text beside it', () => {
    const history = sheet(SHEET.history);
    const align = (col: number): unknown => history.getCell(2, col).alignment?.horizontal;
    // Thời gian, Số đơn vị, Số lỗi, Số cảnh báo; the name and the ranking stay left.
    expect([1, 3, 4, 5].map(align)).toEqual(['center', 'center', 'center', 'center']);
    expect([2, 6].map(align)).toEqual([undefined, undefined]);
  });

  it('names the print titles in the file itself, as Excel and LibreOffice read them', async () => {
    const workbookXml = (await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string')) ?? '';
    const titles = [...workbookXml.matchAll(/<definedName name="_xlnm.Print_Titles"[^>]*>([^<]*)</g)].map((m) => m[1].replace(/&apos;/g, "'"));
    expect(titles).toContain(`'${SHEET.summary}'!$4:$4`);
    expect(titles).toHaveLength(book.worksheets.length);
    expect(titles).toContain(`'${SHEET.scores}'!$A:$B,'${SHEET.scores}'!$1:$1`);
    // Bảng điểm prints its header and the 12 units' rows (2 to 13), across all its 40 columns (A to AN): not the
    // live formulas' empty rows below them, which printed as pages holding only the header.
    const areas = [...workbookXml.matchAll(/<definedName name="_xlnm.Print_Area"[^>]*>([^<]*)</g)].map((m) => m[1].replace(/&apos;/g, "'"));
    expect(areas).toEqual([`'${SHEET.scores}'!$A$1:$AN$13`]);
    // The workbook opens on Tổng hợp, its only selected tab.
    expect(workbookXml).not.toMatch(/activeTab="[1-9]/);
    const zip = await JSZip.loadAsync(bytes);
    const selected = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
        .map(async (f) => /tabSelected="1"/.test((await zip.file(f)?.async('string')) ?? '')),
    );
    expect(selected.filter(Boolean)).toHaveLength(1);
  });

  it('freezes Bảng điểm on its header row and unit columns, and the breakdown alike', () => {
    expect(sheet(SHEET.scores).views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(sheet(SHEET.detail).views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: headerRowOf(sheet(SHEET.detail), 'Mã đơn vị') });
    expect(sheet(SHEET.checks).views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 1 });
  });

  it('gives Tổng hợp’s ranking its own widths: a narrow code column, the names wide, no breakdown sharing them', () => {
    const summary = sheet(SHEET.summary);
    const header = headerRowOf(summary, SUMMARY_HEADER[0]);
    const width = (title: string): number => summary.getColumn(columnOf(summary, title, header)).width ?? 0;
    expect(width('Mã đơn vị')).toBeLessThan(14);
    expect(width('Đơn vị')).toBeGreaterThan(35);
    expect(width('Điểm chuẩn')).toBeLessThan(18);
    expect(summary.actualColumnCount).toBe(SUMMARY_HEADER.length);
  });

  it('runs the award sentences across the ranking’s width, merged and wrapped', () => {
    const summary = sheet(SHEET.summary);
    let award = 0;
    summary.eachRow((row, r) => {
      if (String(row.getCell(1).value ?? '').startsWith('Đề nghị Cờ thi đua')) award = r + 1;
    });
    expect(award).toBeGreaterThan(0);
    expect(summary.getCell(award, SUMMARY_HEADER.length).isMerged).toBe(true);
    expect(summary.getCell(award, 1).alignment).toMatchObject({ wrapText: true });
  });

  it('wraps long texts and makes their rows tall enough: Cấu hình’s paragraphs, Kiểm tra’s messages', () => {
    const settings = sheet(SHEET.settings);
    const value = columnOf(settings, SETTINGS_HEADER[1], 1);
    let tall = 0;
    settings.eachRow((row, r) => {
      if (r === 1) return;
      expect(row.getCell(value).alignment?.wrapText, `row ${r}`).toBe(true);
      if (String(row.getCell(value).value ?? '').length > 200) {
        expect(row.height, `row ${r}`).toBeGreaterThan(30);
        tall++;
      }
    });
    expect(tall).toBeGreaterThan(0);
    const checks = sheet(SHEET.checks);
    const message = CHECKS_HEADER.indexOf('Nội dung') + 1;
    expect(checks.getCell(2, message).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(checks.getColumn(message).width).toBeLessThanOrEqual(60);
  });

  it('shows Kiểm tra’s kind of issue in Vietnamese, the code last, and the unit of a unit’s row', () => {
    // Row 2 is the example's deduction-sign note, in Long An's row; row 3 its spoilt ballot (a note of no unit).
    const ballot = sheet(SHEET.checks).getRow(3);
    expect(ballot.getCell(CHECKS_HEADER.indexOf('Loại') + 1).value).toBe('Phiếu bầu không hợp lệ');
    const row = sheet(SHEET.checks).getRow(2);
    const at = (title: (typeof CHECKS_HEADER)[number]): unknown => row.getCell(CHECKS_HEADER.indexOf(title) + 1).value;
    expect(at('Loại')).toBe('Điểm trừ ghi số âm');
    expect(at('Mã lỗi')).toBe('DEDUCTION_SIGN');
    expect(at('Đơn vị')).toBe('Long An');
  });

  it('stores Lịch sử’s time as a date-time value with a date format', () => {
    const cell = sheet(SHEET.history).getCell('A2');
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.numFmt).toBe(DATE_TIME_FORMAT);
  });
});
