/** Small workbooks for unit tests, laid out exactly as the template. */
import { CRITERIA_HEADER, SETTINGS, SETTINGS_HEADER, UNITS_HEADER, scoresHeader } from '../../src/core/model/template';
import type { CellValue, Grid, WorkbookGrids } from '../../src/core/model/types';

export interface MiniCriterion {
  code: string;
  maxBase: CellValue;
  maxBonus?: CellValue;
  name?: string;
}

export interface MiniUnit {
  code: string;
  name?: string;
  shortName?: string;
  /** Base and bonus per criterion in order: [base1, bonus1, base2, bonus2, …]. */
  scores: CellValue[];
  deduction?: CellValue;
}

export function cluster(
  criteria: MiniCriterion[],
  units: MiniUnit[],
  settings: Record<string, CellValue> = {},
): WorkbookGrids & Required<Pick<WorkbookGrids, 'settings' | 'criteria' | 'units' | 'scores'>> {
  const settingsGrid: Grid = [[...SETTINGS_HEADER], ...SETTINGS.map((d) => [d.label, settings[d.key] ?? '', ''])];
  const criteriaGrid: Grid = [[...CRITERIA_HEADER], ...criteria.map((c) => [c.code, c.name ?? `Tiêu chí ${c.code}`, c.maxBase, c.maxBonus ?? '', ''])];
  const unitsGrid: Grid = [[...UNITS_HEADER], ...units.map((u) => [u.code, u.name ?? `Sở ${u.code}`, u.shortName ?? u.code, ''])];
  const scores: Grid = [scoresHeader(criteria.map((c) => ({ code: c.code })))];
  for (const u of units) {
    const row: CellValue[] = [u.code, u.shortName ?? u.code];
    for (let i = 0; i < criteria.length; i++) row.push(u.scores[2 * i] ?? '', u.scores[2 * i + 1] ?? '');
    row.push(u.deduction ?? '', '');
    scores.push(row);
  }
  return { settings: settingsGrid, criteria: criteriaGrid, units: unitsGrid, scores };
}

/**
 * Two criteria (10 + 5 bonus, 10 without bonus) and the units given. A unit reaches
 * at most 25 points, so the grade thresholds are set within reach (the defaults
 * 95 / 85 / 75 could not be reached and would be warned about).
 */
export function twoCriteria(units: MiniUnit[], settings: Record<string, CellValue> = {}) {
  return cluster(
    [
      { code: '1', maxBase: 10, maxBonus: 5 },
      { code: '2', maxBase: 10 },
    ],
    units,
    { gradeExcellent: 24, gradeGood: 21, gradePass: 19, ...settings },
  );
}
