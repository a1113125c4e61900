/**
 * Where a submission is recorded in Google Sheets: the document's properties, one a unit.
 * A script runs with the rights of the person who runs it, so a unit's editor submitting
 * from the menu cannot write a sheet only the owner edits; the document's properties are
 * written by any run of the add-in and by no one's hands (only a script reaches them).
 * `Nộp bài` shows the same log as a sheet, rewritten by the secretariat's runs.
 * Google allows 9 kB a property and 500 kB a document.
 *
 * Each part is stamped with the spreadsheet's id, and a part of another spreadsheet is
 * never read: Google's reference does not say whether *File › Make a copy* carries a
 * document's properties into the copy (it says the bound scripts are copied), so a copy
 * made for next year must not count last year's submissions, whatever the platform does.
 * "Bắt đầu năm mới" also empties the store (`clearLog`).
 */
import { mergeLogs } from '../core/plans/submission';
import { SUBMISSIONS_HEADER } from '../core/model/template';
import type { CellValue, Grid } from '../core/model/types';

const PREFIX = 'tinhDiem.nopBai.';
const VALUE_LIMIT = 9 * 1024;

interface Part {
  header: string[];
  rows: CellValue[][];
  /** The id of the spreadsheet the part was recorded in. */
  sheet: string;
}

/** The open spreadsheet's id (a custom function may read it too). */
const here = (): string => SpreadsheetApp.getActiveSpreadsheet().getId();

/** A date-time survives JSON as its milliseconds. */
const encodeCell = (v: CellValue): unknown => (v instanceof Date ? { d: v.getTime() } : v === undefined ? null : v);
const decodeCell = (v: unknown): CellValue =>
  v !== null && typeof v === 'object' && typeof (v as { d?: unknown }).d === 'number' ? new Date((v as { d: number }).d) : (v as CellValue);

function encode(part: Part): string {
  return JSON.stringify({ s: part.sheet, h: part.header, r: part.rows.map((row) => row.map(encodeCell)) });
}

function decode(text: string): Part | null {
  try {
    const data = JSON.parse(text) as { s?: unknown; h: string[]; r: unknown[][] };
    return { sheet: typeof data.s === 'string' ? data.s : '', header: data.h.map(String), rows: data.r.map((row) => row.map(decodeCell)) };
  } catch {
    return null;
  }
}

/** UTF-8 length, as Google counts a property's size (no TextEncoder in Apps Script). */
function bytes(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The parts recorded in this spreadsheet. */
function parts(): Part[] {
  const all = PropertiesService.getDocumentProperties().getProperties();
  const id = here();
  return Object.keys(all)
    .filter((key) => key.startsWith(PREFIX))
    .map((key) => decode(all[key]))
    .filter((p): p is Part => p !== null && p.sheet === id);
}

/** The whole log as `Nộp bài` shows it, or null when nothing was recorded here yet. */
export function readLog(): Grid | null {
  const found = parts();
  return found.length === 0 ? null : mergeLogs(found);
}

/**
 * Appends a unit's rows. Within the 9 kB of a property, the values of the unit's older
 * submissions give way first (their events stay); the latest submission is never cut.
 */
export function appendLog(unit: string, header: readonly string[], rows: readonly CellValue[][]): void {
  const store = PropertiesService.getDocumentProperties();
  const key = PREFIX + unit;
  const id = here();
  const found = decode(store.getProperty(key) ?? '');
  // A part recorded in another spreadsheet (this one a copy of it) is not this one's: replaced.
  const old = found && found.sheet === id ? found : { sheet: id, header: [...SUBMISSIONS_HEADER], rows: [] };
  const merged = mergeLogs([old, { header: [...header], rows: rows.map((r) => [...r]) }]);
  const part: Part = { sheet: id, header: merged[0].map(String), rows: merged.slice(1) };
  const events = SUBMISSIONS_HEADER.length;
  for (let i = 0; bytes(key) + bytes(encode(part)) > VALUE_LIMIT && i < part.rows.length - 1; i++) {
    part.rows[i] = part.rows[i].map((v, c) => (c < events ? v : ''));
  }
  if (bytes(key) + bytes(encode(part)) > VALUE_LIMIT) {
    throw new Error(
      `Bảng điểm của đơn vị ${unit} quá dài để lưu (tối đa ${VALUE_LIMIT / 1024} kB mỗi đơn vị): hãy rút gọn các đường dẫn minh chứng hoặc giải thích rồi nộp lại`,
    );
  }
  store.setProperty(key, encode(part));
}

/** Empties the store ("Bắt đầu năm mới": the new year's units submit again). */
export function clearLog(): void {
  const store = PropertiesService.getDocumentProperties();
  for (const key of store.getKeys()) if (key.startsWith(PREFIX)) store.deleteProperty(key);
}
