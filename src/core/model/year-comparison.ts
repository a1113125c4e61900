/** Each unit against its own past (computed in rules/compare-years.ts from `Các năm trước`). */

export interface UnitComparison {
  /** Rank in the latest past year (the best of the units it continues); null when none is known. */
  previousRank: number | null;
  /** Places risen since then (negative: fallen); null for a unit new this year. */
  change: number | null;
  /** The units of the latest past year this one continues as named in `Kế thừa từ`, with their ranks; empty when it is the same unit. */
  predecessors: { code: string; name: string; rank: number | null }[];
  /** Years in a row, this one included, at this year's grade. */
  streak: number;
}

export interface YearComparison {
  /** The latest past year, the one compared with. */
  previousYear: number;
  /** By unit code. */
  byUnit: Map<string, UnitComparison>;
}
