/**
 * Merged cells on the score sheets. Sheets and Excel keep a merged range's value in
 * its first cell only and show it over the whole range: a unit that merges K5:K6
 * sees its 10 on both rows, but K6 holds nothing, and is read so (as `getValues()`
 * and the file reader give it). Any message about such a hidden cell says why it
 * reads blank, and a merge that hides a cell no message is about (a bonus merged
 * into its base score reads as no bonus) is a warning of its own: never a silent blank.
 */
import { a1, parseA1 } from '../model/a1';
import { clipMiddle } from '../model/cell-limit';
import { CODE, IssueList, MESSAGE_LIMIT } from '../model/issues';
import { SHEET } from '../model/template';
import { cleanText } from '../model/text';
import type { Grid } from '../model/types';

/** The merged ranges ("K5:K6") of one input sheet, as the file reader or Sheets found them. */
export interface MergedRanges {
  sheet: string;
  ranges: readonly string[];
}

interface Merge {
  range: string;
  first: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function merge(range: string): Merge | null {
  const [from, to = from] = range.toUpperCase().split(':');
  const a = parseA1(from ?? '');
  const b = parseA1(to);
  if (!a || !b) return null;
  const m = { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  if (m.top === m.bottom && m.left === m.right) return null;
  return { ...m, range: `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`, first: a1(m.top, m.left) };
}

const hides = (m: Merge, row: number, col: number): boolean =>
  row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left);

/** Why `cell` reads blank; `what` names its column when the message has nothing else to say. */
const why = (m: Merge, cell: string, what = ''): string =>
  `Ô ${cell}${what} nằm trong vùng gộp ${m.range}; chỉ ô đầu ${m.first} giữ giá trị (giá trị ấy hiện trên cả vùng), ô ${cell} được đọc là trống. Hãy bỏ gộp ô rồi gõ vào từng ô.`;

/**
 * `grids`: the score sheets as read (`Bảng điểm`, `Cụm chấm`), by name; `unitOf` the unit of a row
 * of one (0-based), for the warning's unit. Run after every check of the sheets' cells.
 */
export function reportMerged(
  merged: readonly MergedRanges[],
  grids: Readonly<Record<string, Grid | undefined>>,
  issues: IssueList,
  unitOf: (sheet: string, row: number) => string | undefined,
): void {
  for (const { sheet, ranges } of merged) {
    const merges = ranges.map(merge).filter((m): m is Merge => m !== null);
    if (merges.length === 0) continue;
    const explained = new Set<Merge>();
    for (const issue of issues.items) {
      const at = issue.sheet === sheet ? parseA1(issue.cell) : null;
      const m = at && merges.find((x) => hides(x, at.row, at.col));
      if (!m) continue;
      issue.message = clipMiddle(`${why(m, issue.cell)} ${issue.message}`, MESSAGE_LIMIT);
      explained.add(m);
    }
    const grid = grids[sheet];
    if (!grid || (sheet !== SHEET.scores && sheet !== SHEET.agreed)) continue;
    for (const m of merges) {
      // A merge below the sheet's last value hides nothing anyone typed.
      if (explained.has(m) || m.top >= grid.length) continue;
      const row = m.top === m.bottom ? m.top : m.top + 1;
      const col = m.top === m.bottom ? m.left + 1 : m.left;
      const title = cleanText(grid[0]?.[col]);
      const hidden = a1(row, col);
      issues.warning(CODE.mergedCells, sheet, hidden, why(m, hidden, title ? ` (cột "${title}")` : ''), unitOf(sheet, m.top));
    }
  }
}
