/**
 * Cell formats shared by the Sheets and the .xlsx adapters, so a template or an
 * output sheet looks the same in both. Patterns are locale-neutral: under vi_VN
 * the "." of a pattern shows as a decimal comma.
 */
import type { OutCell } from './outputs';
import type { ColumnFormat } from './template-sheets';

/** Plain text: whatever is typed or written stays text and is never evaluated. */
export const TEXT_FORMAT = '@';
/** Points with up to three decimals: "10.0", "9.5", "9.25" ("0.###" would show "10."). */
export const POINTS_FORMAT = '0.0##';
/** Ranks, counts and whole points. */
export const WHOLE_FORMAT = '0';
/** A date-time value (the time of a run in `Lịch sử`): "25/11/2026 08:44". */
export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';
/** Header rows of every sheet we write. */
export const HEADER_BACKGROUND = '#d9e2f3';

export function columnFormat(format: ColumnFormat): string {
  return format === 'text' ? TEXT_FORMAT : POINTS_FORMAT;
}

/** The format of an output cell: strings as literal text, dates as date-times, numbers whole or in points. */
export function outputFormat(cell: OutCell): string {
  if (typeof cell === 'string') return TEXT_FORMAT;
  if (cell instanceof Date) return DATE_TIME_FORMAT;
  return Number.isInteger(cell) ? WHOLE_FORMAT : POINTS_FORMAT;
}
