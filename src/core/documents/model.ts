/**
 * The year-end report as a document model. The core decides every word and every
 * format (sizes, bold, alignment) here; the .docx and Google Doc renderers only
 * translate blocks, so both documents carry the same text and the same layout.
 */

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Paragraph {
  kind: 'paragraph';
  runs: Run[];
  align: Align;
  /** Font size in points. */
  size: number;
  /** Body paragraphs start with the first-line indent of `PAGE.firstLineIndentMm`. */
  indent: boolean;
  /** Space before and after, in points. */
  spaceBefore: number;
  spaceAfter: number;
  /** Keep on the same page as the next block (headings, "Kết quả thực hiện:"). */
  keepWithNext?: boolean;
}

/** A short centred line under a header or summary line (Nghị định 30/2020); carries no text. */
export interface Rule {
  kind: 'rule';
  widthMm: number;
}

export type CellBlock = Paragraph | Rule;

export interface Cell {
  blocks: CellBlock[];
}

export interface Table {
  kind: 'table';
  /** `layout`: borderless columns (header, signature); `grid`: a bordered data table. */
  style: 'layout' | 'grid';
  /** Column widths in millimetres. */
  widthsMm: number[];
  /**
   * How far the table starts into the left margin, in millimetres (the header table
   * does, as in common templates, so that the parent body fits on one line). A
   * renderer that cannot indent a table scales the columns to the text width.
   */
  outdentMm?: number;
  rows: Cell[][];
  /** Rows at the top that repeat on every page (grid tables). */
  headerRows: number;
}

/**
 * The chart of totals. The Google Doc shows the image of the summary sheet's chart
 * here; the .docx shows the PNG it is given, or else draws a native Word chart from
 * `bars`.
 */
export interface ChartSlot {
  kind: 'chart';
  widthMm: number;
  title: string;
  /** Units in rank order: short name and total points. */
  bars: { label: string; value: number }[];
  /** Alternative text of the image. */
  description: string;
  /** The decimal mark the values on the bars print with, as the report's text. */
  decimalSeparator: '.' | ',';
}

export type Block = Paragraph | Rule | Table | ChartSlot;

/** Page setup (Nghị định 30/2020, Phụ lục I). */
export interface PageSetup {
  widthMm: number;
  heightMm: number;
  margins: { top: number; bottom: number; left: number; right: number };
  font: string;
  /** Line spacing as a multiple of single spacing. */
  lineSpacing: number;
  firstLineIndentMm: number;
  /** Page numbers centred in the top margin, from page 2 on. */
  pageNumberSize: number;
}

export interface ReportModel {
  /** A name for the file or Google Doc, e.g. "Báo cáo kết quả thi đua Cụm thi đua số 08 năm 2021". */
  title: string;
  /** The document's subject (its summary line) and author (the cluster), for the file's properties. */
  subject: string;
  creator: string;
  /** BCP 47 tag of the text, so that word processors proof it as Vietnamese. */
  language: string;
  page: PageSetup;
  blocks: Block[];
}
