/** `Tổng hợp` (the ranking and the award proposal, with a bar chart of totals) and `Điểm theo tiêu chí`. */
import { clusterTitle, detailSheet, summarySheet, type SummarySheet } from '../core/outputs';
import { SHEET } from '../core/template';
import type { Evaluation } from '../core/types';
import { writeCells } from './block';
import { replaceSheet } from './output-sheet';
import { writeLaidOut } from './sheet-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

export interface WrittenSummary {
  sheet: Sheet;
  out: SummarySheet;
  chart: EmbeddedChart | null;
}

/** Bars of the ranking's totals, named by unit, to the right of the table. */
function addChart(sheet: Sheet, ev: Evaluation, out: SummarySheet): EmbeddedChart | null {
  const { firstRow, count, nameCol, totalCol } = out.ranking;
  if (count === 0) return null;
  // firstRow is 0-based, so it is also the 1-based row of the header above the ranking.
  const names = sheet.getRange(firstRow, nameCol + 1, count + 1, 1);
  const totals = sheet.getRange(firstRow, totalCol + 1, count + 1, 1);
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(names)
    .addRange(totals)
    .setNumHeaders(1)
    .setOption('title', `Tổng điểm thi đua ${clusterTitle(ev)}`)
    .setOption('legend', { position: 'none' })
    // Bars start at 0 (the value axis of a bar chart is the horizontal one): otherwise their lengths mislead.
    .setOption('hAxis', { viewWindow: { min: 0 }, minValue: 0 })
    .setPosition(1, out.rows[0].length + 2, 0, 0)
    .build();
  sheet.insertChart(chart);
  // The built chart is not yet the one in the sheet; the sheet's own can be drawn as an image.
  return sheet.getCharts()[0] ?? null;
}

/** Rebuilds `Tổng hợp` and `Điểm theo tiêu chí`; the summary is returned for the report's link and chart. */
export function writeSummary(ss: Spreadsheet, ev: Evaluation): WrittenSummary {
  const out = summarySheet(ev);
  let chart: EmbeddedChart | null = null;
  const sheet = replaceSheet(ss, SHEET.summary, (s) => {
    writeLaidOut(s, out);
    chart = addChart(s, ev, out);
  });
  replaceSheet(ss, SHEET.detail, (s) => writeLaidOut(s, detailSheet(ev)));
  return { sheet, out, chart };
}

/** Puts the report's link into the written summary: the row(s) `summarySheet` gives with a link differ from those without. */
export function writeReportLink({ sheet, out }: WrittenSummary, ev: Evaluation, reportUrl: string): void {
  summarySheet(ev, reportUrl).rows.forEach((row, i) => {
    if (row.some((cell, c) => cell !== out.rows[i][c])) writeCells(sheet, i + 1, [row]);
  });
}
