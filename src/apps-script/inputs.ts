/** Reads the input sheets, one `getValues()` each, and evaluates them with the core. */
import { evaluate } from '../core/evaluate';
import { localeDecimalMark } from '../core/model/numbers';
import { GUIDE } from './build-kind';
import { INPUT_ROLES, READ_BACK_ROLES, SHEET } from '../core/model/template';
import type { WorkbookGrids } from '../core/model/types';
import type { Evaluation } from '../core/model/evaluation';
import type { MergedRanges } from '../core/read/merged-cells';
import { readLog } from './submission-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
export type InputRole = (typeof INPUT_ROLES)[number];

export interface Inputs {
  grids: WorkbookGrids;
  /** The data range each grid was read from (marks are written back over it). */
  ranges: Partial<Record<InputRole, Range>>;
  /** Sheet ids by sheet name, for links to a cell. */
  sheetIds: Record<string, number>;
  separator: '.' | ',';
  /** The merged ranges of the score sheets: a cell under one reads '' (see core/read/merged-cells.ts). */
  merged: MergedRanges[];
}

export function readInputs(ss: Spreadsheet): Inputs {
  const inputs: Inputs = { grids: {}, ranges: {}, sheetIds: {}, separator: localeDecimalMark(ss.getSpreadsheetLocale()), merged: [] };
  for (const role of INPUT_ROLES) {
    const sheet = ss.getSheetByName(SHEET[role]);
    if (!sheet) continue;
    const range = sheet.getDataRange();
    inputs.ranges[role] = range;
    inputs.grids[role] = range.getValues();
    inputs.sheetIds[SHEET[role]] = sheet.getSheetId();
    // One call a score sheet; a merge is rare, and each costs one call more.
    if (role === 'scores' || role === 'agreed') inputs.merged.push({ sheet: SHEET[role], ranges: range.getMergedRanges().map((m) => m.getA1Notation()) });
  }
  // What the product wrote that every run reads back (past years, the runs so far): grids only, never marked.
  for (const role of READ_BACK_ROLES) {
    const sheet = ss.getSheetByName(SHEET[role]);
    if (!sheet) continue;
    inputs.grids[role] = sheet.getDataRange().getValues();
    inputs.sheetIds[SHEET[role]] = sheet.getSheetId();
  }
  // What the add-in recorded is the log (a unit's run cannot write the owner's sheet `Nộp bài`, which only shows it).
  const log = readLog();
  if (log) {
    inputs.grids.submissions = log;
    delete inputs.ranges.submissions;
  }
  return inputs;
}

export function evaluateInputs(inputs: Inputs): Evaluation {
  return evaluate(inputs.grids, {
    defaultDecimalSeparator: inputs.separator,
    sheetDecimalMark: inputs.separator,
    guide: GUIDE,
    now: new Date(),
    neededSettings: true,
    merged: inputs.merged,
  });
}
