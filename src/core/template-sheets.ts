/**
 * The blank template as data: for every input sheet its header, starting rows,
 * header notes, column formats and the validation of score cells. The add-in's
 * "Tạo bảng mẫu" and the `tinh-diem mau` command both draw exactly this.
 */
import { toNumber } from './numbers';
import {
  CRITERIA_COL,
  CRITERIA_HEADER,
  DEDUCTION_HEADER,
  HEADER_NOTES,
  SETTINGS,
  SCORES_FIXED_HEADER,
  SETTINGS_HEADER,
  SHEET,
  UNITS_HEADER,
  scoresHeader,
} from './template';
import type { CellValue, Criterion } from './types';

/** How a column's cells are formatted: literal text, or a number shown with up to 3 decimals. */
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
}

const DATA_ROWS = 200;

function column(header: string, format: ColumnFormat, width: number, extra: Partial<ColumnSpec> = {}): ColumnSpec {
  const note = HEADER_NOTES[header];
  return { header, format, width, ...(note ? { note } : {}), ...extra };
}

type ListCriterion = Pick<Criterion, 'code' | 'name' | 'maxBase' | 'maxBonus'>;

/**
 * `Bảng điểm` (and `Cụm chấm`) for a criteria list: a base and a bonus column per
 * criterion, each validated from 0 to the criterion's maximum, with a note saying so.
 */
export function scoresSheet(criteria: readonly ListCriterion[], name: string = SHEET.scores, dataRows = DATA_ROWS): TemplateSheet {
  const reasonCol = 2 + criteria.length * 2 + 1;
  const scoreColumns: ColumnSpec[] = scoresHeader(criteria).map((h, i) =>
    // Score columns hold "20.0" under a header that wraps ("Thưởng" / "10"): narrow, so that many criteria still print legibly on one page width.
    column(h, i < 2 || i === reasonCol ? 'text' : 'points', [70, 160][i] ?? (i === reasonCol ? 240 : 60), { wrap: i === 1 || i === reasonCol }),
  );
  criteria.forEach((c, k) => {
    scoreColumns[2 + 2 * k].validation = { min: 0, max: toNumber(c.maxBase), help: `Điểm chuẩn tiêu chí ${c.code}: một số từ 0 đến ${toNumber(c.maxBase)}` };
    scoreColumns[2 + 2 * k].note = `Tiêu chí ${c.code}: ${c.name}. Điểm chuẩn tối đa ${toNumber(c.maxBase)}.`;
    const bonusMax = c.maxBonus === null ? 0 : toNumber(c.maxBonus);
    scoreColumns[3 + 2 * k].note = bonusMax > 0 ? `Tiêu chí ${c.code}: điểm thưởng từ 0 đến ${bonusMax}; để trống nếu không có.` : `Tiêu chí ${c.code} không có điểm thưởng: để trống.`;
    scoreColumns[3 + 2 * k].validation = { min: 0, max: bonusMax, help: bonusMax > 0 ? `Điểm thưởng tiêu chí ${c.code}: từ 0 đến ${bonusMax}` : `Tiêu chí ${c.code} không có điểm thưởng: để trống` };
  });
  const deduction = scoreColumns.find((s) => s.header === DEDUCTION_HEADER);
  if (deduction) deduction.validation = { min: -100, max: 100, help: 'Điểm trừ: ghi 0,5 hoặc -0,5 đều là trừ 0,5 điểm' };
  return { role: 'scores', name, columns: scoreColumns, rows: [], dataRows: Math.max(DATA_ROWS, dataRows), frozenColumns: SCORES_FIXED_HEADER.length };
}

/**
 * The input sheets of a new workbook. Without a criteria list (the guided start) the
 * lists are empty and `Bảng điểm` has only its fixed columns: the user types the
 * lists, then "Cập nhật Bảng điểm" lays the score columns and unit rows out.
 */
export function templateSheets(criteria: readonly ListCriterion[] = []): TemplateSheet[] {
  const settings: TemplateSheet = {
    role: 'settings',
    name: SHEET.settings,
    columns: [column(SETTINGS_HEADER[0], 'text', 220, { wrap: true }), column(SETTINGS_HEADER[1], 'text', 420, { wrap: true }), column(SETTINGS_HEADER[2], 'text', 320, { wrap: true })],
    rows: SETTINGS.map((d) => [d.label, d.example, d.help]),
    dataRows: SETTINGS.length,
  };
  const criteriaSheet: TemplateSheet = {
    role: 'criteria',
    name: SHEET.criteria,
    columns: CRITERIA_HEADER.map((h, i) =>
      column(h, i === CRITERIA_COL.maxBase || i === CRITERIA_COL.maxBonus ? 'points' : 'text', [90, 260, 90, 90, 640][i], { wrap: i !== CRITERIA_COL.code }),
    ),
    rows: criteria.map((c) => [c.code, c.name, toNumber(c.maxBase), c.maxBonus === null ? '' : toNumber(c.maxBonus), '']),
    dataRows: DATA_ROWS,
  };
  const units: TemplateSheet = {
    role: 'units',
    name: SHEET.units,
    columns: UNITS_HEADER.map((h, i) => column(h, 'text', [90, 360, 160, 320][i], { wrap: i > 0 })),
    rows: [],
    dataRows: DATA_ROWS,
  };
  return [settings, criteriaSheet, units, scoresSheet(criteria)];
}

/** Score rows for a unit list: code and short name filled, scores left for the unit. */
export function scoreRowsFor(units: readonly { code: string; shortName: string }[]): CellValue[][] {
  return units.map((u) => [u.code, u.shortName]);
}
