/**
 * The live columns of `Bảng điểm`, right of the columns the units type: total,
 * rank, grade and the row's check. In Google Sheets each is one custom-function
 * formula in the first unit row whose arguments are the whole input blocks, so it
 * recalculates when a score, a setting or a list changes, and spills its column
 * down (one execution per column, whatever the number of units). The .xlsx twin
 * has native formulas per row instead (live-excel.ts).
 */
import { columnLetter } from '../model/a1';
import { CRITERIA_HEADER, HEADER_ROWS, SHEET, UNITS_HEADER } from '../model/template';
import { nameKey } from '../model/text';
import type { RankBand } from '../model/types';

export type LiveKey = 'total' | 'rank' | 'grade' | 'check';

export interface LiveColumn {
  key: LiveKey;
  header: string;
  /** The custom function that fills the column in Sheets. */
  fn: string;
  width: number;
  note: string;
}

const AUTHORITY = 'Cột tính tự động, không gõ vào đây. Kết quả chính thức là của menu "Tính điểm và xếp hạng".';

export const LIVE_COLUMNS: readonly LiveColumn[] = [
  {
    key: 'total',
    header: 'Tổng điểm',
    fn: 'CUM_TONGDIEM',
    width: 90,
    note: `Điểm chuẩn + điểm thưởng − điểm trừ, theo mức tối đa trong "${SHEET.settings}". ${AUTHORITY}`,
  },
  {
    key: 'rank',
    header: 'Hạng',
    fn: 'CUM_XEPHANG',
    width: 110,
    note: `Thứ hạng theo cách xếp hạng và thứ tự xét khi bằng điểm trong "${SHEET.settings}"; trống khi còn lỗi. ${AUTHORITY}`,
  },
  { key: 'grade', header: 'Xếp loại', fn: 'CUM_XEPLOAI', width: 150, note: `Xếp loại theo các ngưỡng trong "${SHEET.settings}". ${AUTHORITY}` },
  {
    key: 'check',
    header: 'Kiểm tra',
    fn: 'CUM_KIEMTRA',
    width: 320,
    note: `Trống khi dòng đúng; nếu không, ô nào sai và cần sửa thế nào. Sau khi nộp, ô nào khác giá trị đã nộp cũng được nêu (tính lại khi dòng thay đổi). ${AUTHORITY}`,
  },
];

/** The header note of the live columns in an .xlsx, where native formulas stand in for the functions. */
export const EXCEL_LIVE_NOTE =
  'Công thức Excel tự tính khi điểm thay đổi; không gõ vào cột này. Ô nào công thức không tính được đúng như lệnh tinh-diem (bằng điểm chờ thứ tự xét hoặc bỏ phiếu, dòng Cụm chấm chấm lại, điểm gõ dạng văn bản) thì ghi rõ để chạy lệnh; kết quả chính thức là của lệnh tinh-diem. Cột Kiểm tra không so dòng với giá trị đã nộp ở trang Nộp bài: lệnh tinh-diem nêu các ô đổi sau khi nộp.';

export const LIVE_HEADERS: readonly string[] = LIVE_COLUMNS.map((c) => c.header);

const LIVE_KEYS = new Set(LIVE_HEADERS.map(nameKey));

/** Whether a header cell of `Bảng điểm` titles a live column (computed, never input). */
export function isLiveHeader(cell: unknown): boolean {
  return LIVE_KEYS.has(nameKey(cell));
}

/** How many columns of a `Bảng điểm` header are typed: those left of the first live column. */
export function typedWidth(header: readonly unknown[]): number {
  const first = header.findIndex(isLiveHeader);
  return first < 0 ? header.length : first;
}

/** The function that takes the whole cluster and gives the ranking table, usable on any sheet. */
export const RANKING_TABLE_FUNCTION = 'CUM_BANGXEPHANG';

/**
 * The fewest columns the live functions must read of each list: every column the
 * menu's `evaluate` reads there (`Thưởng theo hạng ngoài` in `Tiêu chí`, `Ký giao
 * ước` in `Đơn vị`, and the `Hạng ngoài ‹mã›` columns right of it). A range
 * narrower than this is an older formula (`'Tiêu chí'!A1:D`), which could give a
 * number the menu would not: the live functions ask for "Cập nhật Bảng điểm" instead.
 */
export const LIVE_ARGUMENT_COLUMNS = { settings: 2, criteria: CRITERIA_HEADER.length, units: UNITS_HEADER.length } as const;

/** The width of a new sheet in Google Sheets (A to Z): what a range reads when the sheet's own width is not known. */
export const NEW_SHEET_COLUMNS = 26;

/** What the live formulas read, in columns; a sheet left out is not read (its sheet does not exist). */
export interface LiveRanges {
  /** The typed columns of `Bảng điểm` (up to `Lý do trừ`). */
  scores: number;
  /** The typed columns of `Cụm chấm`, when it exists. */
  agreed?: number;
  /** Whole widths of `Tiêu chí` and `Đơn vị` (NEW_SHEET_COLUMNS when not known). */
  criteria?: number;
  units?: number;
  /** The whole width of `Phiếu bầu`, when it exists. */
  ballots?: number;
  /** The whole width of `Nộp bài`, when it exists. */
  submissions?: number;
}

/** `'Bảng điểm'!A1:N`: an open-ended block from the header row, so rows added later are read. */
function block(sheet: string, columns: number): string {
  return `'${sheet.replace(/'/g, "''")}'!A1:${columnLetter(columns - 1)}`;
}

/**
 * The arguments every live function takes, in order: settings, criteria, units
 * (each list as wide as its sheet, so that a band, a place or a pledge typed in
 * any of its columns is read, and a change there recalculates the column), the
 * score block (its input columns only: reading the live columns themselves would
 * be a circular reference) and, when the sheets exist, `Cụm chấm`, `Phiếu bầu` and `Nộp bài`
 * (so that a reopening or a review the secretariat records recalculates the check).
 * ";" separates arguments in every locale (a "," would be a decimal comma under vi_VN).
 */
export function liveArguments(ranges: LiveRanges): string {
  const wide = (width: number | undefined, least: number): number => Math.max(width ?? NEW_SHEET_COLUMNS, least);
  const args = [
    block(SHEET.settings, LIVE_ARGUMENT_COLUMNS.settings),
    block(SHEET.criteria, wide(ranges.criteria, LIVE_ARGUMENT_COLUMNS.criteria)),
    block(SHEET.units, wide(ranges.units, LIVE_ARGUMENT_COLUMNS.units)),
    block(SHEET.scores, ranges.scores),
  ];
  if (ranges.agreed) args.push(block(SHEET.agreed, ranges.agreed));
  if (ranges.ballots) args.push(block(SHEET.ballots, ranges.ballots));
  if (ranges.submissions) args.push(block(SHEET.submissions, ranges.submissions));
  return args.join('; ');
}

/** The sheet row (1-based) that holds the live formulas; each column spills below it. */
export const LIVE_FORMULA_ROW = HEADER_ROWS + 1;

/** The formula of one live column, written in its first unit row (LIVE_FORMULA_ROW). */
export function liveFormula(column: LiveColumn, ranges: LiveRanges): string {
  return `=${column.fn}(${liveArguments(ranges)})`;
}

/** Which input sheets exist besides the template's, and how wide the list sheets are (Sheets). */
export interface LiveSheets {
  /** `Cụm chấm` exists: the Sheets formulas read it too, as the menu does. */
  agreed?: boolean;
  /** `Phiếu bầu` exists: the Sheets formulas settle ties by its ballots, as the menu does. */
  ballots?: boolean;
  /** `Nộp bài` exists: the Sheets formulas compare each submitted row with what was submitted, as the menu does. */
  submissions?: boolean;
  /** Sheets: how many columns `Tiêu chí`, `Đơn vị`, `Phiếu bầu`, `Cụm chấm` and `Nộp bài` have, so that the formulas read them whole. */
  widths?: { criteria?: number; units?: number; ballots?: number; agreed?: number; submissions?: number };
}

/** The Sheets formula of each live column, in order, for a `Bảng điểm` of `typed` input columns (`Cụm chấm` as wide as `widths.agreed`, else as typed). */
export function liveFormulas(typed: number, sheets: LiveSheets): string[] {
  const { criteria, units, ballots, agreed, submissions } = sheets.widths ?? {};
  const ranges: LiveRanges = {
    scores: typed,
    agreed: sheets.agreed ? (agreed ?? typed) : 0,
    criteria,
    units,
    ballots: sheets.ballots ? (ballots ?? NEW_SHEET_COLUMNS) : 0,
    submissions: sheets.submissions ? (submissions ?? NEW_SHEET_COLUMNS) : 0,
  };
  return LIVE_COLUMNS.map((c) => liveFormula(c, ranges));
}

export interface ExcelCriterionColumns {
  /** The criterion's code ("1.2"), for the check's words. */
  code: string;
  /** Header texts of its columns in `Bảng điểm` ("Chuẩn 1", "Thưởng 1"), for the check's words. */
  baseHeader: string;
  bonusHeader: string;
  /** 0-based columns in `Bảng điểm`; bonus -1 when the sheet has none. */
  base: number;
  bonus: number;
  /** 1-based row of the criterion in `Tiêu chí`. */
  row: number;
  /**
   * The bands the formulas were laid with, as typed in `Tiêu chí` (the formulas compare
   * the cell with `text`), and the 0-based column of `placeHeader` in `Đơn vị` (-1: none).
   */
  bands?: { rules: readonly RankBand[]; text: string; placeColumn: number; placeHeader: string };
}

export interface ExcelLiveLayout {
  criteria: readonly ExcelCriterionColumns[];
  /** 0-based columns of the unit code, unit name, deduction and its reason in `Bảng điểm` (-1 when absent). */
  code: number;
  name: number;
  deduction: number;
  reason: number;
  /** 0-based column of the first live column; they follow in the order of LIVE_COLUMNS. */
  firstLive: number;
  /** A1 address of the value cell in `Cấu hình` of each setting, by key (absent: the default). */
  settingCells: Readonly<Partial<Record<string, string>>>;
  /** 1-based sheet rows that share the formulas (unit rows and the empty rows below, ready for more units). */
  firstRow: number;
  lastRow: number;
  /** The workbook has `Cụm chấm` (a row it scores again is left to the command) and `Phiếu bầu` (a tie it may settle too). */
  agreed: boolean;
  ballots: boolean;
}
