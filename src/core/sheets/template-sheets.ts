/**
 * The blank template as data: for every input sheet its header, starting rows,
 * header notes, column formats and the validation of score cells. The add-in's
 * "Tạo bảng mẫu" and the `tinh-diem mau` command both draw exactly this.
 */
import { a1 } from '../model/a1';
import { EXCEL_LIVE_NOTE, LIVE_COLUMNS, liveFormulas, type ExcelLiveLayout, type LiveSheets } from './live-columns';
import { formatPoints, toNumber } from '../model/numbers';
import {
  CRITERIA_COL,
  CRITERIA_HEADER,
  DEDUCTION_HEADER,
  HEADER_NOTES,
  HEADER_ROWS,
  SETTINGS,
  SCORES_FIXED_HEADER,
  SETTINGS_HEADER,
  SHEET,
  OLD_CODE_HEADER,
  UNITS_HEADER,
  baseHeader,
  bonusHeader,
  STATUS_HEADER,
  placeHeader,
  scoresHeader,
} from '../model/template';
import type { CellValue, Criterion } from '../model/types';
import { nameKey } from '../model/text';

/** How a column's cells are formatted: literal text, or a number shown as it is. */
export type ColumnFormat = 'text' | 'points';

export interface ColumnSpec {
  header: string;
  format: ColumnFormat;
  /** Width in pixels (Sheets) ≈ characters × 7 (Excel). */
  width: number;
  /** Cells must be a number from 0 to `max` (points), invalid input rejected. */
  validation?: { min: number; max: number; help: string };
  note?: string;
  /** Long texts wrap within the width instead of running on or being cut. */
  wrap?: boolean;
  /** A live column (computed, never typed): its note in an .xlsx, where native formulas compute it. */
  excelNote?: string;
}

/** The formulas of the live columns of `Bảng điểm`, from `firstColumn` (0-based) on. */
export interface LiveFormulas {
  firstColumn: number;
  /** Google Sheets: one formula per column, in the first data row; it spills down. */
  sheets: string[];
  /** .xlsx: where the cells sit, for native formulas (made by the .xlsx adapter: the add-in never needs them). */
  excel: ExcelLiveLayout;
}

/** Where the live formulas find the lists; the template's own places when not given. */
export interface LiveSources extends LiveSheets {
  /** .xlsx: the 0-based column of each `Hạng ngoài ‹mã›` in `Đơn vị`, by the criterion's nameKey (placeColumns). */
  places?: ReadonlyMap<string, number>;
  /** Sheets: the decimal mark of the spreadsheet's locale, which the score cells' validation names. */
  decimalMark?: '.' | ',';
  /** Value cell of each setting in `Cấu hình`, by key (default: the rows of SETTINGS in order from row 2). */
  settingCells?: Readonly<Partial<Record<string, string>>>;
}

export interface TemplateSheet {
  role: 'settings' | 'criteria' | 'units' | 'scores' | 'ballots';
  name: string;
  columns: ColumnSpec[];
  /** Data rows under the header (may be empty). */
  rows: CellValue[][];
  /** How many data rows the validation and formats cover. */
  dataRows: number;
  /** Columns kept in view when scrolling right: the unit's code and name in `Bảng điểm`. */
  frozenColumns?: number;
  /** `Bảng điểm` only: its live columns (right of the typed ones, also in `columns`). */
  live?: LiveFormulas;
}

const DATA_ROWS = 200;

function column(header: string, format: ColumnFormat, width: number, extra: Partial<ColumnSpec> = {}): ColumnSpec {
  const note = HEADER_NOTES[header];
  return { header, format, width, ...(note ? { note } : {}), ...extra };
}

/** A criterion of the list; `row` (in `Tiêu chí`) when read from a sheet, else the template's order is assumed; any `bands` give `Đơn vị` a place column. */
type ListCriterion = Pick<Criterion, 'code' | 'name' | 'maxBase' | 'maxBonus'> & Partial<Pick<Criterion, 'row' | 'bands' | 'bandsText'>>;

/**
 * `Bảng điểm` (and `Cụm chấm`) for a criteria list: a base and a bonus column per
 * criterion, each validated from 0 to the criterion's maximum, with a note saying so.
 */
export function scoresSheet(criteria: readonly ListCriterion[], name: string = SHEET.scores, dataRows = DATA_ROWS, sources: LiveSources = {}): TemplateSheet {
  const role = name === SHEET.agreed ? 'agreed' : 'scores';
  const scoreEnd = 2 + criteria.length * 2;
  const reasonCol = scoreEnd + 1;
  const scoreColumns: ColumnSpec[] = scoresHeader(criteria, role).map((h, i) =>
    // Score columns hold "20.0" under a header that wraps ("Thưởng" / "10"): narrow, so that many criteria still print legibly on one page width.
    // The code's column holds its bold header "Mã đơn vị" whole (at 70 px its last letter touched the edge, cut in print).
    // Right of the scores: the deduction's reason, then the review's texts (links, reasons, the explanation), wrapped.
    i < scoreEnd || i === scoreEnd
      ? column(h, i < 2 ? 'text' : 'points', [80, 160][i] ?? 60, { wrap: i === 1 })
      : column(h, 'text', i === reasonCol ? 240 : 200, { wrap: true }),
  );
  // Sheets knows the mark its locale reads: a score typed in the other one ("9,5" under en_US) stays text and is
  // refused, and the refusal names the mark to type. An .xlsx has no locale of its own: both marks are fine there.
  const mark =
    sources.decimalMark === undefined
      ? ''
      : `; dấu thập phân là dấu ${sources.decimalMark === ',' ? 'phẩy' : 'chấm'}, ví dụ ${formatPoints(9500, sources.decimalMark)}`;
  const shown = (v: number): string => (sources.decimalMark === undefined ? String(toNumber(v)) : formatPoints(v, sources.decimalMark));
  criteria.forEach((c, k) => {
    scoreColumns[2 + 2 * k].validation = {
      min: 0,
      max: toNumber(c.maxBase),
      help: `Điểm chuẩn tiêu chí ${c.code}: một số từ 0 đến ${shown(c.maxBase)}${mark}`,
    };
    scoreColumns[2 + 2 * k].note = `Tiêu chí ${c.code}: ${c.name}. Điểm chuẩn tối đa ${toNumber(c.maxBase)}.`;
    const bonusMax = c.maxBonus === null ? 0 : toNumber(c.maxBonus);
    scoreColumns[3 + 2 * k].note =
      bonusMax > 0 ? `Tiêu chí ${c.code}: điểm thưởng từ 0 đến ${bonusMax}; để trống nếu không có.` : `Tiêu chí ${c.code} không có điểm thưởng: để trống.`;
    scoreColumns[3 + 2 * k].validation = {
      min: 0,
      max: bonusMax,
      help: bonusMax > 0 ? `Điểm thưởng tiêu chí ${c.code}: từ 0 đến ${shown(c.maxBonus ?? 0)}${mark}` : `Tiêu chí ${c.code} không có điểm thưởng: để trống`,
    };
    const text = scoreColumns[reasonCol + 1 + k];
    text.note =
      role === 'scores'
        ? `Đường dẫn tới tệp hoặc thư mục minh chứng tiêu chí ${c.code} (ví dụ trên Google Drive, chia sẻ cho cụm xem được).`
        : `Lý do cụm điều chỉnh điểm tiêu chí ${c.code}; bắt buộc khi điểm ở đây khác điểm tự chấm.`;
  });
  const deduction = scoreColumns.find((s) => s.header === DEDUCTION_HEADER);
  if (deduction) deduction.validation = { min: -100, max: 100, help: 'Điểm trừ: ghi 0,5 hoặc -0,5 đều là trừ 0,5 điểm' };
  const rows = Math.max(DATA_ROWS, dataRows);
  const sheet: TemplateSheet = { role: 'scores', name, columns: scoreColumns, rows: [], dataRows: rows, frozenColumns: SCORES_FIXED_HEADER.length };
  // Cụm chấm is typed by the secretariat and ranked through Bảng điểm: no live columns of its own.
  if (role === 'agreed') return sheet;
  const typed = scoreColumns.length;
  // Cụm chấm has its own layout (reasons instead of links): the formulas read it as wide as it is laid.
  const agreedWidth = scoresHeader(criteria, 'agreed').length;
  sheet.live = {
    firstColumn: typed,
    sheets: liveFormulas(typed, { ...sources, widths: { ...sources.widths, agreed: agreedWidth } }),
    excel: excelLayout(criteria, typed, rows, sources),
  };
  for (const c of LIVE_COLUMNS) {
    scoreColumns.push(column(c.header, 'points', c.width, { note: c.note, excelNote: EXCEL_LIVE_NOTE, wrap: c.key === 'grade' || c.key === 'check' }));
  }
  // Right of the live columns, as they are the product's: the add-in writes each unit's submission status there.
  scoreColumns.push(column(STATUS_HEADER, 'text', 160, { wrap: true }));
  return sheet;
}

/** Where the .xlsx formulas of `Bảng điểm` find its cells, the maxima and the settings. */
function excelLayout(criteria: readonly ListCriterion[], typed: number, dataRows: number, sources: LiveSources): ExcelLiveLayout {
  return {
    criteria: criteria.map((c, k) => ({
      code: c.code,
      baseHeader: baseHeader(c.code),
      bonusHeader: bonusHeader(c.code),
      base: 2 + 2 * k,
      bonus: 3 + 2 * k,
      row: c.row ?? HEADER_ROWS + 1 + k,
      ...(c.bands
        ? { bands: { rules: c.bands, text: c.bandsText ?? '', placeColumn: sources.places?.get(nameKey(c.code)) ?? -1, placeHeader: placeHeader(c.code) } }
        : {}),
    })),
    code: 0,
    name: 1,
    deduction: 2 + 2 * criteria.length,
    reason: 3 + 2 * criteria.length,
    firstLive: typed,
    settingCells: sources.settingCells ?? Object.fromEntries(SETTINGS.map((d, i) => [d.key, a1(HEADER_ROWS + i, 1)])),
    firstRow: HEADER_ROWS + 1,
    lastRow: HEADER_ROWS + dataRows,
    agreed: !!sources.agreed,
    ballots: !!sources.ballots,
  };
}

/**
 * The input sheets of a new workbook. Without a criteria list (the guided start) the
 * lists are empty and `Bảng điểm` has only its fixed columns: the user types the
 * lists, then "Cập nhật Bảng điểm" lays the score columns and unit rows out.
 */
export function templateSheets(criteria: readonly ListCriterion[] = [], sources: LiveSources = {}): TemplateSheet[] {
  const settings: TemplateSheet = {
    role: 'settings',
    name: SHEET.settings,
    columns: [
      column(SETTINGS_HEADER[0], 'text', 220, { wrap: true }),
      column(SETTINGS_HEADER[1], 'text', 420, { wrap: true }),
      column(SETTINGS_HEADER[2], 'text', 320, { wrap: true }),
    ],
    rows: SETTINGS.map((d) => [d.label, d.example, d.help]),
    dataRows: SETTINGS.length,
  };
  const criteriaSheet: TemplateSheet = {
    role: 'criteria',
    name: SHEET.criteria,
    columns: CRITERIA_HEADER.map((h, i) =>
      column(h, i === CRITERIA_COL.maxBase || i === CRITERIA_COL.maxBonus ? 'points' : 'text', [90, 260, 90, 90, 640, 200, 90][i], {
        wrap: i !== CRITERIA_COL.code && h !== OLD_CODE_HEADER,
      }),
    ),
    rows: criteria.map((c) => [c.code, c.name, toNumber(c.maxBase), c.maxBonus === null ? '' : toNumber(c.maxBonus), '']),
    dataRows: DATA_ROWS,
  };
  const units: TemplateSheet = {
    role: 'units',
    name: SHEET.units,
    columns: [
      ...UNITS_HEADER.map((h, i) => column(h, 'text', [90, 360, 160, 320, 90, 90][i], { wrap: i > 0 && h !== OLD_CODE_HEADER })),
      // A criterion whose bonus follows an outside ranking gets a column for each unit's place.
      ...criteria.filter((c) => c.bands).map((c) => column(placeHeader(c.code), 'points', 90)),
    ],
    rows: [],
    dataRows: DATA_ROWS,
  };
  // The places sit where this template puts them unless the sheet is already there.
  const places = sources.places ?? new Map(criteria.filter((c) => c.bands).map((c, i) => [nameKey(c.code), UNITS_HEADER.length + i]));
  return [settings, criteriaSheet, units, scoresSheet(criteria, SHEET.scores, DATA_ROWS, { ...sources, places })];
}

/** Score rows for a unit list: code and short name filled, scores left for the unit. */
export function scoreRowsFor(units: readonly { code: string; shortName: string }[]): CellValue[][] {
  return units.map((u) => [u.code, u.shortName]);
}
