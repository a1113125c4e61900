/**
 * Writing a laid-out sheet over one that people keep typing into (units take no lock):
 * right before the write, the adapter reads the cells again; `typedMeanwhile` says
 * which cells differ from what the plan was made from (the plan is then made again
 * from the new values, so a value typed in between moves with its unit and criterion
 * instead of being overwritten), and `changedBlock` bounds the cells whose value must
 * change, so that a sheet already in order is not written at all.
 */
import { a1 } from '../model/a1';
import { isLiveHeader } from '../sheets/live-columns';
import type { CellValue, Grid } from '../model/types';
import type { Block } from './permissions';

const blank = (v: CellValue): boolean => v === '' || v === null || v === undefined;

function sameValue(a: CellValue, b: CellValue): boolean {
  if (blank(a) && blank(b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/**
 * The cells (A1) where `now` differs from `read`, the sheet as the plan read it: a
 * value typed, changed or cleared since. The live columns of `read`'s header are
 * computed, not typed, and not compared.
 */
export function typedMeanwhile(read: Grid, now: Grid): string[] {
  const header = read[0] ?? [];
  const out: string[] = [];
  const rows = Math.max(read.length, now.length);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(read[r]?.length ?? 0, now[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      if (isLiveHeader(header[c])) continue;
      if (!sameValue(read[r]?.[c] ?? '', now[r]?.[c] ?? '')) out.push(a1(r, c));
    }
  }
  return out;
}

/**
 * The smallest block (1-based) holding every cell whose value must change from `now`
 * to `target`, leaving out the columns `skip` (the live columns, written apart); null
 * when none must change.
 */
export function changedBlock(now: Grid, target: Grid, skip: (column: number) => boolean = () => false): Block | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  target.forEach((row, r) =>
    row.forEach((value, c) => {
      if (skip(c) || sameValue(now[r]?.[c] ?? '', value)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  return bottom < 0 ? null : { row: top + 1, column: left + 1, rows: bottom - top + 1, columns: right - left + 1 };
}
