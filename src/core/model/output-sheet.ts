/**
 * The shape of an output sheet (rows, header and title rows, frozen columns) and the
 * builder that puts one together, apart from the builders of particular sheets so that
 * cell limits, print layouts and adapters can name it without importing them.
 */
import { OUTPUT_CELL_LIMIT, clipMiddle } from './cell-limit';

/** A Date is a date-time value, shown with a date format. */
export type OutCell = string | number | Date;

export interface OutputSheet {
  rows: OutCell[][];
  /** 0-based rows to show as headers (bold, shaded). */
  headerRows: number[];
  /** 0-based rows that are section titles. */
  titleRows: number[];
  /** 0-based rows of running text (a link, the award lines): like titles, they run on to the right and size no column. */
  textRows?: number[];
  /** Columns kept in view when scrolling right (the unit's code and name). */
  frozenColumns?: number;
  /** Columns centred in their cells (the rank), so a number does not run into the text of the column beside it. */
  centeredColumns?: number[];
}

export interface SummarySheet extends OutputSheet {
  /** The ranking rows (0-based, first row and count), for the chart of totals. */
  ranking: { firstRow: number; count: number; nameCol: number; totalCol: number };
}

/** Pads rows to one width: `setValues` needs a rectangle. */
function rectangle(rows: OutCell[][]): OutCell[][] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => (r.length === width ? r : [...r, ...Array<OutCell>(width - r.length).fill('')]));
}

/** Every text cell of an output block within `OUTPUT_CELL_LIMIT`. */
export function fitCells(rows: OutCell[][]): OutCell[][] {
  return rows.map((row) =>
    row.some((cell) => typeof cell === 'string' && cell.length > OUTPUT_CELL_LIMIT)
      ? row.map((cell) => (typeof cell === 'string' ? clipMiddle(cell, OUTPUT_CELL_LIMIT) : cell))
      : row,
  );
}

/** Rows of a sheet with its title, header rows and text rows, as the builders below put them together. */
export class SheetRows {
  readonly rows: OutCell[][] = [];
  readonly headerRows: number[] = [];
  readonly titleRows: number[] = [];
  readonly textRows: number[] = [];

  title(text: string): void {
    this.titleRows.push(this.rows.length);
    this.rows.push([text]);
  }
  header(cells: readonly string[]): void {
    this.headerRows.push(this.rows.length);
    this.rows.push([...cells]);
  }
  text(cells: OutCell[]): void {
    this.textRows.push(this.rows.length);
    this.rows.push(cells);
  }
  blank(): void {
    this.rows.push(['']);
  }
  done(frozenColumns = 0): OutputSheet {
    return { rows: fitCells(rectangle(this.rows)), headerRows: this.headerRows, titleRows: this.titleRows, textRows: this.textRows, frozenColumns };
  }
}
