/**
 * Cell values between the core's `CellValue` and a file: the stored form of an
 * input cell read exactly (what `Range.getValues()` gives in Sheets, or an
 * `UnreadCell` naming what cannot be read), and exceljs values of the workbooks
 * we write, read back by the tests and `Lịch sử`.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/model/types';
import { UnreadCell } from '../core/model/unread-cell';

/**
 * exceljs stores a date's wall-clock time as if it were UTC; Sheets hands out the
 * same wall-clock time in the script's time zone. Moving the fields keeps
 * "05/01/2022" the fifth of January wherever the command runs.
 */
function wallClock(d: Date): Date {
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}

export function toExcelDate(d: Date): Date {
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()));
}

/** One exceljs value (possibly a formula, rich text, hyperlink or error object) → CellValue. */
export function fromExcelValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  if (value instanceof Date) return wallClock(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return fromExcelValue(value.result as ExcelJS.CellValue | undefined);
  // Hyperlinks: the text the user sees, which exceljs may keep as rich text.
  if ('hyperlink' in value) return fromExcelValue(value.text as ExcelJS.CellValue);
  return '';
}

/** A cell as `getValues()` would give it: merged cells other than the master read as ''. */
export function fromExcelCell(cell: ExcelJS.Cell): CellValue {
  // A cell merged into another (exceljs's ValueType.Merge) is its master's: the master alone holds the value.
  if (cell.master !== cell) return '';
  return fromExcelValue(cell.value);
}

/** What one <c> element of a sheet holds, as stored. */
export interface StoredCell {
  /** The `t` attribute: n (or absent), s, str, inlineStr, b, e, d. */
  type: string;
  /** The `s` attribute: index of the cell style. */
  style: number;
  /** Text of <v>, or null when the cell has none. */
  value: string | null;
  /** Text of <f>, or null when the cell holds no formula. */
  formula: string | null;
  /** Text of <is> for inline strings. */
  inline: string;
}

export interface StoredContext {
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
}

/** The lexical form of a number in a sheet part (xsd:double without INF/NaN): "9,5", "0x10" and "9abc" are not. */
const STORED_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Serial day 0 of the 1900 system is 1899-12-30 (Excel's 1900 leap-year quirk included); of the 1904 system, 1904-01-01. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

function fromSerial(serial: number, date1904: boolean): Date {
  return wallClock(new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * DAY_MS)));
}

/** A date-time's wall-clock time as the serial day Excel stores (the inverse of fromSerial). */
export function toSerial(d: Date, date1904: boolean): number {
  return (toExcelDate(d).getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS;
}

/** An ISO 8601 date of a `t="d"` cell, as the wall-clock time it names. */
function fromIso(text: string): Date | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(y, mo - 1, d, h, mi, s);
  return date.getMonth() === mo - 1 ? date : null;
}

/**
 * A stored cell → CellValue, reading what the file holds and nothing else: a
 * formula counts by its cached result (0 included), a formula saved without one
 * and a value that is not what its type says become an `UnreadCell`.
 */
export function fromStoredCell(cell: StoredCell, context: StoredContext): CellValue {
  if (cell.type === 'inlineStr') return cell.inline;
  const v = cell.value;
  if (v === null) return cell.formula !== null ? new UnreadCell('formula', cell.formula) : '';
  switch (cell.type) {
    case 's': {
      const text = /^\d+$/.test(v) ? context.sharedStrings[Number(v)] : undefined;
      return text ?? new UnreadCell('badValue', v);
    }
    case 'str':
      return v;
    case 'e':
      return v;
    case 'b':
      if (v === '1' || v === 'true') return true;
      if (v === '0' || v === 'false') return false;
      return new UnreadCell('badValue', v);
    case 'd':
      return fromIso(v.trim()) ?? new UnreadCell('badValue', v);
    default: {
      const text = v.trim();
      if (text === '' && cell.formula !== null) return new UnreadCell('formula', cell.formula);
      if (!STORED_NUMBER.test(text)) return new UnreadCell('badValue', v);
      const n = Number(text);
      if (!Number.isFinite(n)) return new UnreadCell('badValue', v);
      return context.dateStyles.has(cell.style) ? fromSerial(n, context.date1904) : n;
    }
  }
}
