/**
 * Where the live formulas of `Bảng điểm` read, as the spreadsheet is now: which of
 * `Cụm chấm` and `Phiếu bầu` exist and how many columns each list sheet has, so
 * that each formula names every sheet and column the menu reads (a range beyond a
 * sheet's columns would be #REF! in Sheets). Also lays the formulas again when an
 * action creates an input sheet they must read (the vote's `Phiếu bầu`, the log `Nộp bài`).
 */
import { LIVE_FORMULA_ROW, LIVE_HEADERS, liveFormulas, typedWidth, type LiveSheets } from '../core/sheets/live-columns';
import { SHEET } from '../core/model/template';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The input sheets besides the template's and the widths of the list sheets, one call per sheet. */
export function liveSheets(ss: Spreadsheet): LiveSheets {
  const width = (name: string): number | undefined => ss.getSheetByName(name)?.getMaxColumns();
  const ballots = width(SHEET.ballots);
  const agreed = width(SHEET.agreed);
  const submissions = width(SHEET.submissions);
  return {
    agreed: agreed !== undefined,
    ballots: ballots !== undefined,
    submissions: submissions !== undefined,
    widths: { criteria: width(SHEET.criteria), units: width(SHEET.units), ballots, agreed, submissions },
  };
}

/** Writes the live formulas of `Bảng điểm` again where its live columns stand; nothing when it has none. */
export function relayLiveFormulas(ss: Spreadsheet): void {
  const sheet = ss.getSheetByName(SHEET.scores);
  if (!sheet) return;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn() || 1).getValues()[0];
  const typed = typedWidth(header);
  if (LIVE_HEADERS.some((h, i) => header[typed + i] !== h)) return;
  sheet.getRange(LIVE_FORMULA_ROW, typed + 1, 1, LIVE_HEADERS.length).setValues([liveFormulas(typed, liveSheets(ss))]);
}
