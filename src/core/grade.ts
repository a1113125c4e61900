/** Year-end grade (xếp loại) from the total and the thresholds of the settings. */
import type { GradeThresholds, Milli } from './types';

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
