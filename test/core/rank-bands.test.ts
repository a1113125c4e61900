/** Bonus by place in an outside ranking: bands in `Tiêu chí`, places in `Đơn vị`, the bonus and the result lines from them. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { parseBands } from '../../src/core/read/parse-bands';
import { CRITERIA_COL, SHEET, UNITS_COL, placeHeader } from '../../src/core/model/template';
import type { CellValue } from '../../src/core/model/types';
import { cluster } from '../helpers/cluster';

const BANDS = '1-10: 3; 11-20: 1,5 (10 đến 20)';

/**
 * Criterion 1 (10 + 5 bonus) whose bonus follows the places; units A..D with those
 * places and typed bonuses. The best band pays 3, so 13 points at most: the grade
 * thresholds are set within reach.
 */
function banded(units: { code: string; place: CellValue; bonus?: CellValue }[], bands: CellValue = BANDS, placeColumn = true) {
  const grids = cluster(
    [{ code: '1', maxBase: 10, maxBonus: 5 }],
    units.map((u) => ({ code: u.code, shortName: `Tỉnh ${u.code}`, scores: [10, u.bonus ?? ''] })),
    { gradeExcellent: 12, gradeGood: 11, gradePass: 10 },
  );
  grids.criteria[1][CRITERIA_COL.bands] = bands;
  if (placeColumn) {
    grids.units[0][UNITS_COL.pledged + 1] = placeHeader('1');
    units.forEach((u, i) => (grids.units[i + 1][UNITS_COL.pledged + 1] = u.place));
  }
  return grids;
}

describe('rank bands', () => {
  it('reads bands with the report’s own words for a band, or "từ đến" ones', () => {
    expect(parseBands(BANDS, 5000)).toEqual([
      { from: 1, to: 10, points: 3000, label: '1 đến 10' },
      { from: 11, to: 20, points: 1500, label: '10 đến 20' },
    ]);
    expect(parseBands('1-10: 3\n11 đến 20: 1.5', 5000)).toHaveLength(2);
  });

  it('refuses bands it cannot read, that overlap, or that pay more than the bonus allows, at the cell', () => {
    for (const bad of ['1-10 3', '10-1: 3', '1-10: 3; 5-20: 1', '1-10: 6', '1-10: không']) {
      const ev = evaluate(banded([{ code: 'A', place: 3 }], bad));
      expect(ev.issues, bad).toEqual([expect.objectContaining({ severity: 'error', code: 'BAD_BANDS', sheet: SHEET.criteria, cell: 'F2' })]);
    }
  });

  it('gives the bonus from the place: typed or left blank, the same points', () => {
    const ev = evaluate(
      banded([
        { code: 'A', place: 3 },
        { code: 'B', place: 12, bonus: 1.5 },
        { code: 'C', place: 25 },
        { code: 'D', place: '' },
      ]),
    );
    expect(ev.issues).toEqual([]);
    expect(Object.fromEntries(ev.ranking.map((r) => [r.unit.code, r.bonus]))).toEqual({ A: 3000, B: 1500, C: 0, D: 0 });
  });

  it('reports a typed bonus that disagrees with the place at its cell, and blocks', () => {
    const ev = evaluate(
      banded([
        { code: 'A', place: 3, bonus: 2 },
        { code: 'B', place: '', bonus: 1.5 },
      ]),
    );
    expect(ev.blocked).toBe(true);
    expect(ev.issues.map((i) => [i.code, i.sheet, i.cell, i.unit])).toEqual([
      ['BAND_MISMATCH', SHEET.scores, 'D2', 'A'],
      ['BAND_MISMATCH', SHEET.scores, 'D3', 'B'],
    ]);
    expect(ev.issues[0].message).toBe(
      `Điểm thưởng tiêu chí 1 của Tỉnh A ghi 2, nhưng hạng ngoài 3 (trang "${SHEET.units}") được 3 điểm. Hãy sửa, hoặc để trống để tự tính.`,
    );
  });

  it('refuses a place that is not a whole number from 1, at its cell', () => {
    const ev = evaluate(
      banded([
        { code: 'A', place: 2.5 },
        { code: 'B', place: 'mười' },
        { code: 'C', place: 0 },
      ]),
    );
    expect(ev.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ['BAD_PLACE', SHEET.units, 'F2'],
      ['BAD_PLACE', SHEET.units, 'F3'],
      ['BAD_PLACE', SHEET.units, 'F4'],
    ]);
  });

  it('asks for the place column when a criterion has bands and Đơn vị has none', () => {
    const ev = evaluate(banded([{ code: 'A', place: 3 }], BANDS, false));
    expect(ev.issues).toEqual([expect.objectContaining({ severity: 'error', code: 'MISSING_COLUMN', sheet: SHEET.units })]);
    expect(ev.issues[0].message).toContain('"Hạng ngoài 1"');
  });

  it('states the bands in the result lines instead of a bonus line, units in list order, counted alone', () => {
    const ev = evaluate(
      banded([
        { code: 'A', place: 14 },
        { code: 'B', place: 2 },
        { code: 'C', place: 30 },
        { code: 'D', place: 9 },
      ]),
    );
    expect(ev.criterionResults[0].lines).toEqual([
      '04/04 đơn vị được 10/10 điểm chuẩn.',
      '02 đơn vị có thứ hạng 1 đến 10: Tỉnh B, Tỉnh D.',
      '01 đơn vị có thứ hạng 10 đến 20: Tỉnh A.',
    ]);
  });
});
