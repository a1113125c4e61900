/**
 * Each unit against its own past, from `Các năm trước`: its rank in the latest past
 * year and the change (a successor, whose `Kế thừa từ` names the codes it continues,
 * is compared with the best rank among them), and how many years in a row, this one
 * included, it has held this year's grade. Computed from the kept results, never typed.
 *
 * A successor holds a grade in a past year only when every unit it continues held it:
 * a merged unit does not inherit one part's record for the whole.
 */
import { a1 } from '../model/a1';
import { CODE, IssueList } from '../model/issues';
import { nameKey } from '../model/text';
import type { Unit, UnitResult } from '../model/types';
import type { UnitComparison, YearComparison } from '../model/year-comparison';
import type { PastUnitRow, PastYears } from '../read/past-years';
import { SHEET } from '../model/template';

/** The rows of each past year, latest first, that a unit continues; `complete` when every code it follows was found. */
function lineage(unit: Unit, past: PastYears, before: number): { year: number; rows: PastUnitRow[]; complete: boolean }[] {
  const chain: { year: number; rows: PastUnitRow[]; complete: boolean }[] = [];
  let codes = unit.predecessors && unit.predecessors.length > 0 ? unit.predecessors : [unit.code];
  for (const year of [...past.years].reverse()) {
    if (year >= before) continue;
    const inYear = past.byYear.get(year) ?? new Map<string, PastUnitRow>();
    const rows = codes.map((code) => inYear.get(nameKey(code))).filter((row): row is PastUnitRow => row !== undefined);
    chain.push({ year, rows, complete: rows.length === codes.length });
    codes = rows.flatMap((row) => (row.predecessors.length > 0 ? row.predecessors : [row.code]));
    if (codes.length === 0) break;
  }
  return chain;
}

function unitComparison(r: UnitResult, past: PastYears, year: number, latest: number): UnitComparison {
  const chain = lineage(r.unit, past, year);
  const last = chain[0]?.year === latest ? chain[0].rows : [];
  const ranks = last.map((row) => row.rank).filter((rank): rank is number => rank !== null);
  const previousRank = ranks.length > 0 ? Math.min(...ranks) : null;
  const named = r.unit.predecessors && r.unit.predecessors.length > 0;
  let streak = 1;
  for (const link of chain) {
    if (link.year !== year - streak || !link.complete || link.rows.length === 0) break;
    if (!link.rows.every((row) => nameKey(row.grade) === nameKey(r.grade))) break;
    streak++;
  }
  return {
    previousRank,
    change: previousRank === null ? null : previousRank - r.rank,
    predecessors: named ? last.map((row) => ({ code: row.code, name: row.name, rank: row.rank })) : [],
    streak,
  };
}

/**
 * Each ranked unit against the past; undefined without past years before this one.
 * A `Kế thừa từ` code the latest past year does not have is a warning at its cell.
 */
export function compareYears(
  ranking: readonly UnitResult[],
  past: PastYears | null,
  year: number | null,
  issues: IssueList,
  successorColumn: number,
): YearComparison | undefined {
  if (!past || year === null) return undefined;
  const earlier = past.years.filter((y) => y < year);
  if (earlier.length === 0) return undefined;
  const latest = earlier[earlier.length - 1];
  const inLatest = past.byYear.get(latest) ?? new Map();
  const byUnit = new Map<string, UnitComparison>();
  for (const r of ranking) {
    for (const code of r.unit.predecessors ?? []) {
      if (inLatest.has(nameKey(code))) continue;
      issues.warning(
        CODE.unknownPredecessor,
        SHEET.units,
        a1(r.unit.row - 1, successorColumn),
        `${r.unit.shortName} kế thừa từ mã "${code}", nhưng kết quả năm ${latest} ở trang "${SHEET.past}" không có đơn vị mã này; so sánh bỏ qua mã đó. Hãy ghi mã đơn vị của năm ${latest}.`,
        r.unit.code,
      );
    }
    byUnit.set(r.unit.code, unitComparison(r, past, year, latest));
  }
  return { previousYear: latest, byUnit };
}

/** "↑2", "↓1", "=", or "mới" for a unit with no rank in the year compared with. */
export function changeMark(c: UnitComparison | undefined): string {
  if (!c || c.change === null) return 'mới';
  if (c.change > 0) return `↑${c.change}`;
  if (c.change < 0) return `↓${-c.change}`;
  return '=';
}

/** "Hoàn thành xuất sắc 2 năm liên tục", or '' below two years. */
export function streakText(grade: string, c: UnitComparison | undefined): string {
  return c && c.streak >= 2 ? `${grade} ${c.streak} năm liên tục` : '';
}
