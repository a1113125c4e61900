/**
 * The same renames, merges and ballot stamps offline, on real .xlsx files through the
 * command: `tinh-diem cap-nhat` moves values to a code renamed with `Mã cũ`, puts a
 * merged unit's old rows aside saying so, and lays `Phiếu bầu` with its stamp; `tinh-diem`
 * refuses to count last year's ballots in next year's copy.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { OLD_CODE_HEADER, SHEET } from '../../src/core/model/template';
import type { CellValue, Grid } from '../../src/core/model/types';
import { loadWorkbook, sheetGrid } from '../../src/xlsx/read-workbook';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { editWorkbook, runCli, tempDir } from './run-cli';
import { setByHeader } from './workbook-edit';

async function gridOf(path: string, sheet: string): Promise<Grid> {
  const workbook = await loadWorkbook(await readFile(path), path);
  return sheetGrid(workbook.getWorksheet(sheet) as ExcelJS.Worksheet);
}

const column = (grid: Grid, title: string): CellValue[] => grid.slice(1).map((row) => row[grid[0].indexOf(title)]);

describe('tinh-diem cap-nhat with Mã cũ', () => {
  let dir: string;
  let run: Awaited<ReturnType<typeof runCli>>;
  let before: Grid;
  beforeAll(async () => {
    dir = await tempDir();
    const path = join(dir, 'cum.xlsx');
    await copyFile(EXAMPLE_PATH, path);
    before = await gridOf(path, SHEET.scores);
    const workbook = await loadWorkbook(await readFile(path), path);
    const criteria = workbook.getWorksheet(SHEET.criteria) as ExcelJS.Worksheet;
    const r5 = sheetGrid(criteria).findIndex((row) => String(row[0]) === '5') + 1;
    criteria.getCell(r5, 1).value = '5.1';
    setByHeader(criteria, r5, OLD_CODE_HEADER, '5');
    const units = workbook.getWorksheet(SHEET.units) as ExcelJS.Worksheet;
    const grid = sheetGrid(units);
    const ag = grid.findIndex((row) => row[0] === 'AG') + 1;
    const kg = grid.findIndex((row) => row[0] === 'KG') + 1;
    units.getCell(ag, 1).value = 'AK';
    units.getCell(ag, 2).value = 'Sở Khoa học và Công nghệ An Giang - Kiên Giang';
    units.getCell(ag, 3).value = 'An Giang - Kiên Giang';
    setByHeader(units, ag, OLD_CODE_HEADER, 'AG, KG');
    units.spliceRows(kg, 1);
    await workbook.xlsx.writeFile(path);
    run = await runCli(['cap-nhat', 'cum.xlsx'], dir);
  });

  it('moves the values of criterion 5 to 5.1', async () => {
    expect(run.code, [...run.out, ...run.err].join('\n')).toBe(0);
    expect(run.out.join('\n')).toContain('tiêu chí 5 → 5.1');
    const after = await gridOf(join(dir, 'cum-cap-nhat.xlsx'), SHEET.scores);
    const keep = (g: Grid): CellValue[] =>
      g
        .slice(1)
        .filter((row) => row[0] !== 'AG' && row[0] !== 'KG' && row[0] !== 'AK')
        .map((row) => row[0]);
    expect(keep(after)).toEqual(keep(before));
    const rowsOf = (g: Grid, title: string): Map<CellValue, CellValue> => new Map(g.slice(1).map((row) => [row[0], row[g[0].indexOf(title)]]));
    const was = rowsOf(before, 'Chuẩn 5');
    const now = rowsOf(after, 'Chuẩn 5.1');
    for (const code of keep(before)) expect(now.get(code), String(code)).toEqual(was.get(code));
    expect(after[0]).not.toContain('Chuẩn 5');
    expect(column(after, 'Chuẩn 5.1').length).toBeGreaterThan(0);
  });

  it('puts both merged units’ rows aside, saying so, and leaves the new unit’s row blank', async () => {
    expect(run.out.join('\n')).toContain('gộp theo cột "Mã cũ": đơn vị AG, KG → AK');
    const kept = await gridOf(join(dir, 'cum-cap-nhat.xlsx'), SHEET.keptAside);
    for (const code of ['AG', 'KG']) {
      const rows = kept.slice(1).filter((row) => row[2] === code);
      expect(rows.length, code).toBeGreaterThan(0);
      for (const row of rows) expect(String(row.at(-1))).toContain('được gộp vào đơn vị AK (cột "Mã cũ")');
    }
    const after = await gridOf(join(dir, 'cum-cap-nhat.xlsx'), SHEET.scores);
    const ak = after.find((row) => row[0] === 'AK') as CellValue[];
    expect(ak.slice(2, after[0].indexOf('Lý do trừ') + 1).every((v) => v === '' || v === null)).toBe(true);
  });

  it('the check names the merge at the new unit’s row', async () => {
    const check = await runCli(['cum-cap-nhat.xlsx', '--out', 'kq'], dir);
    expect(check.out.join('\n')).toContain('được gộp từ AG, KG');
  });
});

describe('tinh-diem and last year’s ballots', () => {
  it('counts ballots typed under the stamp cap-nhat laid, and refuses them in next year’s copy, naming both stamps', async () => {
    const dir = await tempDir();
    const path = join(dir, 'cum.xlsx');
    await copyFile(EXAMPLE_PATH, path);
    // The example's sheet without its ballots: cap-nhat lays it again for the ranking, with its stamp.
    const workbook = await loadWorkbook(await readFile(path), path);
    workbook.removeWorksheet((workbook.getWorksheet(SHEET.ballots) as ExcelJS.Worksheet).id);
    await workbook.xlsx.writeFile(path);
    expect((await runCli(['cap-nhat', 'cum.xlsx'], dir)).code).toBe(0);
    const laid = join(dir, 'cum-cap-nhat.xlsx');
    const book = await loadWorkbook(await readFile(laid), laid);
    const ballots = book.getWorksheet(SHEET.ballots) as ExcelJS.Worksheet;
    const header = sheetGrid(ballots)[0].map(String);
    const stamp = header.find((h) => h.startsWith('Lập theo xếp hạng ')) as string;
    expect(stamp).toMatch(/^Lập theo xếp hạng năm 2021 · mã [0-9a-f]{8}$/);
    const { ballots: paper } = (await import('../../examples/cum-thi-dua-08-nam-2021.json')).default as {
      ballots: { header: string[]; rows: (string | number)[][] };
    };
    paper.rows.forEach((row, r) => paper.header.forEach((title, i) => (ballots.getCell(r + 2, header.indexOf(title) + 1).value = row[i])));
    await book.xlsx.writeFile(laid);
    const counted = await runCli(['cum-cap-nhat.xlsx', '--out', 'kq', '--json'], dir);
    expect(counted.code).toBe(0);
    expect(JSON.parse(counted.out.join('\n')).vote.counted).toBe(true);

    // Next year's copy: the year and its dates moved on, last year's ballots still there.
    const settings = book.getWorksheet(SHEET.settings) as ExcelJS.Worksheet;
    const rows = sheetGrid(settings);
    const set = (label: string, value: ExcelJS.CellValue): void => {
      settings.getCell(rows.findIndex((r) => r[0] === label) + 1, 2).value = value;
    };
    set('Năm', 2022);
    set('Ngày báo cáo', '05/01/2023');
    set('Ngày bỏ phiếu', '28/12/2022');
    await book.xlsx.writeFile(join(dir, 'nam-sau.xlsx'));
    const refused = await runCli(['nam-sau.xlsx', '--out', 'kq2'], dir);
    const said = refused.out.join('\n');
    expect(said).toContain(`có phiếu được lập theo xếp hạng năm 2021 · mã ${stamp.slice(-8)}, còn xếp hạng hiện tại là năm 2022 · mã `);
    expect(said).not.toMatch(/biên bản kiểm phiếu.*\.docx/);
  });

  it('counts ballots of a sheet laid before stamps existed, with one warning at the cell where the stamp goes', async () => {
    const dir = await tempDir();
    await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
    // An older version laid the example's sheet without its last column, the stamp.
    await editWorkbook(dir, 'cum.xlsx', (workbook) => {
      const ballots = workbook.getWorksheet(SHEET.ballots) as ExcelJS.Worksheet;
      const at = sheetGrid(ballots)[0].findIndex((h) => String(h).startsWith('Lập theo xếp hạng '));
      expect(at).toBe(3);
      ballots.spliceColumns(at + 1, 1);
    });
    const run = await runCli(['cum.xlsx', '--out', 'kq', '--json'], dir);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.out.join('\n'));
    expect(result.vote.counted).toBe(true);
    const warned = result.issues.filter((i: { code: string }) => i.code === 'UNSTAMPED_BALLOTS');
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ severity: 'warning', sheet: SHEET.ballots, cell: 'D1' });
    expect(warned[0].message).toMatch(/hãy ghi vào ô Phiếu bầu!D1: "Lập theo xếp hạng năm 2021 · mã [0-9a-f]{8}"/);
    expect(warned[0].message).toContain('lệnh "tinh-diem cap-nhat <tệp.xlsx>"');
    const plain = await runCli(['cum.xlsx', '--out', 'kq2'], dir);
    expect(plain.out.join('\n')).toContain('Phiếu bầu!D1');
  });
});
