/**
 * A short fingerprint of the input sheets, written to `Lịch sử` so that two runs
 * can be told apart (same fingerprint: same inputs). FNV-1a over a canonical text
 * of the cells, in two 32-bit lanes: no crypto API exists in Apps Script's V8.
 */
import type { WorkbookGrids } from './types';

/** The canonical text's type prefixes, made once rather than once a cell. */
const TYPE_PREFIX: Record<string, string> = { number: 'number:', string: 'string:', boolean: 'boolean:', object: 'object:' };

export function fingerprint(grids: WorkbookGrids): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  // A local name: a global looked up per character is slow in a sandboxed context.
  const imul = Math.imul;
  // Each piece of the canonical text hashed as it comes: no text is built or listed per
  // cell, and a long text is never copied. This runs on every menu action, over every
  // cell of a sheet of thousands of units.
  const hash = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = imul(h1 ^ ch, 0x01000193);
      h2 = imul(h2 ^ ch, 0x5bd1e995) ^ (h2 >>> 15);
    }
  };
  for (const key of ['settings', 'criteria', 'units', 'scores', 'agreed', 'ballots', 'past'] as const) {
    // Ballots and past years came later: a workbook without them keeps the fingerprint it always had.
    if ((key === 'ballots' || key === 'past') && !grids[key]) continue;
    hash(`[${key}]`);
    for (const row of grids[key] ?? []) {
      // Trailing blanks do not change the meaning of a row.
      let end = row.length;
      while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
      for (let c = 0; c < end; c++) {
        // The canonical text of a cell: nothing for a blank, d<ms> for a date, else its type and its text.
        const cell = row[c];
        if (cell instanceof Date) hash(`d${cell.getTime()}`);
        else if (cell !== null && cell !== undefined) {
          const type = typeof cell;
          hash(TYPE_PREFIX[type] ?? `${type}:`);
          hash(String(cell));
        }
        hash('\u0001');
      }
      hash('\u0002');
    }
  }
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
  return hex(h1) + hex(h2);
}
