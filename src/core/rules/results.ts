/**
 * Per-criterion result lines, the facts of the cluster's reports in our own words:
 *   09/12 đơn vị được 20/20 điểm chuẩn và 5 điểm thưởng: Tiền Giang, Long An, …
 *   12/12 đơn vị được 10/10 điểm chuẩn.
 *   07/12 đơn vị có điểm thưởng: Long An, An Giang, …
 *   02 đơn vị có thứ hạng 1 đến 10: Long An, Đồng Tháp.  (bonus by outside rank bands)
 * Units sharing a base score form a group, highest first; a bonus shared by the
 * whole group joins its line, otherwise the units with any bonus get a line of their own.
 */
import { formatPoints } from '../model/numbers';
import { bandOf, placeOf } from './rank-bands';
import type { Criterion, Milli, UnitResult } from '../model/types';
import { twoDigits } from '../model/text';

/** "09/12": counts take two digits, as in the reference. */
export function countOf(n: number, total: number): string {
  return `${twoDigits(n)}/${twoDigits(total)}`;
}

/** ": Cà Mau, Kiên Giang." */
function listed(names: readonly string[]): string {
  return `: ${names.join(', ')}.`;
}

/** One criterion's lines from its scores by unit index (unit-list order). */
function linesOf(criterion: Criterion, base: Float64Array, bonus: Float64Array, names: readonly string[], sep: '.' | ','): string[] {
  const all = names.length;
  const fmt = (v: Milli): string => formatPoints(v, sep);
  const groups = new Map<Milli, number[]>();
  for (let i = 0; i < all; i++) {
    const group = groups.get(base[i]);
    if (group) group.push(i);
    else groups.set(base[i], [i]);
  }
  const named = (indices: readonly number[]): string[] => indices.map((i) => names[i]);
  const lines: string[] = [];
  const bonusApart: number[] = [];
  for (const points of [...groups.keys()].sort((a, b) => b - a)) {
    const group = groups.get(points) ?? [];
    const first = bonus[group[0]];
    const shared = group.every((i) => bonus[i] === first) ? first : null;
    let line = `${countOf(group.length, all)} đơn vị được ${fmt(points)}/${fmt(criterion.maxBase)} điểm chuẩn`;
    if (shared !== null && shared > 0) line += ` và ${fmt(shared)} điểm thưởng`;
    line += group.length === all ? '.' : listed(named(group));
    lines.push(line);
    if (shared === null) for (const i of group) if (bonus[i] > 0) bonusApart.push(i);
  }
  if (bonusApart.length > 0) {
    // Indices are the unit-list order.
    bonusApart.sort((a, b) => a - b);
    lines.push(`${countOf(bonusApart.length, all)} đơn vị có điểm thưởng${listed(named(bonusApart))}`);
  }
  return lines;
}

/** "02 đơn vị có thứ hạng 1 đến 10: Long An, Đồng Tháp." per band that holds a unit, units in list order. */
function bandLines(criterion: Criterion, results: readonly UnitResult[]): string[] {
  return (criterion.bands ?? []).flatMap((band) => {
    const names = results.filter((r) => bandOf([band], placeOf(r.unit, criterion))).map((r) => r.unit.shortName);
    return names.length === 0 ? [] : [`${twoDigits(names.length)} đơn vị có thứ hạng ${band.label}${listed(names)}`];
  });
}

/**
 * The lines of every criterion; `results` in unit-list order. The scores are
 * gathered in one pass over the units, criterion by criterion within a unit, and
 * the names once: reading them per criterion from scattered unit objects made
 * this most of the time of a 10,000-unit run.
 */
export function criteriaLines(criteria: readonly Criterion[], results: readonly UnitResult[], sep: '.' | ','): string[][] {
  const names = results.map((r) => r.unit.shortName);
  // Typed arrays: their contents are not traced by the garbage collector.
  const base = criteria.map(() => new Float64Array(results.length));
  const bonus = criteria.map(() => new Float64Array(results.length));
  results.forEach((r, i) => {
    for (let j = 0; j < criteria.length; j++) {
      base[j][i] = r.criterionBase[j];
      bonus[j][i] = r.criterionBonus[j];
    }
  });
  const noBonus = new Float64Array(results.length);
  // A banded criterion's bonus is said by band, from the places: the base lines carry none of it.
  return criteria.map((c, j) =>
    c.bands ? [...linesOf(c, base[j], noBonus, names, sep), ...bandLines(c, results)] : linesOf(c, base[j], bonus[j], names, sep),
  );
}
