/**
 * `Lịch sử` keeps one row per run; earlier rows are never rewritten, a run only
 * appends its own row with one write.
 */
import { fingerprint } from '../core/model/fingerprint';
import { HISTORY_HEADER_ROW, historyRow } from '../core/outputs/outputs';
import type { OutCell, OutputSheet } from '../core/model/output-sheet';
import { outputLayout } from '../core/sheets/print-layout';
import { HISTORY_HEADER, SHEET } from '../core/model/template';
import type { WorkbookGrids } from '../core/model/types';
import type { Evaluation } from '../core/model/evaluation';
import { HEADER_BACKGROUND } from '../core/sheets/cell-formats';
import { PLAIN_BACKGROUND, ensureSize, writeCells } from './block';
import { insertSheet } from './protections';
import { applyLayout } from './sheet-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The email of the person running, or '' where Google withholds it (consumer accounts, other domains). */
export function runner(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}

export function appendHistory(ss: Spreadsheet, ev: Evaluation, grids: WorkbookGrids, reportUrl: string): void {
  appendHistoryRow(ss, historyRow(ev, { time: new Date(), user: runner(), fingerprint: fingerprint(grids), reportUrl }));
}

/** One row under the last one, with one write; the sheet is made, laid out and protected like the rest on first use. */
export function appendHistoryRow(ss: Spreadsheet, row: OutCell[]): void {
  // Sized on the header and this run's row when the sheet is new; later rows wrap alike.
  const content: OutputSheet = { rows: [HISTORY_HEADER_ROW, row], headerRows: [0], titleRows: [] };
  const layout = outputLayout(content);
  const wraps = layout.wraps;
  const sheet = ss.getSheetByName(SHEET.history);
  if (sheet) {
    // A `Lịch sử` made before its `Năm` column gets the header cell.
    const width = sheet.getLastColumn();
    if (width < HISTORY_HEADER_ROW.length) {
      ensureSize(sheet, 1, HISTORY_HEADER_ROW.length);
      const added = sheet.getRange(1, width + 1, 1, HISTORY_HEADER_ROW.length - width);
      added.setValues([HISTORY_HEADER_ROW.slice(width)]);
      added.setFontWeight('bold');
      added.setBackground(HEADER_BACKGROUND);
    }
    const next = sheet.getLastRow() + 1;
    ensureSize(sheet, next, row.length);
    const range = writeCells(sheet, next, [row]);
    range.setWraps([wraps[1]]);
    range.setVerticalAlignment('top');
    return;
  }
  const created = insertSheet(ss, SHEET.history);
  const range = writeCells(created, 1, [HISTORY_HEADER_ROW, row]);
  range.setFontWeights([HISTORY_HEADER_ROW.map(() => 'bold'), row.map(() => 'normal')]);
  range.setBackgrounds([HISTORY_HEADER_ROW.map(() => HEADER_BACKGROUND), row.map(() => PLAIN_BACKGROUND)]);
  applyLayout(created, layout, range, wraps);
}

const REPORT_COL = HISTORY_HEADER.indexOf('Báo cáo');

/** The link of the latest report in `Lịch sử` ('' when none), for the sidebar opened from the menu. */
export function lastReportUrl(ss: Spreadsheet): string {
  const sheet = ss.getSheetByName(SHEET.history);
  if (!sheet) return '';
  const links = sheet
    .getDataRange()
    .getValues()
    .map((row) => String(row[REPORT_COL] ?? ''));
  return [...links].reverse().find((link) => /^https:\/\/docs\.google\.com\//.test(link)) ?? '';
}
