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

/** `results` in unit-list order. */
export function criterionLines(criterion: Criterion, results: readonly UnitResult[], sep: '.' | ','): string[] {
  const all = results.length;
  const fmt = (v: Milli): string => formatPoints(v, sep);
  const groups = new Map<Milli, UnitResult[]>();
  for (const r of results) {
    const base = r.perCriterion[criterion.code]?.base ?? 0;
    const group = groups.get(base);
    if (group) group.push(r);
    else groups.set(base, [r]);
  }
  const lines: string[] = [];
  const bonusApart: string[] = [];
  for (const base of [...groups.keys()].sort((a, b) => b - a)) {
    const group = groups.get(base) ?? [];
    const bonuses = group.map((r) => r.perCriterion[criterion.code]?.bonus ?? 0);
    const shared = bonuses.every((b) => b === bonuses[0]) ? bonuses[0] : null;
    let line = `Có ${countOf(group.length, all)} đơn vị đạt điểm chuẩn ${fmt(base)}/${fmt(criterion.maxBase)} điểm`;
    if (shared !== null && shared > 0) line += `, ${fmt(shared)} điểm thưởng`;
    line += group.length === all ? '.' : listed(group.map((r) => r.unit.shortName));
    lines.push(line);
    if (shared === null) group.forEach((r, i) => bonuses[i] > 0 && bonusApart.push(r.unit.shortName));
  }
  if (bonusApart.length > 0) {
    // Keep the unit-list order across groups.
    const order = new Map(results.map((r, i) => [r.unit.shortName, i]));
    bonusApart.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    lines.push(`Có ${countOf(bonusApart.length, all)} đơn vị đạt điểm thưởng: ${bonusApart.join(', ')}.`);
  }
  return lines;
}
