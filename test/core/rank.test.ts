import { describe, expect, it } from 'vitest';
import { proposeAwards } from '../../src/core/rules/awards';
import { evaluate } from '../../src/core/evaluate';
import { GRADE, gradeOf } from '../../src/core/rules/grade';
import { rank } from '../../src/core/rules/rank';
import type { UnitResult } from '../../src/core/model/types';
import { twoCriteria } from '../helpers/cluster';

const totals = (...t: number[]) => t.map((total) => ({ total, keys: [] }));

describe('rank', () => {
  it('ranks dense by default style: 1, 2, 2, 3', () => {
    expect(rank(totals(90, 95, 90, 80), 'dense').map((p) => [p.index, p.rank])).toEqual([
      [1, 1],
      [0, 2],
      [2, 2],
      [3, 3],
    ]);
  });

  it('ranks competition style: 1, 2, 2, 4', () => {
    expect(rank(totals(90, 95, 90, 80), 'competition').map((p) => p.rank)).toEqual([1, 2, 2, 4]);
  });

  it('keeps tied entries in input order and flags them for a vote', () => {
    const placed = rank(totals(90, 90, 100, 90), 'dense');
    expect(placed.map((p) => p.index)).toEqual([2, 0, 1, 3]);
    expect(placed.map((p) => p.needsVote)).toEqual([false, true, true, true]);
  });

  it('breaks ties with the ladder, rung by rung', () => {
    const placed = rank(
      [
        { total: 90, keys: [5, 1] },
        { total: 90, keys: [5, 3] },
        { total: 90, keys: [6, 0] },
        { total: 90, keys: [5, 3] },
      ],
      'dense',
    );
    expect(placed.map((p) => [p.index, p.rank, p.needsVote])).toEqual([
      [2, 1, false],
      [1, 2, true],
      [3, 2, true],
      [0, 3, false],
    ]);
  });
});

describe('tie-break ladder from the settings', () => {
  const units = [
    { code: 'A', scores: [9, '', 10, ''], deduction: '' },
    { code: 'B', scores: [10, '', 9, ''], deduction: '' },
    { code: 'C', scores: [10, '', 10, ''], deduction: 1 },
  ];

  it('without a ladder, equal totals share a rank and need a vote', () => {
    const ev = evaluate(twoCriteria(units));
    expect(ev.ranking.map((r) => [r.unit.code, r.rank, r.needsVote])).toEqual([
      ['A', 1, true],
      ['B', 1, true],
      ['C', 1, true],
    ]);
  });

  it('compares criterion 1 first, then fewer deductions', () => {
    const ev = evaluate(twoCriteria(units, { tieBreaks: '1, ít điểm trừ' }));
    expect(ev.ranking.map((r) => [r.unit.code, r.rank, r.needsVote])).toEqual([
      ['B', 1, false],
      ['C', 2, false],
      ['A', 3, false],
    ]);
  });

  it('uses higher base points', () => {
    const ev = evaluate(twoCriteria(units, { tieBreaks: 'điểm chuẩn cao' }));
    expect(ev.ranking.map((r) => [r.unit.code, r.rank])).toEqual([
      ['C', 1],
      ['A', 2],
      ['B', 2],
    ]);
  });
});

describe('grades', () => {
  const t = { excellent: 95000, good: 85000, pass: 75000 };
  it.each([
    [95000, false, GRADE.excellent],
    [95000, true, GRADE.good],
    [94999, false, GRADE.good],
    [85000, false, GRADE.good],
    [84500, false, GRADE.pass],
    [75000, false, GRADE.pass],
    [74999, false, GRADE.fail],
  ])('%i points (a criterion at 0: %s) is %s', (total, zero, grade) => {
    expect(gradeOf(total, zero, t)).toBe(grade);
  });
});

describe('award proposals', () => {
  const at = (...ranks: number[]) => ranks.map((rank, i) => ({ rank, unit: { code: String(i) } }) as unknown as UnitResult);
  const codes = (rs: UnitResult[]) => rs.map((r) => r.unit.code);

  it('proposes the top N', () => {
    const p = proposeAwards(at(1, 2, 3), 2);
    expect([codes(p.proposed), codes(p.tiedAtCutoff)]).toEqual([['0', '1'], []]);
  });

  it('flags a tie across the cut-off instead of breaking it', () => {
    const p = proposeAwards(at(1, 2, 2, 3), 2);
    expect([codes(p.proposed), codes(p.tiedAtCutoff)]).toEqual([['0'], ['1', '2']]);
  });

  it('takes a tie that fits inside the cut-off whole', () => {
    const p = proposeAwards(at(1, 1, 2), 2);
    expect([codes(p.proposed), codes(p.tiedAtCutoff)]).toEqual([['0', '1'], []]);
  });

  it('proposes nobody when the count is 0', () => {
    expect(proposeAwards(at(1, 2), 0)).toEqual({ proposed: [], tiedAtCutoff: [] });
  });
});
