/** The corpus through the core: exactly the expected issues, never an exception. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { CORPUS } from './corpus';
import { inputGrids, issueKeys, mergedRanges } from './workbook';

describe('bad workbooks through the core', () => {
  it('holds at least 25 kinds of bad workbook', () => {
    expect(CORPUS.filter((c) => c.issues.length > 0).length).toBeGreaterThanOrEqual(25);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const ev = evaluate(inputGrids(c), { defaultDecimalSeparator: '.', merged: mergedRanges(c) });
    expect(issueKeys(ev.issues)).toEqual(issueKeys(c.issues));
    expect(ev.blocked).toBe(c.blocked);
    if (!c.blocked) expect(ev.ranking).toHaveLength(ev.units.length);
    for (const issue of ev.issues) {
      expect(issue.message.length).toBeGreaterThan(20);
      // A 50,000-character cell is quoted shortened, never whole.
      expect(issue.message.length).toBeLessThan(1000);
    }
  });
});
