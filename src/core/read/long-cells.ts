/**
 * Input cells longer than Excel holds. Excel keeps at most 32,767 characters in a cell
 * and "repairs" a file with more; Sheets takes 50,000. Such a cell would reach the
 * summary workbook (its input sheets are copied as they are, the name into every
 * output) and the outputs would have to cut it: it is an error at its place instead,
 * never a silent cut.
 */
import { a1 } from '../model/a1';
import { EXCEL_CELL_LIMIT } from '../model/cell-limit';
import { CODE, type IssueList } from '../model/issues';
import { INPUT_ROLES, SHEET } from '../model/template';
import type { WorkbookGrids } from '../model/types';

const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export function reportLongCells(grids: WorkbookGrids, issues: IssueList): void {
  for (const role of INPUT_ROLES) {
    const grid = grids[role];
    if (!grid) continue;
    grid.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell !== 'string' || cell.length <= EXCEL_CELL_LIMIT) return;
        issues.error(
          CODE.textTooLong,
          SHEET[role],
          a1(r, c),
          `Ô có ${thousands(cell.length)} ký tự, quá ${thousands(EXCEL_CELL_LIMIT)} ký tự một ô Excel chứa được: bảng tổng hợp sẽ không mở được trong Excel. Hãy rút ngắn nội dung ô này.`,
        );
      }),
    );
  }
}
