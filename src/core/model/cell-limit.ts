/**
 * Google Sheets refuses a cell of more than 50,000 characters: one such cell
 * makes the whole `setValues` of an output sheet throw. Excel holds at most
 * 32,767 in a cell and "repairs" a file with more. Names and notes may be that
 * long already, and a ranking line of thousands of units is longer still, so
 * every text we write is held under the lower limit here: the same output
 * sheets go to Sheets and to the .xlsx summary.
 */
export const SHEETS_CELL_LIMIT = 50_000;
export const EXCEL_CELL_LIMIT = 32_767;
/** The limit of every output cell: both programs must open what we write. */
export const OUTPUT_CELL_LIMIT = Math.min(SHEETS_CELL_LIMIT, EXCEL_CELL_LIMIT);

/** Columns of a sheet: Excel's last is XFD (16,384); Sheets allows 18,278. A sheet we lay stays within both. */
export const MAX_SHEET_COLUMNS = 16_384;

/**
 * Text cut to at most `limit` UTF-16 units, keeping its start and its end (where
 * a message says what to do), joined by "…"; never splits a surrogate pair.
 */
export function clipMiddle(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const isLowSurrogate = (i: number): boolean => {
    const c = text.charCodeAt(i);
    return c >= 0xdc00 && c <= 0xdfff;
  };
  const tail = Math.floor(limit / 3);
  let headEnd = limit - tail - 1;
  if (isLowSurrogate(headEnd)) headEnd--;
  let tailStart = text.length - tail;
  if (isLowSurrogate(tailStart)) tailStart++;
  return `${text.slice(0, headEnd)}…${text.slice(tailStart)}`;
}
