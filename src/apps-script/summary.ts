/** `Tổng hợp` (the ranking and the award proposal, with a bar chart of totals) and `Điểm theo tiêu chí`. */
import { detailSheet, summarySheet } from '../core/outputs/outputs';
import { type SummarySheet } from '../core/model/output-sheet';
import { summaryChart } from '../core/outputs/summary-chart';
import { SHEET } from '../core/model/template';
import type { Evaluation } from '../core/model/evaluation';
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

/** Bars of the ranking's totals, named by unit, to the right of the table (summary-chart.ts decides whether and what). */
function addChart(sheet: Sheet, ev: Evaluation, out: SummarySheet): EmbeddedChart | null {
  const spec = summaryChart(ev, out);
  if (!spec) return null;
  const { headerRow, count, nameCol, totalCol } = spec;
  // From the header row (1-based headerRow + 1), which names the series.
  const names = sheet.getRange(headerRow + 1, nameCol + 1, count + 1, 1);
  const totals = sheet.getRange(headerRow + 1, totalCol + 1, count + 1, 1);
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(names)
    .addRange(totals)
    .setNumHeaders(1)
    .setOption('title', spec.title)
    .setOption('legend', { position: 'none' })
    // Bars start at 0 (the value axis of a bar chart is the horizontal one): otherwise their lengths mislead.
    .setOption('hAxis', { viewWindow: { min: 0 }, minValue: 0 })
    .setPosition(1, out.rows[0].length + 2, 0, 0)
    .build();
  sheet.insertChart(chart);
  // The built chart is not yet the one in the sheet; the sheet's own can be drawn as an image.
  return sheet.getCharts()[0] ?? null;
}

/**
 * Rebuilds `Tổng hợp`, as the first tab (as the summary workbook has it: printing the whole
 * spreadsheet starts with what the council reads), and `Điểm theo tiêu chí`; the summary is
 * returned for the report's link and chart.
 */
export function writeSummary(ss: Spreadsheet, ev: Evaluation): WrittenSummary {
  const out = summarySheet(ev);
  let chart: EmbeddedChart | null = null;
  const sheet = replaceSheet(
    ss,
    SHEET.summary,
    (s) => {
      writeLaidOut(s, out);
      chart = addChart(s, ev, out);
    },
    true,
  );
  replaceSheet(ss, SHEET.detail, (s) => writeLaidOut(s, detailSheet(ev)));
  return { sheet, out, chart };
}

/** Puts the report's link into the written summary: the row(s) `summarySheet` gives with a link differ from those without. */
export function writeReportLink({ sheet, out }: WrittenSummary, ev: Evaluation, reportUrl: string): void {
  summarySheet(ev, reportUrl).rows.forEach((row, i) => {
    if (row.some((cell, c) => cell !== out.rows[i][c])) writeCells(sheet, i + 1, [row]);
  });
}
