/**
 * A proposal that requires years in a row at "Hoàn thành xuất sắc" (`Số năm liên tục
 * Hoàn thành xuất sắc để đề nghị`), e.g. two consecutive years for a Bằng khen: the
 * count comes from `Các năm trước` (rules/compare-years.ts), never from a typed cell.
 * Units short of it are left out of the proposal and the next ranked units take their
 * place; the sentence below names those left out above the cut.
 */
import { CODE, IssueList } from '../model/issues';
import { SETTINGS, SHEET } from '../model/template';
import type { Evaluation } from '../model/evaluation';
import type { Settings, UnitResult } from '../model/types';
import type { YearComparison } from '../model/year-comparison';
import { GRADE } from './grade';

const LABEL = SETTINGS.find((d) => d.key === 'awardStreak')?.label ?? 'awardStreak';

/** Whether a unit may be proposed under the rule; every unit when the setting is blank or 1. */
export function streakEligible(settings: Settings, comparison: YearComparison | undefined): (r: UnitResult) => boolean {
  const required = settings.awardStreak;
  if (required === null || required <= 1) return () => true;
  return (r) => r.grade === GRADE.excellent && (comparison?.byUnit.get(r.unit.code)?.streak ?? 1) >= required;
}

/** A rule on past years with no past year to read: nobody could be proposed, so it is said at the setting. */
export function checkStreakRule(settings: Settings, hasPast: boolean, issues: IssueList): void {
  if (settings.awardStreak === null || settings.awardStreak <= 1 || hasPast) return;
  issues.error(
    CODE.streakWithoutPast,
    SHEET.settings,
    settings.cells.awardStreak ?? 'A1',
    `Mục "${LABEL}" (${settings.awardStreak} năm) cần kết quả các năm trước ở trang "${SHEET.past}", mà bảng tính chưa có trang này, nên không đơn vị nào được đề nghị. Trang này có khi năm mới được bắt đầu từ bảng tính năm trước bằng ${issues.guide.newYear}; nếu chưa có, hãy để trống mục này.`,
  );
}

/** "Theo mục …, Hậu Giang (hạng 1) chưa Hoàn thành xuất sắc 2 năm liên tục nên không được đề nghị."; '' when the rule left nobody out. */
export function streakRuleSentence(ev: Evaluation): string {
  const required = ev.settings.awardStreak;
  if (required === null || required <= 1 || ev.settings.awardCount <= 0) return '';
  const eligible = streakEligible(ev.settings, ev.comparison);
  const chosen = [...ev.awards.proposed, ...ev.awards.tiedAtCutoff];
  const cut = chosen.length > 0 ? Math.max(...chosen.map((r) => r.rank)) : Infinity;
  const left = ev.ranking.filter((r) => r.rank <= cut && !eligible(r)).map((r) => `${r.unit.shortName} (hạng ${r.rank})`);
  if (left.length === 0) return '';
  const none = chosen.length === 0 ? ' Không đơn vị nào đủ điều kiện này.' : '';
  return `Theo mục "${LABEL}" của Cụm, đơn vị được đề nghị phải ${GRADE.excellent} ${required} năm liên tục; ${left.join(', ')} chưa đủ nên không được đề nghị.${none}`;
}
