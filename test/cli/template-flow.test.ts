/** `tinh-diem mau`, lists typed by a "user" with exceljs, `cap-nhat`, scores typed, then computed: the whole offline round trip. */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isLiveHeader } from '../../src/core/sheets/live-columns';
import { SHEET, SETTINGS, SUMMARY_HEADER } from '../../src/core/model/template';
import type { CellValue } from '../../src/core/model/types';
import { loadWorkbook } from '../../src/xlsx/read-workbook';
import { type Run, runCli, tempDir } from './run-cli';

const UNITS = [
  ['LA', 'Sở Thông tin và Truyền thông Long An', 'Long An'],
  ['X', '=IMPORTXML("x")', '+1'],
  ['Y', '@x', '-2+3'],
];
const CRITERIA = [
  ['1', 'Hoàn thành nhiệm vụ chuyên môn', 40, 5],
  ['2', 'Cải cách hành chính', 20, 5],
  ['3', 'Công tác thi đua, khen thưởng', 20, 5],
  ['4', 'Thực hiện chế độ báo cáo', 20, ''],
];
const SCORES: CellValue[][] = [
  ['LA', 'Long An', 40, 2, 20, '', 20, 1, 20, '', '', ''],
  ['X', '+1', 39.5, '', 20, '', 20, '', 20, '', -0.5, 'Nộp báo cáo chậm'],
  ['Y', '-2+3', 40, '', 20, '', 19.75, '', 20, '', '', ''],
];

async function put(path: string, sheets: Record<string, CellValue[][]>, settings: Record<string, CellValue> = {}): Promise<void> {
  const workbook = await loadWorkbook(await readFile(path), path);
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = workbook.getWorksheet(name) as ExcelJS.Worksheet;
    rows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 2, c + 1).value = v === '' ? null : (v as ExcelJS.CellValue))));
  }
  const ws = workbook.getWorksheet(SHEET.settings) as ExcelJS.Worksheet;
  for (const [key, value] of Object.entries(settings)) ws.getCell(SETTINGS.findIndex((d) => d.key === key) + 2, 2).value = value as ExcelJS.CellValue;
  await workbook.xlsx.writeFile(path);
}

/** Into a template made by `mau`: the lists typed, `cap-nhat`, the scores typed into the laid-out file, whose name it returns. */
async function fill(dir: string, name: string, scores: CellValue[][]): Promise<string> {
  await put(join(dir, `${name}.xlsx`), { [SHEET.criteria]: CRITERIA, [SHEET.units]: UNITS }, { year: 2025 });
  const updated = await runCli(['cap-nhat', `${name}.xlsx`], dir);
  expect(updated.code, updated.err.join('\n')).toBe(0);
  await put(join(dir, `${name}-cap-nhat.xlsx`), { [SHEET.scores]: scores });
  return `${name}-cap-nhat.xlsx`;
}

describe('a template made by `tinh-diem mau`, filled and computed', () => {
  let dir: string;
  let made: Run;
  let run: Run;
  beforeAll(async () => {
    dir = await tempDir();
    made = await runCli(['mau', 'cum.xlsx'], dir);
    run = await runCli([await fill(dir, 'cum', SCORES)], dir);
  });

  it('creates the template and tells what to do next', () => {
    expect(made.code).toBe(0);
    expect(made.out).toEqual([
      'Đã tạo bảng mẫu cum.xlsx. Bước tiếp theo: điền "Cấu hình", nhập danh sách "Tiêu chí" và "Đơn vị", rồi chạy "tinh-diem cap-nhat cum.xlsx" để có "Bảng điểm" theo danh sách.',
    ]);
  });

  it('ranks the units by their exact totals', async () => {
    expect(run.code).toBe(0);
    const output = await loadWorkbook(await readFile(join(dir, 'cum-cap-nhat-tong-hop.xlsx')), 'out');
    const summary = output.getWorksheet(SHEET.summary) as ExcelJS.Worksheet;
    const header = summary.getColumn(1).values.indexOf(SUMMARY_HEADER[0]);
    const rows = [1, 2, 3].map((i) => (summary.getRow(header + i).values as CellValue[]).slice(1, 8));
    // LA: 100 + 3 = 103; Y: 99.75; X: 99.5 - 0.5 = 99.
    expect(rows).toEqual([
      [1, 'LA', UNITS[0][1], 100, 3, 0, 103],
      [2, 'Y', '@x', 99.75, 0, 0, 99.75],
      [3, 'X', '=IMPORTXML("x")', 99.5, 0, -0.5, 99],
    ]);
    // Dấu thập phân is blank in a new template: the command's table writes points with a comma.
    const table = run.out.filter((l) => /^\s*\d+\s{2}/.test(l));
    expect(table.find((l) => /\sY\s/.test(l))).toMatch(/\s99,75(\s|$)/);
    expect(table.find((l) => /\sX\s/.test(l))).toMatch(/\s-0,5\s/);
    expect(table.join('\n')).not.toMatch(/\d\.\d/);
  });

  it('keeps names that look like formulas as text cells in every output sheet', async () => {
    const output = await loadWorkbook(await readFile(join(dir, 'cum-cap-nhat-tong-hop.xlsx')), 'out');
    const strange = new Set(['=IMPORTXML("x")', '+1', '@x', '-2+3']);
    let seen = 0;
    for (const sheet of output.worksheets) {
      // The template's own formulas, in the live columns of Bảng điểm, are the only ones.
      const ours = (col: number): boolean => sheet.name === SHEET.scores && isLiveHeader(sheet.getCell(1, col).value);
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (ours(Number(cell.col))) return;
          expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string' && strange.has(cell.value)) seen++;
        }),
      );
    }
    expect(seen).toBeGreaterThanOrEqual(8); // units, scores, summary ranking and detail
  });

  it('blocks the ranking on errors: exit 1, the cells to fix, no file written', async () => {
    await runCli(['mau', 'loi.xlsx'], dir);
    const file = await fill(dir, 'loi', [SCORES[0], ['X', '+1', 'chín', '', 20, '', 20, '', 20, ''], SCORES[2]]);
    const before = (await readdir(dir)).sort();
    const blocked = await runCli([file], dir);
    expect(blocked.code).toBe(1);
    expect(blocked.out[0]).toMatch(/^1 lỗi, \d+ cảnh báo:$/);
    expect(blocked.out.join('\n')).toMatch(/Lỗi Bảng điểm!C3: Ô .*"chín"/);
    expect(blocked.out.at(-1)).toMatch(/chưa ghi tệp nào/);
    expect((await readdir(dir)).sort()).toEqual(before);

    const json = await runCli([file, '--json'], dir);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.out.join('\n')) as {
      cluster: { ranked: boolean };
      units: unknown[];
      issues: { severity: string; sheet: string; cell: string }[];
    };
    expect(result.cluster.ranked).toBe(false);
    expect(result.units).toEqual([]);
    expect(result.issues.filter((i) => i.severity === 'error')).toMatchObject([{ sheet: SHEET.scores, cell: 'C3' }]);
  });

  it('nam-moi refuses a year whose data has errors: exit 1, the cells to fix, no file written', async () => {
    await runCli(['mau', 'loi-nam.xlsx'], dir);
    const file = await fill(dir, 'loi-nam', [SCORES[0], ['X', '+1', 'chín', '', 20, '', 20, '', 20, ''], SCORES[2]]);
    const before = (await readdir(dir)).sort();
    const input = await readFile(join(dir, file));
    const refused = await runCli(['nam-moi', file], dir);
    expect(refused.code).toBe(1);
    expect(refused.out.join('\n')).toMatch(/Bảng điểm!C3: Ô .*"chín"/);
    expect((await readdir(dir)).sort()).toEqual(before);
    expect((await readFile(join(dir, file))).equals(input)).toBe(true);
  });
});
