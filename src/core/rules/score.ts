/** Exact totals of one unit: base + bonus − deductions, with the cluster's caps. */
import type { Criterion, Milli, Settings, Totals, UnitScores } from '../model/types';

/** Caps apply to the sums, not to single criteria (those are input errors). */
export function combine(
  base: Milli,
  bonus: Milli,
  deduction: Milli,
  caps: Pick<Settings, 'maxTotalBonus' | 'maxTotalDeduction'>,
): Omit<Totals, 'criterionBase' | 'criterionBonus'> {
  const cappedBonus = caps.maxTotalBonus === null ? bonus : Math.min(bonus, caps.maxTotalBonus);
  const positive = Math.abs(deduction);
  const cappedDeduction = caps.maxTotalDeduction === null ? positive : Math.min(positive, caps.maxTotalDeduction);
  return { base, bonus: cappedBonus, deduction: cappedDeduction, total: base + cappedBonus - cappedDeduction };
}

/** `scores` read against `criteria` (blank counts as 0). */
export function totalsOf(scores: UnitScores, criteria: readonly Criterion[], settings: Settings): Totals {
  let base = 0;
  let bonus = 0;
  const criterionBase: Milli[] = new Array(criteria.length);
  const criterionBonus: Milli[] = new Array(criteria.length);
  for (let j = 0; j < criteria.length; j++) {
    const b = scores.base[j] ?? 0;
    const t = scores.bonus[j] ?? 0;
    criterionBase[j] = b;
    criterionBonus[j] = t;
    base += b;
    bonus += t;
  }
  return { ...combine(base, bonus, scores.deduction ?? 0, settings), criterionBase, criterionBonus };
}
