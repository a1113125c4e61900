/** Exact totals of one unit: base + bonus − deductions, with the cluster's caps. */
import type { Criterion, Milli, Settings, UnitScores } from './types';

export interface Totals {
  base: Milli;
  bonus: Milli;
  deduction: Milli;
  total: Milli;
  perCriterion: Record<string, { base: Milli; bonus: Milli }>;
}

/** Caps apply to the sums, not to single criteria (those are input errors). */
export function combine(base: Milli, bonus: Milli, deduction: Milli, caps: Pick<Settings, 'maxTotalBonus' | 'maxTotalDeduction'>): Omit<Totals, 'perCriterion'> {
  const cappedBonus = caps.maxTotalBonus === null ? bonus : Math.min(bonus, caps.maxTotalBonus);
  const positive = Math.abs(deduction);
  const cappedDeduction = caps.maxTotalDeduction === null ? positive : Math.min(positive, caps.maxTotalDeduction);
  return { base, bonus: cappedBonus, deduction: cappedDeduction, total: base + cappedBonus - cappedDeduction };
}

/**
 * Per list of criteria, a record holding every code: each unit's record starts as
 * a copy of it, which for thousands of units is much faster than growing an empty
 * object key by key. Every key is then set, so the placeholder never shows.
 */
const blanks = new WeakMap<readonly Criterion[], Totals['perCriterion']>();
const PLACEHOLDER = Object.freeze({ base: 0, bonus: 0 });

function blankFor(criteria: readonly Criterion[]): Totals['perCriterion'] {
  let blank = blanks.get(criteria);
  if (!blank) {
    blank = Object.fromEntries(criteria.map((c) => [c.code, PLACEHOLDER]));
    blanks.set(criteria, blank);
  }
  return blank;
}

export function totalsOf(scores: UnitScores, criteria: readonly Criterion[], settings: Settings): Totals {
  let base = 0;
  let bonus = 0;
  const perCriterion: Totals['perCriterion'] = { ...blankFor(criteria) };
  for (const c of criteria) {
    const b = scores.base[c.code] ?? 0;
    const t = scores.bonus[c.code] ?? 0;
    perCriterion[c.code] = { base: b, bonus: t };
    base += b;
    bonus += t;
  }
  return { ...combine(base, bonus, scores.deduction ?? 0, settings), perCriterion };
}
