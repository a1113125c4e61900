/**
 * The core's evaluation of a workbook as the command read it: the cells beyond a
 * sheet's readable block, its merged cells, live formulas of an older version and the numbers the file
 * shows as percents said at their cells, messages naming the command's steps. One front door for every step that
 * judges the input (the main run, nop / mo-lai / tham-dinh, ho-so).
 */
import { evaluate } from '../core/evaluate';
import type { Evaluation } from '../core/model/evaluation';
import { COMMAND_GUIDE } from '../core/model/guide';
import { reportPercents } from '../core/read/percent-cells';
import { olderLiveFormulas } from '../core/sheets/older-live-formulas';
import type { InputRead } from '../xlsx/read-workbook';

export function evaluateRead({ grids, beyond, percents, merged, storedFormulas }: InputRead, now?: Date): Evaluation {
  const ev = evaluate(grids, {
    defaultDecimalSeparator: ',',
    guide: COMMAND_GUIDE,
    beyond,
    readerIssues: olderLiveFormulas(storedFormulas, COMMAND_GUIDE),
    merged,
    now,
    neededSettings: true,
  });
  reportPercents(percents, grids, ev);
  return ev;
}
