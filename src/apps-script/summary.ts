/** `Tổng hợp`: the ranking, the detail by criterion and the award proposal, with a bar chart of totals. */
import { clusterTitle, summarySheet, type SummarySheet } from '../core/outputs';
import { SHEET } from '../core/template';
import type { Evaluation } from '../core/types';
import { writeCells, writeOutput } from './block';
import { replaceSheet } from './output-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

const RANK_WIDTH = 60;

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
    .setPosition(1, out.rows[0].length + 2, 0, 0)
    .build();
  sheet.insertChart(chart);
  // The built chart is not yet the one in the sheet; the sheet's own can be drawn as an image.
  return sheet.getCharts()[0] ?? null;
}

export function writeSummary(ss: Spreadsheet, ev: Evaluation): WrittenSummary {
  const out = summarySheet(ev);
  let chart: EmbeddedChart | null = null;
  const sheet = replaceSheet(ss, SHEET.summary, (s) => {
    writeOutput(s, out);
    // Column A also holds the title and the award lines, which overflow to the right; sizing it to them would push the table away.
    s.setColumnWidth(1, RANK_WIDTH);
    s.autoResizeColumns(2, out.rows[0].length - 1);
    chart = addChart(s, ev, out);
  });
  return { sheet, out, chart };
}

/** Puts the report's link into the written summary: the row(s) `summarySheet` gives with a link differ from those without. */
export function writeReportLink({ sheet, out }: WrittenSummary, ev: Evaluation, reportUrl: string): void {
  summarySheet(ev, reportUrl).rows.forEach((row, i) => {
    if (row.some((cell, c) => cell !== out.rows[i][c])) writeCells(sheet, i + 1, [row]);
  });
}
