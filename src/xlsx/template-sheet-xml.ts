/**
 * A template sheet (the core's `TemplateSheet`: `Bảng điểm`, `Cụm chấm`, `Phiếu bầu`)
 * as the XML of a worksheet part, for `cap-nhat`'s copy of the user's package: the
 * header bold and shaded with each column's note, the columns' widths and formats
 * (a column's format is its `<col>` style, so the empty rows of the template cost
 * nothing), the rows' values, each column's validation, the live formulas shared
 * down their columns, frozen panes and A4 setup. Values moved from the user's old
 * sheet keep what the old cell showed (`MovedCell`: its fill, a date's format, an
 * error value, its note). Memory follows the cells written.
 */
import { columnLetter } from '../core/model/a1';
import type { CellValue, Grid } from '../core/model/types';
import { UnreadCell } from '../core/model/unread-cell';
import { DATE_FORMAT, TEXT_FORMAT, columnFormat } from '../core/sheets/cell-formats';
import { LIVE_COLUMNS } from '../core/sheets/live-columns';
import { excelLiveFormulas } from '../core/live/live-excel';
import { rowHeights, templateLayout, templateWraps, type SheetLayout } from '../core/sheets/print-layout';
import type { TemplateSheet } from '../core/sheets/template-sheets';
import { toSerial } from './cell-value';
import { isDateFormat } from './read-package';
import type { Pieces } from '../ooxml/zip-writer';
import { writeWorksheet } from './sheet-xml';
import type { CellStyle, StylesPart } from './styles-part';
import { escapeAttribute, escapeCellText } from './xml-edit';

/** What an old cell showed that moves with its value. */
export interface MovedCell {
  /** A fill of the input's styles. */
  fill: number | null;
  /** The old cell's number format (a moved date keeps it when it shows a date). */
  numFmt: string | null;
  /** The value was stored as an error (`t="e"`), not as text reading the same. */
  error: boolean;
  note: string | null;
}

/** A note on a cell of a sheet we write. */
export interface CellNote {
  ref: string;
  text: string;
}

/** A template sheet laid out: its part's XML, pushed onto the entry that deflates it as it comes, and the notes its cells carry (notes-part.ts). */
export interface TemplateSheetXml {
  write(out: Pieces): void;
  notes: CellNote[];
  /** How it prints: the workbook names its repeated rows and columns. */
  layout: SheetLayout;
}

/** Where the old cell of each new cell is (0-based rows of the new grid, header first), or null for none. */
export type MovedAt = (row: number, col: number) => MovedCell | null;

const HEADER_STYLE: Omit<CellStyle, 'wrap'> = { font: 'bold', shaded: true, numFmt: TEXT_FORMAT, center: false };

/**
 * A value as the pieces of a `<c>` element of style `s` at `ref`, none for an empty
 * cell; a text stays a piece of its own (escaping copies nothing when there is nothing
 * to escape), so a long one is never copied into the markup around it.
 */
export function cellXml(ref: string, value: CellValue, s: number, error: boolean, date1904: boolean): string[] {
  if (value === '' || value === null || value === undefined || value instanceof UnreadCell) return [];
  if (typeof value === 'string') {
    if (error) return [`<c r="${ref}" s="${s}" t="e"><v>`, escapeCellText(value), '</v></c>'];
    return [`<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">`, escapeCellText(value), '</t></is></c>'];
  }
  if (typeof value === 'boolean') return [`<c r="${ref}" s="${s}" t="b"><v>${value ? 1 : 0}</v></c>`];
  const n = value instanceof Date ? toSerial(value, date1904) : value;
  return Number.isFinite(n) ? [`<c r="${ref}" s="${s}"><v>${n}</v></c>`] : [];
}

/**
 * `spec` with `rows` under its header (the grid's rows after the first), written for
 * `styles`; `moved` gives what old cells showed. The notes are gathered here; `write`
 * then makes the rows as it pushes them (nothing of the part is held), adding the
 * cells' styles, which the package writes after its sheets.
 */
export function templateSheetXml(
  spec: TemplateSheet,
  grid: Grid,
  styles: StylesPart,
  date1904: boolean,
  moved: MovedAt | null,
  legacyDrawing: string | null,
): TemplateSheetXml {
  const layout: SheetLayout = templateLayout(spec);
  const rows = grid.slice(1);
  const dataRows = Math.max(spec.dataRows, rows.length);
  const wraps = templateWraps(layout, dataRows);
  const letters = spec.columns.map((_, c) => columnLetter(c));
  const columnStyle = (c: number, extra: Partial<CellStyle> = {}): number =>
    styles.index({ font: 'plain', shaded: false, numFmt: columnFormat(spec.columns[c].format), wrap: wraps[1]?.[c] ?? false, center: false, ...extra });
  const columnStyles = spec.columns.map((_, c) => columnStyle(c));
  const heights = rowHeights([spec.columns.map((col) => col.header), ...rows], layout, wraps);
  // The notes first (the header's, and those moving with a value): the sheet's drawing of them is named before its rows are written.
  const notes: CellNote[] = [];
  spec.columns.forEach((col, c) => {
    const note = col.excelNote ?? col.note;
    if (note) notes.push({ ref: `${letters[c]}1`, text: note });
  });

  // The live columns: one shared formula per column from the first data row to the last, computed on opening.
  const live = spec.live;
  const formulas = live ? excelLiveFormulas(live.excel) : null;
  const liveAt = (r: number, c: number): string | null => {
    if (!live || !formulas) return null;
    const k = c - live.firstColumn;
    if (k < 0 || k >= LIVE_COLUMNS.length || r + 1 < live.excel.firstRow || r + 1 > live.excel.lastRow) return null;
    const ref = `${letters[c]}${r + 1}`;
    if (r + 1 === live.excel.firstRow) {
      return `<c r="${ref}" s="${columnStyles[c]}"><f t="shared" ref="${ref}:${letters[c]}${live.excel.lastRow}" si="${k}">${escapeCellText(formulas[LIVE_COLUMNS[k].key])}</f></c>`;
    }
    return `<c r="${ref}" s="${columnStyles[c]}"><f t="shared" si="${k}"/></c>`;
  };

  const lastRow = Math.max(rows.length, live ? live.excel.lastRow - 1 : 0);
  if (moved) {
    for (let r = 1; r <= rows.length; r++) {
      for (let c = 0; c < spec.columns.length; c++) {
        const note = liveAt(r, c) === null ? moved(r, c)?.note : null;
        if (note) notes.push({ ref: `${letters[c]}${r + 1}`, text: note });
      }
    }
  }

  /** The rows pushed onto `out` as they are made (the styles part is written after the sheets, so the cells' styles are added here). */
  const writeRows = (out: Pieces): void => {
    const header = spec.columns.flatMap((col, c) => cellXml(`${letters[c]}1`, col.header, styles.index({ ...HEADER_STYLE, wrap: true }), false, date1904));
    out.push(`<row r="1"${heights[0] ? ` ht="${heights[0]}" customHeight="1"` : ''}>`);
    for (const piece of header) out.push(piece);
    out.push('</row>');
    for (let i = 0; i < lastRow; i++) {
      const r = i + 1;
      const cells: string[] = [];
      const values = rows[i] ?? [];
      for (let c = 0; c < spec.columns.length; c++) {
        const formula = liveAt(r, c);
        if (formula !== null) {
          cells.push(formula);
          continue;
        }
        const value = values[c] ?? '';
        const old = moved?.(r, c) ?? null;
        const dated = value instanceof Date ? (old?.numFmt && isDateFormat(old.numFmt) ? old.numFmt : DATE_FORMAT) : null;
        const fill = old?.fill ?? null;
        const own = fill !== null || dated !== null;
        const s = own ? columnStyle(c, { ...(fill !== null ? { fill } : {}), ...(dated ? { numFmt: dated } : {}) }) : columnStyles[c];
        const xml = cellXml(`${letters[c]}${r + 1}`, value, s, old?.error ?? false, date1904);
        // An empty cell keeps a fill of its own; without one, its column's format shows.
        if (xml.length > 0) cells.push(...xml);
        else if (own) cells.push(`<c r="${letters[c]}${r + 1}" s="${s}"/>`);
      }
      const height = heights[r];
      if (cells.length === 0 && !height) continue;
      out.push(`<row r="${r + 1}"${height ? ` ht="${height}" customHeight="1"` : ''}>`);
      // Piece by piece: a long text stays a piece of its own until the entry deflates it.
      for (const piece of cells) out.push(piece);
      out.push('</row>');
    }
  };

  const validations = spec.columns.flatMap((col, c) => {
    const v = col.validation;
    if (!v) return [];
    const help = escapeAttribute(v.help);
    return [
      `<dataValidation type="decimal" operator="between" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="stop" errorTitle="Điểm không hợp lệ" error="${help}" prompt="${help}" sqref="${letters[c]}2:${letters[c]}${dataRows + 1}"><formula1>${v.min}</formula1><formula2>${v.max}</formula2></dataValidation>`,
    ];
  });
  const write = (out: Pieces): void =>
    writeWorksheet(out, {
      layout,
      dimension: `A1:${letters[Math.max(spec.columns.length - 1, 0)] ?? 'A'}${Math.max(lastRow + 1, 1)}`,
      columnStyles,
      writeRows,
      validations,
      legacyDrawing: notes.length > 0 ? legacyDrawing : null,
    });
  return { write, notes, layout };
}
