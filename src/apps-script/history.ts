/**
 * `Lịch sử` keeps one row per run; earlier rows are never rewritten, a run only
 * appends its own row with one write.
 */
import { formatDateTime } from '../core/dates';
import { fingerprint } from '../core/fingerprint';
import { HISTORY_HEADER_ROW, historyRow } from '../core/outputs';
import { HISTORY_HEADER, SHEET } from '../core/template';
import type { Evaluation, WorkbookGrids } from '../core/types';
import { HEADER_BACKGROUND } from '../core/cell-formats';
import { PLAIN_BACKGROUND, ensureSize, writeCells } from './block';
import { protectOutputLikeTheRest } from './protections';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The email of the person running, or '' where Google withholds it (consumer accounts, other domains). */
function runner(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}

export function appendHistory(ss: Spreadsheet, ev: Evaluation, grids: WorkbookGrids, reportUrl: string): void {
  const row = historyRow(ev, { time: formatDateTime(new Date()), user: runner(), fingerprint: fingerprint(grids), reportUrl });
  const sheet = ss.getSheetByName(SHEET.history);
  if (sheet) {
    const next = sheet.getLastRow() + 1;
    ensureSize(sheet, next, row.length);
    writeCells(sheet, next, [row]);
    return;
  }
  const created = ss.insertSheet(SHEET.history);
  const range = writeCells(created, 1, [HISTORY_HEADER_ROW, row]);
  range.setFontWeights([HISTORY_HEADER_ROW.map(() => 'bold'), row.map(() => 'normal')]);
  range.setBackgrounds([HISTORY_HEADER_ROW.map(() => HEADER_BACKGROUND), row.map(() => PLAIN_BACKGROUND)]);
  created.setFrozenRows(1);
  protectOutputLikeTheRest(ss, created, SHEET.history);
}

const REPORT_COL = HISTORY_HEADER.indexOf('Báo cáo');

/** The link of the latest report in `Lịch sử` ('' when none), for the sidebar opened from the menu. */
export function lastReportUrl(ss: Spreadsheet): string {
  const sheet = ss.getSheetByName(SHEET.history);
  if (!sheet) return '';
  const links = sheet.getDataRange().getValues().map((row) => String(row[REPORT_COL] ?? ''));
  return [...links].reverse().find((link) => /^https:\/\/docs\.google\.com\//.test(link)) ?? '';
}
