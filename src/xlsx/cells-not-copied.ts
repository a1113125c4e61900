/**
 * Cells exceljs would write back changed. `cap-nhat` loads the user's workbook
 * into exceljs and writes it out again, and exceljs reads a stored value with
 * `parseFloat` / `parseInt` and knows no `t="d"`: a stored `9,5` would come back
 * as 9, a date stored as text as the number 2024, `false` as TRUE. The sheets
 * copied as exceljs loaded them are streamed first (nothing kept but the first
 * such cell of each), so that such a cell is named instead of silently changed.
 */
import { a1 } from '../core/model/a1';
import { nameKey } from '../core/model/text';
import type { CellsNotCopied } from '../core/read/unread-issues';
import { UnreadCell } from '../core/model/unread-cell';
import { fromStoredCell, type StoredCell, type StoredContext } from './cell-value';
import { openPackage } from './read-package';
import { streamCells } from './read-sheet';

/** What exceljs would write back for this stored cell differs from what is stored. */
export function exceljsAlters(cell: StoredCell, context: StoredContext): boolean {
  if (cell.value === null || cell.type === 'inlineStr' || cell.type === 'str' || cell.type === 'e') return false;
  // exceljs reads a t="d" value with parseFloat ("2024-03-05" → 2024).
  if (cell.type === 'd') return true;
  // exceljs reads a boolean as parseInt(v) !== 0, so "false" becomes TRUE.
  if (cell.type === 'b') return cell.value !== '0' && cell.value !== '1';
  const read = fromStoredCell(cell, context);
  return read instanceof UnreadCell && read.kind === 'badValue';
}

/**
 * Per sheet of the package, the cells exceljs would alter — except in the sheets
 * named in `rewritten` (the first sheet of each such name), whose values are
 * written from the exact reading instead.
 */
export async function cellsNotCopied(bytes: Uint8Array, fileName: string, rewritten: readonly string[]): Promise<CellsNotCopied[]> {
  const pkg = await openPackage(bytes, fileName);
  const skipped = new Set(rewritten.map((name) => pkg.sheets.find((s) => nameKey(s.name) === nameKey(name))?.path));
  const found: CellsNotCopied[] = [];
  for (const sheet of pkg.sheets) {
    if (skipped.has(sheet.path)) continue;
    let first: CellsNotCopied | null = null;
    await streamCells(pkg, sheet.path, {
      cell(row, col, stored) {
        if (!exceljsAlters(stored, pkg)) return;
        if (first) first.count++;
        else first = { sheet: sheet.name, first: a1(row, col), stored: stored.value ?? '', count: 1 };
      },
    });
    if (first) found.push(first);
  }
  return found;
}
