/**
 * The `--json` result: one object, numbers as JSON numbers, units in rank order.
 * Its shape is written down in docs/tinh-diem-json.schema.json, and a test checks
 * real output against that schema: a field added here must be added there.
 */
import { toNumber } from '../core/model/numbers';
import type { Review, UnitResult } from '../core/model/types';
import type { Evaluation } from '../core/model/evaluation';
import { changeMark, streakText } from '../core/rules/compare-years';
import { comparisonLines } from '../core/documents/year-comparison';
import { jsonVote, type JsonVote } from './json-vote';

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
  /** Cờ thi đua: unit codes proposed, and those tied at the cut-off whose inclusion needs a vote. */
  awards: { count: number; proposed: string[]; tiedAtCutoff: string[] };
  /** Every criterion with the report's result lines (empty while the ranking is blocked). */
  criteria: { code: string; name: string; maxBase: number; maxBonus: number | null; resultLines: string[] }[];
  issues: { severity: string; code: string; sheet: string; cell: string; unit: string | null; message: string }[];
  /** The council's count when the workbook has ballots (`Phiếu bầu`), else null. */
  vote: JsonVote | null;
  /** Minutes and letter left at the output paths by an earlier run that this run's result does not match (see stale-vote-docs.ts). */
  staleFiles: string[];
  /** Each unit against its own past (`Các năm trước`), as `Tổng hợp` and the report state it; null without a past year. */
  comparison: JsonComparison | null;
  /** Submissions (Nộp bài), evidence and the cluster's corrections with their reasons. */
  review: {
    deadline: string | null;
    units: {
      code: string;
      status: string;
      statusText: string;
      locked: boolean;
      submittedAt: string | null;
      submittedBy: string;
      /** The submission after the deadline of a unit none of whose submissions stood at it; null when in time. */
      lateAt: string | null;
      reopenReasons: string[];
      bonuses: number;
      bonusesWithEvidence: number;
      explanation: string;
    }[];
    corrections: { unit: string; criterion: string; kind: string; own: number | null; agreed: number; reason: string; cell: string }[];
  };
}

export interface JsonComparison {
  previousYear: number;
  /** In rank order. */
  units: {
    code: string;
    previousRank: number | null;
    change: number | null;
    mark: string;
    predecessors: { code: string; name: string; rank: number | null }[];
    streak: number;
    streakText: string;
  }[];
  /** The report's lines under "So với kết quả năm …:", without their leading "- ". */
  lines: string[];
}

function jsonComparison(ev: Evaluation): JsonComparison | null {
  const comparison = ev.comparison;
  if (!comparison || ev.blocked) return null;
  return {
    previousYear: comparison.previousYear,
    units: ev.ranking.map((r) => {
      const c = comparison.byUnit.get(r.unit.code);
      return {
        code: r.unit.code,
        previousRank: c?.previousRank ?? null,
        change: c?.change ?? null,
        mark: changeMark(c),
        predecessors: (c?.predecessors ?? []).map((p) => ({ ...p })),
        streak: c?.streak ?? 1,
        streakText: streakText(r.grade, c),
      };
    }),
    lines: comparisonLines(ev),
  };
}

function jsonReview(review: Review): JsonResult['review'] {
  return {
    deadline: review.deadline ? review.deadline.toISOString() : null,
    units: review.units.map((u) => ({
      code: u.code,
      status: u.status,
      statusText: u.statusText,
      locked: u.locked,
      submittedAt: u.submittedAt ? u.submittedAt.toISOString() : null,
      submittedBy: u.submittedBy,
      lateAt: u.lateAt ? u.lateAt.toISOString() : null,
      reopenReasons: [...u.reopenReasons],
      bonuses: u.bonuses,
      bonusesWithEvidence: u.bonusesWithEvidence,
      explanation: u.explanation,
    })),
    corrections: review.corrections.map((c) => ({
      unit: c.unitCode,
      criterion: c.criterion,
      kind: c.kind,
      own: c.own === null ? null : toNumber(c.own),
      agreed: toNumber(c.agreed),
      reason: c.reason,
      cell: c.cell,
    })),
  };
}

const codes = (results: readonly UnitResult[]): string[] => results.map((r) => r.unit.code);

export function jsonResult(ev: Evaluation, staleFiles: readonly string[] = []): JsonResult {
  const s = ev.settings;
  return {
    cluster: {
      name: s.clusterName,
      parentBody: s.parentBody,
      year: s.year,
      rankStyle: s.rankStyle,
      criteria: ev.criteria.length,
      units: ev.units.length,
      ranked: !ev.blocked,
    },
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
    awards: { count: s.awardCount, proposed: codes(ev.awards.proposed), tiedAtCutoff: codes(ev.awards.tiedAtCutoff) },
    criteria: ev.criteria.map((c, i) => ({
      code: c.code,
      name: c.name,
      maxBase: toNumber(c.maxBase),
      maxBonus: c.maxBonus === null ? null : toNumber(c.maxBonus),
      resultLines: ev.criterionResults[i]?.lines ?? [],
    })),
    issues: ev.issues.map((i) => ({ severity: i.severity, code: i.code, sheet: i.sheet, cell: i.cell, unit: i.unit ?? null, message: i.message })),
    vote: jsonVote(ev.vote),
    staleFiles: [...staleFiles],
    comparison: jsonComparison(ev),
    review: jsonReview(ev.review),
  };
}

/** Whether JSON.stringify writes `value` as its members (a plain object or an array, not a value with its own toJSON). */
const opened = (value: unknown): value is Record<string, unknown> | unknown[] =>
  typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';

/** What JSON.stringify leaves out of an object and writes as null in an array. */
const nothing = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * `value` as JSON.stringify writes it, in pieces: the members of the object and of the arrays
 * in it (`depth` levels) one by one, so that the `--json` result (20 MB at 10,000 units × 100
 * criteria) is written as it is made, never held as one text and its bytes at once.
 */
export function* jsonText(value: unknown, depth = 2): Generator<string> {
  if (depth === 0 || !opened(value)) {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      if (nothing(value[i])) yield 'null';
      else yield* jsonText(value[i], depth - 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    if (nothing(member)) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonText(member, depth - 1);
  }
  yield '}';
}
