/**
 * One worksheet part → the grid the core reads, in memory proportional to the
 * cells that hold something. Cells are kept sparse while streaming; the grid is
 * the block from A1 to the last cell holding a value, as `getDataRange()` gives
 * in Sheets, but never larger than the limits below: a stray value far away
 * (XFD1048576) is counted and named, not turned into a million-row grid. A cell
 * stored twice with two different values (an empty copy and a value included) is an
 * `UnreadCell` naming both: the file says two things there, and neither is taken.
 */
import { a1 } from '../core/model/a1';
import { MAX_SHEET_COLUMNS } from '../core/model/cell-limit';
import { type CellValue, type Grid, isEmptyCell } from '../core/model/types';
import { UnreadCell } from '../core/model/unread-cell';
import type { StoredFormula } from '../core/sheets/older-live-formulas';
import { fromStoredCell, type StoredCell, type StoredContext } from './cell-value';
import { unescapeOoxml, type Package } from './read-package';
import { detached, sheetPart, streamXml } from './read-xml';

/** The readable block of an input sheet: rows, columns, and cells (rows × columns). */
export const SHEET_LIMITS = { rows: 50_000, columns: 1_000, cells: 5_000_000 };
export type SheetLimits = typeof SHEET_LIMITS;

/** Excel's last column (XFD): no sheet stores a cell beyond it. */
const EXCEL_COLUMNS = MAX_SHEET_COLUMNS;

/**
 * `Phiếu bầu`'s block: one column per question the product lays out (a 10,000-unit cluster
 * with many ties asks 1,784), so as wide as Excel allows; its rows and cells as any sheet's.
 */
export const BALLOT_SHEET_LIMITS: SheetLimits = { ...SHEET_LIMITS, columns: EXCEL_COLUMNS };

/** Cells holding a value outside the readable block: how many, and the first in reading order. */
export interface BeyondLimits {
  first: string;
  count: number;
}

interface Beyond {
  row: number;
  col: number;
  count: number;
}

export interface SheetRead {
  grid: Grid;
  beyond: BeyondLimits | null;
  /** The numbers of the block shown as percents (0.28 as 28%), by address: a message names what the cell shows. */
  percents: string[];
  /** The merged ranges ("K5:K6"), whose cells but the first are read blank: a message about one says so. */
  merges: string[];
}

/**
 * "BC12" → [11, 54] (0-based row and column), or null when it is not one to three capitals
 * then one to seven digits. Read by character codes: it runs for each of a sheet's million cells.
 */
function position(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 3; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 65 || ch > 90) break;
    col = col * 26 + ch - 64;
  }
  const digits = ref.length - i;
  if (i === 0 || digits < 1 || digits > 7) return null;
  let row = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57) return null;
    row = row * 10 + ch - 48;
  }
  return [row - 1, col - 1];
}

/** The format index (`s`) of each stored cell of a sheet within the readable block that has one, and which cells store an error value. */
export class CellFormats {
  private readonly byCell = new Map<number, number>();
  set(r: number, c: number, style: number, error: boolean): void {
    if (r >= SHEET_LIMITS.rows || c >= SHEET_LIMITS.columns || (style === 0 && !error)) return;
    this.byCell.set(r * SHEET_LIMITS.columns + c, (style + 1) * (error ? -1 : 1));
  }
  /** The cell's format index and whether it stored an error, or null when it stored neither. */
  at(r: number, c: number): { style: number; error: boolean } | null {
    const s = r >= 0 && c >= 0 && c < SHEET_LIMITS.columns ? this.byCell.get(r * SHEET_LIMITS.columns + c) : undefined;
    return s === undefined ? null : { style: Math.abs(s) - 1, error: s < 0 };
  }
}

/** The formula texts stored in one row of a sheet (0-based `row`), by cell: a shared formula holds its text in its first row. */
export class RowFormulas {
  readonly found: StoredFormula[] = [];
  constructor(readonly row: number) {}
  take(r: number, c: number, formula: string | null): void {
    if (r === this.row && formula) this.found.push({ cell: a1(r, c), formula });
  }
}

/**
 * Where each stored cell of a sheet part is, and what it stores; `merge` gets each merged range ("A1:C1").
 * `stored` is one object filled again for each cell (a million of them would be garbage): read it, never keep it.
 */
export interface CellVisitor {
  cell(row: number, col: number, stored: Readonly<StoredCell>): void;
  merge?(range: string): void;
}

/** Streams the <c> elements of one sheet part, each with its 0-based position; nothing is kept. */
export async function streamCells(pkg: Package, path: string, visit: CellVisitor): Promise<void> {
  let row = -1;
  let col = -1;
  /** The cell being read (`stored`), or null between cells. */
  let cell: StoredCell | null = null;
  const stored: StoredCell = { type: 'n', style: 0, value: null, formula: null, inline: '' };
  /** Which element's text is being collected: <v>, <f> or a <t> of <is>. */
  let collecting: 'v' | 'f' | 't' | null = null;
  let text: string[] = [];
  let phonetic = 0;

  await streamXml(
    pkg.zip,
    path,
    {
      open(name, a, selfClosing) {
        switch (name) {
          case 'row': {
            const r = Number(a.get('r'));
            row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
            col = -1;
            return;
          }
          case 'c': {
            const ref = a.get('r');
            const at = ref !== undefined ? position(ref) : null;
            if (at) [row, col] = at;
            else col++;
            cell = stored;
            cell.type = a.get('t') ?? 'n';
            cell.style = Number(a.get('s') ?? 0);
            cell.value = null;
            cell.formula = null;
            cell.inline = '';
            if (selfClosing) {
              visit.cell(row, col, cell);
              cell = null;
            }
            return;
          }
          case 'v':
          case 'f':
            if (!cell) return;
            if (selfClosing) {
              // <v/> is an empty cached value; <f t="shared" si="0"/> a formula shared with an earlier cell.
              if (name === 'v') cell.value = '';
              else cell.formula ??= '';
              return;
            }
            collecting = name;
            text = [];
            return;
          case 'rPh':
            // Closed even when self-closing (<rPh/>): counted either way.
            phonetic++;
            return;
          case 't':
            if (cell && !selfClosing && phonetic === 0) {
              collecting = 't';
              text = [];
            }
            return;
          case 'mergeCell':
            if (a.get('ref')) visit.merge?.(a.get('ref') as string);
            return;
        }
      },
      close(name) {
        if (name === 'rPh') phonetic--;
        else if (cell && collecting === name) {
          // Kept (a text, a formula an UnreadCell names): copied out of the parser's chunk.
          // One piece (the scanner gives a run at once) is taken as it is: join would copy it first.
          const collected = detached(text.length === 1 ? text[0] : text.join(''));
          if (name === 'v') cell.value = collected;
          else if (name === 'f') cell.formula = collected;
          else cell.inline += unescapeOoxml(collected);
          collecting = null;
        } else if (name === 'c' && cell) {
          visit.cell(row, col, cell);
          cell = null;
        }
      },
      text(chunk) {
        if (collecting) text.push(chunk);
      },
    },
    pkg.fileName,
    sheetPart(pkg.sheets.find((s) => s.path === path)?.name),
  );
}

/** A value as the message about a cell stored twice shows it, cut short. */
function shownValue(value: CellValue): string {
  const text =
    value instanceof UnreadCell
      ? value.stored
      : value instanceof Date
        ? `${value.getDate()}/${value.getMonth() + 1}/${value.getFullYear()}`
        : typeof value === 'boolean'
          ? value
            ? 'TRUE'
            : 'FALSE'
          : String(value ?? '');
  return `"${text.length > 15 ? `${text.slice(0, 15)}…` : text}"`;
}

const sameValue = (a: CellValue, b: CellValue): boolean =>
  a === b ||
  (a instanceof Date && b instanceof Date && a.getTime() === b.getTime()) ||
  (a instanceof UnreadCell && b instanceof UnreadCell && a.kind === b.kind && a.stored === b.stored);

/**
 * `formats`, when given, gets each stored cell's format index and whether it stores an error value (what `cap-nhat` moves with a value);
 * `formulas` the formula texts of its row; `limits` bound the grid.
 */
export async function readSheet(pkg: Package, path: string, formats?: CellFormats, formulas?: RowFormulas, limits = SHEET_LIMITS): Promise<SheetRead> {
  const context: StoredContext = pkg;
  /** Rows by index, each a sparse array of its cells. */
  const rows = new Map<number, CellValue[]>();
  const merges: string[] = [];
  const percentAt: [number, number][] = [];
  let beyond: Beyond | null = null;
  const outside = (r: number, c: number): void => {
    if (!beyond) beyond = { row: r, col: c, count: 0 };
    else if (r < beyond.row || (r === beyond.row && c < beyond.col)) Object.assign(beyond, { row: r, col: c });
    beyond.count++;
  };
  let height = 0;
  let width = 0;

  const keep = (r: number, c: number, value: CellValue): void => {
    // Only cells holding a value are kept, so a cell stored again is seen when its first copy held one.
    const before = rows.get(r)?.[c];
    if (before !== undefined && !sameValue(before, value)) {
      (rows.get(r) as CellValue[])[c] = new UnreadCell('twice', `${shownValue(before)} và ${shownValue(value)}`);
      return;
    }
    if (isEmptyCell(value)) return;
    if (r >= limits.rows || c >= limits.columns) {
      // A formula saved without its result far away holds nothing to lose (a column filled down to the last row).
      if (value instanceof UnreadCell && value.kind === 'formula') return;
      outside(r, c);
      return;
    }
    let cells = rows.get(r);
    if (!cells) rows.set(r, (cells = []));
    cells[c] = value;
    height = Math.max(height, r + 1);
    width = Math.max(width, c + 1);
  };

  // A sheet part stores its cells in reading order; only a value stored at or before a place already seen can repeat
  // an earlier cell, and when that earlier copy was empty nothing kept shows it: such places are looked at again below.
  let lastRow = -1;
  let lastCol = -1;
  const late = new Set<number>();
  await streamCells(pkg, path, {
    cell(r, c, stored) {
      formats?.set(r, c, stored.style, stored.type === 'e');
      formulas?.take(r, c, stored.formula);
      const value = fromStoredCell(stored, context);
      if (r > lastRow || (r === lastRow && c > lastCol)) [lastRow, lastCol] = [r, c];
      else if (!isEmptyCell(value) && r < limits.rows && c < limits.columns) late.add(r * EXCEL_COLUMNS + c);
      if (typeof value === 'number' && pkg.percentStyles.has(stored.style)) percentAt.push([r, c]);
      keep(r, c, value);
    },
    merge: (range) => merges.push(range),
  });
  if (late.size > 0) await markStoredEmptyToo(pkg, path, late, rows, limits);

  // Sheets and Excel show only the first cell of a merged range; a value another generator left under it is not shown, so not read.
  for (const ref of merges) {
    const [from, to] = ref.split(':').map(position);
    if (!from || !to) continue;
    for (const [r, cells] of rows) {
      if (r < from[0] || r > to[0]) continue;
      for (let c = from[1]; c <= Math.min(to[1], cells.length - 1); c++) if (r !== from[0] || c !== from[1]) delete cells[c];
    }
  }

  // The block must fit the cell limit too: rows past it are beyond, like rows past the row limit.
  const fitRows = width === 0 ? 0 : Math.min(height, Math.floor(limits.cells / width));
  const grid: Grid = [];
  let last = 0;
  for (let r = 0; r < fitRows; r++) {
    const out: CellValue[] = new Array<CellValue>(width).fill('');
    // Only the cells stored in the row are walked (a sparse array's holes are skipped), not the whole width.
    rows.get(r)?.forEach((value, c) => {
      out[c] = value;
      if (!isEmptyCell(value)) last = r + 1;
    });
    grid.push(out);
  }
  // Past the cell limit, only the rows stored hold anything to count.
  for (const [r, cells] of rows) {
    if (r < fitRows) continue;
    cells.forEach((value, c) => {
      if (!isEmptyCell(value)) outside(r, c);
    });
  }
  // Trailing rows emptied by merges are not part of the data range.
  grid.length = last;
  const found = beyond as Beyond | null;
  const percents = percentAt.filter(([r, c]) => typeof grid[r]?.[c] === 'number').map(([r, c]) => a1(r, c));
  return { grid: trimColumns(grid), beyond: found && { first: a1(found.row, found.col), count: found.count }, percents, merges };
}

/**
 * A cell stored first empty and then with a value says two things as much as one stored with two values:
 * a second reading of the part, only when some value came late (`late`: row × Excel's columns + column), finds the
 * late places that were also stored empty and makes their value an `UnreadCell` naming both.
 */
async function markStoredEmptyToo(pkg: Package, path: string, late: Set<number>, rows: Map<number, CellValue[]>, limits: SheetLimits): Promise<void> {
  const storedEmpty = new Set<number>();
  await streamCells(pkg, path, {
    cell(r, c, stored) {
      const at = r * EXCEL_COLUMNS + c;
      if (c < limits.columns && late.has(at) && isEmptyCell(fromStoredCell(stored, pkg))) storedEmpty.add(at);
    },
  });
  for (const at of storedEmpty) {
    const cells = rows.get(Math.floor(at / EXCEL_COLUMNS));
    const c = at % EXCEL_COLUMNS;
    const value = cells?.[c];
    if (!cells || value === undefined || (value instanceof UnreadCell && value.kind === 'twice')) continue;
    cells[c] = new UnreadCell('twice', `${shownValue('')} và ${shownValue(value)}`);
  }
}

/** Drops columns that only merged-away cells held, so the grid ends at its last value as `getDataRange()` does. */
function trimColumns(grid: Grid): Grid {
  let width = 0;
  for (const row of grid) for (let c = row.length - 1; c >= width; c--) if (!isEmptyCell(row[c])) width = c + 1;
  return width === (grid[0]?.length ?? 0) ? grid : grid.map((row) => row.slice(0, width));
}
