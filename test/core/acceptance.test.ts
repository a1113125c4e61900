/**
 * Acceptance: the example cluster gives the ranking table and the result lines its
 * year's report states, as recorded in examples/cum-thi-dua-08-nam-2021.json.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { toNumber } from '../../src/core/model/numbers';
import { fixtureGrids, loadFixture } from '../../scripts/example-data';
import { expectedResultLines } from '../helpers/example-expected';

const fixture = loadFixture();
const evaluation = evaluate(fixtureGrids(fixture));

describe('the 2021 example of Cụm thi đua số 08', () => {
  it('has no blocking issue', () => {
    expect(evaluation.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(evaluation.blocked).toBe(false);
  });

  it('gives the ranking table row for row', () => {
    const ours = evaluation.ranking.map((r) => ({
      rank: r.rank,
      unit: r.unit.code,
      base: toNumber(r.base),
      bonus: toNumber(r.bonus),
      deduction: toNumber(r.deduction),
      total: toNumber(r.total),
    }));
    expect(ours).toEqual(fixture.expectedRanking);
    expect(fixture.expectedRanking).toHaveLength(fixture.units.length);
  });

  it('flags the unbroken tie at rank 5 for a vote and nothing else', () => {
    expect(evaluation.ranking.filter((r) => r.needsVote).map((r) => r.unit.shortName)).toEqual(['Vĩnh Long', 'Đồng Tháp']);
  });

  it('records result lines for every criterion', () => {
    expect(Object.keys(fixture.expectedResultLines).sort()).toEqual(fixture.criteria.map((c) => c.code).sort());
  });

  it.each(fixture.criteria.map((c) => [c.code]))('writes the result lines of criterion %s: its groups of units, in unit-list order', (code) => {
    const lines = evaluation.criterionResults.find((r) => r.criterion.code === code)?.lines;
    expect(lines).toEqual(expectedResultLines(code));
  });
});
