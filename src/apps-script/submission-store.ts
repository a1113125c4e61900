/**
 * Where a submission is recorded in Google Sheets: the document's properties, one a unit.
 * A script runs with the rights of the person who runs it, so a unit's editor submitting
 * from the menu cannot write a sheet only the owner edits; the document's properties are
 * written by any run of the add-in and by no one's hands (only a script reaches them).
 * `Nộp bài` shows the same log as a sheet, rewritten by the secretariat's runs.
 * Google allows 9 kB a property and 500 kB a document.
 */
import { mergeLogs } from '../core/plans/submission';
import { SUBMISSIONS_HEADER } from '../core/model/template';
import type { CellValue, Grid } from '../core/model/types';

const PREFIX = 'tinhDiem.nopBai.';
const VALUE_LIMIT = 9 * 1024;

interface Part {
  header: string[];
  rows: CellValue[][];
}

/** A date-time survives JSON as its milliseconds. */
const encodeCell = (v: CellValue): unknown => (v instanceof Date ? { d: v.getTime() } : v === undefined ? null : v);
const decodeCell = (v: unknown): CellValue =>
  v !== null && typeof v === 'object' && typeof (v as { d?: unknown }).d === 'number' ? new Date((v as { d: number }).d) : (v as CellValue);

function encode(part: Part): string {
  return JSON.stringify({ h: part.header, r: part.rows.map((row) => row.map(encodeCell)) });
}

function decode(text: string): Part | null {
  try {
    const data = JSON.parse(text) as { h: string[]; r: unknown[][] };
    return { header: data.h.map(String), rows: data.r.map((row) => row.map(decodeCell)) };
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

function parts(): Part[] {
  const all = PropertiesService.getDocumentProperties().getProperties();
  return Object.keys(all)
    .filter((key) => key.startsWith(PREFIX))
    .map((key) => decode(all[key]))
    .filter((p): p is Part => p !== null);
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
  const old = decode(store.getProperty(key) ?? '') ?? { header: [...SUBMISSIONS_HEADER], rows: [] };
  const merged = mergeLogs([old, { header: [...header], rows: rows.map((r) => [...r]) }]);
  const part: Part = { header: merged[0].map(String), rows: merged.slice(1) };
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
