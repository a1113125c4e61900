/**
 * Reading and writing points. Points live as integers of a thousandth (`Milli`);
 * they are parsed from whatever a cell holds and formatted only for display.
 * `Number("9,5")` is NaN and `parseFloat("9,5")` is silently 9, so neither is used.
 * Nothing is rounded: 1999.9996 is not 2000 but a cell with too many decimals.
 */
import type { CellValue, Milli } from './types';
import { cleanText } from './text';
import { UnreadCell } from './unread-cell';
import { formatDate } from './dates';

export const MILLI = 1000;

export type ParsedNumber =
  | { kind: 'empty' }
  | { kind: 'number'; value: Milli; fromText: boolean }
  /** `numeric`: `shown` is a number's own form (1.23456), which messages write in the cluster's decimal mark; otherwise it is the text as typed. */
  | {
      kind: 'error';
      reason: 'text' | 'errorValue' | 'date' | 'boolean' | 'precision' | 'notFinite' | 'tooLarge' | 'formula' | 'badValue' | 'twice';
      shown: string;
      numeric?: true;
    };

const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|ERROR!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)/i;
const NUMERIC_TEXT = /^([+-]?)(\d*)(?:[.,](\d*))?$/;

/**
 * Largest magnitude of one cell, in points. A cluster scores in tens or hundreds;
 * the bound keeps every sum exact in thousandths: even 16,384 columns of
 * 1,000,000 points stay far below 2^53 thousandths.
 */
export const MAX_POINTS = 1_000_000;
const MAX_MILLI = MAX_POINTS * 1000;

export function isErrorValue(text: string): boolean {
  return ERROR_VALUE.test(text);
}

/**
 * A number as exact thousandths, or null when it is not finite, beyond
 * `MAX_POINTS`, or when its shortest decimal form (what `String(n)` shows, and
 * what Sheets and Excel display) has more than three decimals. No tolerance:
 * k / 1000 === n holds only when the double n is the one nearest the decimal
 * k thousandths, and within the bound no two such decimals share a double.
 * Parsers call it directly on numeric cells: no object and no text per cell.
 */
export function exactMilli(n: number): Milli | null {
  const value = Math.round(n * MILLI);
  if (!(Math.abs(value) <= MAX_MILLI) || value / MILLI !== n) return null;
  return value === 0 ? 0 : value;
}

// `shown` is turned into text only for an error: most cells are fine, and String(n)
// on every one of a 10,000-unit sheet's cells is a measurable part of a run.
function fromNumber(n: number): ParsedNumber {
  const value = exactMilli(n);
  if (value !== null) return { kind: 'number', value, fromText: false };
  const reason = !Number.isFinite(n) ? 'notFinite' : Math.abs(n) > MAX_POINTS ? 'tooLarge' : 'precision';
  return { kind: 'error', reason, shown: String(n), numeric: true };
}

/** Decimal text ("9,5", "-0.25", "12") to thousandths, digit by digit: no binary rounding on the way. */
function fromDecimalText(text: string, shown: string): ParsedNumber {
  const m = NUMERIC_TEXT.exec(text);
  if (!m || (m[2] === '' && !m[3])) return { kind: 'error', reason: 'text', shown };
  const whole = m[2].replace(/^0+(?=\d)/, '');
  const decimals = (m[3] ?? '').replace(/0+$/, '');
  if (decimals.length > 3) return { kind: 'error', reason: 'precision', shown };
  if (whole.length > String(MAX_POINTS).length) return { kind: 'error', reason: 'tooLarge', shown };
  const magnitude = Number(whole || '0') * MILLI + Number(decimals.padEnd(3, '0'));
  if (magnitude > MAX_MILLI) return { kind: 'error', reason: 'tooLarge', shown };
  const value = m[1] === '-' && magnitude !== 0 ? -magnitude : magnitude;
  return { kind: 'number', value, fromText: true };
}

/** Shared: blank cells are most of a large sheet's bonus columns. */
const EMPTY: ParsedNumber = { kind: 'empty' };

/** Any cell value to points; never throws. */
export function parseNumber(cell: CellValue): ParsedNumber {
  if (cell === null || cell === undefined || cell === '') return EMPTY;
  if (typeof cell === 'number') return fromNumber(cell);
  if (cell instanceof UnreadCell) return { kind: 'error', reason: cell.kind, shown: cell.stored };
  if (typeof cell === 'boolean') return { kind: 'error', reason: 'boolean', shown: cell ? 'TRUE' : 'FALSE' };
  if (cell instanceof Date) return { kind: 'error', reason: 'date', shown: describeDate(cell) };
  const text = cleanText(cell);
  if (text === '') return EMPTY;
  if (isErrorValue(text)) return { kind: 'error', reason: 'errorValue', shown: text };
  // A space may follow the sign ("- 0,5"); one inside the digits ("1 5") is a typo, not 15.
  return fromDecimalText(text.replace(/^([+-]) /, '$1'), text);
}

function describeDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? 'ngày không hợp lệ' : formatDate(d);
}

/** Points for display: exact decimal, no trailing zeros, chosen separator. */
export function formatPoints(value: Milli, separator: '.' | ',' = '.'): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const whole = Math.floor(abs / MILLI);
  const frac = String(abs % MILLI)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return sign + String(whole) + (frac ? separator + frac : '');
}

/**
 * The sign convention of every output a person reads: a bonus is added ("+18"),
 * a deduction taken away ("-0.5"), as the cluster's reports write them; nothing
 * (never "+0") when there is none. Deductions are kept positive inside the core.
 */
export function formatBonus(value: Milli, separator: '.' | ','): string {
  return value === 0 ? '' : `+${formatPoints(value, separator)}`;
}

export function formatDeduction(value: Milli, separator: '.' | ','): string {
  return value === 0 ? '' : `-${formatPoints(Math.abs(value), separator)}`;
}

/** A unit's base, bonus, deduction and total as every table a person reads shows them. */
export function pointsColumns(t: { base: Milli; bonus: Milli; deduction: Milli; total: Milli }, separator: '.' | ','): string[] {
  return [formatPoints(t.base, separator), formatBonus(t.bonus, separator), formatDeduction(t.deduction, separator), formatPoints(t.total, separator)];
}

/** A deduction as the signed number written into a sheet or JSON: -0.5, and 0 (not -0) for none. */
export function deductionNumber(value: Milli): number {
  return value === 0 ? 0 : -Math.abs(value) / MILLI;
}

/** Points as a plain JS number for cells and JSON (exact for thousandths). */
export function toNumber(value: Milli): number {
  return value / MILLI;
}

export function fromPoints(points: number): Milli {
  return Math.round(points * MILLI);
}

/**
 * The decimal mark a spreadsheet locale reads typed numbers with ("vi_VN" → ",",
 * "en_US" → "."): the languages whose locales write a decimal comma. Apps Script
 * gives the locale, not its mark.
 */
const COMMA_LANGUAGES = /^(vi|de|fr|es|it|pt|nl|ru|tr|pl|id|cs|da|fi|nb|no|sv|uk|ro|hu|el|bg|hr|sk|sl|sr|lt|lv|et|ca|az|kk|uz)(_|-|$)/i;

export function localeDecimalMark(locale: string): '.' | ',' {
  return COMMA_LANGUAGES.test(locale) ? ',' : '.';
}
