/** Range, cap and step checks of parsed scores against the criteria and settings. */
import { a1 } from '../model/a1';
import { CODE, IssueList } from '../model/issues';
import { formatPoints } from '../model/numbers';
import { DEDUCTION_REASON_HEADER, SHEET } from '../model/template';
import type { ParsedScores } from '../read/parse-scores';
import type { Criterion, Milli, Settings, Unit } from '../model/types';

export function checkScores(
  parsed: ParsedScores,
  sheet: string,
  criteria: readonly Criterion[],
  units: readonly Unit[],
  settings: Settings,
  issues: IssueList,
  options: { partial: boolean },
): void {
  const { columns } = parsed;
  const sep = settings.decimalSeparator;
  const fmt = (v: Milli): string => formatPoints(v, sep);
  const step = settings.scoreStep;
  const nameOf = new Map(units.map((u) => [u.code, u.shortName]));

  for (const row of parsed.rows) {
    const unit = nameOf.get(row.unitCode) ?? row.unitCode;
    const at = (col: number): string => a1(row.row - 1, col);
    // As in parsing, the field's name is put together only when there is an issue.
    const onStep = (value: Milli, col: number, what: string, code = ''): void => {
      if (step !== null && value % step !== 0) {
        issues.error(
          CODE.offStep,
          sheet,
          at(col),
          `${what}${code} của ${unit} là ${fmt(value)}, không theo bước điểm ${fmt(step)}. Hãy làm tròn theo bước ${fmt(step)}.`,
          row.unitCode,
        );
      }
    };
    for (let j = 0; j < criteria.length; j++) {
      const c = criteria[j];
      const baseCol = columns.base[j];
      const base = row.base[j];
      if (base === null) {
        // A cell that is not a number was reported when parsed; blank means really blank.
        if (!options.partial && !issues.has(sheet, at(baseCol))) {
          issues.error(
            CODE.blankBase,
            sheet,
            at(baseCol),
            `${unit} chưa chấm điểm chuẩn tiêu chí ${c.code}. Hãy gõ điểm từ 0 đến ${fmt(c.maxBase)}.`,
            row.unitCode,
          );
        }
      } else if (base < 0 || base > c.maxBase) {
        issues.error(
          CODE.outOfRange,
          sheet,
          at(baseCol),
          `Điểm chuẩn tiêu chí ${c.code} của ${unit} là ${fmt(base)}, ngoài khoảng 0 đến ${fmt(c.maxBase)}. Hãy gõ điểm trong khoảng đó.`,
          row.unitCode,
        );
      } else {
        onStep(base, baseCol, 'Điểm chuẩn tiêu chí ', c.code);
      }
      const bonusCol = columns.bonus[j];
      const bonus = row.bonus[j] ?? 0;
      if (bonus === 0) continue;
      if (bonus < 0) {
        issues.error(
          CODE.outOfRange,
          sheet,
          at(bonusCol),
          `Điểm thưởng tiêu chí ${c.code} của ${unit} là số âm (${fmt(bonus)}). Điểm thưởng từ 0 trở lên; điểm bị trừ ghi ở cột "Điểm trừ".`,
          row.unitCode,
        );
      } else if (c.maxBonus === null) {
        issues.error(
          CODE.bonusWithoutCap,
          sheet,
          at(bonusCol),
          `Tiêu chí ${c.code} không có điểm thưởng, nhưng ${unit} ghi ${fmt(bonus)}. Hãy xóa điểm này, hoặc khai báo điểm thưởng tối đa trong trang "Tiêu chí".`,
          row.unitCode,
        );
      } else if (bonus > c.maxBonus) {
        issues.error(
          CODE.bonusOverCap,
          sheet,
          at(bonusCol),
          `Điểm thưởng tiêu chí ${c.code} của ${unit} là ${fmt(bonus)}, vượt mức tối đa ${fmt(c.maxBonus)}. Hãy gõ điểm từ 0 đến ${fmt(c.maxBonus)}.`,
          row.unitCode,
        );
      } else {
        onStep(bonus, bonusCol, 'Điểm thưởng tiêu chí ', c.code);
      }
    }
    const deduction = row.deduction ?? 0;
    if (deduction !== 0) onStep(deduction, columns.deduction, 'Điểm trừ');
    if (settings.maxTotalDeduction !== null && deduction > settings.maxTotalDeduction) {
      issues.warning(
        CODE.totalDeductionOverCap,
        sheet,
        at(columns.deduction),
        `Điểm trừ của ${unit} là ${fmt(deduction)}, vượt mức trừ tối đa ${fmt(settings.maxTotalDeduction)}; chỉ trừ ${fmt(settings.maxTotalDeduction)} điểm.`,
        row.unitCode,
      );
    }
  }
}

/**
 * The cap on a unit's total bonus, on the bonuses the ranking counts: after `Cụm chấm`
 * and after the bands filled the bonuses left blank "để tự tính", so that a capped
 * total is always said, whoever or whatever put the bonuses there.
 */
export function checkBonusCap(scores: ParsedScores, units: readonly Unit[], settings: Settings, issues: IssueList): void {
  const cap = settings.maxTotalBonus;
  if (cap === null) return;
  const fmt = (v: Milli): string => formatPoints(v, settings.decimalSeparator);
  const nameOf = new Map(units.map((u) => [u.code, u.shortName]));
  for (const row of scores.rows) {
    const total = row.bonus.reduce<number>((sum, b) => sum + (b ?? 0), 0);
    if (total <= cap) continue;
    issues.warning(
      CODE.totalBonusOverCap,
      SHEET.scores,
      a1(row.row - 1, scores.columns.unitCode),
      `Tổng điểm thưởng của ${nameOf.get(row.unitCode) ?? row.unitCode} là ${fmt(total)}, vượt mức tối đa ${fmt(cap)}; chỉ tính ${fmt(cap)} điểm thưởng.`,
      row.unitCode,
    );
  }
}

/**
 * A deduction a unit typed in `Bảng điểm` with no reason beside it: a warning at the
 * reason's cell (the unit's own deduction is its own statement, so it does not block;
 * a correction `Cụm chấm` makes without a reason is an error there). A deduction
 * `Cụm chấm` replaced (`overridden` holds its cell) is that sheet's to explain.
 */
export function checkDeductionReasons(
  scores: ParsedScores,
  units: readonly Unit[],
  overridden: ReadonlySet<string>,
  settings: Settings,
  issues: IssueList,
): void {
  const { columns } = scores;
  if (columns.deduction < 0) return;
  const nameOf = new Map(units.map((u) => [u.code, u.shortName]));
  for (const row of scores.rows) {
    if (!row.deduction || row.deductionReason !== '' || overridden.has(a1(row.row - 1, columns.deduction))) continue;
    const where = columns.deductionReason >= 0 ? a1(row.row - 1, columns.deductionReason) : a1(row.row - 1, columns.deduction);
    const column = columns.deductionReason >= 0 ? `ô ${where}` : `cột "${DEDUCTION_REASON_HEADER}" (chưa có: hãy chạy ${issues.guide.update})`;
    issues.warning(
      CODE.deductionWithoutReason,
      SHEET.scores,
      where,
      `${nameOf.get(row.unitCode) ?? row.unitCode} bị trừ ${formatPoints(row.deduction, settings.decimalSeparator)} điểm nhưng chưa ghi lý do. Hãy ghi lý do trừ vào ${column} để Cụm và người đọc kết quả biết vì sao bị trừ.`,
      row.unitCode,
    );
  }
}
