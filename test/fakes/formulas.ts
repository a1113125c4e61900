/**
 * How the Sheets fake works out a formula that calls one of the project's custom
 * functions, as Google Sheets does: the arguments are parsed from the formula
 * text, a range argument is read from the cells as they are now (one cell as a
 * value, several as a 2D array, an open-ended `A1:N` down to the sheet's last
 * row), the function of the loaded script is called, and a 2D result spills
 * right and down from the formula's cell. A spill that would overwrite a typed
 * value shows #REF! in the formula's cell ("Array result was not expanded
 * because it would overwrite data in A3."); a function that throws shows #ERROR!.
 *
 * Argument separators: ";" in every locale, "," only where the decimal separator
 * is a point (under vi_VN a "," is a decimal comma and the formula does not parse).
 */
import { parseA1 } from '../../src/core/model/a1';
import type { CellValue } from '../../src/core/model/types';

/** A range named in a formula: sheet (null: the formula's own), 1-based corners; `lastRow` null when open-ended. */
export interface RangeRef {
  sheet: string | null;
  row: number;
  column: number;
  lastRow: number | null;
  lastColumn: number;
}

export type FormulaArg = { kind: 'range'; ref: RangeRef } | { kind: 'value'; value: CellValue };

export interface Call {
  name: string;
  args: FormulaArg[];
}

/** Why a formula could not be parsed, as the cell shows it. */
export const PARSE_ERROR = '#ERROR!';

const DECIMAL_COMMA = /^(vi|de|fr|es|it|pt|nl|ru|tr|pl|id)/;

export function usesDecimalComma(locale: string): boolean {
  return DECIMAL_COMMA.test(locale);
}

/** Splits the argument text at top-level separators, outside quotes. */
function splitArgs(text: string, locale: string): string[] | null {
  const parts: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (const ch of text) {
    if (quote) {
      current += ch;
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    if (ch === ';' || ch === ',') {
      if (ch === ',' && usesDecimalComma(locale)) return null;
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (quote) return null;
  parts.push(current.trim());
  return parts.length === 1 && parts[0] === '' ? [] : parts;
}

const REF = /^(?:(?:'((?:[^']|'')+)'|([^'!\s]+))!)?\$?([A-Z]+)\$?(\d+)?(?::\$?([A-Z]+)\$?(\d+)?)?$/;

function columnNumber(letters: string): number {
  return (parseA1(`${letters}1`)?.col ?? 0) + 1;
}

function parseArg(text: string): FormulaArg | null {
  const string = /^"((?:[^"]|"")*)"$/.exec(text);
  if (string) return { kind: 'value', value: string[1].replace(/""/g, '"') };
  if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return { kind: 'value', value: Number(text) };
  if (text === '') return { kind: 'value', value: undefined };
  const m = REF.exec(text);
  if (!m) return null;
  const [, quoted, bare, c1, r1, c2, r2] = m;
  const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? null);
  if (r1 === undefined && c2 === undefined) return null;
  const row = r1 === undefined ? 1 : Number(r1);
  const column = columnNumber(c1);
  if (c2 === undefined) return { kind: 'range', ref: { sheet, row, column, lastRow: row, lastColumn: column } };
  return { kind: 'range', ref: { sheet, row, column, lastRow: r2 === undefined ? null : Number(r2), lastColumn: columnNumber(c2) } };
}

/** `=NAME(arg; arg…)` → the call, or null when the text is not one call the fake can parse. */
export function parseCall(formula: string, locale: string): Call | null | typeof PARSE_ERROR {
  const m = /^=\s*([A-Za-z_][A-Za-z0-9_]*)\s*\((.*)\)\s*$/s.exec(formula);
  if (!m) return null;
  const parts = splitArgs(m[2], locale);
  if (!parts) return PARSE_ERROR;
  const args: FormulaArg[] = [];
  for (const part of parts) {
    const arg = parseArg(part);
    if (!arg) return PARSE_ERROR;
    args.push(arg);
  }
  return { name: m[1].toUpperCase(), args };
}

/** What a custom function's result becomes: a grid of cells, anchored at the formula. */
export function resultGrid(result: unknown): CellValue[][] {
  if (Array.isArray(result)) {
    const rows = result.map((row) => (Array.isArray(row) ? row : [row]));
    return rows.length === 0 ? [['']] : rows.map((row) => row.map(cellOf));
  }
  return [[cellOf(result)]];
}

function cellOf(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (Object.prototype.toString.call(value) === '[object Date]') return new Date((value as Date).getTime());
  return String(value);
}
