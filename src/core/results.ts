/**
 * Per-criterion result lines in the words of the cluster's reports:
 *   Có 09/12 đơn vị đạt điểm chuẩn 20/20 điểm, 5 điểm thưởng gồm: Tiền Giang, Long An, …
 *   Có 12/12 đơn vị đạt điểm chuẩn 10/10 điểm.
 *   Có 07/12 đơn vị đạt điểm thưởng: Long An, An Giang, …
 * Units sharing a base score form a group, highest first; a bonus shared by the
 * whole group joins its line, otherwise the units with any bonus get a line of their own.
 */
import { formatPoints } from './numbers';
import type { Criterion, Milli, UnitResult } from './types';

/** "09/12": counts take two digits, as in the reference. */
export function countOf(n: number, total: number): string {
  return `${String(n).padStart(2, '0')}/${String(total).padStart(2, '0')}`;
}

/** ": Sóc Trăng." for one unit, " gồm: Cà Mau, Kiên Giang." for several. */
function listed(names: readonly string[]): string {
  return `${names.length > 1 ? ' gồm' : ''}: ${names.join(', ')}.`;
}

/** `results` in unit-list order. Units are handled by their index in it, so the
 * bonus line keeps that order with a numeric sort (fast for thousands of units). */
export function criterionLines(criterion: Criterion, results: readonly UnitResult[], sep: '.' | ','): string[] {
  const all = results.length;
  const fmt = (v: Milli): string => formatPoints(v, sep);
  const bonus: Milli[] = new Array<Milli>(all);
  const groups = new Map<Milli, number[]>();
  for (let i = 0; i < all; i++) {
    const scores = results[i].perCriterion[criterion.code];
    const base = scores?.base ?? 0;
    bonus[i] = scores?.bonus ?? 0;
    const group = groups.get(base);
    if (group) group.push(i);
    else groups.set(base, [i]);
  }
  const names = (indices: readonly number[]): string[] => indices.map((i) => results[i].unit.shortName);
  const lines: string[] = [];
  const bonusApart: number[] = [];
  for (const base of [...groups.keys()].sort((a, b) => b - a)) {
    const group = groups.get(base) ?? [];
    const first = bonus[group[0]];
    const shared = group.every((i) => bonus[i] === first) ? first : null;
    let line = `Có ${countOf(group.length, all)} đơn vị đạt điểm chuẩn ${fmt(base)}/${fmt(criterion.maxBase)} điểm`;
    if (shared !== null && shared > 0) line += `, ${fmt(shared)} điểm thưởng`;
    line += group.length === all ? '.' : listed(names(group));
    lines.push(line);
    if (shared === null) for (const i of group) if (bonus[i] > 0) bonusApart.push(i);
  }
  if (bonusApart.length > 0) {
    bonusApart.sort((a, b) => a - b);
    lines.push(`Có ${countOf(bonusApart.length, all)} đơn vị đạt điểm thưởng: ${names(bonusApart).join(', ')}.`);
  }
  return lines;
}
