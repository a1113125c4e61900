/**
 * Synthetic clusters of any size, laid out exactly as the template, so the
 * benchmarks measure the same parsing and checks a real workbook goes through.
 * Scores come from a seeded generator: every run measures the same workbook.
 */
import { CRITERIA_HEADER, DEDUCTION_HEADER, SETTINGS, SETTINGS_HEADER, UNITS_HEADER, scoresHeader } from '../src/core/model/template';
import type { CellValue, Grid, WorkbookGrids } from '../src/core/model/types';

/** Park–Miller: small, seeded, good enough to spread scores. */
function generator(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

const MAX_BASE = 10;
const MAX_BONUS = 5;

export interface SyntheticOptions {
  units: number;
  criteria: number;
  seed?: number;
}

/** A clean cluster (no issue): every criterion 10 points, every other one with up to 5 bonus points. */
export function syntheticCluster({
  units,
  criteria,
  seed = 42,
}: SyntheticOptions): Required<Pick<WorkbookGrids, 'settings' | 'criteria' | 'units' | 'scores'>> {
  const random = generator(seed);
  const quarter = (max: number): number => Math.round(random() * max * 4) / 4;
  const codes = Array.from({ length: criteria }, (_, i) => String(i + 1));
  const values: Record<string, CellValue> = {
    clusterName: `Cụm thi đua thử ${units}×${criteria}`,
    year: 2021,
    declaredBaseTotal: MAX_BASE * criteria,
    scoreStep: 0.25,
    tieBreaks: `${codes[0]}, ít điểm trừ`,
    awardCount: 2,
  };
  const settings: Grid = [[...SETTINGS_HEADER], ...SETTINGS.map((d) => [d.label, values[d.key] ?? '', d.help])];
  const criteriaGrid: Grid = [[...CRITERIA_HEADER], ...codes.map((code, i) => [code, `Tiêu chí số ${code}`, MAX_BASE, i % 2 === 0 ? MAX_BONUS : '', ''])];
  const unitCode = (u: number): string => `DV${String(u + 1).padStart(5, '0')}`;
  const unitsGrid: Grid = [
    [...UNITS_HEADER],
    ...Array.from({ length: units }, (_, u) => [
      unitCode(u),
      `Sở Thông tin và Truyền thông số ${u + 1}`,
      `Đơn vị ${u + 1}`,
      `${unitCode(u).toLowerCase()}@cum.example.vn`,
    ]),
  ];
  const scores: Grid = [scoresHeader(codes.map((code) => ({ code })))];
  for (let u = 0; u < units; u++) {
    const row: CellValue[] = [unitCode(u), `Đơn vị ${u + 1}`];
    for (let c = 0; c < criteria; c++) {
      row.push(quarter(MAX_BASE), c % 2 === 0 && random() < 0.3 ? quarter(MAX_BONUS) || '' : '');
    }
    const deduction = random() < 0.1 ? quarter(2) || '' : '';
    row.push(deduction, deduction === '' ? '' : 'Chậm nộp báo cáo');
    scores.push(row);
  }
  return { settings, criteria: criteriaGrid, units: unitsGrid, scores };
}

/**
 * The columns of the clerk's two formulas in `Bảng điểm` (0-based): the points summed
 * (`Chuẩn 1` to the last `Thưởng`), the deduction, and `Tổng điểm` and `Hạng` right of
 * the template's last column (after `Minh chứng …` and `Giải trình`).
 */
export function clerkColumns(scores: Grid): { first: number; last: number; deduction: number; total: number; rank: number } {
  const header = scores[0];
  const deduction = header.indexOf(DEDUCTION_HEADER);
  return { first: 2, last: deduction - 1, deduction, total: header.length, rank: header.length + 1 };
}

/** A row of `Bảng điểm` as wide as its header (the typed cells stop at the deduction's reason), `extra` after it. */
export function clerkRow<T>(row: readonly CellValue[], width: number, extra: readonly T[]): (CellValue | T)[] {
  return [...row, ...Array<CellValue>(Math.max(0, width - row.length)).fill(''), ...extra];
}

/** What the clerk's formulas of `Bảng điểm` give (bench/cluster-file.ts): each unit's points minus its deduction, in row order. */
export function clerkTotals(scores: Grid): number[] {
  const { first, last, deduction } = clerkColumns(scores);
  return scores
    .slice(1)
    .map((row) => row.slice(first, last + 1).reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0) - Math.abs(Number(row[deduction]) || 0));
}

/** RANK of each total among all: one more than the totals above it. */
export function clerkRanks(totals: readonly number[]): number[] {
  const place = new Map<number, number>();
  [...totals].sort((a, b) => b - a).forEach((t, i) => place.has(t) || place.set(t, i + 1));
  return totals.map((t) => place.get(t) as number);
}
