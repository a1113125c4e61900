/** The `--json` result: one object, numbers as JSON numbers, units in rank order. */
import { toNumber } from '../core/numbers';
import type { Evaluation } from '../core/types';

export interface JsonResult {
  cluster: {
    name: string;
    parentBody: string;
    year: number | null;
    rankStyle: string;
    criteria: number;
    units: number;
    ranked: boolean;
  };
  units: {
    code: string;
    name: string;
    shortName: string;
    base: number;
    bonus: number;
    deduction: number;
    total: number;
    rank: number;
    grade: string;
    needsVote: boolean;
  }[];
  issues: { severity: string; code: string; sheet: string; cell: string; message: string }[];
}

export function jsonResult(ev: Evaluation): JsonResult {
  const s = ev.settings;
  return {
    cluster: { name: s.clusterName, parentBody: s.parentBody, year: s.year, rankStyle: s.rankStyle, criteria: ev.criteria.length, units: ev.units.length, ranked: !ev.blocked },
    units: ev.ranking.map((r) => ({
      code: r.unit.code,
      name: r.unit.name,
      shortName: r.unit.shortName,
      base: toNumber(r.base),
      bonus: toNumber(r.bonus),
      deduction: toNumber(r.deduction),
      total: toNumber(r.total),
      rank: r.rank,
      grade: r.grade,
      needsVote: r.needsVote,
    })),
    issues: ev.issues.map((i) => ({ severity: i.severity, code: i.code, sheet: i.sheet, cell: i.cell, message: i.message })),
  };
}
