/**
 * An output sheet (the core's rows, header and title rows, and its print layout)
 * as the XML of a worksheet part, pushed a row at a time onto the package entry that
 * deflates it as it comes (zip-writer.ts): the part's text is never held whole. Every text is an inline string, so a
 * value like "=IMPORTXML(…)" stays text and nothing is evaluated; numbers carry
 * the core's number format, dates are serial days with a date format. The
 * worksheet's frame (views, columns, validations, page setup) is `writeWorksheet`,
 * which the template sheets `cap-nhat` writes share (template-sheet-xml.ts).
 */
import { columnLetter } from '../core/model/a1';
import { outputFormat, POINTS_FORMAT } from '../core/sheets/cell-formats';
import type { OutCell, OutputSheet } from '../core/model/output-sheet';
import { PAGE_MARGINS, PAPER, outputLayout, rowHeights, type OutputLayout, type SheetLayout } from '../core/sheets/print-layout';
import { toSerial } from './cell-value';
import { EXCEL_PAPER, widthInCharacters } from './formats';
import type { CellStyle, StylesPart } from './styles-part';
import { NS } from '../ooxml/xml';
import type { Pieces } from '../ooxml/zip-writer';
import { escapeAttribute, escapeCellText } from './xml-edit';

/** A cell (`ref`, showing `display`) linking to a place in the workbook (`'Bảng điểm'!W2`): no relationship part needed. */
export interface InternalLink {
  ref: string;
  location: string;
  display: string;
}

/** A drawing on the sheet (its relationship id) and the 0-based row a manual page break puts at the top of a page, if any. */
export interface SheetDrawing {
  relId: string;
  pageBreakBefore: number | null;
}

/** An output sheet with what the core decided about each cell: layout, wraps, centring, row heights. */
export class LaidOutSheet {
  readonly layout: OutputLayout;
  private readonly wraps: boolean[][];
  private readonly centered: boolean[][];
  /** Row heights in points, null for one line (print-layout.ts). */
  readonly heights: (number | null)[];
  private readonly headers: Set<number>;
  private readonly titles: Set<number>;
  private readonly spans: Set<number>;
  private readonly letters: string[];

  /** `formatOf`: a cell's number format when the sheet has its own rule (`Điểm đã gỡ`); else the output sheets'. */
  constructor(
    readonly content: OutputSheet,
    private readonly formatOf: (value: OutCell, col: number) => string = (value) => (typeof value === 'string' ? POINTS_FORMAT : outputFormat(value)),
  ) {
    this.layout = outputLayout(content);
    this.wraps = this.layout.wraps;
    this.centered = this.layout.centered;
    this.heights = rowHeights(content.rows, this.layout, this.wraps);
    this.headers = new Set(content.headerRows);
    this.titles = new Set(content.titleRows);
    this.spans = new Set(this.layout.spanRows);
    this.letters = Array.from({ length: Math.max(this.width, 1) }, (_, c) => columnLetter(c));
  }

  get width(): number {
    return Math.max(0, ...this.content.rows.map((r) => r.length));
  }

  private style(r: number, c: number, value: OutCell): CellStyle {
    const empty = value === '';
    return {
      // The title's first cell carries its size; a header cell its weight and shade (exceljs styled only header cells holding a value, as here).
      font: this.titles.has(r) && c === 0 ? 'title' : this.headers.has(r) && !empty ? 'bold' : 'plain',
      shaded: this.headers.has(r) && !empty,
      numFmt: this.formatOf(value, c),
      wrap: this.wraps[r]?.[c] ?? false,
      center: this.centered[r]?.[c] ?? false,
    };
  }

  /** The style index of content cell (`r`, `c`), for a cell written into a stored row. */
  styleIndex(r: number, c: number, styles: StylesPart): number {
    return styles.index(this.style(r, c, this.content.rows[r][c]));
  }

  /** Content row `r` as sheet row `sheetRow` (1-based), pushed onto `out`. */
  writeRow(out: Pieces, r: number, sheetRow: number, styles: StylesPart, date1904: boolean): void {
    const cells = this.content.rows[r];
    const height = this.heights[r];
    // The row as one piece: one push per row, not per cell.
    let xml = `<row r="${sheetRow}"${height ? ` ht="${height}" customHeight="1"` : ''}>`;
    cells.forEach((value, c) => {
      // The other cells of a merged span row are covered by its first.
      if (c > 0 && this.spans.has(r)) return;
      const ref = `${this.letters[c]}${sheetRow}`;
      const s = styles.index(this.style(r, c, value));
      if (typeof value === 'string') {
        xml +=
          value === '' ? `<c r="${ref}" s="${s}"/>` : `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeCellText(value)}</t></is></c>`;
      } else {
        const n = value instanceof Date ? toSerial(value, date1904) : value;
        xml += Number.isFinite(n) ? `<c r="${ref}" s="${s}"><v>${n}</v></c>` : `<c r="${ref}" s="${s}"/>`;
      }
    });
    out.push(`${xml}</row>`);
  }

  /** The whole worksheet part onto `out`, with `links` from cells to places in the workbook and a `drawing`. */
  writeXml(
    out: Pieces,
    styles: StylesPart,
    date1904: boolean,
    links: readonly InternalLink[] = [],
    drawing: SheetDrawing | null = null,
    selected = false,
  ): void {
    const { layout } = this;
    const rows = this.content.rows;
    const last = this.letters[layout.columns.length - 1];
    writeWorksheet(out, {
      layout,
      dimension: `A1${rows.length > 0 && this.width > 0 ? `:${this.letters[this.width - 1]}${rows.length}` : ''}`,
      writeRows: (into) => {
        for (let r = 0; r < rows.length; r++) this.writeRow(into, r, r + 1, styles, date1904);
      },
      merges: layout.columns.length > 1 ? layout.spanRows.map((r) => `A${r + 1}:${last}${r + 1}`) : [],
      links,
      pageBreakBefore: drawing?.pageBreakBefore ?? null,
      drawing: drawing?.relId ?? null,
      selected,
    });
  }
}

/** What a worksheet part holds besides its frame; `writeRows` pushes the rows' markup. */
export interface WorksheetContent {
  layout: SheetLayout;
  /** The used range ("A1:H13"). */
  dimension: string;
  /** The cell format of each column (`<col style>`), which its cells without one of their own show; none when absent. */
  columnStyles?: readonly number[];
  writeRows(out: Pieces): void;
  merges?: readonly string[];
  /** `<dataValidation>` elements. */
  validations?: readonly string[];
  links?: readonly InternalLink[];
  pageBreakBefore?: number | null;
  /** Relationship ids of the sheet's drawing (a chart) and of its notes' VML drawing. */
  drawing?: string | null;
  legacyDrawing?: string | null;
  /** The tab the workbook opens on (`Tổng hợp` of the summary). */
  selected?: boolean;
}

/** A worksheet part onto `out`, its children in the order CT_Worksheet requires, laid out and set up for A4 as the core decided. */
export function writeWorksheet(out: Pieces, w: WorksheetContent): void {
  const { layout } = w;
  out.push(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${NS.x}" xmlns:r="${NS.r}">`,
    // Fitted to the page's width, or (a sheet too wide for that to stay legible) at the core's fixed scale, split across pages.
    layout.scale === null ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
    `<dimension ref="${w.dimension}"/>`,
    `<sheetViews><sheetView${w.selected ? ' tabSelected="1"' : ''} workbookViewId="0">${pane(layout)}</sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
  );
  if (layout.columns.length > 0) {
    out.push('<cols>');
    layout.columns.forEach((col, i) => {
      const style = w.columnStyles?.[i];
      out.push(`<col min="${i + 1}" max="${i + 1}" width="${widthInCharacters(col.width)}"${style ? ` style="${style}"` : ''} customWidth="1"/>`);
    });
    out.push('</cols>');
  }
  out.push('<sheetData>');
  w.writeRows(out);
  out.push('</sheetData>');
  const merges = w.merges ?? [];
  if (merges.length > 0) out.push(`<mergeCells count="${merges.length}">`, ...merges.map((ref) => `<mergeCell ref="${ref}"/>`), '</mergeCells>');
  const validations = w.validations ?? [];
  if (validations.length > 0) out.push(`<dataValidations count="${validations.length}">`, ...validations, '</dataValidations>');
  const links = w.links ?? [];
  if (links.length > 0) {
    out.push('<hyperlinks>');
    for (const link of links)
      out.push(`<hyperlink ref="${link.ref}" location="${escapeAttribute(link.location)}" display="${escapeAttribute(link.display)}"/>`);
    out.push('</hyperlinks>');
  }
  const m = PAGE_MARGINS;
  out.push(
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
    `<pageSetup paperSize="${EXCEL_PAPER[PAPER]}" orientation="${layout.landscape ? 'landscape' : 'portrait'}" ${layout.scale === null ? 'fitToWidth="1" fitToHeight="0"' : `scale="${layout.scale}"`}/>`,
  );
  // After the page setup, as CT_Worksheet orders its children; a break's id is the 0-based row that starts the new page.
  if (w.pageBreakBefore) out.push(`<rowBreaks count="1" manualBreakCount="1"><brk id="${w.pageBreakBefore}" max="16383" man="1"/></rowBreaks>`);
  if (w.drawing) out.push(`<drawing r:id="${w.drawing}"/>`);
  if (w.legacyDrawing) out.push(`<legacyDrawing r:id="${w.legacyDrawing}"/>`);
  out.push('</worksheet>');
}

/** Frozen rows and columns as a split pane, its scrolling part active. */
function pane(layout: SheetLayout): string {
  const { frozenRows: y, frozenColumns: x } = layout;
  if (x === 0 && y === 0) return '';
  const active = x > 0 && y > 0 ? 'bottomRight' : y > 0 ? 'bottomLeft' : 'topRight';
  const split = `${x > 0 ? ` xSplit="${x}"` : ''}${y > 0 ? ` ySplit="${y}"` : ''}`;
  return `<pane${split} topLeftCell="${columnLetter(x)}${y + 1}" activePane="${active}" state="frozen"/><selection pane="${active}"/>`;
}
