/**
 * Acceptance: the example cluster, built from the shared fixture, reproduces the
 * ranking table and the result lines of the real 2021 report in ../shared/reference.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { formatPoints } from '../../src/core/numbers';
import { fixtureGrids, loadFixture } from '../../scripts/example-data';

const REFERENCE = readFileSync(fileURLToPath(new URL('../../../shared/reference/bao-cao-cum-thi-dua-08-nam-2021.txt', import.meta.url)), 'utf8');
const fixture = loadFixture();
const evaluation = evaluate(fixtureGrids(fixture));

/** The ranking table of section IV, read from the reference text itself. */
function referenceTable(): string[][] {
  const start = REFERENCE.indexOf('TT\tĐơn vị');
  const end = REFERENCE.indexOf('Trên đây là báo cáo');
  return REFERENCE.slice(start, end)
    .split('\n')
    .slice(1)
    .filter((line) => line.includes('\t'))
    .map((line) => line.split('\t'));
}

/** The "- Có …" lines that follow "Kết quả thực hiện:" under criterion `code`. */
function referenceLines(code: string, nextCode: string): string[] {
  const start = REFERENCE.indexOf(`\n${code}. `);
  const end = REFERENCE.indexOf(`\n${nextCode}. `, start + 1);
  const part = REFERENCE.slice(start, end);
  const results = part.slice(part.indexOf('Kết quả thực hiện:'));
  return results
    .split('\n')
    .filter((l) => l.startsWith('- Có '))
    .map((l) => l.slice(2).trim());
}

/** Splits a result line into its fixed words and its (unordered) unit list. */
function shape(line: string): { head: string; units: string[] } {
  const colon = line.indexOf(': ');
  if (colon < 0) return { head: line, units: [] };
  return { head: line.slice(0, colon + 1), units: line.slice(colon + 2).replace(/\.$/, '').split(', ').sort() };
}

describe('the 2021 report of Cụm thi đua số 08', () => {
  it('has no blocking issue', () => {
    expect(evaluation.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(evaluation.blocked).toBe(false);
  });

  it('reproduces the ranking table row for row', () => {
    const table = referenceTable();
    expect(table).toHaveLength(12);
    const ours = evaluation.ranking.map((r) => [
      String(r.rank),
      r.unit.name,
      formatPoints(r.base),
      `+${formatPoints(r.bonus)}`,
      r.deduction === 0 ? '' : `-${formatPoints(r.deduction)}`,
      formatPoints(r.total),
    ]);
    expect(ours).toEqual(table);
  });

  it('agrees with the fixture’s expected ranking', () => {
    const byCode = evaluation.ranking.map((r) => ({ rank: r.rank, unit: r.unit.code, base: r.base / 1000, bonus: r.bonus / 1000, deduction: r.deduction / 1000, total: r.total / 1000 }));
    expect(byCode).toEqual(fixture.expectedRanking);
  });

  it('flags the unbroken tie at rank 5 for a vote and nothing else', () => {
    expect(evaluation.ranking.filter((r) => r.needsVote).map((r) => r.unit.shortName)).toEqual(['Vĩnh Long', 'Đồng Tháp']);
  });

  // The draft writes a full base score two ways: "10/10 điểm" (criteria 1-3) and
  // "10 điểm" (criteria 4-10). We keep the first, explicit form everywhere, so the
  // short form is read as the long one when comparing.
  const longForm = (line: string): string => line.replace(/đạt điểm chuẩn (\d+) điểm/, 'đạt điểm chuẩn $1/$1 điểm');

  it.each([
    ['1', '2'],
    ['3', '4'],
    ['7', '8'],
    ['8', '9'],
  ])('writes the result lines of criterion %s in the reference’s form', (code, next) => {
    const expected = referenceLines(code, next).map(longForm).map(shape);
    expect(expected.length).toBeGreaterThan(0);
    const lines = evaluation.criterionResults.find((r) => r.criterion.code === code)?.lines ?? [];
    expect(lines.map(shape)).toEqual(expected);
  });

  it('lists the units of a result line in the order of the unit list', () => {
    const order = fixture.units.map((u) => u.shortName);
    for (const { lines } of evaluation.criterionResults) {
      for (const line of lines) {
        const { units } = shape(line);
        const listed = line.includes(': ') ? line.slice(line.indexOf(': ') + 2).replace(/\.$/, '').split(', ') : [];
        expect(listed).toEqual([...listed].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
        expect(units.length).toBe(listed.length);
      }
    }
  });
});
