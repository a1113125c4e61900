/**
 * The live columns of `Bảng điểm`, right of the columns the units type: total,
 * rank, grade and the row's check. In Google Sheets each is one custom-function
 * formula in the first unit row whose arguments are the whole input blocks, so it
 * recalculates when a score, a setting or a list changes, and spills its column
 * down (one execution per column, whatever the number of units). The .xlsx twin
 * has native formulas per row instead (live-excel.ts).
 */
import { columnLetter } from '../model/a1';
import { SHEET } from '../model/template';
import { nameKey } from '../model/text';

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
  { key: 'total', header: 'Tổng điểm', fn: 'CUM_TONGDIEM', width: 90, note: `Điểm chuẩn + điểm thưởng − điểm trừ, theo mức tối đa trong "${SHEET.settings}". ${AUTHORITY}` },
  { key: 'rank', header: 'Hạng', fn: 'CUM_XEPHANG', width: 110, note: `Thứ hạng theo cách xếp hạng và thứ tự xét khi bằng điểm trong "${SHEET.settings}"; trống khi còn lỗi. ${AUTHORITY}` },
  { key: 'grade', header: 'Xếp loại', fn: 'CUM_XEPLOAI', width: 150, note: `Xếp loại theo các ngưỡng trong "${SHEET.settings}". ${AUTHORITY}` },
  { key: 'check', header: 'Kiểm tra', fn: 'CUM_KIEMTRA', width: 320, note: `Trống khi dòng đúng; nếu không, ô nào sai và cần sửa thế nào. ${AUTHORITY}` },
];

/** The header note of the live columns in an .xlsx, where native formulas stand in for the functions. */
export const EXCEL_LIVE_NOTE =
  'Công thức Excel tự tính khi điểm thay đổi; không gõ vào cột này. Công thức không xét được thứ tự khi bằng điểm, điểm Cụm chấm và bước điểm: kết quả chính thức là của lệnh tinh-diem.';

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

/** Columns of the input sheets the live functions read (the narrative and emails do not change a score). */
export const LIVE_ARGUMENT_COLUMNS = { settings: 2, criteria: 4, units: 3 } as const;

/**
 * `Phiếu bầu` grows a column per candidate when the vote action lays it out again,
 * so its range is wide enough for far more candidates than a cluster proposes (A to Z).
 */
const BALLOT_COLUMNS = 26;

/** `'Bảng điểm'!A1:N`: an open-ended block from the header row, so rows added later are read. */
function block(sheet: string, columns: number): string {
  return `'${sheet.replace(/'/g, "''")}'!A1:${columnLetter(columns - 1)}`;
}

/**
 * The arguments every live function takes, in order: settings, criteria, units,
 * the score block (its input columns only: reading the live columns themselves
 * would be a circular reference) and, when the sheets exist, `Cụm chấm` and `Phiếu bầu`.
 * ";" separates arguments in every locale (a "," would be a decimal comma under vi_VN).
 */
export function liveArguments(scoreColumns: number, agreedColumns = 0, ballots = false): string {
  const args = [
    block(SHEET.settings, LIVE_ARGUMENT_COLUMNS.settings),
    block(SHEET.criteria, LIVE_ARGUMENT_COLUMNS.criteria),
    block(SHEET.units, LIVE_ARGUMENT_COLUMNS.units),
    block(SHEET.scores, scoreColumns),
  ];
  if (agreedColumns > 0) args.push(block(SHEET.agreed, agreedColumns));
  if (ballots) args.push(block(SHEET.ballots, BALLOT_COLUMNS));
  return args.join('; ');
}

/** The formula of one live column, written in its first unit row (row HEADER_ROWS + 1). */
export function liveFormula(column: LiveColumn, scoreColumns: number, agreedColumns = 0, ballots = false): string {
  return `=${column.fn}(${liveArguments(scoreColumns, agreedColumns, ballots)})`;
}

export interface ExcelCriterionColumns {
  /** Header texts of its columns in `Bảng điểm` ("Chuẩn 1", "Thưởng 1"), for the check's words. */
  baseHeader: string;
  bonusHeader: string;
  /** 0-based columns in `Bảng điểm`; bonus -1 when the sheet has none. */
  base: number;
  bonus: number;
  /** 1-based row of the criterion in `Tiêu chí`. */
  row: number;
}

export interface ExcelLiveLayout {
  criteria: readonly ExcelCriterionColumns[];
  /** 0-based columns of the unit code, unit name and deduction in `Bảng điểm` (-1 when absent). */
  code: number;
  name: number;
  deduction: number;
  /** 0-based column of the first live column; they follow in the order of LIVE_COLUMNS. */
  firstLive: number;
  /** A1 address of the value cell in `Cấu hình` of each setting, by key (absent: the default). */
  settingCells: Readonly<Partial<Record<string, string>>>;
  /** 1-based sheet rows that share the formulas (unit rows and the empty rows below, ready for more units). */
  firstRow: number;
  lastRow: number;
}
