/**
 * Grade thresholds no unit can reach with the criteria's maxima: a warning at the
 * settings cell, since every unit would otherwise get a lower grade without a word.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { GRADE, reachableTotal } from '../../src/core/rules/grade';
import { IssueList } from '../../src/core/model/issues';
import { parseCriteria } from '../../src/core/read/parse-lists';
import { CRITERIA_COL, SETTINGS, SHEET } from '../../src/core/model/template';
import type { CellValue } from '../../src/core/model/types';
import { cluster, twoCriteria, type MiniCriterion, type MiniUnit } from '../helpers/cluster';

const cellOf = (key: string): string => `B${SETTINGS.findIndex((d) => d.key === key) + 2}`;
const unit = (code: string, scores: MiniUnit['scores']): MiniUnit => ({ code, scores });
/** The template's own thresholds: blank cells, read as 95 / 85 / 75. */
const DEFAULTS = { gradeExcellent: '', gradeGood: '', gradePass: '' };
const unreachable = (ev: ReturnType<typeof evaluate>) => ev.issues.filter((i) => i.code === 'UNREACHABLE_GRADE');

/** The reachable total (in points) of criteria written as in `Tiêu chí`, bands in the last field. */
function reach(criteria: (MiniCriterion & { bands?: string })[], maxTotalBonus: number | null = null): number {
  const grids = cluster(criteria, []);
  criteria.forEach((c, i) => (grids.criteria[i + 1][CRITERIA_COL.bands] = c.bands ?? ''));
  const issues = new IssueList();
  const parsed = parseCriteria(grids.criteria, issues);
  expect(issues.items).toEqual([]);
  return reachableTotal(parsed, { maxTotalBonus: maxTotalBonus === null ? null : maxTotalBonus * 1000 }).total / 1000;
}

describe('the highest total a unit can reach', () => {
  it('adds every base maximum and every maximum bonus', () => {
    // 10 + 5 and 10 without bonus: 25.
    expect(
      reach([
        { code: '1', maxBase: 10, maxBonus: 5 },
        { code: '2', maxBase: 10 },
      ]),
    ).toBe(25);
    // The 2021 draft's shape: 20 + 5, 30 + 10, 50 without bonus: 115.
    expect(
      reach([
        { code: '1', maxBase: 20, maxBonus: 5 },
        { code: '2', maxBase: 30, maxBonus: 10 },
        { code: '3', maxBase: 50 },
      ]),
    ).toBe(115);
    expect(reach([{ code: '1', maxBase: 9.5, maxBonus: 0.25 }])).toBe(9.75);
  });

  it('counts no more bonus than the cap on total bonus allows', () => {
    expect(
      reach(
        [
          { code: '1', maxBase: 10, maxBonus: 5 },
          { code: '2', maxBase: 10, maxBonus: 5 },
        ],
        3,
      ),
    ).toBe(23);
    expect(reach([{ code: '1', maxBase: 10, maxBonus: 5 }], 0)).toBe(10);
    // A cap above the bonuses changes nothing.
    expect(reach([{ code: '1', maxBase: 10, maxBonus: 5 }], 8)).toBe(15);
  });

  it('counts the best band of a criterion whose bonus follows an outside ranking', () => {
    // Bands pay 3 and 1.5 of a possible 5: the bonus is at most 3.
    expect(
      reach([
        { code: '1', maxBase: 10, maxBonus: 5, bands: '1-10: 3; 11-20: 1,5' },
        { code: '2', maxBase: 10, maxBonus: 2 },
      ]),
    ).toBe(25);
  });
});

describe('grade thresholds out of reach', () => {
  const units = [unit('A', [10, 5, 10, '']), unit('B', [8, 0, 9, ''])];

  it('warns at each threshold above the reachable total, saying what it is and what to change', () => {
    const ev = evaluate(twoCriteria(units, DEFAULTS));
    expect(unreachable(ev).map((i) => [i.severity, i.sheet, i.cell])).toEqual([
      ['warning', SHEET.settings, cellOf('gradeExcellent')],
      ['warning', SHEET.settings, cellOf('gradeGood')],
      ['warning', SHEET.settings, cellOf('gradePass')],
    ]);
    expect(unreachable(ev)[0].message).toBe(
      `Mục "Ngưỡng Hoàn thành xuất sắc" là 95 điểm, nhưng tổng điểm cao nhất một đơn vị có thể đạt theo trang "Tiêu chí" chỉ là 25 (điểm chuẩn tối đa 20, điểm thưởng tối đa 5): không đơn vị nào được xếp loại "Hoàn thành xuất sắc". Hãy ghi ngưỡng không quá 25 điểm, hoặc sửa điểm tối đa của các tiêu chí.`,
    );
    expect(unreachable(ev)[2].message).toContain('"Ngưỡng Hoàn thành" là 75 điểm');
    // The ranking still stands: the warning blocks nothing, and shows why every unit is graded the lowest.
    expect(ev.blocked).toBe(false);
    expect(ev.ranking.map((r) => r.grade)).toEqual([GRADE.fail, GRADE.fail]);
  });

  it('warns only about the thresholds out of reach, and not about one exactly at the reachable total', () => {
    const ev = evaluate(twoCriteria(units, { gradeExcellent: 25.5, gradeGood: 25, gradePass: 20, decimalSeparator: ',' }));
    expect(unreachable(ev).map((i) => i.cell)).toEqual([cellOf('gradeExcellent')]);
    expect(unreachable(ev)[0].message).toContain('là 25,5 điểm');
  });

  it('takes the cap on total bonus into account, and never the deductions', () => {
    const capped = evaluate(twoCriteria(units, { gradeExcellent: 23, maxTotalBonus: 2 }));
    expect(unreachable(capped).map((i) => [i.cell, i.message.match(/chỉ là [^ ]+ \([^)]*\)/)?.[0]])).toEqual([
      [cellOf('gradeExcellent'), 'chỉ là 22 (điểm chuẩn tối đa 20, điểm thưởng tối đa 2)'],
    ]);
    expect(unreachable(evaluate(twoCriteria(units, { maxTotalDeduction: 5 })))).toEqual([]);
  });

  it('says so when the criteria have no bonus, with the cluster’s decimal mark', () => {
    const ev = evaluate(cluster([{ code: '1', maxBase: 7.5 }], [unit('A', [7, ''])], { ...DEFAULTS, gradePass: 7, decimalSeparator: '.' }));
    expect(unreachable(ev).map((i) => i.cell)).toEqual([cellOf('gradeExcellent'), cellOf('gradeGood')]);
    expect(unreachable(ev)[0].message).toContain('chỉ là 7.5 (điểm chuẩn tối đa 7.5, không có điểm thưởng)');
  });

  it('says nothing while a threshold cell or the criteria list has an error of its own', () => {
    const badCell = evaluate(twoCriteria(units, { gradeExcellent: 'chín lăm' }));
    expect(badCell.issues.filter((i) => i.cell === cellOf('gradeExcellent')).map((i) => i.code)).toEqual(['BAD_SETTING']);
    const badList: CellValue = 'mười';
    const ev = evaluate(
      cluster(
        [
          { code: '1', maxBase: 10 },
          { code: '2', maxBase: badList },
        ],
        [unit('A', [10, '', 10, ''])],
        DEFAULTS,
      ),
    );
    expect(ev.issues.map((i) => i.code)).not.toContain('UNREACHABLE_GRADE');
  });
});
