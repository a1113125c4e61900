/**
 * The bar chart of totals the command draws on the summary's `Tổng hợp`: its drawing
 * and chart parts found the way Excel finds them (sheet → drawing → chart through
 * relationships, each part typed), its series naming the sheet's own cells, whose
 * values the caches repeat; one chart after any number of runs; a chart of the
 * input's own left as it was; the whole read back by exceljs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseA1 } from '../../src/core/model/a1';
import { evaluate } from '../../src/core/evaluate';
import { summarySheet } from '../../src/core/outputs/outputs';
import { type SheetLayout, chartBelow } from '../../src/core/sheets/print-layout';
import { CHART_MAX_UNITS, printedSummaryChart, summaryChart } from '../../src/core/outputs/summary-chart';
import { SHEET } from '../../src/core/model/template';
import { openPackage, relsOf, resolvePart } from '../../src/xlsx/read-package';
import { summaryPackage } from '../../src/xlsx/summary-package';
import { scanXml } from '../../src/xlsx/xml-edit';
import { syntheticCluster } from '../../bench/synthetic';
import { withChart } from '../helpers/xlsx-chart';
import { runCli, tempDir } from '../cli/run-cli';

const EXAMPLE = fileURLToPath(new URL('../../examples/cum-thi-dua-08-nam-2021.xlsx', import.meta.url));
const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async('string');
}

/** The target of relationship `id` of the part at `source`, as a part name. */
async function related(zip: JSZip, source: string, id: string, type: string): Promise<string> {
  const rel = scanXml(await text(zip, relsOf(source))).find((e) => e.name === 'Relationship' && e.attributes.Id === id);
  expect(rel?.attributes.Type, `${source} ${id}`).toBe(`http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}`);
  return resolvePart(source, rel?.attributes.Target ?? '');
}

interface DrawnChart {
  sheetPath: string;
  drawingPath: string;
  chartPath: string;
  drawing: string;
  chart: string;
}

/** The chart drawn on sheet `name`, followed from the sheet's `<drawing>` as Excel does; null when it has none. */
async function chartOn(bytes: Uint8Array, name: string): Promise<DrawnChart | null> {
  const pkg = await openPackage(bytes, 'x.xlsx');
  const sheetPath = pkg.sheets.find((s) => s.name === name)?.path ?? '';
  const drawingId = scanXml(await text(pkg.zip, sheetPath)).find((e) => e.name === 'drawing')?.attributes['r:id'];
  if (!drawingId) return null;
  const drawingPath = await related(pkg.zip, sheetPath, drawingId, 'drawing');
  const drawing = await text(pkg.zip, drawingPath);
  const chartId = scanXml(drawing).find((e) => e.name === 'chart')?.attributes['r:id'] ?? '';
  const chartPath = await related(pkg.zip, drawingPath, chartId, 'chart');
  return { sheetPath, drawingPath, chartPath, drawing, chart: await text(pkg.zip, chartPath) };
}

/** The parts of the package (not its folder entries), sorted. */
const partNames = async (bytes: Uint8Array): Promise<string[]> =>
  Object.values((await JSZip.loadAsync(bytes)).files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort();
/** The DrawingML drawing and chart parts and their relationships (the comments' VML drawings left aside). */
const chartParts = (names: string[]): string[] => names.filter((n) => /^xl\/(drawings|charts)\/(_rels\/)?(drawing|chart)\d+\.xml(\.rels)?$/.test(n));

/** The content type the package declares for a part. */
async function contentType(bytes: Uint8Array, path: string): Promise<string | undefined> {
  const types = scanXml(await text(await JSZip.loadAsync(bytes), '[Content_Types].xml'));
  return types.find((e) => e.name === 'Override' && e.attributes.PartName === `/${path}`)?.attributes.ContentType;
}

/** The cells a formula like 'Tổng hợp'!$G$5:$G$16 names, read by exceljs: sheet name and values top to bottom. */
function cellsOf(workbook: ExcelJS.Workbook, formula: string): { sheet: string; values: unknown[] } {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(formula);
  if (!m) throw new Error(`not a range: ${formula}`);
  const [, quoted, col, first, lastCol = col, last = first] = m;
  expect(lastCol).toBe(col);
  const sheet = quoted.replace(/''/g, "'");
  const ws = workbook.getWorksheet(sheet) as ExcelJS.Worksheet;
  const values: unknown[] = [];
  for (let r = Number(first); r <= Number(last); r++) values.push(ws.getCell(r, (parseA1(`${col}1`)?.col ?? -1) + 1).value);
  return { sheet, values };
}

/** Each series part of the chart: its formula and cached points. */
function seriesPart(chart: string, element: 'tx' | 'cat' | 'val'): { formula: string; cache: string[] } {
  const ser = /<c:ser>[^]*<\/c:ser>/.exec(chart)?.[0] ?? '';
  const part = new RegExp(`<c:${element}>([^]*?)</c:${element}>`).exec(ser)?.[1] ?? '';
  return { formula: /<c:f>([^<]*)<\/c:f>/.exec(part)?.[1].replace(/&amp;/g, '&') ?? '', cache: [...part.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]) };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('the chart of totals on the summary’s Tổng hợp', () => {
  let dir: string;
  let first: Uint8Array;
  let second: Uint8Array;
  beforeAll(async () => {
    dir = await tempDir();
    expect((await runCli([EXAMPLE, '--out', dir], dir)).code).toBe(0);
    first = new Uint8Array(await readFile(join(dir, 'cum-thi-dua-08-nam-2021-tong-hop.xlsx')));
    expect((await runCli([join(dir, 'cum-thi-dua-08-nam-2021-tong-hop.xlsx'), '--out', dir], dir)).code).toBe(0);
    second = new Uint8Array(await readFile(join(dir, 'cum-thi-dua-08-nam-2021-tong-hop-tong-hop.xlsx')));
  }, 60_000);

  it('is a drawing part and a chart part, related from the sheet, typed and well-formed', async () => {
    const drawn = await chartOn(first, SHEET.summary);
    expect(drawn).not.toBeNull();
    const { drawingPath, chartPath, drawing, chart } = drawn as DrawnChart;
    expect(drawingPath).toMatch(/^xl\/drawings\/drawing\d+\.xml$/);
    expect(chartPath).toMatch(/^xl\/charts\/chart\d+\.xml$/);
    expect(await contentType(first, drawingPath)).toBe(DRAWING_TYPE);
    expect(await contentType(first, chartPath)).toBe(CHART_TYPE);
    for (const xml of [drawing, chart]) expect(() => scanXml(xml)).not.toThrow();
    expect(drawing).toMatch(/<xdr:twoCellAnchor[^>]*>[^]*<xdr:graphicFrame/);
  });

  it('names the sheet’s unit names and totals, caching exactly what those cells hold, in rank order', async () => {
    const { chart } = (await chartOn(first, SHEET.summary)) as DrawnChart;
    const workbook = await load(first);
    const name = seriesPart(chart, 'tx');
    const categories = seriesPart(chart, 'cat');
    const values = seriesPart(chart, 'val');
    expect(cellsOf(workbook, name.formula)).toEqual({ sheet: SHEET.summary, values: ['Tổng điểm'] });
    expect(name.cache).toEqual(['Tổng điểm']);
    const names = cellsOf(workbook, categories.formula);
    const totals = cellsOf(workbook, values.formula);
    // The ranking's header is row 4 (title, report link, blank row above it); twelve units follow.
    expect([name.formula, categories.formula, values.formula]).toEqual(["'Tổng hợp'!$G$4", "'Tổng hợp'!$C$5:$C$16", "'Tổng hợp'!$G$5:$G$16"]);
    expect(names.sheet).toBe(SHEET.summary);
    expect(totals.sheet).toBe(SHEET.summary);
    expect(categories.cache).toEqual(names.values);
    expect(values.cache.map(Number)).toEqual(totals.values);
    // The 2021 cluster's twelve units: Long An first with 117.5, Sóc Trăng last with 101.5.
    expect(names.values).toHaveLength(12);
    expect([names.values[0], totals.values[0]]).toEqual(['Sở Thông tin và Truyền thông tỉnh Long An', 117.5]);
    expect([names.values[11], totals.values[11]]).toEqual(['Sở Thông tin và Truyền thông tỉnh Sóc Trăng', 101.5]);
  });

  it('looks as the add-in’s chart: titled, rank 1 at the top, bars from 0 with their values', async () => {
    const { chart } = (await chartOn(first, SHEET.summary)) as DrawnChart;
    expect(/<a:t>([^<]*)<\/a:t>/.exec(chart)?.[1]).toBe('Tổng điểm thi đua Cụm thi đua số 08 năm 2021');
    expect(chart).toMatch(/<c:barDir val="bar"\/>/);
    expect(chart).toMatch(/<c:catAx>[^]*?<c:orientation val="maxMin"\/>/);
    // The value scale at the bottom: the value axis crosses the reversed category axis at its maximum (the last bar).
    expect(chart).toMatch(/<c:valAx>[^]*<c:crossAx val="\d+"\/><c:crosses val="max"\/><c:crossBetween val="between"\/><\/c:valAx>/);
    expect(chart).toMatch(/<c:valAx>[^]*?<c:scaling><c:orientation val="minMax"\/><c:min val="0"\/><\/c:scaling>/);
    expect(chart).toMatch(/<c:dLbls>[^]*<c:showVal val="1"\/>/);
    expect(chart).not.toContain('<c:legend>');
    // Names and values at 11 pt, the title at 13 pt: twelve bars have room for them.
    expect([...chart.matchAll(/<a:defRPr sz="(\d+)"/g)].map((m) => m[1]).sort()).toEqual(['1100', '1100', '1100', '1300']);
  });

  it('sits below the table, within its columns, so the printed page keeps the table’s width, on the table’s page', async () => {
    const { drawing, sheetPath } = (await chartOn(first, SHEET.summary)) as DrawnChart;
    // It fits under the example's table on the same page: no page break before it.
    expect(await text(await JSZip.loadAsync(first), sheetPath)).not.toContain('rowBreaks');
    const at = (end: 'from' | 'to', what: 'col' | 'row'): number => Number(new RegExp(`<xdr:${end}>[^]*?<xdr:${what}>(\\d+)</xdr:${what}>`).exec(drawing)?.[1]);
    const sheet = (await load(first)).getWorksheet(SHEET.summary) as ExcelJS.Worksheet;
    const lastRow = sheet.actualRowCount;
    expect(at('from', 'col')).toBe(0);
    expect(at('from', 'row')).toBeGreaterThanOrEqual(lastRow);
    expect(at('to', 'col')).toBeLessThanOrEqual(sheet.actualColumnCount);
    expect(at('to', 'row') - at('from', 'row')).toBeGreaterThanOrEqual(12);
  });

  it('is there once after a second run: the old chart goes with the old sheet, no part left behind', async () => {
    const before = await chartOn(first, SHEET.summary);
    const after = await chartOn(second, SHEET.summary);
    expect(after?.chart).toBe(before?.chart);
    const names = await partNames(second);
    expect(chartParts(names)).toEqual([...new Set([after?.drawingPath, after?.chartPath, relsOf(after?.drawingPath ?? '')])].sort());
    const types = await text(await JSZip.loadAsync(second), '[Content_Types].xml');
    expect(types.match(/PartName="\/xl\/(drawings|charts)\//g)).toHaveLength(2);
  });

  it('leaves a chart of the input’s own as it was and takes other part names, run after run', async () => {
    const input = new Uint8Array(await readFile(EXAMPLE));
    const scoresPath = (await openPackage(input, 'x.xlsx')).sheets.find((s) => s.name === SHEET.scores)?.path ?? '';
    const withOwn = await withChart(input, scoresPath, SHEET.scores, 12);
    const own = await chartOn(withOwn, SHEET.scores);
    const folder = await tempDir();
    await writeFile(join(folder, 'cum.xlsx'), withOwn);
    expect((await runCli(['cum.xlsx', '--out', '.'], folder)).code).toBe(0);
    expect((await runCli(['cum-tong-hop.xlsx', '--out', '.'], folder)).code).toBe(0);
    for (const file of ['cum-tong-hop.xlsx', 'cum-tong-hop-tong-hop.xlsx']) {
      const output = new Uint8Array(await readFile(join(folder, file)));
      const kept = await chartOn(output, SHEET.scores);
      expect(kept).toEqual(own);
      const ours = (await chartOn(output, SHEET.summary)) as DrawnChart;
      expect([ours.drawingPath, ours.chartPath]).toEqual(['xl/drawings/drawing2.xml', 'xl/charts/chart2.xml']);
      expect(chartParts(await partNames(output))).toEqual([
        'xl/charts/chart1.xml',
        'xl/charts/chart2.xml',
        'xl/drawings/_rels/drawing1.xml.rels',
        'xl/drawings/_rels/drawing2.xml.rels',
        'xl/drawings/drawing1.xml',
        'xl/drawings/drawing2.xml',
      ]);
      expect(await contentType(output, 'xl/charts/chart1.xml')).toBe(CHART_TYPE);
    }
  }, 60_000);

  it('is read by exceljs with the sheet’s values intact', async () => {
    const workbook = await load(second);
    const sheet = workbook.getWorksheet(SHEET.summary) as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe('Kết quả chấm điểm thi đua Cụm thi đua số 08 năm 2021');
    expect(sheet.getCell('C5').value).toBe('Sở Thông tin và Truyền thông tỉnh Long An');
  });
});

describe('whether Tổng hợp has a chart (decided in the core for both adapters)', () => {
  const chartsOf = (units: number) => {
    const ev = evaluate(syntheticCluster({ units, criteria: 3 }));
    const out = summarySheet(ev);
    return { screen: summaryChart(ev, out), printed: printedSummaryChart(ev, out) };
  };

  it(`prints up to ${CHART_MAX_UNITS} bars and no chart for more, as the report; on screen it keeps them all`, () => {
    expect(chartsOf(CHART_MAX_UNITS).printed?.bars).toHaveLength(CHART_MAX_UNITS);
    const many = chartsOf(CHART_MAX_UNITS + 1);
    expect(many.printed).toBeNull();
    expect(many.screen?.bars).toHaveLength(CHART_MAX_UNITS + 1);
  });

  it('has none for an evaluation blocked by errors', () => {
    const blocked = evaluate({ ...syntheticCluster({ units: 3, criteria: 2 }), scores: undefined });
    expect(blocked.blocked).toBe(true);
    expect(summaryChart(blocked, summarySheet(blocked))).toBeNull();
  });

  it('leaves the summary workbook of a cluster too large to chart without any', async () => {
    const ev = evaluate(syntheticCluster({ units: CHART_MAX_UNITS + 1, criteria: 3 }));
    const out = summarySheet(ev);
    const bytes = await summaryPackage(new Uint8Array(await readFile(EXAMPLE)), 'x.xlsx', {
      sheets: [{ name: SHEET.summary, content: out, chart: printedSummaryChart(ev, out) }],
      linkedSheet: SHEET.checks,
      history: { name: SHEET.history, header: ['Thời gian'], row: ['x'] },
    });
    expect(await chartOn(bytes, SHEET.summary)).toBeNull();
    expect(chartParts(await partNames(bytes))).toEqual([]);
  });
});

describe('where the chart prints: below the table, never cut by a page break', () => {
  // Portrait A4 less 0.75 in margins top and bottom: 10.19 in, 978 px at 96 to the inch; 97 % of it kept (949 px), 47 rows of 20 px.
  const portrait: SheetLayout = {
    landscape: false,
    scale: null,
    repeatColumns: null,
    repeatRows: { first: 1, last: 1 },
    frozenRows: 1,
    frozenColumns: 0,
    columns: [{ width: 600, wrap: false }],
    spanRows: [],
    spanRuns: [],
  };
  const rows = (n: number): null[] => Array<null>(n).fill(null);

  it('follows a short table on its page, one row left blank', () => {
    expect(chartBelow(portrait, rows(10), 16)).toEqual({ firstRow: 11, rows: 16, pageBreak: false });
  });

  it('starts the next page when the rest of the page is too short, and is never taller than a page less the repeated header', () => {
    // 60 rows: 47 on the first page, the header and 13 more and the blank row on the second (15 rows, 300 px), 32 rows free.
    expect(chartBelow(portrait, rows(60), 32)).toEqual({ firstRow: 61, rows: 32, pageBreak: false });
    expect(chartBelow(portrait, rows(60), 33)).toEqual({ firstRow: 61, rows: 33, pageBreak: true });
    expect(chartBelow(portrait, rows(60), 60)).toEqual({ firstRow: 61, rows: 46, pageBreak: true });
  });

  it('counts a page as taller in the sheet’s pixels when a wide table is printed smaller to fit the width', () => {
    const wide = { ...portrait, columns: [{ width: 1356, wrap: false }] };
    // Portrait 7.07 in wide, 678 px: the sheet prints at half size, a page holds 94 rows.
    expect(chartBelow(wide, rows(10), 80)).toEqual({ firstRow: 11, rows: 80, pageBreak: false });
  });

  it('in the summary of a 40-unit cluster, puts the page break just above the chart and writes smaller names', async () => {
    const ev = evaluate(syntheticCluster({ units: CHART_MAX_UNITS, criteria: 3 }));
    const out = summarySheet(ev);
    const bytes = await summaryPackage(new Uint8Array(await readFile(EXAMPLE)), 'x.xlsx', {
      sheets: [{ name: SHEET.summary, content: out, chart: printedSummaryChart(ev, out) }],
      linkedSheet: SHEET.checks,
      history: { name: SHEET.history, header: ['Thời gian'], row: ['x'] },
    });
    const drawn = (await chartOn(bytes, SHEET.summary)) as DrawnChart;
    const from = Number(/<xdr:from>[^]*?<xdr:row>(\d+)<\/xdr:row>/.exec(drawn.drawing)?.[1]);
    expect(from).toBe(out.rows.length + 1);
    const sheet = await text(await JSZip.loadAsync(bytes), drawn.sheetPath);
    expect(sheet).toContain(`<rowBreaks count="1" manualBreakCount="1"><brk id="${from}" max="16383" man="1"/></rowBreaks><drawing r:id=`);
    // Forty bars on a landscape page: names and values smaller than 11 pt, not below 7 pt, the title as it was.
    const sizes = [...drawn.chart.matchAll(/<a:defRPr sz="(\d+)"/g)].map((m) => Number(m[1]));
    expect(sizes.filter((sz) => sz !== 1300)).toHaveLength(3);
    for (const sz of sizes.filter((x) => x !== 1300)) expect(sz >= 700 && sz < 1100, `${sz}`).toBe(true);
  });
});
