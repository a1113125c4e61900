/**
 * The same year as test/apps-script/journey.test.ts, offline: `tinh-diem mau`, the
 * lists typed into the .xlsx, `cap-nhat`, the scores typed, the ranking; the lists
 * change twice and `cap-nhat` keeps every value with its unit and criterion, a
 * removed criterion's values in `Điểm đã gỡ`; the final `Tổng hợp` is the one
 * worked out from what was typed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonResult } from '../../src/cli/json-output';
import { SETTINGS, SHEET, SUMMARY_HEADER, baseHeader, bonusHeader } from '../../src/core/model/template';
import type { CellValue, Grid } from '../../src/core/model/types';
import { loadWorkbook, sheetGrid } from '../../src/xlsx/read-workbook';
import * as year from '../helpers/journey';
import { editWorkbook, runCli, tempDir } from './run-cli';
import { sheetOf, typeScores } from './workbook-edit';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

const edit = (file: string, change: (workbook: ExcelJS.Workbook) => void): Promise<void> => editWorkbook(dir, file, change);

/** Rows typed from row 2; rows below them up to `clearTo` emptied. */
function typeRows(sheet: ExcelJS.Worksheet, rows: CellValue[][], clearTo = 0): void {
  for (let r = 0; r < Math.max(rows.length, clearTo); r++) {
    for (let c = 0; c < 4; c++) sheet.getCell(r + 2, c + 1).value = (rows[r]?.[c] ?? null) as ExcelJS.CellValue;
  }
}

async function gridOf(file: string, sheet: string): Promise<Grid> {
  const workbook = await loadWorkbook(await readFile(join(dir, file)), file);
  return sheetGrid(sheetOf(workbook, sheet));
}

async function typedCells(file: string): Promise<Map<string, CellValue>> {
  const grid = await gridOf(file, SHEET.scores);
  const cells = new Map<string, CellValue>();
  for (const row of grid.slice(1)) grid[0].forEach((h, c) => c > 1 && row[c] !== '' && cells.set(`${row[0]}|${h}`, row[c]));
  return cells;
}

/** `cap-nhat` on `file`; the file it wrote, as its last line names it ("Đã ghi: <tệp> (tệp nhập giữ nguyên)…"). */
async function update(file: string): Promise<{ out: string[]; file: string }> {
  const run = await runCli(['cap-nhat', file], dir);
  expect(run.code, run.err.join('\n')).toBe(0);
  return { out: run.out, file: /^Đã ghi: (.+?) \(tệp nhập giữ nguyên\)/.exec(run.out.at(-1) ?? '')?.[1] ?? '' };
}

const byRankThenUnit = <T extends { rank: unknown; unit: unknown }>(rows: T[]): T[] =>
  [...rows].sort((a, b) => Number(a.rank) - Number(b.rank) || String(a.unit).localeCompare(String(b.unit)));

// Each step writes and reads whole workbooks: slow on a busy machine, whatever the code.
describe('a cluster’s year in Excel, through the command', { timeout: 60000 }, () => {
  let file = 'cum.xlsx';
  let typed = new Map<string, CellValue>();

  it('starts from `mau` and lays Bảng điểm out from the lists with `cap-nhat`', async () => {
    const made = await runCli(['mau', file], dir);
    expect(made.out[0]).toContain(`tinh-diem cap-nhat ${file}`);
    await edit(file, (workbook) => {
      const settings = sheetOf(workbook, SHEET.settings);
      for (const [key, value] of Object.entries(year.SETTINGS_TYPED))
        settings.getCell(SETTINGS.findIndex((d) => d.key === key) + 2, 2).value = value as ExcelJS.CellValue;
      typeRows(sheetOf(workbook, SHEET.criteria), year.CRITERIA_TYPED);
      typeRows(sheetOf(workbook, SHEET.units), year.UNITS_TYPED);
    });
    const first = await update(file);
    ({ file } = first);
    expect(file).toBe('cum-cap-nhat.xlsx');
    // No score typed yet, so no ranking: nothing to say about a Phiếu bầu the workbook does not have.
    expect(first.out.filter((l) => l.includes(SHEET.ballots))).toEqual([]);
    const grid = await gridOf(file, SHEET.scores);
    expect(grid[0].slice(2, 6)).toEqual(['Chuẩn 1', 'Thưởng 1', 'Chuẩn 2', 'Thưởng 2']);
    expect(grid.slice(1).map((r) => r[0])).toEqual(year.example.units.map((u) => u.code));
  });

  it('ranks the scores the units typed as the 2021 report does', async () => {
    await edit(file, (workbook) => typeScores(workbook, year.typedRow));
    const run = await runCli([file, '--json'], dir);
    expect(run.code, run.out.join('\n')).toBe(0);
    const result = JSON.parse(run.out.join('\n')) as JsonResult;
    const rows = result.units.map((u) => ({ rank: u.rank, unit: u.code, base: u.base, bonus: u.bonus, deduction: u.deduction, total: u.total }));
    expect(byRankThenUnit(rows)).toEqual(byRankThenUnit(year.example.expectedRanking));
  });

  it('keeps every typed value at its unit and criterion when criteria are added and swapped and a unit added', async () => {
    const before = await typedCells(file);
    await edit(file, (workbook) => {
      typeRows(sheetOf(workbook, SHEET.criteria), year.changedCriteria());
      typeRows(sheetOf(workbook, SHEET.units), year.changedUnits());
    });
    const blocked = await runCli([file], dir);
    expect(blocked.code).toBe(1);
    expect(blocked.out.join('\n')).toContain(`tinh-diem cap-nhat`);
    const run = await update(file);
    expect(run.out[0]).toContain(`thêm cột cho tiêu chí ${year.ADDED_CRITERION.code}`);
    expect(run.out[0]).toContain(`thêm dòng cho ${year.ADDED_UNIT.code}`);
    // Run on its own output, the command numbers the next file rather than growing the name.
    expect(run.file).toBe('cum-cap-nhat-2.xlsx');
    file = run.file;
    const grid = await gridOf(file, SHEET.scores);
    expect(grid[0].slice(2, 8)).toEqual(['Chuẩn 1', 'Thưởng 1', 'Chuẩn 3', 'Thưởng 3', 'Chuẩn 2', 'Thưởng 2']);
    expect(grid.slice(1).map((r) => r[0])).toEqual(year.changedUnits().map((u) => u[0]));
    expect(await typedCells(file)).toEqual(before);
  });

  it('keeps a removed criterion’s values aside and says how many', async () => {
    await edit(file, (workbook) => {
      typeScores(workbook, year.typedAfterChange);
      typeRows(
        sheetOf(workbook, SHEET.criteria),
        year.changedCriteria().filter((r) => r[0] !== year.REMOVED_CRITERION),
        year.changedCriteria().length,
      );
    });
    typed = await typedCells(file);
    const run = await update(file);
    expect(run.file).toBe('cum-cap-nhat-3.xlsx');
    file = run.file;
    const removed = [...typed].filter(
      ([key]) => key.endsWith(`|${baseHeader(year.REMOVED_CRITERION)}`) || key.endsWith(`|${bonusHeader(year.REMOVED_CRITERION)}`),
    );
    expect(run.out[0]).toContain(`${year.example.units.length + 1} dòng điểm không còn chỗ`);
    // Every score typed: the ranking asks the council about the flag, and the sheet for its ballots is laid for the first time.
    expect(run.out[1]).toMatch(new RegExp(`^Đã lập trang "${SHEET.ballots}" theo kết quả xếp hạng \\(Cờ thi đua: [^)]+\\): mỗi phiếu bầu nhập một dòng\\.$`));
    const kept = (await gridOf(file, SHEET.keptAside)).slice(1);
    const keptCells = new Map(
      kept
        .flatMap((r): [string, CellValue][] => [
          [`${r[2]}|${baseHeader(String(r[4]))}`, r[5]],
          [`${r[2]}|${bonusHeader(String(r[4]))}`, r[6]],
        ])
        .filter(([, v]) => v !== ''),
    );
    expect(keptCells).toEqual(new Map(removed));
    expect(await typedCells(file)).toEqual(new Map([...typed].filter(([key]) => !removed.some(([k]) => k === key))));
  });

  it('writes the year’s Tổng hợp as worked out from what was typed', async () => {
    const run = await runCli([file, '--out', 'ket-qua'], dir);
    expect(run.code, run.out.join('\n')).toBe(0);
    const summary = await gridOf(join('ket-qua', file.replace(/\.xlsx$/, '-tong-hop.xlsx')), SHEET.summary);
    const at = (h: (typeof SUMMARY_HEADER)[number]): number => SUMMARY_HEADER.indexOf(h);
    const header = summary.findIndex((r) => r[0] === SUMMARY_HEADER[0] && r[1] === SUMMARY_HEADER[1]);
    const end = summary.findIndex((r, i) => i > header && r.every((c) => c === ''));
    const rows = summary
      .slice(header + 1, end < 0 ? undefined : end)
      // Tổng hợp writes a deduction as the negative number it is: -0.5 here is 0.5 points taken off.
      .map((r) => ({
        rank: r[at('Hạng')],
        unit: r[at('Mã đơn vị')],
        base: r[at('Điểm chuẩn')],
        bonus: r[at('Điểm thưởng')],
        deduction: -(r[at('Điểm trừ')] as number) || 0,
        total: r[at('Tổng điểm')],
      }));
    expect(rows).toHaveLength(year.example.units.length + 1);
    expect(byRankThenUnit(rows)).toEqual(byRankThenUnit(year.expectedFinal()));
  });
});
