/**
 * The bar chart of totals drawn on `Tổng hợp`, decided once for both adapters: the
 * Sheets add-in builds it with Charts, the .xlsx command writes it as a DrawingML
 * part (title, ranges, series name, bars). Its bars are the ranking rows of the sheet itself (names and totals, in rank
 * order), so the chart and the table can never disagree.
 */
import { clusterTitle } from './outputs';
import { type SummarySheet } from '../model/output-sheet';
import type { Evaluation } from '../model/evaluation';

/** More bars than this cannot be read on an A4 page: the table alone carries the ranking. */
export const CHART_MAX_UNITS = 40;

export interface SummaryChart {
  title: string;
  /** 0-based row of the header above the ranking; its cell in `totalCol` names the series. */
  headerRow: number;
  /** 0-based first ranking row, and how many follow. */
  firstRow: number;
  count: number;
  /** 0-based columns of the units' names (the bars' labels) and their totals. */
  nameCol: number;
  totalCol: number;
  seriesName: string;
  /** The cells of those columns, row by row: what a chart caches. */
  bars: { label: string; value: number }[];
}

/** The chart of `out` as the add-in draws it on screen, or null when there is no ranking (errors). */
export function summaryChart(ev: Evaluation, out: SummarySheet): SummaryChart | null {
  const { firstRow, count, nameCol, totalCol } = out.ranking;
  if (count === 0) return null;
  const rows = out.rows.slice(firstRow, firstRow + count);
  return {
    title: `Tổng điểm thi đua ${clusterTitle(ev)}`,
    headerRow: firstRow - 1,
    firstRow,
    count,
    nameCol,
    totalCol,
    seriesName: String(out.rows[firstRow - 1][totalCol]),
    bars: rows.map((row) => ({ label: String(row[nameCol]), value: Number(row[totalCol]) })),
  };
}

/**
 * The chart where it is printed on A4 (the .xlsx's `Tổng hợp`, like the report's):
 * none for more units than CHART_MAX_UNITS. On screen, in Sheets, a longer chart can
 * still be scrolled and zoomed, so the add-in keeps it.
 */
export function printedSummaryChart(ev: Evaluation, out: SummarySheet): SummaryChart | null {
  return out.ranking.count <= CHART_MAX_UNITS ? summaryChart(ev, out) : null;
}
