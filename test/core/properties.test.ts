/** Properties of the engine over random clusters and random cells (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { parseNumber } from '../../src/core/model/numbers';
import type { CellValue, RankStyle, WorkbookGrids } from '../../src/core/model/types';
import { cluster } from '../helpers/cluster';

/** Scores on a quarter-point grid, as people type them. */
const quarter = (max: number) => fc.integer({ min: 0, max: max * 4 }).map((n) => n / 4);

const randomCluster = fc
  .record({
    maxima: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 6 }),
    unitCount: fc.integer({ min: 1, max: 15 }),
    style: fc.constantFrom<RankStyle>('dense', 'competition'),
  })
  .chain(({ maxima, unitCount, style }) =>
    fc.record({
      style: fc.constant(style),
      maxima: fc.constant(maxima),
      units: fc.array(
        fc.record({
          scores: fc.tuple(...maxima.map((m) => fc.tuple(quarter(m), quarter(5)))),
          deduction: quarter(4),
        }),
        { minLength: unitCount, maxLength: unitCount },
      ),
    }),
  );

interface RandomCluster {
  style: RankStyle;
  maxima: number[];
  units: { scores: [number, number][]; deduction: number }[];
}

function grids(c: RandomCluster) {
  return cluster(
    c.maxima.map((m, i) => ({ code: String(i + 1), maxBase: m, maxBonus: 5 })),
    c.units.map((u, i) => ({ code: `U${i}`, scores: u.scores.flat(), deduction: -u.deduction })),
    { rankStyle: c.style === 'dense' ? 'liền' : 'cách' },
  );
}

const milli = (n: number) => Math.round(n * 1000);

describe('engine properties', () => {
  it('totals equal base + bonus − deductions, each the exact sum of its parts', () => {
    fc.assert(
      fc.property(randomCluster, (c) => {
        const ev = evaluate(grids(c));
        expect(ev.blocked).toBe(false);
        for (const r of ev.ranking) {
          const u = c.units[Number(r.unit.code.slice(1))];
          expect(r.base).toBe(u.scores.reduce((s, [b]) => s + milli(b), 0));
          expect(r.bonus).toBe(u.scores.reduce((s, [, t]) => s + milli(t), 0));
          expect(r.deduction).toBe(milli(u.deduction));
          expect(r.total).toBe(r.base + r.bonus - r.deduction);
        }
      }),
    );
  });

  it('orders by total, highest first, with ranks that never go down the table', () => {
    fc.assert(
      fc.property(randomCluster, (c) => {
        const { ranking } = evaluate(grids(c));
        for (let i = 1; i < ranking.length; i++) {
          const [before, here] = [ranking[i - 1], ranking[i]];
          expect(here.total).toBeLessThanOrEqual(before.total);
          if (here.total === before.total) expect(here.rank).toBe(before.rank);
          else expect(here.rank).toBeGreaterThan(before.rank);
        }
      }),
    );
  });

  it('dense ranks have no gaps; competition ranks count the units ahead', () => {
    fc.assert(
      fc.property(randomCluster, (c) => {
        const { ranking } = evaluate(grids(c));
        const ranks = [...new Set(ranking.map((r) => r.rank))];
        if (c.style === 'dense') expect(ranks).toEqual(ranks.map((_, i) => i + 1));
        else for (const r of ranking) expect(r.rank).toBe(1 + ranking.filter((o) => o.total > r.total).length);
      }),
    );
  });

  it('shuffling the unit rows of the score sheet changes no unit’s rank', () => {
    fc.assert(
      fc.property(
        randomCluster.chain((c) =>
          fc.tuple(
            fc.constant(c),
            fc.shuffledSubarray(
              c.units.map((_, i) => i),
              { minLength: c.units.length, maxLength: c.units.length },
            ),
          ),
        ),
        ([c, order]) => {
          const g = grids(c);
          const shuffled: WorkbookGrids = { ...g, scores: [g.scores[0], ...order.map((i) => g.scores[i + 1])] };
          const rankOf = (ev: ReturnType<typeof evaluate>) => Object.fromEntries(ev.ranking.map((r) => [r.unit.code, r.rank]));
          expect(rankOf(evaluate(shuffled))).toEqual(rankOf(evaluate(g)));
        },
      ),
    );
  });
});

/** Any cell value a sheet or a file could hand us. */
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, -1e308, 5e-324),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('#N/A', '#REF!', '9,5', ' 9.5 ', '\u00a0', '-0,5', 'Hoà', 'Hòa'.normalize('NFD'), '=1+1', '1.2.3', ',', '-', '+'),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(null, undefined, ''),
);
const anyGrid = fc.array(fc.array(anyCell, { maxLength: 12 }), { maxLength: 12 });

describe('never throws', () => {
  it('parseNumber on any cell', () => {
    fc.assert(fc.property(anyCell, (cell) => void parseNumber(cell)));
  });

  it('evaluate on random grids, and every issue names a sheet and a cell', () => {
    fc.assert(
      fc.property(fc.record({ settings: anyGrid, criteria: anyGrid, units: anyGrid, scores: anyGrid, agreed: anyGrid }), (g) => {
        const ev = evaluate(g);
        for (const i of ev.issues) {
          expect(i.sheet).not.toBe('');
          expect(i.cell).toMatch(/^[A-Z]+[1-9]\d*$/);
          expect(i.message).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('evaluate on a real layout with random score cells', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { minLength: 8, maxLength: 8 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const g = cluster(
          [
            { code: '1', maxBase: 10, maxBonus: 5 },
            { code: '2', maxBase: 10 },
          ],
          [],
        );
        g.scores.push(...rows.map((r, i) => [i === 0 ? 'X' : r[0], ...r.slice(1)]));
        const ev = evaluate(g);
        for (const i of ev.issues) expect(i.cell).toMatch(/^[A-Z]+[1-9]\d*$/);
      }),
      { numRuns: 300 },
    );
  });
});
