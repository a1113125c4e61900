/**
 * The cap on a unit's total bonus: said whenever it cuts, whether the bonuses were
 * typed or left blank for the bands to fill, and said on every paper that shows the
 * bonuses per criterion beside the total, so that their sums can be checked.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { buildAchievementReport } from '../../src/core/documents/achievement-report';
import { detailSheet } from '../../src/core/outputs/outputs';
import { CRITERIA_COL, UNITS_COL, placeHeader } from '../../src/core/model/template';
import { cluster } from '../helpers/cluster';
import { paragraphs } from '../helpers/model-text';

/**
 * Criterion 1 (10 + 5 bonus, "1-10: 3" by the outside ranking) and 2 (10 + 5 bonus);
 * the total bonus capped at 5. A, 3rd outside, leaves Thưởng 1 blank for the band;
 * B types the band's 3 itself. Both have 3 + 4 = 7 bonus points, 2 over the cap.
 */
function capped() {
  const grids = cluster(
    [
      { code: '1', maxBase: 10, maxBonus: 5 },
      { code: '2', maxBase: 10, maxBonus: 5 },
    ],
    [
      { code: 'A', shortName: 'Tỉnh A', scores: [10, '', 10, 4] },
      { code: 'B', shortName: 'Tỉnh B', scores: [10, 3, 9, 4] },
    ],
    { maxTotalBonus: 5, gradeExcellent: 24, gradeGood: 21, gradePass: 19 },
  );
  grids.criteria[1][CRITERIA_COL.bands] = '1-10: 3';
  grids.units[0][UNITS_COL.pledged + 1] = placeHeader('1');
  grids.units[1][UNITS_COL.pledged + 1] = 3;
  grids.units[2][UNITS_COL.pledged + 1] = 3;
  return grids;
}

describe('the cap on the total bonus', () => {
  it('warns at the unit whether the banded bonus was left blank to be filled or typed, and counts 5', () => {
    const ev = evaluate(capped());
    expect(ev.issues.map((i) => [i.severity, i.code, i.sheet, i.cell, i.message])).toEqual([
      ['warning', 'TOTAL_BONUS_OVER_CAP', 'Bảng điểm', 'A2', 'Tổng điểm thưởng của Tỉnh A là 7, vượt mức tối đa 5; chỉ tính 5 điểm thưởng.'],
      ['warning', 'TOTAL_BONUS_OVER_CAP', 'Bảng điểm', 'A3', 'Tổng điểm thưởng của Tỉnh B là 7, vượt mức tối đa 5; chỉ tính 5 điểm thưởng.'],
    ]);
    // A: 10 + 10 + 5; B: 10 + 9 + 5.
    expect(ev.ranking.map((r) => [r.unit.code, r.bonus, r.total])).toEqual([
      ['A', 5000, 25000],
      ['B', 5000, 24000],
    ]);
  });

  it('says under Điểm theo tiêu chí which rows the cap cut, so that 3 + 4 beside a total of 25 adds up', () => {
    const sheet = detailSheet(evaluate(capped()));
    const rows = sheet.rows.map((r) => r.filter((c) => c !== '').join(' | '));
    expect(rows).toContain('A | Tỉnh A | 10 | 3 | 10 | 4 | 0 | 25');
    expect(rows.slice(-2)).toEqual([
      'Tỉnh A: điểm thưởng các tiêu chí cộng lại là 7, vượt mức tối đa tổng điểm thưởng của Cụm nên chỉ tính 5.',
      'Tỉnh B: điểm thưởng các tiêu chí cộng lại là 7, vượt mức tối đa tổng điểm thưởng của Cụm nên chỉ tính 5.',
    ]);
  });

  it('says in the achievement report that the bonus counted is the cap, beside the per-criterion bonuses', () => {
    const ev = evaluate(capped());
    const model = buildAchievementReport(ev, ev.ranking[0], undefined, { now: new Date(2026, 11, 7) });
    const line = paragraphs(model).find((p) => p.includes('Kết quả chấm điểm thi đua'));
    expect(line).toContain(
      'điểm chuẩn 20, điểm thưởng 5 (điểm thưởng các tiêu chí cộng lại là 7, vượt mức tối đa tổng điểm thưởng của Cụm nên chỉ tính 5), điểm trừ 0; tổng số 25 điểm',
    );
  });

  it('says nothing where the bonuses stay within the cap', () => {
    const grids = capped();
    grids.scores[1][5] = 2;
    const ev = evaluate(grids);
    expect(ev.issues.filter((i) => i.code === 'TOTAL_BONUS_OVER_CAP').map((i) => i.cell)).toEqual(['A3']);
    expect(detailSheet(ev).rows.filter((r) => String(r[0]).startsWith('Tỉnh A:'))).toEqual([]);
  });
});
