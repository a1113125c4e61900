/**
 * The chart of totals on the summary's `Tổng hợp` (what and whether: core/outputs/summary-chart.ts;
 * the chart part: ooxml/bar-chart.ts): a drawing part anchoring it below the table, the
 * chart part naming the sheet's cells, their relationships and content types. The parts
 * take the first free names, so a chart of the input's own is never overwritten; the
 * ones of an earlier run went with the old sheet (orphan-parts.ts).
 */
import type JSZip from 'jszip';
import { columnLetter } from '../core/model/a1';
import { type ChartBelow, chartBelow } from '../core/sheets/print-layout';
import type { SummaryChart } from '../core/outputs/summary-chart';
import { LABEL_POINTS, barChartXml } from '../ooxml/bar-chart';
import { CONTENT_TYPE } from '../ooxml/package';
import { NS, XML_DECLARATION, emu, escapeXml } from '../ooxml/xml';
import { type ContentTypes, Relationships, relativeTarget } from './package-parts';
import { relsOf } from './read-package';
import type { LaidOutSheet, SheetDrawing } from './sheet-xml';
import { quoteSheet } from './workbook-part';

/** Rows below the table we write are Excel's default 15 pt, 20 pixels at 96 to the inch. */
const ROW_PIXELS = 20;
/** The chart's height in rows, when a page has room: one a bar, and four for the title, the axis and the padding. */
const rowsTall = (bars: number): number => bars + 4;
const TOP_OFFSET_PIXELS = 4;
/** The chart's title, value axis and padding take about this much of its height; the bars share the rest. */
const CHART_FRAME_PIXELS = 90;
/** A line of text takes about 1.6 pixels a point (1.33 at 96 to the inch, and its leading). */
const PIXELS_PER_LABEL_POINT = 1.6;
const MIN_LABEL_POINTS = 7;

/**
 * The size of the bars' names: 11 pt while a bar has room for it, smaller when a page
 * holds many bars, so that every bar keeps its name (a reader drawing the chart skips
 * names that would overlap).
 */
function labelPoints(place: ChartBelow, bars: number): number {
  const perBar = (place.rows * ROW_PIXELS - CHART_FRAME_PIXELS) / bars;
  return Math.max(MIN_LABEL_POINTS, Math.min(LABEL_POINTS, Math.floor(perBar / PIXELS_PER_LABEL_POINT)));
}

/** `dir/stemN.xml` with the smallest N no part of the package has (names compared as Excel does, ignoring case). */
function freePart(zip: JSZip, dir: string, stem: string): string {
  const taken = new Set(Object.keys(zip.files).map((p) => p.toLowerCase()));
  let n = 1;
  while (taken.has(`${dir}/${stem}${n}.xml`.toLowerCase())) n++;
  return `${dir}/${stem}${n}.xml`;
}

/** Absolute references to cells of `sheet`: 'Tổng hợp'!$C$5:$C$16. */
function columnRef(sheet: string, col: number, firstRow: number, lastRow = firstRow): string {
  const c = `$${columnLetter(col)}$`;
  return `${quoteSheet(sheet)}!${c}${firstRow + 1}${lastRow === firstRow ? '' : `:${c}${lastRow + 1}`}`;
}

/**
 * Below the table, across its columns, from the second row after the last one written,
 * moved to the next page (after a page break) when the rest of the table's page cannot
 * hold it (core/sheets/print-layout.ts). Beside the table (where the add-in puts it, on a
 * screen) it would widen the printed page, and `Tổng hợp` prints fitted to one page
 * wide: the table would shrink to make room. Below, the page keeps the table's width.
 */
function anchorXml(sheet: LaidOutSheet, chart: SummaryChart, place: ChartBelow, relId: string): string {
  // A few pixels into its first row: flush with a page break, LibreOffice also draws the frame's top edge at the foot of the page before.
  const cell = (col: number, row: number): string =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>${emu(TOP_OFFSET_PIXELS)}</xdr:rowOff>`;
  const width = sheet.layout.columns.reduce((sum, c) => sum + c.width, 0);
  const name = escapeXml(chart.title);
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${cell(0, place.firstRow)}</xdr:from><xdr:to>${cell(sheet.layout.columns.length, place.firstRow + place.rows)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${name}" descr="${name}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="${emu(width)}" cy="${emu(place.rows * ROW_PIXELS)}"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** Writes the chart's parts for the sheet part at `sheetPath` named `sheetName`; returns the sheet's `<drawing>` and page break. */
export function addSummaryChart(
  zip: JSZip,
  contentTypes: ContentTypes,
  sheetPath: string,
  sheetName: string,
  sheet: LaidOutSheet,
  chart: SummaryChart,
  font: string,
): SheetDrawing {
  const drawingPath = freePart(zip, 'xl/drawings', 'drawing');
  const chartPath = freePart(zip, 'xl/charts', 'chart');
  const last = chart.firstRow + chart.count - 1;
  const place = chartBelow(sheet.layout, sheet.heights, rowsTall(chart.count));
  const chartXml = barChartXml(
    {
      title: chart.title,
      series: { ref: columnRef(sheetName, chart.totalCol, chart.headerRow), name: chart.seriesName },
      categoriesRef: columnRef(sheetName, chart.nameCol, chart.firstRow, last),
      valuesRef: columnRef(sheetName, chart.totalCol, chart.firstRow, last),
      bars: chart.bars,
      labelPoints: labelPoints(place, chart.count),
    },
    font,
  );
  const drawingRels = new Relationships(relsOf(drawingPath), null);
  const chartRel = drawingRels.add('chart', relativeTarget(drawingPath, chartPath));
  const drawingXml = `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchorXml(sheet, chart, place, chartRel)}</xdr:wsDr>`;
  // The sheet part is written whole, so are its relationships: the drawing is all it refers to.
  const sheetRels = new Relationships(relsOf(sheetPath), null);
  const drawingRel = sheetRels.add('drawing', relativeTarget(sheetPath, drawingPath));
  zip.file(chartPath, chartXml);
  zip.file(drawingPath, drawingXml);
  zip.file(drawingRels.path, drawingRels.result());
  zip.file(sheetRels.path, sheetRels.result());
  contentTypes.declare(chartPath, CONTENT_TYPE.chart);
  contentTypes.declare(drawingPath, CONTENT_TYPE.drawing);
  return { relId: drawingRel, pageBreakBefore: place.pageBreak ? place.firstRow : null };
}
