/**
 * Numbers a file shows as percents: Excel keeps 28% as 0.28, and the core reads the
 * number it holds, but a message about such a cell names what the cell shows, and a
 * score cell shown as a percent is a warning even when its number is fine (25% counts
 * 0.25 points). Only a file reader knows a cell's format (Google Sheets hands over the
 * numbers), so the command applies this to the evaluation it got, after the fact: no
 * issue added here blocks.
 */
import { cellRef, parseA1 } from '../model/a1';
import { clipMiddle } from '../model/cell-limit';
import type { Evaluation } from '../model/evaluation';
import { CODE, MESSAGE_LIMIT } from '../model/issues';
import { INPUT_ROLES, SHEET } from '../model/template';
import { nameKey } from '../model/text';
import type { WorkbookGrids } from '../model/types';
import { templateHeaders } from './unread-issues';

/** The numbers of one sheet that a file shows as percents, as the file reader found them. */
export interface PercentCells {
  sheet: string;
  cells: readonly string[];
}

export function reportPercents(percents: readonly PercentCells[], grids: WorkbookGrids, ev: Evaluation): void {
  const known = templateHeaders(ev.criteria);
  const mark = (n: number): string => String(n).replace('.', ev.settings.decimalSeparator);
  for (const { sheet, cells } of percents) {
    const role = INPUT_ROLES.find((r) => SHEET[r] === sheet);
    const grid = role ? grids[role] : undefined;
    for (const cell of cells) {
      const at = parseA1(cell);
      const value = at && grid?.[at.row]?.[at.col];
      if (!at || typeof value !== 'number') continue;
      const shown = `${mark(Number((value * 100).toPrecision(12)))}%`;
      const here = ev.issues.filter((i) => i.sheet === sheet && i.cell === cell);
      for (const i of here)
        i.message = clipMiddle(`${i.message} (Ô định dạng phần trăm nên hiển thị ${shown}: hãy định dạng ô là số rồi gõ lại.)`, MESSAGE_LIMIT);
      if (here.length > 0 || (role !== 'scores' && role !== 'agreed') || at.row === 0 || !known.has(nameKey(grid?.[0]?.[at.col]))) continue;
      ev.issues.push({
        severity: 'warning',
        code: CODE.percentValue,
        sheet,
        cell,
        message: `Ô ${cellRef(sheet, cell)} định dạng phần trăm nên hiển thị ${shown}, nhưng được tính là ${mark(value)} điểm. Hãy định dạng ô là số rồi gõ lại điểm.`,
      });
    }
  }
}
