/** Exact totals of one unit: base + bonus − deductions, with the cluster's caps. */
import { formatPoints } from '../model/numbers';
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

/**
 * Where the cap on the total bonus cut a unit's bonuses, the words that reconcile the
 * per-criterion bonuses with the total ("điểm thưởng các tiêu chí cộng lại là 9, …
 * chỉ tính 8"), for every paper that shows both; '' where nothing was cut.
 */
export function bonusCapNote(t: Totals, separator: '.' | ','): string {
  const typed = t.criterionBonus.reduce((sum, b) => sum + b, 0);
  if (typed <= t.bonus) return '';
  const fmt = (v: Milli): string => formatPoints(v, separator);
  return bonusCapWords(fmt(typed), fmt(t.bonus));
}

/**
 * The words of a cut by the cap, around the bonuses `typed` (null: not said, as the .xlsx
 * check, whose formula would have to add them up twice) and those `counted`.
 */
export function bonusCapWords(typed: string | null, counted: string): string {
  return `điểm thưởng các tiêu chí cộng lại${typed === null ? '' : ` là ${typed},`} vượt mức tối đa tổng điểm thưởng của Cụm nên chỉ tính ${counted}`;
}
