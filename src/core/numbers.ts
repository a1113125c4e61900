/**
 * Reading and writing points. Points live as integers of a thousandth (`Milli`);
 * they are parsed from whatever a cell holds and formatted only for display.
 * `Number("9,5")` is NaN and `parseFloat("9,5")` is silently 9, so neither is used.
 */
import type { CellValue, Milli } from './types';
import { cleanText } from './text';

export const MILLI = 1000;

export type ParsedNumber =
  | { kind: 'empty' }
  | { kind: 'number'; value: Milli; fromText: boolean }
  | { kind: 'error'; reason: 'text' | 'errorValue' | 'date' | 'boolean' | 'precision' | 'notFinite'; shown: string };

const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|ERROR!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)/i;
const NUMERIC_TEXT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** Largest magnitude kept exact in thousandths (well inside 2^53). */
const LIMIT = 1e12;

export function isErrorValue(text: string): boolean {
  return ERROR_VALUE.test(text);
}

/**
 * A number as exact thousandths, or null when it is not finite, too large, or has
 * more than three decimals (that cannot be a score step: refused, never rounded
 * silently). Parsers call it directly on numeric cells: no object per cell.
 */
export function exactMilli(n: number): Milli | null {
  if (!Number.isFinite(n) || Math.abs(n) > LIMIT) return null;
  const scaled = n * MILLI;
  const value = Math.round(scaled);
  if (Math.abs(scaled - value) > 1e-6 * Math.max(1, Math.abs(scaled))) return null;
  return value === 0 ? 0 : value;
}

// `shown` is turned into text only for an error: most cells are fine, and String(n)
// on every one of a 10,000-unit sheet's cells is a measurable part of a run.
function fromNumber(n: number, fromText: boolean, shown: string | number): ParsedNumber {
  const value = exactMilli(n);
  if (value !== null) return { kind: 'number', value, fromText };
  const reason = !Number.isFinite(n) || Math.abs(n) > LIMIT ? 'notFinite' : 'precision';
  return { kind: 'error', reason, shown: String(shown) };
}

/** Shared: blank cells are most of a large sheet's bonus columns. */
const EMPTY: ParsedNumber = { kind: 'empty' };

/** Any cell value to points; never throws. */
export function parseNumber(cell: CellValue): ParsedNumber {
  if (cell === null || cell === undefined || cell === '') return EMPTY;
  if (typeof cell === 'number') return fromNumber(cell, false, cell);
  if (typeof cell === 'boolean') return { kind: 'error', reason: 'boolean', shown: cell ? 'TRUE' : 'FALSE' };
  if (cell instanceof Date) return { kind: 'error', reason: 'date', shown: describeDate(cell) };
  const text = cleanText(cell);
  if (text === '') return EMPTY;
  if (isErrorValue(text)) return { kind: 'error', reason: 'errorValue', shown: text };
  // A space may follow the sign ("- 0,5"); one inside the digits ("1 5") is a typo, not 15.
  const compact = text.replace(/^([+-]) /, '$1');
  if (!NUMERIC_TEXT.test(compact)) return { kind: 'error', reason: 'text', shown: text };
  return fromNumber(Number(compact.replace(',', '.')), true, text);
}

function describeDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return 'ngày không hợp lệ';
  const dd = String(d.getDate()).padStart(2, '0');
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getFullYear()}`;
}

/** Points for display: exact decimal, no trailing zeros, chosen separator. */
export function formatPoints(value: Milli, separator: '.' | ',' = '.'): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const whole = Math.floor(abs / MILLI);
  const frac = String(abs % MILLI).padStart(3, '0').replace(/0+$/, '');
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
