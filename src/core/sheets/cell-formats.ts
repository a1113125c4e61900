/**
 * Cell formats shared by the Sheets and the .xlsx adapters, so a template or an
 * output sheet looks the same in both. Patterns are locale-neutral: under vi_VN
 * the "." of a pattern shows as a decimal comma.
 */
import type { OutCell } from '../model/output-sheet';
import type { CellValue } from '../model/types';
import type { ColumnFormat } from './template-sheets';

/** Plain text: whatever is typed or written stays text and is never evaluated. */
export const TEXT_FORMAT = '@';
/**
 * Points as the number they are: "20", "9.5", "9.25" — the same in the template, the
 * output sheets, the report and the sidebar ("0.0##" showed "20.0" beside a "20",
 * "0.###" shows "20."). The decimal mark is the spreadsheet's locale's: under
 * vi_VN a comma, as the report's default.
 */
export const POINTS_FORMAT = 'General';
/** Ranks, counts and whole points. */
export const WHOLE_FORMAT = '0';
/** A date-time value (the time of a run in `Lịch sử`): "25/11/2026 08:44". */
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';
/** A date typed in a score cell, kept aside as it was. */
export const DATE_FORMAT = 'dd/mm/yyyy';
/** Header rows of every sheet we write. */
export const HEADER_BACKGROUND = '#d9e2f3';

export function columnFormat(format: ColumnFormat): string {
  return format === 'text' ? TEXT_FORMAT : POINTS_FORMAT;
}

/** The format of an output cell: strings as literal text, dates as date-times, numbers (ranks, counts, points) as they are. */
export function outputFormat(cell: OutCell): string {
  if (typeof cell === 'string') return TEXT_FORMAT;
  if (cell instanceof Date) return DATE_TIME_FORMAT;
  return POINTS_FORMAT;
}

/**
 * The format of a cell of `Điểm đã gỡ`: the time the values were kept aside (its
 * first column) a date-time like `Lịch sử`'s, a date typed in a score cell a date,
 * points as points, the rest literal text.
 */
export function keptAsideFormat(value: CellValue, column: number): string {
  if (value instanceof Date) return column === 0 ? DATE_TIME_FORMAT : DATE_FORMAT;
  return typeof value === 'number' ? POINTS_FORMAT : TEXT_FORMAT;
}
