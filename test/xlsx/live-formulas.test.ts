/**
 * The live columns of the .xlsx are native formulas that a spreadsheet program
 * computes: LibreOffice, recalculating the workbooks headless (one run for all),
 * gives the example's reference totals and ranks, follows Cấu hình, and the check
 * names the bad cells.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureGrids, loadFixture } from '../../scripts/example-data';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { evaluate } from '../../src/core/evaluate';
import { LIVE_HEADERS } from '../../src/core/sheets/live-columns';
import { toNumber } from '../../src/core/model/numbers';
import { SETTINGS, SHEET } from '../../src/core/model/template';
import type { CellValue, Grid } from '../../src/core/model/types';
import { loadWorkbook, sheetGrid } from '../../src/xlsx/read-workbook';

const SOFFICE = '/usr/bin/soffice';
const hasSoffice = existsSync(SOFFICE);
const INSTALL_HINT = `no ${SOFFICE}; install it with: apt-get update && apt-get install -y libreoffice-calc`;
const inCi = process.env.CI === 'true';
const fixture = loadFixture();

if (!hasSoffice && !inCi) console.warn(`SKIPPED: the LibreOffice recalculation test: ${INSTALL_HINT}`);

it.runIf(!hasSoffice && inCi)('has LibreOffice for the recalculation test under CI', () => {
  throw new Error(`The LibreOffice recalculation test cannot run: ${INSTALL_HINT}`);
});

function worksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** A cell to change, by its 1-based row and 0-based column. */
type Edit = { sheet: string; row: number; column: number; value: string | number | null };
const settingRow = (key: string): number => SETTINGS.findIndex((d) => d.key === key) + 2;

/** The variants recalculated, each the committed example with some cells changed. */
const VARIANTS: Record<string, Edit[]> = {
  example: [],
  // Competition ranks, a cap on the total bonus, a higher top threshold.
  settings: [
    { sheet: SHEET.settings, row: settingRow('rankStyle'), column: 1, value: 'cách' },
    { sheet: SHEET.settings, row: settingRow('maxTotalBonus'), column: 1, value: 10 },
    { sheet: SHEET.settings, row: settingRow('gradeExcellent'), column: 1, value: 115 },
  ],
  // Row 2: a base over its maximum; row 3: a base typed as words; row 4: a blank base.
  errors: [
    { sheet: SHEET.scores, row: 2, column: 2, value: 99 },
    { sheet: SHEET.scores, row: 3, column: 4, value: 'mười' },
    { sheet: SHEET.scores, row: 4, column: 2, value: null },
  ],
};

describe.skipIf(!hasSoffice)(hasSoffice ? 'the .xlsx live columns recalculated by LibreOffice' : `the .xlsx live columns in LibreOffice — SKIPPED: ${INSTALL_HINT}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'tinh-diem-live-'));
  const recalculated: Record<string, Grid> = {};

  beforeAll(async () => {
    for (const [name, edits] of Object.entries(VARIANTS)) {
      const workbook = await loadWorkbook(await readFile(EXAMPLE_PATH), 'example');
      for (const e of edits) worksheet(workbook, e.sheet).getCell(e.row, e.column + 1).value = e.value ?? null;
      await writeFile(join(dir, `${name}.xlsx`), new Uint8Array(await workbook.xlsx.writeBuffer()));
    }
    // One LibreOffice run converts every file: it starts in seconds, not per file.
    execFileSync(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), ...Object.keys(VARIANTS).map((n) => join(dir, `${n}.xlsx`))], { stdio: 'ignore', timeout: 120_000 });
    for (const name of Object.keys(VARIANTS)) {
      const workbook = await loadWorkbook(await readFile(join(dir, 'out', `${name}.xlsx`)), name);
      recalculated[name] = sheetGrid(worksheet(workbook, SHEET.scores));
    }
  }, 150_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The live cells of each unit row, by unit code. */
  const live = (name: string): Map<string, CellValue[]> => {
    const grid = recalculated[name];
    const at = grid[0].findIndex((h) => h === LIVE_HEADERS[0]);
    return new Map(grid.slice(1).filter((row) => row[0] !== '').map((row) => [String(row[0]), row.slice(at, at + LIVE_HEADERS.length)]));
  };

  it('gives the reference totals and ranks of the 2021 example, the grades of the command and empty checks', () => {
    const ev = evaluate(fixtureGrids(fixture));
    const rows = live('example');
    expect(rows.size).toBe(fixture.units.length);
    for (const ref of fixture.expectedRanking) {
      const grade = ev.ranking.find((r) => r.unit.code === ref.unit)?.grade;
      expect([ref.unit, ...(rows.get(ref.unit) ?? [])]).toEqual([ref.unit, ref.total, ref.rank, grade, '']);
    }
  });

  it('follows the rank style, the bonus cap and the thresholds of Cấu hình, as the command computes them', () => {
    const ev = evaluate(fixtureGrids(fixture, { rankStyle: 'cách', maxTotalBonus: 10, gradeExcellent: 115 }));
    expect(ev.blocked).toBe(false);
    const rows = live('settings');
    for (const r of ev.ranking) expect([r.unit.code, ...(rows.get(r.unit.code) ?? [])]).toEqual([r.unit.code, toNumber(r.total), r.rank, r.grade, '']);
  });

  it('names the bad cells in the check column, by their column header', () => {
    const rows = [...live('errors').values()];
    expect(rows[0][3]).toBe(`Chuẩn 1: ngoài 0–${fixture.criteria[0].maxBase}`);
    expect(rows[1][3]).toBe('Chuẩn 2: không phải số');
    expect(rows[1][0]).toBe('#VALUE!');
    expect(rows[2][3]).toBe('Chuẩn 1: chưa có điểm');
  });
});
