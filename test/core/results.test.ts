/** Result lines of one criterion, in the reference report's words. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { countOf } from '../../src/core/rules/results';
import { cluster } from '../helpers/cluster';

function linesFor(rows: [string, number, number | ''][], maxBase = 10, sep = '.') {
  const ev = evaluate(
    cluster(
      [{ code: '1', maxBase, maxBonus: 5 }],
      rows.map(([name, base, bonus]) => ({ code: name.slice(0, 2).toUpperCase(), shortName: name, scores: [base, bonus] })),
      { decimalSeparator: sep },
    ),
  );
  expect(ev.blocked).toBe(false);
  return ev.criterionResults[0].lines;
}

describe('criterion result lines', () => {
  it('writes counts with two digits', () => {
    expect(countOf(9, 12)).toBe('09/12');
    expect(countOf(12, 12)).toBe('12/12');
    expect(countOf(3, 5)).toBe('03/05');
  });

  it('a group holding every unit names none', () => {
    expect(
      linesFor([
        ['An', 10, ''],
        ['Bình', 10, ''],
      ]),
    ).toEqual(['02/02 đơn vị được 10/10 điểm chuẩn.']);
  });

  it('a shared bonus joins the group line', () => {
    expect(
      linesFor(
        [
          ['An', 20, 5],
          ['Bình', 18, 4],
          ['Cần', 20, 5],
          ['Dung', 16, 3],
          ['Em', 18, 4],
        ],
        20,
      ),
    ).toEqual([
      '02/05 đơn vị được 20/20 điểm chuẩn và 5 điểm thưởng: An, Cần.',
      '02/05 đơn vị được 18/20 điểm chuẩn và 4 điểm thưởng: Bình, Em.',
      '01/05 đơn vị được 16/20 điểm chuẩn và 3 điểm thưởng: Dung.',
    ]);
  });

  it('mixed bonuses get a line of their own, in unit-list order across groups', () => {
    expect(
      linesFor([
        ['An', 10, 2],
        ['Bình', 9, 1],
        ['Cần', 10, ''],
        ['Dung', 9, ''],
      ]),
    ).toEqual(['02/04 đơn vị được 10/10 điểm chuẩn: An, Cần.', '02/04 đơn vị được 9/10 điểm chuẩn: Bình, Dung.', '02/04 đơn vị có điểm thưởng: An, Bình.']);
  });

  it('writes decimals with the configured separator', () => {
    expect(
      linesFor(
        [
          ['An', 9.5, 1.5],
          ['Bình', 10, ''],
        ],
        10,
        ',',
      ),
    ).toEqual(['01/02 đơn vị được 10/10 điểm chuẩn: Bình.', '01/02 đơn vị được 9,5/10 điểm chuẩn và 1,5 điểm thưởng: An.']);
  });
});
