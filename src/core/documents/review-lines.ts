/**
 * What the cluster's review did, in the words the signed documents use: for the cluster,
 * how many scores it corrected in `Cụm chấm` (each with its reason, or the ranking would
 * be blocked) and, when the cluster requires evidence, how many units backed every bonus
 * with it (the report and the minutes); for one unit, its own corrections with their
 * reasons and how many of its bonuses have evidence (its achievement report).
 */
import type { Evaluation } from '../model/evaluation';
import { formatPoints } from '../model/numbers';
import { twoDigits } from '../model/text';
import type { Correction, UnitReview } from '../model/types';
import { countOf } from '../rules/results';
import { correctionCount } from '../model/correction-words';

/** "Qua thẩm định, Cụm đã có 2 lượt điều chỉnh điểm số ở 02/12 đơn vị, …; 11/11 đơn vị có điểm thưởng đã nộp đủ minh chứng …." or '' when neither. */
export function reviewSentence(ev: Evaluation): string {
  const { corrections, units } = ev.review;
  const parts: string[] = [];
  if (corrections.length > 0) {
    const corrected = new Set(corrections.map((c) => c.unitCode)).size;
    parts.push(`Qua thẩm định, Cụm đã có ${correctionCount(corrections.length)} ở ${countOf(corrected, units.length)} đơn vị, lượt nào cũng ghi lý do`);
  }
  const withBonus = units.filter((u) => u.bonuses > 0);
  if (ev.settings.evidenceRule && withBonus.length > 0) {
    const backed = withBonus.filter((u) => u.bonusesWithEvidence === u.bonuses).length;
    parts.push(`${countOf(backed, withBonus.length)} đơn vị có điểm thưởng đã nộp đủ minh chứng cho mọi điểm thưởng`);
  }
  if (parts.length === 0) return '';
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** "điểm chuẩn tiêu chí 1 từ 20 thành 18 (lý do: …)". */
function correctionText(c: Correction, sep: '.' | ','): string {
  const what = c.kind === 'deduction' ? 'điểm trừ' : `điểm ${c.kind === 'base' ? 'chuẩn' : 'thưởng'} tiêu chí ${c.criterion}`;
  const from = c.own === null ? 'chưa chấm' : formatPoints(c.own, sep);
  return `${what} từ ${from} thành ${formatPoints(c.agreed, sep)} (lý do: ${c.reason})`;
}

/** The unit's own review, one fact a line (none when there is nothing to say). */
export function unitReviewLines(ev: Evaluation, unitCode: string): string[] {
  const u: UnitReview | undefined = ev.review.units.find((x) => x.code === unitCode);
  if (!u) return [];
  const sep = ev.settings.decimalSeparator;
  const lines: string[] = [];
  if (u.corrections.length > 0) {
    lines.push(
      `Qua thẩm định, Cụm đã có ${correctionCount(twoDigits(u.corrections.length))} tự chấm của đơn vị: ${u.corrections.map((c) => correctionText(c, sep)).join('; ')}. Kết quả nêu trên là kết quả sau thẩm định.`,
    );
  }
  if (ev.settings.evidenceRule && u.bonuses > 0) {
    lines.push(`Đơn vị có điểm thưởng ở ${twoDigits(u.bonuses)} tiêu chí, đã nộp minh chứng cho ${countOf(u.bonusesWithEvidence, u.bonuses)} điểm thưởng.`);
  }
  return lines;
}
