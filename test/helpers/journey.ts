/**
 * The year of a new cluster, as the journey tests play it in Sheets and in Excel:
 * the 2021 example cluster's lists and scores typed from scratch, then the lists
 * change during the year (a criterion added, two swapped, a unit added, later a
 * criterion removed). The expected results are worked out here from the example's
 * recorded facts and the typed changes, not from the product.
 */
import { loadFixture } from '../../scripts/example-data';
import { baseHeader, bonusHeader, DEDUCTION_HEADER, DEDUCTION_REASON_HEADER } from '../../src/core/model/template';
import type { CellValue } from '../../src/core/model/types';

export const example = loadFixture();

/** `Cấu hình` values as the secretariat types them, by label order of the template. */
export const SETTINGS_TYPED: Record<string, CellValue> = Object.fromEntries(
  Object.entries(example.settings).map(([key, v]) => [key, Array.isArray(v) ? v.join('\n') : v]),
);

export const CRITERIA_TYPED: CellValue[][] = example.criteria.map((c) => [c.code, c.name, c.maxBase, c.maxBonus ?? '']);
export const UNITS_TYPED: CellValue[][] = example.units.map((u) => [u.code, u.name, u.shortName]);

/** What each unit types into its row, by column header (blank cells left out). */
export function typedRow(unit: string): Record<string, CellValue> {
  const s = example.scores.find((x) => x.unit === unit);
  if (!s) throw new Error(`no scores for ${unit}`);
  const row: Record<string, CellValue> = {};
  example.criteria.forEach((c, j) => {
    row[baseHeader(c.code)] = s.base[j];
    if (s.bonus[j]) row[bonusHeader(c.code)] = s.bonus[j];
  });
  if (s.deduction) row[DEDUCTION_HEADER] = s.deduction;
  if (s.reason) row[DEDUCTION_REASON_HEADER] = s.reason;
  return row;
}

/** Mid-year: criterion 11 added, criteria 2 and 3 swapped, a unit added after the first. */
export const ADDED_CRITERION = { code: '11', name: 'Chuyển đổi số', maxBase: 5, maxBonus: 2 };
export const ADDED_UNIT = { code: 'PQ', name: 'Sở Thông tin và Truyền thông thử nghiệm Phú Quốc', shortName: 'Phú Quốc' };
export const SWAPPED: [string, string] = ['2', '3'];
export const REMOVED_CRITERION = '9';

/** The criteria list after the mid-year change, as typed rows. */
export function changedCriteria(): CellValue[][] {
  const rows = CRITERIA_TYPED.map((r) => [...r]);
  const a = rows.findIndex((r) => r[0] === SWAPPED[0]);
  const b = rows.findIndex((r) => r[0] === SWAPPED[1]);
  [rows[a], rows[b]] = [rows[b], rows[a]];
  rows.push([ADDED_CRITERION.code, ADDED_CRITERION.name, ADDED_CRITERION.maxBase, ADDED_CRITERION.maxBonus]);
  return rows;
}

export function changedUnits(): CellValue[][] {
  const rows = UNITS_TYPED.map((r) => [...r]);
  rows.splice(1, 0, [ADDED_UNIT.code, ADDED_UNIT.name, ADDED_UNIT.shortName]);
  return rows;
}

/** Scores typed after the change: criterion 11 for every unit, and the new unit's whole row. */
export function typedAfterChange(unit: string): Record<string, CellValue> {
  const index = example.units.findIndex((u) => u.code === unit);
  const added = { [baseHeader('11')]: index < 0 ? 5 : 5 - (index % 3) * 0.5, ...(index % 4 === 0 ? { [bonusHeader('11')]: 1 } : {}) };
  if (index >= 0) return added;
  // The new unit: full marks everywhere, a bonus of 2 on criterion 1, nothing deducted.
  const row: Record<string, CellValue> = { ...added };
  for (const c of example.criteria) row[baseHeader(c.code)] = c.maxBase;
  row[bonusHeader('1')] = 2;
  return row;
}

export interface Expected {
  unit: string;
  base: number;
  bonus: number;
  deduction: number;
  total: number;
  rank: number;
}

/** Dense ranks ("liền", the example's style): equal totals share a rank, the next total takes the next number. */
function denseRanks(rows: Omit<Expected, 'rank'>[]): Expected[] {
  const totals = [...new Set(rows.map((r) => r.total))].sort((a, b) => b - a);
  return rows.map((r) => ({ ...r, rank: totals.indexOf(r.total) + 1 })).sort((a, b) => a.rank - b.rank);
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The ranking at the end of the year, worked out from what was typed: criterion 9 no longer counts. */
export function expectedFinal(): Expected[] {
  const units = [...example.units.map((u) => u.code), ADDED_UNIT.code];
  const kept = example.criteria.filter((c) => c.code !== REMOVED_CRITERION);
  const rows = units.map((unit) => {
    const typed = { ...(example.units.some((u) => u.code === unit) ? typedRow(unit) : {}), ...typedAfterChange(unit) };
    const num = (h: string): number => Number(typed[h] ?? 0);
    const codes = [...kept.map((c) => c.code), ADDED_CRITERION.code];
    const base = round3(codes.reduce((s, c) => s + num(baseHeader(c)), 0));
    const bonus = round3(codes.reduce((s, c) => s + num(bonusHeader(c)), 0));
    const deduction = Math.abs(num(DEDUCTION_HEADER));
    return { unit, base, bonus, deduction, total: round3(base + bonus - deduction) };
  });
  return denseRanks(rows);
}
