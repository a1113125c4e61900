/**
 * The logic of the custom functions TONGDIEM, XEPHANG, KIEMTRA and XEPLOAI. Sheets
 * passes a single cell as a value and a range as a 2D array, and spills a returned
 * 2D array into the cells below; every answer for bad input is a Vietnamese
 * message in the cell, never an exception (Sheets would show a stack trace).
 */
import { cellRef } from '../model/a1';
import { gradeOf } from '../rules/grade';
import { IssueList } from '../model/issues';
import { formatPoints, parseNumber, toNumber } from '../model/numbers';
import { parseSettings, type SettingsOptions } from '../read/parse-settings';
import { rank } from '../rules/rank';
import { nameKey } from '../model/text';
import { combine } from '../rules/score';
import { SHEET } from '../model/template';
import type { CellValue, Milli, RankStyle, Settings } from '../model/types';

/** One cell, or a range as Sheets passes it. */
export type SheetArg = CellValue | CellValue[][];
export type SheetCell = string | number;
export type SheetResult = SheetCell | SheetCell[][];

/** A message for the cell instead of a value. */
class CellMessage {
  constructor(readonly text: string) {}
}

function isRange(arg: SheetArg): arg is CellValue[][] {
  return Array.isArray(arg);
}

function asGrid(arg: SheetArg): CellValue[][] {
  return isRange(arg) ? arg : [[arg]];
}

/** A grid of one cell is answered as a single value, any other as a 2D array. */
function answer(grid: SheetCell[][]): SheetResult {
  return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
}

/**
 * How the add-in runs these functions: the decimal mark of the spreadsheet's locale,
 * which every message follows unless the `Cấu hình` range given sets *Dấu thập phân*.
 */
export type SheetFunctionOptions = Pick<SettingsOptions, 'defaultDecimalSeparator'>;

/** Points of one cell; `what` names it in the message ("điểm chuẩn"), examples in the decimal mark `sep`. */
function points(cell: CellValue, what: string, sep: '.' | ','): Milli | null | CellMessage {
  const parsed = parseNumber(cell);
  if (parsed.kind === 'empty') return null;
  if (parsed.kind === 'number') return parsed.value;
  const issues = new IssueList(undefined, sep);
  issues.badNumber(parsed, '', '', what);
  return new CellMessage(issues.items[0].message);
}

export function guarded(run: () => SheetResult): SheetResult {
  try {
    return run();
  } catch {
    // Only a defect can land here; the cell still gets words, not a stack trace.
    return 'Lỗi: không tính được. Hãy kiểm tra các đối số của hàm.';
  }
}

/** Sums every cell of one row; deductions count by their size, whatever their sign. */
function rowSum(row: readonly CellValue[], what: string, absolute: boolean, sep: '.' | ','): Milli | CellMessage {
  let sum = 0;
  for (const cell of row) {
    const p = points(cell, what, sep);
    if (p instanceof CellMessage) return p;
    if (p !== null) sum += absolute ? Math.abs(p) : p;
  }
  return sum;
}

/**
 * The settings of a `Cấu hình` range given as the optional last argument, the
 * defaults when it is omitted, or the message for the cell when it cannot be read.
 */
function settingsArg(arg: SheetArg | undefined, options: SheetFunctionOptions): Settings | CellMessage {
  if (arg === undefined || arg === null || arg === '') return parseSettings(undefined, new IssueList(), options);
  if (!isRange(arg)) return new CellMessage(`Đối số cau_hinh cần là cả vùng trang "${SHEET.settings}" từ ô A1, ví dụ 'Cấu hình'!A1:B.`);
  const issues = new IssueList(undefined, options.defaultDecimalSeparator);
  const settings = parseSettings(arg, issues, options);
  const error = issues.items.find((i) => i.severity === 'error');
  return error ? new CellMessage(`${cellRef(error.sheet, error.cell)}: ${error.message}`) : settings;
}

/**
 * =TONGDIEM(chuan; thuong; tru; [cau_hinh]): each row of the ranges is one unit;
 * its total is the sum of its base points plus its bonus points minus its
 * deduction, the sums capped as `Cấu hình` says when its range is given.
 */
export function tongDiem(chuan: SheetArg, thuong?: SheetArg, tru?: SheetArg, cauHinh?: SheetArg, options: SheetFunctionOptions = {}): SheetResult {
  return guarded(() => {
    const settings = settingsArg(cauHinh, options);
    if (settings instanceof CellMessage) return settings.text;
    const base = asGrid(chuan);
    const parts = [
      { grid: base, what: 'điểm chuẩn', absolute: false },
      { grid: optional(thuong), what: 'điểm thưởng', absolute: false },
      { grid: optional(tru), what: 'điểm trừ', absolute: true },
    ];
    for (const p of parts) {
      if (p.grid && p.grid.length !== base.length) {
        return `Các vùng điểm chuẩn, điểm thưởng và điểm trừ phải có cùng số dòng (${base.length} dòng điểm chuẩn, ${p.grid.length} dòng ${p.what}).`;
      }
    }
    const out = base.map((_, r): SheetCell[] => {
      const sums: Milli[] = [];
      for (const p of parts) {
        const sum = p.grid ? rowSum(p.grid[r], p.what, p.absolute, settings.decimalSeparator) : 0;
        if (sum instanceof CellMessage) return [sum.text];
        sums.push(sum);
      }
      return [toNumber(combine(sums[0], sums[1], sums[2], settings).total)];
    });
    return answer(out);
  });
}

/** An omitted argument, or a single blank cell, adds nothing to any row. */
function optional(arg: SheetArg | undefined): CellValue[][] | null {
  if (arg === undefined || (!isRange(arg) && parseNumber(arg).kind === 'empty')) return null;
  return asGrid(arg);
}

// A Map, not an object literal: "constructor" typed as the style must not find Object's.
const RANK_STYLES = new Map<string, RankStyle>([
  [nameKey('liền'), 'dense'],
  [nameKey('dense'), 'dense'],
  [nameKey('cách'), 'competition'],
  [nameKey('competition'), 'competition'],
]);

/** The rank style: typed ("liền", "cách"), from a `Cấu hình` range, or the default. */
function rankStyleArg(kieu: SheetArg | undefined, options: SheetFunctionOptions): { style: RankStyle; sep: '.' | ',' } | CellMessage {
  const sep = options.defaultDecimalSeparator ?? '.';
  if (isRange(kieu)) {
    const settings = settingsArg(kieu, options);
    return settings instanceof CellMessage ? settings : { style: settings.rankStyle, sep: settings.decimalSeparator };
  }
  const styleText = kieu === undefined || kieu === null || kieu === '' ? 'liền' : String(kieu);
  const style = RANK_STYLES.get(nameKey(styleText));
  return style
    ? { style, sep }
    : new CellMessage(
        `Kiểu xếp hạng "${styleText}" không hợp lệ. Hãy ghi "liền" (1, 2, 2, 3) hoặc "cách" (1, 2, 2, 4), hoặc chọn vùng trang "${SHEET.settings}".`,
      );
}

/**
 * =XEPHANG(diem; vung_diem; [kieu]): the rank of each score among the scores of the
 * range, highest first; "liền" (1, 2, 2, 3, the default) or "cách" (1, 2, 2, 4), or
 * the `Cấu hình` range to take the cluster's own style. Totals only: the tie-break
 * ladder needs the scores per criterion (CUM_XEPHANG has them).
 */
export function xepHang(diem: SheetArg, vungDiem: SheetArg, kieu?: SheetArg, options: SheetFunctionOptions = {}): SheetResult {
  return guarded(() => {
    const chosen = rankStyleArg(kieu, options);
    if (chosen instanceof CellMessage) return chosen.text;
    const { style, sep } = chosen;
    const totals: Milli[] = [];
    for (const row of asGrid(vungDiem)) {
      for (const cell of row) {
        const p = points(cell, 'trong vùng điểm', sep);
        if (p instanceof CellMessage) return p.text;
        if (p !== null) totals.push(p);
      }
    }
    if (totals.length === 0) return 'Vùng điểm không có số nào để xếp hạng.';
    const rankOf = new Map<Milli, number>();
    for (const placed of rank(
      totals.map((total) => ({ total, keys: [] })),
      style,
    ))
      rankOf.set(totals[placed.index], placed.rank);
    return answer(
      asGrid(diem).map((row) =>
        row.map((cell): SheetCell => {
          const p = points(cell, 'điểm cần xếp hạng', sep);
          if (p === null) return '';
          if (p instanceof CellMessage) return p.text;
          return rankOf.get(p) ?? `Điểm ${formatPoints(p, sep)} không có trong vùng điểm.`;
        }),
      ),
    );
  });
}

/** The message for one score against its maximum and the step; '' when the score is fine or blank. */
function checkOne(score: CellValue, max: CellValue, step: Milli | null, sep: '.' | ','): string {
  const fmt = (v: Milli): string => formatPoints(v, sep);
  const m = points(max, 'điểm tối đa', sep);
  if (m instanceof CellMessage) return m.text;
  if (m === null || m < 0) return 'Chưa có điểm tối đa hợp lệ: hãy chọn ô chứa điểm tối đa, ví dụ 10.';
  const p = points(score, 'điểm', sep);
  if (p === null) return '';
  if (p instanceof CellMessage) return p.text;
  if (p < 0) return `Điểm ${fmt(p)} là số âm. Hãy gõ một số từ 0 đến ${fmt(m)}.`;
  if (p > m) return `Điểm ${fmt(p)} vượt điểm tối đa ${fmt(m)}. Hãy gõ một số từ 0 đến ${fmt(m)}.`;
  if (step !== null && p % step !== 0) return `Điểm ${fmt(p)} không theo bước điểm ${fmt(step)}. Hãy làm tròn theo bước ${fmt(step)}.`;
  return '';
}

/**
 * =KIEMTRA(diem; toi_da; [cau_hinh]): "" when the score is a number from 0 to the
 * maximum (or blank) on the score step of `Cấu hình` when given, otherwise what is
 * wrong. The maximum is one cell, a range of the same size, or one row holding
 * each column's maximum.
 */
export function kiemTra(diem: SheetArg, toiDa: SheetArg, cauHinh?: SheetArg, options: SheetFunctionOptions = {}): SheetResult {
  return guarded(() => {
    const settings = settingsArg(cauHinh, options);
    if (settings instanceof CellMessage) return settings.text;
    const scores = asGrid(diem);
    const maxima = asGrid(toiDa);
    const maxAt = (r: number, c: number): CellValue | CellMessage => {
      if (maxima.length === 1 && maxima[0].length === 1) return maxima[0][0];
      if (maxima.length === 1 && maxima[0].length === scores[0].length) return maxima[0][c];
      if (maxima.length === scores.length && maxima[0].length === scores[0].length) return maxima[r][c];
      return new CellMessage('Vùng điểm tối đa phải là một ô, một dòng cùng số cột, hoặc cùng kích thước với vùng điểm.');
    };
    return answer(
      scores.map((row, r) =>
        row.map((cell, c) => {
          const max = maxAt(r, c);
          return max instanceof CellMessage ? max.text : checkOne(cell, max, settings.scoreStep, settings.decimalSeparator);
        }),
      ),
    );
  });
}

/**
 * =XEPLOAI(tong; [cau_hinh]): the grade of a total under the thresholds of
 * `Cấu hình` (95, 85, 75 without it). A total alone cannot tell a criterion scored
 * 0, which rules out the top grade: CUM_XEPLOAI knows it.
 */
export function xepLoai(tong: SheetArg, cauHinh?: SheetArg, options: SheetFunctionOptions = {}): SheetResult {
  return guarded(() => {
    const settings = settingsArg(cauHinh, options);
    if (settings instanceof CellMessage) return settings.text;
    const grades = settings.grades;
    return answer(
      asGrid(tong).map((row) =>
        row.map((cell) => {
          const p = points(cell, 'tổng điểm', settings.decimalSeparator);
          if (p === null) return '';
          if (p instanceof CellMessage) return p.text;
          return gradeOf(p, false, grades);
        }),
      ),
    );
  });
}
