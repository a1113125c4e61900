/**
 * Issues about cells a file reader could not hand over as typed: cells beyond
 * the readable block of a sheet, and cells whose stored value it could not read
 * (`UnreadCell`) where the template expects input. Reported before anything is
 * parsed, so that such a cell gets this one message and no guess about it.
 */
import { a1, cellRef } from '../model/a1';
import { CODE, type IssueList } from '../model/issues';
import { DEDUCTION_HEADER, DEDUCTION_REASON_HEADER, INPUT_ROLES, SCORES_FIXED_HEADER, SHEET, baseHeader, bonusHeader } from '../model/template';
import { cleanText, nameKey } from '../model/text';
import type { Criterion, Grid, WorkbookGrids } from '../model/types';
import { UnreadCell } from '../model/unread-cell';

/** Cells holding a value beyond a sheet's readable block, as a file reader found them. */
export interface CellsBeyond {
  sheet: string;
  /** The first such cell in reading order. */
  first: string;
  count: number;
  rows: number;
  columns: number;
  cells: number;
}

export function reportBeyond(beyond: readonly CellsBeyond[], issues: IssueList): void {
  for (const b of beyond) {
    const others = b.count > 1 ? ` Còn ${(b.count - 1).toLocaleString('vi-VN')} ô khác như vậy.` : '';
    issues.error(
      CODE.beyondLimits,
      b.sheet,
      b.first,
      `Ô ${b.first} có giá trị nhưng nằm ngoài vùng chương trình đọc (tối đa ${b.rows.toLocaleString('vi-VN')} dòng, ${b.columns.toLocaleString('vi-VN')} cột, ${b.cells.toLocaleString('vi-VN')} ô tính từ A1).${others} Hãy xóa các ô thừa này (chọn các dòng, cột thừa › Xóa) rồi lưu lại.`,
    );
  }
}

function reportIn(grid: Grid | undefined, sheet: string, columns: ((col: number) => boolean) | null, issues: IssueList): void {
  grid?.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell instanceof UnreadCell && (!columns || columns(c))) issues.unread(sheet, a1(r, c), cell);
    }),
  );
}

/** The template's own column titles of a score sheet, compared after nameKey. */
export const templateHeaders = (criteria: readonly Criterion[]): Set<string> =>
  new Set(
    [...SCORES_FIXED_HEADER, DEDUCTION_HEADER, DEDUCTION_REASON_HEADER, ...criteria.flatMap((c) => [baseHeader(c.code), bonusHeader(c.code)])].map(nameKey),
  );

/**
 * Every unread cell of the lists and settings (all input), and of the score
 * sheets only in the template's columns: a formula column of the user's own
 * beside them is not input, whatever it holds.
 */
export function reportUnread(grids: WorkbookGrids, criteria: readonly Criterion[], issues: IssueList): void {
  reportIn(grids.settings, SHEET.settings, null, issues);
  reportIn(grids.criteria, SHEET.criteria, null, issues);
  reportIn(grids.units, SHEET.units, null, issues);
  const known = templateHeaders(criteria);
  for (const [grid, sheet] of [
    [grids.scores, SHEET.scores],
    [grids.agreed, SHEET.agreed],
  ] as const) {
    const header = grid?.[0] ?? [];
    reportIn(grid, sheet, (c) => known.has(nameKey(header[c])), issues);
  }
}

/**
 * Before the score sheets are laid out again: every unread cell of the input
 * sheets, in the score sheets wherever a value would be moved or kept aside (all
 * but the columns the product computes itself, `isGenerated`). Moving such a
 * cell would write a blank where the file holds something.
 */
export function reportUnmovable(grids: WorkbookGrids, isGenerated: (header: string) => boolean, issues: IssueList): void {
  for (const role of INPUT_ROLES) {
    const grid = grids[role];
    const header = grid?.[0] ?? [];
    const laidOut = role === 'scores' || role === 'agreed';
    reportIn(grid, SHEET[role], laidOut ? (c) => !isGenerated(cleanText(header[c])) : null, issues);
  }
}

/** The cells of one sheet that a file writer would not copy as stored, as the file reader found them. */
export interface CellsNotCopied {
  sheet: string;
  /** The first such cell in reading order, and what it stores. */
  first: string;
  stored: string;
  count: number;
}

export function reportNotCopied(cells: readonly CellsNotCopied[], issues: IssueList): void {
  for (const c of cells) {
    const shown = c.stored.length > 40 ? `${c.stored.slice(0, 40)}…` : c.stored;
    const others = c.count > 1 ? ` Còn ${(c.count - 1).toLocaleString('vi-VN')} ô khác như vậy trong trang này.` : '';
    issues.error(
      CODE.unreadCell,
      c.sheet,
      c.first,
      `Ô ${cellRef(c.sheet, c.first)} lưu "${shown}" ở dạng chương trình không chép sang tệp mới nguyên vẹn được (tệp do chương trình khác tạo?).${others} Hãy gõ lại ô này bằng Excel rồi lưu tệp.`,
    );
  }
}
