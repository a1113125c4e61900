/**
 * How every sheet we write is shown and printed, defined once for both adapters:
 * A4, fit to the page's width (landscape when the columns are wider than a
 * portrait page) unless that would print text smaller than `MIN_PRINTED_POINTS`:
 * then at a fixed scale across several pages, the unit's columns printed again at
 * the left of each; the header rows repeated on every printed page, frozen panes,
 * column widths and which cells wrap. The .xlsx adapter writes all of it; the
 * add-in applies the panes, widths and wraps (Apps Script's spreadsheet service has no page setup).
 */
import type { OutCell, OutputSheet } from '../model/output-sheet';
import { isEmptyCell, type Grid } from '../model/types';
import { UnreadCell } from '../model/unread-cell';
import type { TemplateSheet } from './template-sheets';

/** Page margins in inches (the unit of an .xlsx page setup): about 15 mm at the sides, 19 mm top and bottom. */
export const PAGE_MARGINS = { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

/** Every sheet prints on A4 (8.27 inches wide in portrait); column widths are in pixels at 96 per inch. */
export const PAPER = 'A4';
const A4_WIDTH_INCHES = 8.27;
const A4_HEIGHT_INCHES = 11.69;
const PIXELS_PER_INCH = 96;

/** What fits across a portrait A4 page at 100 %: wider sheets print landscape. */
export const PORTRAIT_WIDTH = Math.floor((A4_WIDTH_INCHES - PAGE_MARGINS.left - PAGE_MARGINS.right) * PIXELS_PER_INCH);

/** An average character of the default 10–11 pt font, and the cell's inner padding, in pixels. */
const CHAR_PIXELS = 7;
const CELL_PADDING = 16;
const MIN_WIDTH = 40;
/** A header wider than this wraps onto two lines rather than widening a column of short numbers. */
const MAX_HEADER_WIDTH = 120;
/** Longer texts wrap within this width, so a long name or message never pushes the table off the page. */
export const MAX_COLUMN_WIDTH = 360;

export interface ColumnLayout {
  /** Pixels (Sheets); the .xlsx adapter converts to characters. */
  width: number;
  wrap: boolean;
}

export interface SheetLayout {
  landscape: boolean;
  /** Percent of full size at a fixed scale, the sheet split across pages; null: fitted to one page's width, at no less than `MIN_SCALE`. */
  scale: number | null;
  /** 1-based columns printed again at the left of every page when the sheet is split across pages (the unit's code and name); null: none. */
  repeatColumns: { first: number; last: number } | null;
  /** 1-based rows printed again at the top of every page; null: none. */
  repeatRows: { first: number; last: number } | null;
  frozenRows: number;
  frozenColumns: number;
  columns: ColumnLayout[];
  /**
   * 0-based rows of running text (an award sentence) merged across the table's
   * width and wrapped there, so that a long sentence is neither cut at the page's
   * edge nor widens the page.
   */
  spanRows: number[];
  /** `spanRows` as runs of consecutive rows: one merge each. */
  spanRuns: { first: number; count: number }[];
}

/** An output sheet's layout with what each of its cells needs, worked out once for every adapter. */
export interface OutputLayout extends SheetLayout {
  /** Which cells wrap, row by row as the sheet's rows. */
  wraps: boolean[][];
  /** Which cells are centred (a rank beside a name), row by row. */
  centered: boolean[][];
}

/** The width of a text's longest line; one without a line break (a number, nearly every cell) is not split. */
function textWidth(text: string): number {
  let longest = 0;
  for (let from = 0, end = 0; from <= text.length; from = end + 1) {
    end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    longest = Math.max(longest, end - from);
  }
  return longest * CHAR_PIXELS + CELL_PADDING;
}

/** How wide a cell shows its value: a date as its longest form, a number as its digits (asked once a value: a sheet repeats its numbers). */
function cellWidth(cell: OutCell, numbers: Map<number, number>): number {
  if (cell instanceof Date) return textWidth('00/00/0000 00:00');
  if (typeof cell === 'string') return textWidth(cell);
  let w = numbers.get(cell);
  if (w === undefined) numbers.set(cell, (w = textWidth(String(cell))));
  return w;
}

function landscapeFor(columns: readonly ColumnLayout[]): boolean {
  return columns.reduce((sum, c) => sum + c.width, 0) > PORTRAIT_WIDTH;
}

/** Body text is the workbook's default font, 11 pt; no page prints it smaller than 7 pt. */
export const BODY_POINTS = 11;
export const MIN_PRINTED_POINTS = 7;
export const MIN_SCALE = MIN_PRINTED_POINTS / BODY_POINTS;
/**
 * A column prints a little wider than its pixels: Excel adds its cell padding, LibreOffice
 * about 7 % more (measured on the example with Carlito, Calibri's metric twin). Judging by
 * the wider of them keeps the floor wherever the workbook is printed.
 */
const PRINTED_WIDTH = 1.08;
const LANDSCAPE_WIDTH = Math.floor((A4_HEIGHT_INCHES - PAGE_MARGINS.left - PAGE_MARGINS.right) * PIXELS_PER_INCH);

const printedWidth = (columns: readonly ColumnLayout[]): number => columns.reduce((sum, c) => sum + c.width, 0) * PRINTED_WIDTH;

/** How many pages across the columns after the `repeated` ones take when each page holds `room` printed pixels, the repeated columns on each. */
function pagesAcross(columns: readonly ColumnLayout[], repeated: number, room: number): number {
  const left = printedWidth(columns.slice(0, repeated));
  let pages = 1;
  let used = left;
  for (const c of columns.slice(repeated)) {
    const w = c.width * PRINTED_WIDTH;
    if (used + w > room && used > left) {
      pages++;
      used = left;
    }
    used += w;
  }
  return pages;
}

/**
 * Orientation, scale and repeated columns: one page wide when that prints at `MIN_SCALE`
 * or more; else landscape at the largest whole percent that needs no more pages across
 * than the floor does, the first `keep` columns (the unit's code and name) on every page.
 */
function printPlan(columns: readonly ColumnLayout[], keep: number): Pick<SheetLayout, 'landscape' | 'scale' | 'repeatColumns'> {
  const landscape = landscapeFor(columns);
  const page = landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
  const fit = page / Math.max(printedWidth(columns), 1);
  if (fit >= MIN_SCALE) return { landscape, scale: null, repeatColumns: null };
  // Repeated columns wider than half a page would leave little room for the rest: none then.
  const repeated = printedWidth(columns.slice(0, keep)) * 2 <= LANDSCAPE_WIDTH * MIN_SCALE ? keep : 0;
  const floor = Math.ceil(MIN_SCALE * 100);
  const fewest = pagesAcross(columns, repeated, LANDSCAPE_WIDTH / (floor / 100));
  let scale = 100;
  while (scale > floor && pagesAcross(columns, repeated, LANDSCAPE_WIDTH / (scale / 100)) > fewest) scale--;
  return { landscape: true, scale, repeatColumns: repeated > 0 ? { first: 1, last: repeated } : null };
}

/** The scale a sheet prints at, as a fraction: its fixed scale, or what fitting its columns to the page's width makes of them. */
export function printScale(layout: SheetLayout): number {
  if (layout.scale !== null) return layout.scale / 100;
  const page = layout.landscape ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
  return Math.min(1, page / Math.max(printedWidth(layout.columns), 1));
}

/** Titles, links and award lines run on to the right: they size no column and never wrap. */
function looseRows(out: OutputSheet): Set<number> {
  return new Set([...out.titleRows, ...(out.textRows ?? [])]);
}

/**
 * An output sheet's layout from its content: each column as wide as its longest
 * value up to `MAX_COLUMN_WIDTH` (longer values wrap; a long header wraps rather
 * than widen a column of numbers), headers repeated and frozen down to the first
 * header row.
 */
export function outputLayout(out: OutputSheet): OutputLayout {
  const headers = new Set(out.headerRows);
  const loose = looseRows(out);
  const width = Math.max(0, ...out.rows.map((r) => r.length));
  // Row by row, each cell once: a sheet of 10,000 units × 100 criteria has a million cells.
  const data = Array<number>(width).fill(MIN_WIDTH);
  const header = Array<number>(width).fill(0);
  const numbers = new Map<number, number>();
  out.rows.forEach((row, r) => {
    if (loose.has(r)) return;
    const widest = headers.has(r) ? header : data;
    row.forEach((cell, c) => {
      if (cell !== '' && cell !== undefined) widest[c] = Math.max(widest[c], cellWidth(cell, numbers));
    });
  });
  const columns: ColumnLayout[] = data.map((d, c) => {
    const w = Math.min(Math.max(d, Math.min(header[c], MAX_HEADER_WIDTH)), MAX_COLUMN_WIDTH);
    return { width: w, wrap: d > w };
  });
  const headerRow = out.headerRows.length > 0 ? Math.min(...out.headerRows) + 1 : 0;
  const frozenColumns = out.frozenColumns ?? 0;
  // Sheets cannot merge across frozen columns; a single column has nothing to merge.
  const spans = frozenColumns > 0 || width < 2 ? [] : (out.textRows ?? []).filter((r) => out.rows[r].every((cell, c) => (c === 0) === (cell !== '')));
  const layout: SheetLayout = {
    ...printPlan(columns, frozenColumns),
    repeatRows: headerRow > 0 ? { first: headerRow, last: headerRow } : null,
    frozenRows: headerRow,
    frozenColumns,
    columns,
    spanRows: spans,
    spanRuns: runsOf(spans),
  };
  return { ...layout, wraps: cellWraps(out, layout), centered: cellCentered(out) };
}

/** The span rows as runs of consecutive rows (0-based first row and count): one merge each. */
function runsOf(rows: readonly number[]): { first: number; count: number }[] {
  const runs: { first: number; count: number }[] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === r) last.count++;
    else runs.push({ first: r, count: 1 });
  }
  return runs;
}

/**
 * A matrix of one flag per cell whose rows of one kind and length are one shared array:
 * a detail sheet of 10,000 units × 100 criteria has two million cells and five kinds of row.
 * Nothing changes the rows it gives (Sheets' setWraps and the .xlsx writer only read them).
 */
function sharedRows(out: OutputSheet, kindOf: (r: number) => string, flag: (kind: string, c: number) => boolean): boolean[][] {
  const shared = new Map<string, boolean[]>();
  return out.rows.map((row, r) => {
    const kind = kindOf(r);
    const key = `${kind}:${row.length}`;
    let flags = shared.get(key);
    if (!flags) shared.set(key, (flags = row.map((_, c) => flag(kind, c))));
    return flags;
  });
}

/** Which cells wrap: every header cell, and the cells of a wrapping column outside titles and text rows. */
function cellWraps(out: OutputSheet, layout: SheetLayout): boolean[][] {
  const headers = new Set(out.headerRows);
  const loose = looseRows(out);
  const spans = new Set(layout.spanRows);
  // A row's kind: header, span, loose, as three flags.
  return sharedRows(
    out,
    (r) => `${+headers.has(r)}${+spans.has(r)}${+loose.has(r)}`,
    (kind, c) => kind[0] === '1' || (kind[1] === '1' && c === 0) || (kind[2] === '0' && (layout.columns[c]?.wrap ?? false)),
  );
}

/** Which cells are centred: those of the sheet's centred columns, outside titles and text rows (which run on to the right). */
function cellCentered(out: OutputSheet): boolean[][] {
  const centered = new Set(out.centeredColumns ?? []);
  const loose = looseRows(out);
  return sharedRows(
    out,
    (r) => (loose.has(r) ? 'loose' : 'table'),
    (kind, c) => kind === 'table' && centered.has(c),
  );
}

/** The height of one line of the default font, and the most a row may be (Excel's limit), in points. */
const LINE_POINTS = 15;
const MAX_ROW_POINTS = 409;
/** A wrapped line of running text holds about one character per 5.5 pixels; words do not fill it to its end. */
const TEXT_CHAR_PIXELS = 5.5;
const WORD_WRAP_SLACK = 1.1;

/** How many lines a text takes when wrapped in a column `width` pixels wide. */
export function lineCount(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor((width - CELL_PADDING / 2) / TEXT_CHAR_PIXELS));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((line.length * WORD_WRAP_SLACK) / perLine)), 0);
}

/**
 * Row heights in points for the rows holding wrapped text, null where one line is
 * enough. Sheets grows such rows by itself; an .xlsx must state them, or Excel and
 * LibreOffice print the lines on top of each other.
 */
export function rowHeights(rows: readonly (readonly unknown[])[], layout: SheetLayout, wraps: readonly (readonly boolean[])[]): (number | null)[] {
  const spans = new Set(layout.spanRows);
  const tableWidth = layout.columns.reduce((sum, c) => sum + c.width, 0);
  // The wrapping columns of each row of flags, found once for the rows sharing it (templateWraps, cellWraps).
  const wrapping = new Map<readonly boolean[], number[]>();
  return rows.map((row, r) => {
    const flags = wraps[r];
    if (!flags) return null;
    let columns = wrapping.get(flags);
    if (!columns) wrapping.set(flags, (columns = flags.flatMap((on, c) => (on ? [c] : []))));
    let lines = 1;
    for (const c of columns) {
      const cell = row[c];
      const width = spans.has(r) ? tableWidth : layout.columns[c]?.width;
      if (width && typeof cell === 'string' && cell !== '') lines = Math.max(lines, lineCount(cell, width));
    }
    return lines > 1 ? Math.min(lines * LINE_POINTS, MAX_ROW_POINTS) : null;
  });
}

/** Which cells of a template sheet wrap, header row first: every header cell, and the cells of its wrapping columns. */
export function templateWraps(layout: SheetLayout, dataRows: number): boolean[][] {
  const header = layout.columns.map(() => true);
  const data = layout.columns.map((c) => c.wrap);
  return [header, ...Array.from({ length: dataRows }, () => data)];
}

/** A template sheet's layout: its columns as declared, the header row repeated and frozen, `Bảng điểm` also frozen on its unit columns. */
export function templateLayout(spec: TemplateSheet): SheetLayout {
  const columns = spec.columns.map((c) => ({ width: c.width, wrap: c.wrap ?? false }));
  return {
    ...printPlan(columns, spec.frozenColumns ?? 0),
    repeatRows: { first: 1, last: 1 },
    frozenRows: 1,
    frozenColumns: spec.frozenColumns ?? 0,
    columns,
    spanRows: [],
    spanRuns: [],
  };
}

/** A cell nobody typed: blank, or a formula (the live columns run 200 rows down, empty below the units). */
const untyped = (cell: Grid[number][number]): boolean => isEmptyCell(cell) || (cell instanceof UnreadCell && cell.kind === 'formula');

/**
 * What of `Bảng điểm` prints (its print area, from A1): the rows down to the last one
 * holding a typed value, the header included, as wide as the header. Its live formulas
 * run 200 rows down, and their empty cells printed as pages of bare headers.
 */
export function printedBlock(grid: Grid): { rows: number; columns: number } {
  let rows = grid.length;
  while (rows > 0 && grid[rows - 1].every(untyped)) rows--;
  return { rows, columns: grid[0]?.length ?? 0 };
}

/**
 * What of a template sheet laid with `grid` (header first, its typed columns) prints: `Bảng
 * điểm`'s typed rows across all its columns, the live ones included; null for a sheet
 * without live formulas, which prints whole.
 */
export function templatePrinted(spec: TemplateSheet, grid: Grid): { rows: number; columns: number } | null {
  return spec.live ? { rows: Math.max(printedBlock(grid).rows, 1), columns: spec.columns.length } : null;
}

/** Rows we do not size are the default font's line, 20 pixels. */
const LINE_PIXELS = (LINE_POINTS / 72) * PIXELS_PER_INCH;
/** Page space kept free for the rounding of row heights by the program that prints. */
const PAGE_SLACK = 0.97;

/** Where a chart drawn below a printed table goes: its first row (0-based), its height in rows, and whether a page break must come before it. */
export interface ChartBelow {
  firstRow: number;
  rows: number;
  pageBreak: boolean;
}

/**
 * A chart `wantedRows` rows tall placed below a sheet's `heights.length` rows, one row
 * left blank, as it prints on A4 fitted to the page's width: on the page where the
 * table ends if it fits there, else from the top of the next page (a break before it,
 * so no page break cuts it), and never taller than a page less the rows repeated on it.
 */
export function chartBelow(layout: SheetLayout, heights: readonly (number | null)[], wantedRows: number): ChartBelow {
  const paperHeight = layout.landscape ? A4_WIDTH_INCHES : A4_HEIGHT_INCHES;
  // Fitted to the page's width, a wide table prints smaller: a page holds more of the sheet's pixels.
  const scale = printScale(layout);
  const pageHeight = ((paperHeight - PAGE_MARGINS.top - PAGE_MARGINS.bottom) * PIXELS_PER_INCH * PAGE_SLACK) / scale;
  const rowPixels = (r: number): number => ((heights[r] ?? LINE_POINTS) / 72) * PIXELS_PER_INCH;
  let repeated = 0;
  if (layout.repeatRows) for (let r = layout.repeatRows.first - 1; r < layout.repeatRows.last; r++) repeated += rowPixels(r);
  // The table's rows and the blank one after it, filling pages as the printer does: whole rows, the repeated ones atop every page after the first.
  let used = 0;
  for (let r = 0; r <= heights.length; r++) {
    const height = rowPixels(r);
    if (used + height > pageHeight) used = repeated;
    used += height;
  }
  const firstRow = heights.length + 1;
  if (wantedRows * LINE_PIXELS <= pageHeight - used) return { firstRow, rows: wantedRows, pageBreak: false };
  return { firstRow, rows: Math.min(wantedRows, Math.floor((pageHeight - repeated) / LINE_PIXELS)), pageBreak: true };
}
