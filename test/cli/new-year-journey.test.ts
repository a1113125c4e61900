/**
 * Three years of a cluster offline, through the command on real .xlsx files: the
 * 2021 example (scores and ballots) → `nam-moi` → 2022 with its scores typed →
 * the comparison in `Tổng hợp` and the report → `nam-moi` again → 2023, where two
 * units merge into one naming both predecessors. Expected values are worked out by
 * hand in test/helpers/next-years.ts.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_HEADER, SETTINGS, SHEET, SUCCESSOR_HEADER, SUMMARY_HEADER, placeHeader } from '../../src/core/model/template';
import { PAST_HEADER } from '../../src/core/sheets/past-years';
import { YEAR_BOUND_SETTINGS } from '../../src/core/sheets/year-bound-settings';
import type { CellValue, Grid } from '../../src/core/model/types';
import { loadWorkbook, sheetGrid } from '../../src/xlsx/read-workbook';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { docxParts, docxPlainText } from '../report/docx-xml';
import { example } from '../helpers/journey';
import * as next from '../helpers/next-years';
import { runCli, tempDir } from './run-cli';
import type { JsonResult } from '../../src/cli/json-output';
import { schemaErrors } from '../helpers/json-schema';
import { sheetOf, typeScores } from './workbook-edit';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  await copyFile(EXAMPLE_PATH, join(dir, 'cum-2021.xlsx'));
});

async function workbookOf(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await readFile(join(dir, file)), file);
}

async function gridOf(file: string, sheet: string): Promise<Grid> {
  const found = (await workbookOf(file)).getWorksheet(sheet);
  if (!found) throw new Error(`no sheet ${sheet} in ${file}`);
  return sheetGrid(found);
}

async function edit(file: string, change: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = await workbookOf(file);
  change(workbook);
  await workbook.xlsx.writeFile(join(dir, file));
}

const settingValue = (grid: Grid, key: string): CellValue => grid.find((r) => r[0] === SETTINGS.find((d) => d.key === key)?.label)?.[1];
const settingNote = (grid: Grid, key: string): string => String(grid.find((r) => r[0] === SETTINGS.find((d) => d.key === key)?.label)?.[2] ?? '');

async function reportLines(file: string): Promise<string[]> {
  const parts = await docxParts(await readFile(join(dir, file)));
  return docxPlainText(parts['word/document.xml']).split('\n');
}

/** The lines of the report from "So với kết quả năm …" to the end of that list. */
function comparisonLines(lines: readonly string[]): string[] {
  const start = lines.findIndex((l) => l.startsWith('So với kết quả năm'));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('- '));
  return lines.slice(start, end < 0 ? undefined : end);
}

// Each step writes and reads whole workbooks: slow on a busy machine, whatever the code.
describe('the next years in Excel, through the command', { timeout: 90000 }, () => {
  it('refuses to rank a copy whose year was moved on by hand: last year’s dates are errors naming both years', async () => {
    await copyFile(join(dir, 'cum-2021.xlsx'), join(dir, 'chep-tay.xlsx'));
    await edit('chep-tay.xlsx', (workbook) => {
      const settings = sheetOf(workbook, SHEET.settings);
      settings.getCell(SETTINGS.findIndex((d) => d.key === 'year') + 2, 2).value = 2022;
    });
    const run = await runCli(['chep-tay.xlsx'], dir);
    expect(run.code).toBe(1);
    const out = run.out.join('\n');
    expect(out).toContain('ngày 28/12/2021 thuộc năm thi đua 2021, còn "Năm" ở trang "Cấu hình" là 2022');
    expect(out).toContain('ngày 05/01/2022 thuộc năm thi đua 2021, còn "Năm" ở trang "Cấu hình" là 2022');
  });

  it('starts 2022 from the 2021 workbook into a new file, clearing what belonged to 2021 and keeping its results', async () => {
    const before = await readFile(join(dir, 'cum-2021.xlsx'));
    const run = await runCli(['nam-moi', 'cum-2021.xlsx'], dir);
    expect(run.code, run.out.join('\n')).toBe(0);
    expect(run.out.at(-1)).toMatch(/^Đã ghi: cum-2022\.xlsx \(tệp nhập giữ nguyên\)/);
    expect(await readFile(join(dir, 'cum-2021.xlsx'))).toEqual(before);

    const workbook = await workbookOf('cum-2022.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).not.toContain(SHEET.summary);
    const settings = sheetGrid(sheetOf(workbook, SHEET.settings));
    expect(settingValue(settings, 'year')).toBe(2022);
    expect(settingValue(settings, 'clusterName')).toBe('Cụm thi đua số 08');
    for (const key of Object.keys(YEAR_BOUND_SETTINGS)) {
      expect(settingValue(settings, key) ?? '', key).toBe('');
      expect(settingNote(settings, key), key).toMatch(/^Cần điền cho năm 2022/);
    }
    expect(settingNote(settings, 'reportNumber')).toContain('(năm 2021: 05/BC-CTĐ08)');
    expect(settingNote(settings, 'voteDate')).toContain('(năm 2021: 28/12/2021)');
    expect(settingNote(settings, 'signerName')).toMatch(/^Xem lại cho năm 2022/);
    expect(settingValue(settings, 'signerName')).toBe('Lê Quốc Cường');

    const units = sheetGrid(sheetOf(workbook, SHEET.units));
    for (const title of [placeHeader('4'), placeHeader('5'), placeHeader('6'), 'Ký giao ước']) {
      const c = units[0].indexOf(title);
      expect(c, title).toBeGreaterThan(0);
      expect(units.slice(1).map((r) => r[c] ?? '')).toEqual(units.slice(1).map(() => ''));
    }
    expect(units[0]).toContain(SUCCESSOR_HEADER);

    const scores = sheetGrid(sheetOf(workbook, SHEET.scores));
    const typed = scores[0].map((h, c) => (/^(Chuẩn|Thưởng) |^Điểm trừ$|^Lý do trừ$/.test(String(h)) ? c : -1)).filter((c) => c >= 0);
    expect(scores.slice(1).flatMap((r) => typed.map((c) => r[c] ?? ''))).toEqual(Array(12 * typed.length).fill(''));
    expect(scores.slice(1).map((r) => r[0])).toEqual(example.units.map((u) => u.code));
    // Its header named 2021's candidates: the sheet is emptied, for the vote to lay it from the 2022 ranking.
    expect(
      sheetGrid(sheetOf(workbook, SHEET.ballots))
        .flat()
        .filter((c) => c !== ''),
    ).toEqual([]);

    const past = sheetGrid(sheetOf(workbook, SHEET.past));
    expect(past[0].slice(0, PAST_HEADER.length)).toEqual([...PAST_HEADER]);
    const at = (title: string): number => past[0].indexOf(title);
    expect(Object.fromEntries(past.slice(1).map((r) => [r[at('Mã đơn vị')], r[at('Hạng')]]))).toEqual(next.RANKS_2021);
    expect(past.slice(1).every((r) => r[at('Năm')] === 2021 && r[at('Xếp loại')] === 'Hoàn thành xuất sắc')).toBe(true);
    expect(past.find((r) => r[at('Mã đơn vị')] === 'LA')?.[at('Khen thưởng')]).toBe('Đề nghị Cờ thi đua của Bộ Thông tin và Truyền thông');
    expect(past.find((r) => r[at('Mã đơn vị')] === 'LA')?.[at('Số báo cáo')]).toBe('05/BC-CTĐ08');
    const history = sheetGrid(sheetOf(workbook, SHEET.history));
    expect(history.at(-1)?.[HISTORY_HEADER.indexOf('Năm')]).toBe(2022);
    // The example has no Lịch sử: the one made here is laid out, or its time prints as ### ("dd/mm/yyyy hh:mm" is 16 characters).
    const historyColumns = sheetOf(workbook, SHEET.history).columns;
    expect(historyColumns[HISTORY_HEADER.indexOf('Thời gian')].width).toBeGreaterThanOrEqual(16);
    // Titles were cut ("Số cảnh bá"): each column at least as wide as its title, up to the widest a header may make it (Excel's default is 9).
    HISTORY_HEADER.forEach((title, c) => expect(historyColumns[c].width ?? 9, title).toBeGreaterThanOrEqual(Math.min(title.length, 17)));
  });

  it('compares 2022 with 2021 in Tổng hợp and in the report, as worked out by hand', async () => {
    await edit('cum-2022.xlsx', (workbook) => typeScores(workbook, next.typed2022));
    const run = await runCli(['cum-2022.xlsx'], dir);
    expect(run.code, run.out.join('\n')).toBe(0);
    expect(run.out.at(-1)).toBe(
      'Để Hội đồng bỏ phiếu (Cờ thi đua: Hậu Giang): chạy "tinh-diem cap-nhat cum-2022.xlsx" để có trang "Phiếu bầu" trong cum-2022-cap-nhat.xlsx, nhập mỗi phiếu một dòng vào đó rồi chạy "tinh-diem cum-2022-cap-nhat.xlsx".',
    );
    expect(next.comparedRows(await gridOf('cum-2022-tong-hop.xlsx', SHEET.summary), SUMMARY_HEADER)).toEqual(next.EXPECTED_2022);
    expect(comparisonLines(await reportLines('cum-2022-bao-cao.docx'))).toEqual(next.REPORT_2022);
  });

  it('starts 2023 from 2022: Các năm trước grows by one year', async () => {
    const run = await runCli(['nam-moi', 'cum-2022.xlsx'], dir);
    expect(run.code, run.out.join('\n')).toBe(0);
    const past = await gridOf('cum-2023.xlsx', SHEET.past);
    const years = past.slice(1).map((r) => r[0]);
    expect(years.filter((y) => y === 2021)).toHaveLength(12);
    expect(years.filter((y) => y === 2022)).toHaveLength(12);
    const at = (title: string): number => past[0].indexOf(title);
    expect(past.find((r) => r[0] === 2022 && r[at('Mã đơn vị')] === 'CM')?.[at('Xếp loại')]).toBe('Hoàn thành tốt');
  });

  it('follows a unit merged from two into the comparison, the streak and the award rule', async () => {
    await edit('cum-2023.xlsx', (workbook) => {
      const settings = sheetOf(workbook, SHEET.settings);
      settings.getCell(SETTINGS.findIndex((d) => d.key === 'awardStreak') + 2, 2).value = 2;
      const units = sheetOf(workbook, SHEET.units);
      const grid = sheetGrid(units);
      const successor = grid[0].indexOf(SUCCESSOR_HEADER) + 1;
      const rows = next.units2023();
      for (let r = 0; r < grid.length - 1; r++) {
        const u = rows[r];
        for (let c = 1; c <= grid[0].length; c++) units.getCell(r + 2, c).value = null;
        if (!u) continue;
        units.getCell(r + 2, 1).value = u.code;
        units.getCell(r + 2, 2).value = u.name;
        units.getCell(r + 2, 3).value = u.shortName;
        if (u.predecessors) units.getCell(r + 2, successor).value = u.predecessors;
      }
    });
    const update = await runCli(['cap-nhat', 'cum-2023.xlsx'], dir);
    expect(update.code, update.out.join('\n')).toBe(0);
    await edit('cum-2023-cap-nhat.xlsx', (workbook) => typeScores(workbook, next.typed2023));
    const run = await runCli(['cum-2023-cap-nhat.xlsx'], dir);
    expect(run.code, run.out.join('\n')).toBe(0);
    expect(next.comparedRows(await gridOf('cum-2023-cap-nhat-tong-hop.xlsx', SHEET.summary), SUMMARY_HEADER)).toEqual(next.EXPECTED_2023);
    const lines = await reportLines('cum-2023-cap-nhat-bao-cao.docx');
    expect(comparisonLines(lines)).toEqual(next.REPORT_2023);
    // Cà Mau ranks first but has one year at the grade; the proposal goes to the merged unit.
    expect(lines.some((l) => /cho Sở Khoa học và Công nghệ tỉnh An Giang, đạt [\d.,]+ điểm, xếp thứ 2/.test(l))).toBe(true);
  });

  it('gives the same comparison in --json, valid against the schema', async () => {
    const run = await runCli(['cum-2023-cap-nhat.xlsx', '--json'], dir);
    const result = JSON.parse(run.out.join('\n'));
    expect(schemaErrors(result)).toBe('');
    const { comparison } = result as JsonResult;
    expect(comparison?.previousYear).toBe(2022);
    expect(comparison?.units.map((u) => ({ unit: u.code, previous: u.previousRank ?? '', change: u.mark, streak: u.streak >= 2 ? u.streak : '' }))).toEqual(
      next.EXPECTED_2023.map((e) => ({ unit: e.unit, previous: e.previous, change: e.change.split(' ')[0], streak: e.streak })),
    );
    const ak = comparison?.units.find((u) => u.code === 'AK');
    expect(ak?.predecessors).toEqual([
      { code: 'AG', name: 'An Giang', rank: 10 },
      { code: 'KG', name: 'Kiên Giang', rank: 11 },
    ]);
    expect(ak?.change).toBe(8);
    expect(ak?.streakText).toBe('Hoàn thành xuất sắc 3 năm liên tục');
    expect(comparison?.lines).toEqual(next.REPORT_2023.slice(1).map((l) => l.replace(/^- /, '')));
  });
});
