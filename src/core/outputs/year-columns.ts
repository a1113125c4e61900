/**
 * The comparison with the latest past year as `Tổng hợp` and the sidebar show it:
 * last year's rank, the change (↑2, ↓1, =, mới) and a grade held several years in a
 * row. Nothing without a past year, so a first year's sheets stay as they were.
 */
import type { Evaluation } from '../model/evaluation';
import type { OutCell } from '../model/output-sheet';
import type { UnitResult } from '../model/types';
import { changeMark } from '../rules/compare-years';

/** The header of the years-in-a-row column: the grade beside it says at what. */
export const STREAK_HEADER = 'Số năm liên tục';

/** The extra headers of the ranking table: `Hạng 2021`, `So với 2021`, `Số năm liên tục`. */
export function comparisonHeader(ev: Evaluation): string[] {
  const year = ev.comparison?.previousYear;
  return year === undefined ? [] : [`Hạng ${year}`, `So với ${year}`, STREAK_HEADER];
}

/** A successor's change names whom it continues: "↑1 (kế thừa AG, KG)". */
function changeCell(ev: Evaluation, r: UnitResult): string {
  const c = ev.comparison?.byUnit.get(r.unit.code);
  const mark = changeMark(c);
  return c && c.predecessors.length > 0 ? `${mark} (kế thừa ${c.predecessors.map((p) => p.code).join(', ')})` : mark;
}

export function comparisonCells(ev: Evaluation, r: UnitResult): OutCell[] {
  if (!ev.comparison) return [];
  const c = ev.comparison.byUnit.get(r.unit.code);
  return [c?.previousRank ?? '', changeCell(ev, r), c && c.streak >= 2 ? c.streak : ''];
}

/** One phrase for the 300 px sidebar, after the grade: "2021: hạng 4, ↑2; 2 năm liên tục"; '' without a past year. */
export function comparisonPhrase(ev: Evaluation, r: UnitResult): string {
  if (!ev.comparison) return '';
  const c = ev.comparison.byUnit.get(r.unit.code);
  const last = c?.previousRank
    ? `${ev.comparison.previousYear}: hạng ${c.previousRank}, ${changeCell(ev, r)}`
    : `${ev.comparison.previousYear}: ${changeCell(ev, r)}`;
  return c && c.streak >= 2 ? `${last}; ${c.streak} năm liên tục` : last;
}
