/** Year-end grade (xếp loại) from the total and the thresholds of the settings. */
import { CODE, type IssueList } from '../model/issues';
import { formatPoints } from '../model/numbers';
import { SETTINGS, SHEET } from '../model/template';
import type { Criterion, GradeThresholds, Milli, ScoreColumns, Settings, Totals, Unit, UnitScores } from '../model/types';
import { scoreCell } from '../read/parse-scores';

export const GRADE = {
  excellent: 'Hoàn thành xuất sắc',
  good: 'Hoàn thành tốt',
  pass: 'Hoàn thành',
  fail: 'Không hoàn thành',
} as const;

/** `zeroCriterion`: some criterion scored 0 base points, which rules out the top grade. */
export function gradeOf(total: Milli, zeroCriterion: boolean, t: GradeThresholds): string {
  if (total >= t.excellent && !zeroCriterion) return GRADE.excellent;
  if (total >= t.good) return GRADE.good;
  if (total >= t.pass) return GRADE.pass;
  return GRADE.fail;
}

/**
 * The criteria at 0 base points that kept a total reaching the top threshold from the
 * top grade (none when the total does not reach it): said in `Tổng hợp`'s note and in
 * `Kiểm tra`, or 97 would show as Hoàn thành tốt with no reason anywhere.
 */
export function zeroCriteria(t: Pick<Totals, 'total' | 'criterionBase'>, criteria: readonly Criterion[], grades: GradeThresholds): string[] {
  return t.total < grades.excellent ? [] : criteria.filter((_, j) => t.criterionBase[j] === 0).map((c) => c.code);
}

/** Why a total past the top threshold has a lower grade: the `codes` ("2, 5") of the criteria at 0 base points. */
export function zeroGradeNote(codes: string): string {
  return `tiêu chí ${codes} được 0 điểm chuẩn: không xếp loại ${GRADE.excellent}`;
}

/**
 * The note at a unit's first criterion at 0 base points when that kept its total, past the
 * top threshold, from the top grade (the menu's check, the live checks); returns the words
 * for `Tổng hợp` and the papers, '' when nothing was kept from it.
 */
export function noteZeroCriteria(
  unit: Unit,
  row: UnitScores,
  columns: ScoreColumns,
  t: Totals,
  criteria: readonly Criterion[],
  settings: Settings,
  issues: IssueList,
): string {
  const codes = zeroCriteria(t, criteria, settings.grades).join(', ');
  if (!codes) return '';
  const fmt = (v: Milli): string => formatPoints(v, settings.decimalSeparator);
  issues.note(
    CODE.zeroCriterion,
    SHEET.scores,
    scoreCell(columns, row, 'base', t.criterionBase.indexOf(0)),
    `${unit.shortName} có tổng điểm ${fmt(t.total)}, đạt ngưỡng ${GRADE.excellent} (${fmt(settings.grades.excellent)}), nhưng tiêu chí ${codes} được 0 điểm chuẩn nên xếp loại ${gradeOf(t.total, true, settings.grades)}: có tiêu chí 0 điểm chuẩn thì không xếp loại ${GRADE.excellent}.`,
    unit.code,
  );
  return zeroGradeNote(codes);
}

/**
 * The highest total a unit can reach: every base maximum, plus every bonus it can
 * earn (a banded criterion's best band, otherwise its maximum bonus) within the cap
 * on total bonus. Deductions only lower a total, so they play no part.
 */
export function reachableTotal(criteria: readonly Criterion[], caps: Pick<Settings, 'maxTotalBonus'>): { base: Milli; bonus: Milli; total: Milli } {
  let base = 0;
  let bonus = 0;
  for (const c of criteria) {
    base += c.maxBase;
    bonus += c.bands ? Math.max(0, ...c.bands.map((b) => b.points)) : (c.maxBonus ?? 0);
  }
  if (caps.maxTotalBonus !== null) bonus = Math.min(bonus, caps.maxTotalBonus);
  return { base, bonus, total: base + bonus };
}

const THRESHOLDS = [
  { key: 'gradeExcellent', grade: GRADE.excellent, of: (t: GradeThresholds) => t.excellent },
  { key: 'gradeGood', grade: GRADE.good, of: (t: GradeThresholds) => t.good },
  { key: 'gradePass', grade: GRADE.pass, of: (t: GradeThresholds) => t.pass },
] as const;

/**
 * Warns at each grade threshold no unit can reach with the criteria's maxima: every
 * unit would silently get a lower grade. Run on a criteria list without errors only,
 * since a criterion left out for a bad maximum would make the reachable total too low.
 */
export function checkGradeThresholds(settings: Settings, criteria: readonly Criterion[], issues: IssueList): void {
  if (criteria.length === 0) return;
  const reach = reachableTotal(criteria, settings);
  const fmt = (v: Milli): string => formatPoints(v, settings.decimalSeparator);
  const parts = `điểm chuẩn tối đa ${fmt(reach.base)}, ${reach.bonus > 0 ? `điểm thưởng tối đa ${fmt(reach.bonus)}` : 'không có điểm thưởng'}`;
  for (const t of THRESHOLDS) {
    const threshold = t.of(settings.grades);
    const cell = settings.cells[t.key] ?? 'A1';
    if (threshold <= reach.total || issues.has(SHEET.settings, cell)) continue;
    const label = SETTINGS.find((d) => d.key === t.key)?.label ?? t.key;
    issues.warning(
      CODE.unreachableGrade,
      SHEET.settings,
      cell,
      `Mục "${label}" là ${fmt(threshold)} điểm, nhưng tổng điểm cao nhất một đơn vị có thể đạt theo trang "${SHEET.criteria}" chỉ là ${fmt(reach.total)} (${parts}): không đơn vị nào được xếp loại "${t.grade}". Hãy ghi ngưỡng không quá ${fmt(reach.total)} điểm, hoặc sửa điểm tối đa của các tiêu chí.`,
    );
  }
}
