/**
 * `Nộp bài`, the log of what happened to each unit's row of `Bảng điểm`: one row an
 * event (nộp, mở lại, thẩm định, khóa), appended, never rewritten. A submission row
 * carries the values the unit submitted, under the titles of `Bảng điểm`'s columns:
 * the snapshot a later change is compared with. Read in row order: the unit's
 * latest events say its status.
 */
import { a1 } from '../model/a1';
import { CODE, IssueList } from '../model/issues';
import { cleanText, nameKey } from '../model/text';
import { isEmptyCell, type CellValue, type Criterion, type Grid, type SubmissionStatus, type Unit } from '../model/types';
import { HEADER_ROWS, SHEET, SUBMISSION_ACTIONS, SUBMISSIONS_HEADER, baseHeader, bonusHeader, evidenceHeader, type SubmissionAction } from '../model/template';
import { successors } from './parse-lists';
import { parseDateTime } from './parse-settings';

/** What `Bảng điểm` and every message call each status. */
export const STATUS_TEXT: Record<SubmissionStatus, string> = {
  entering: 'đang nhập',
  submitted: 'đã nộp',
  reopened: 'mở lại',
  reviewed: 'đã thẩm định',
};

export interface LogEvent {
  at: Date | null;
  by: string;
  reason: string;
}

export interface UnitSubmission {
  status: SubmissionStatus;
  /** Locked by the secretariat after the deadline (a protection no unit is an editor of), until reopened. */
  locked: boolean;
  /** The latest submission: when, by whom, and the values under each title (by nameKey). */
  submitted: (LogEvent & { values: Map<string, CellValue> }) | null;
  /** Every reopening, oldest first, with its reason. */
  reopened: LogEvent[];
  /** Each submission and reopening in row order, with its time: whether a submission stood at the deadline. */
  turns: { submitted: boolean; at: Date | null }[];
}

const ACTION_BY_KEY = new Map<string, SubmissionAction>(
  Object.entries(SUBMISSION_ACTIONS).map(([action, text]) => [nameKey(text), action as SubmissionAction]),
);

/**
 * The log by unit code; units with no event are absent (their status is `entering`).
 * A code renamed by `Mã cũ` in `Đơn vị` or `Tiêu chí` is read under its new code, as
 * the scores moved to it: the log is never rewritten, its reading follows the lists.
 */
export function parseSubmissions(
  grid: Grid | undefined,
  units: readonly Unit[],
  issues: IssueList,
  criteria: readonly Pick<Criterion, 'code' | 'oldCodes'>[] = [],
): Map<string, UnitSubmission> {
  const byUnit = new Map<string, UnitSubmission>();
  if (!grid || grid.length === 0) return byUnit;
  const header = grid[0].map((h) => cleanText(h));
  const col = (title: string): number => header.findIndex((h) => nameKey(h) === nameKey(title));
  const [timeCol, unitCol, actionCol, byCol, reasonCol] = SUBMISSIONS_HEADER.map(col);
  const fixed = new Set([timeCol, unitCol, actionCol, byCol, reasonCol]);
  const valueCols = header.map((h, c) => (h !== '' && !fixed.has(c) ? c : -1)).filter((c) => c >= 0);
  if (unitCol < 0 || actionCol < 0) {
    issues.error(
      CODE.missingColumn,
      SHEET.submissions,
      'A1',
      `Trang "${SHEET.submissions}" cần các cột ${SUBMISSIONS_HEADER.map((h) => `"${h}"`).join(', ')}: không đọc được trạng thái nộp của đơn vị nào. Hãy sửa dòng tiêu đề cho đúng.`,
    );
    return byUnit;
  }
  const unitOf = new Map<string, Unit>();
  for (const u of units) for (const key of [u.code, u.shortName, u.name]) if (!unitOf.has(nameKey(key))) unitOf.set(nameKey(key), u);
  for (const [old, i] of successors(units).renamed) if (!unitOf.has(old)) unitOf.set(old, units[i]);
  // A renamed criterion's columns of a submission ("Chuẩn 6") stand for its new ones ("Chuẩn 6.1").
  const titleOf = new Map<string, string>();
  for (const [old, i] of successors(criteria).renamed)
    for (const title of [baseHeader, bonusHeader, evidenceHeader]) titleOf.set(nameKey(title(old)), nameKey(title(criteria[i].code)));
  const text = (row: readonly CellValue[], c: number): string => (c < 0 ? '' : cleanText(row[c]));

  for (let r = HEADER_ROWS; r < grid.length; r++) {
    const row = grid[r];
    if (row.every(isEmptyCell)) continue;
    const unit = unitOf.get(nameKey(row[unitCol]));
    if (!unit) {
      issues.warning(
        CODE.badSubmission,
        SHEET.submissions,
        a1(r, unitCol),
        `Dòng ${r + 1} ghi đơn vị "${text(row, unitCol)}", không có trong trang "${SHEET.units}"; dòng này không được tính.`,
      );
      continue;
    }
    const action = ACTION_BY_KEY.get(nameKey(row[actionCol]));
    if (!action) {
      issues.warning(
        CODE.badSubmission,
        SHEET.submissions,
        a1(r, actionCol),
        `Dòng ${r + 1} ghi việc "${text(row, actionCol)}"; chỉ có ${Object.values(SUBMISSION_ACTIONS)
          .map((a) => `"${a}"`)
          .join(', ')}. Dòng này không được tính.`,
        unit.code,
      );
      continue;
    }
    const typedTime = timeCol < 0 ? '' : row[timeCol];
    const at = parseDateTime(typedTime);
    if (at === 'bad')
      issues.warning(
        CODE.badSubmission,
        SHEET.submissions,
        a1(r, timeCol),
        `Dòng ${r + 1} ghi thời gian "${text(row, timeCol)}", không đọc được; hãy ghi dạng 21:30 06/12/2026.`,
        unit.code,
      );
    const event: LogEvent = { at: at === 'bad' ? null : at, by: text(row, byCol), reason: text(row, reasonCol) };
    const state = byUnit.get(unit.code) ?? { status: 'entering', locked: false, submitted: null, reopened: [], turns: [] };
    byUnit.set(unit.code, state);
    if (action === 'submit') {
      state.status = 'submitted';
      const values = new Map<string, CellValue>();
      for (const c of valueCols) {
        const key = titleOf.get(nameKey(header[c])) ?? nameKey(header[c]);
        // An old column and the new one both in the log: the one this row filled holds what was submitted.
        if (!values.has(key) || !isEmptyCell(row[c])) values.set(key, row[c]);
      }
      state.submitted = { ...event, values };
      state.turns.push({ submitted: true, at: event.at });
    } else if (action === 'reopen') {
      state.status = 'reopened';
      state.locked = false;
      state.reopened.push(event);
      state.turns.push({ submitted: false, at: event.at });
    } else if (action === 'review') {
      if (state.status === 'submitted' || state.status === 'reviewed') state.status = 'reviewed';
      else
        issues.warning(
          CODE.badSubmission,
          SHEET.submissions,
          a1(r, actionCol),
          `Dòng ${r + 1} ghi thẩm định dòng của ${unit.shortName} khi đơn vị chưa nộp; dòng này không được tính.`,
          unit.code,
        );
    } else if (state.status === 'submitted' || state.status === 'reviewed') state.locked = true;
  }
  return byUnit;
}
