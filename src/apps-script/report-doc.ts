/**
 * The report model as a NEW Google Doc on every call (never an earlier one, so a
 * report already sent stays as it was). Apps Script only: no Node modules here,
 * this file goes into the add-in bundle. Tables are built whole by one
 * `appendTable(cells)` call, then formatted as a whole; each paragraph gets its formats
 * in one `setAttributes` call, except the bordered tables' bodies (see formatGrid), so
 * the calls grow with the paragraphs and tables, not with the units or the cells.
 * DocumentApp has no page-number field: the Doc has none.
 */
import type { Align, CellBlock, PageSetup, Paragraph as ModelParagraph, ReportModel, Rule, Table as ModelTable } from '../core/documents/model';

export interface GoogleDocOptions {
  title: string;
  /** Image of the summary sheet's chart, inserted at the model's chart slot. */
  chart?: GoogleAppsScript.Base.BlobSource | null;
}

type Doc = GoogleAppsScript.Document.DocumentApp;
type DocParagraph = GoogleAppsScript.Document.Paragraph;
type DocTable = GoogleAppsScript.Document.Table;
/** Header rows formatted earlier in the document, by their texts and widths (see formatGrid). */
type HeaderRows = Map<string, GoogleAppsScript.Document.TableRow>;

const pt = (mm: number): number => (mm * 72) / 25.4;
/** Image sizes in DocumentApp are pixels at 96 to the inch. */
const px = (mm: number): number => Math.round((mm * 96) / 25.4);

function alignment(app: Doc, align: Align): GoogleAppsScript.Document.HorizontalAlignment {
  const H = app.HorizontalAlignment;
  return { left: H.LEFT, center: H.CENTER, right: H.RIGHT, justify: H.JUSTIFY }[align];
}

function formatParagraph(app: Doc, target: DocParagraph, p: ModelParagraph, page: PageSetup): void {
  const A = app.Attribute;
  const same = p.runs.length === 1 ? p.runs[0] : null;
  target.setAttributes({
    [A.FONT_FAMILY]: page.font,
    [A.FONT_SIZE]: p.size,
    [A.FOREGROUND_COLOR]: '#000000',
    [A.BOLD]: same?.bold ?? false,
    [A.ITALIC]: same?.italic ?? false,
    [A.HORIZONTAL_ALIGNMENT]: alignment(app, p.align),
    [A.INDENT_FIRST_LINE]: p.indent ? pt(page.firstLineIndentMm) : 0,
    [A.INDENT_START]: 0,
    [A.INDENT_END]: 0,
    [A.SPACING_BEFORE]: p.spaceBefore,
    [A.SPACING_AFTER]: p.spaceAfter,
    [A.LINE_SPACING]: page.lineSpacing,
  });
  if (same) return;
  const text = target.editAsText();
  let at = 0;
  for (const r of p.runs) {
    const end = at + r.text.length - 1;
    if (r.text && r.bold) text.setBold(at, end, true);
    if (r.text && r.italic) text.setItalic(at, end, true);
    at = end + 1;
  }
}

const runText = (p: ModelParagraph): string => p.runs.map((r) => r.text).join('');

/** A short centred line: a horizontal rule in a paragraph indented to the rule's width. */
function formatRule(app: Doc, target: DocParagraph, r: Rule, containerMm: number): void {
  const A = app.Attribute;
  const side = pt(Math.max(0, (containerMm - r.widthMm) / 2));
  target.appendHorizontalRule();
  target.setAttributes({
    [A.INDENT_START]: side,
    [A.INDENT_END]: side,
    [A.INDENT_FIRST_LINE]: side,
    [A.SPACING_BEFORE]: 0,
    [A.SPACING_AFTER]: 0,
    [A.FONT_SIZE]: 4,
    [A.LINE_SPACING]: 1,
  });
}

function fill(app: Doc, target: DocParagraph, b: CellBlock, widthMm: number, page: PageSetup): void {
  if (b.kind === 'rule') formatRule(app, target, b, widthMm);
  else formatParagraph(app, target, b, page);
}

/** DocumentApp cannot move a table into the margin: such a table is narrowed to the text width. */
function columnWidthsMm(t: ModelTable, textMm: number): number[] {
  const total = t.widthsMm.reduce((a, b) => a + b, 0);
  return t.outdentMm ? t.widthsMm.map((w) => (w * textMm) / total) : t.widthsMm;
}

/** Each cell's padding and vertical alignment, then its paragraphs' formats: a few calls per cell. */
function formatCells(app: Doc, table: DocTable, t: ModelTable, rows: number, widths: number[], page: PageSetup): void {
  const A = app.Attribute;
  t.rows.slice(0, rows).forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = table.getCell(r, c);
      target.setAttributes({
        [A.PADDING_TOP]: 1,
        [A.PADDING_BOTTOM]: 1,
        [A.PADDING_LEFT]: 3,
        [A.PADDING_RIGHT]: 3,
        [A.VERTICAL_ALIGNMENT]: t.style === 'grid' ? app.VerticalAlignment.CENTER : app.VerticalAlignment.TOP,
      });
      cell.blocks.forEach((b, i) => {
        const p = i === 0 ? target.getChild(0).asParagraph() : target.appendParagraph(b.kind === 'paragraph' ? runText(b) : '');
        fill(app, p, b, widths[c], page);
      });
    }),
  );
}

/**
 * A bordered table (the ranking, the minutes' vote tables) in a bounded number of calls,
 * whatever its rows: formatting the ranking cell by cell cost about 30 Apps Script calls
 * a unit. Its text gets font, size and colour in one `Text.setAttributes` call without a
 * character range (with one it applies to "the specified character range"). The header
 * row is formatted cell by cell once per document for each header; a later table with the
 * same header (the minutes have one per tie) gets a copy of that row (`TableRow.copy()`,
 * "a detached, deep copy", attributes included) in place of its own: three calls, not a
 * few per cell. The body cells keep Docs' default paragraph format (left-aligned): the
 * .docx centres them, the Google Doc would need calls per cell for that.
 */
function formatGrid(app: Doc, table: DocTable, t: ModelTable, widths: number[], page: PageSetup, headers: HeaderRows): void {
  const A = app.Attribute;
  const sample = t.rows[t.headerRows]?.[0]?.blocks[0];
  const size = sample?.kind === 'paragraph' ? sample.size : undefined;
  table.editAsText().setAttributes({ [A.FONT_FAMILY]: page.font, [A.FOREGROUND_COLOR]: '#000000', ...(size ? { [A.FONT_SIZE]: size } : {}) });
  const key = t.headerRows === 1 ? JSON.stringify([t.rows[0].map((c) => c.blocks.map((b) => (b.kind === 'paragraph' ? runText(b) : ''))), widths]) : null;
  const formatted = key === null ? undefined : headers.get(key);
  if (formatted) {
    table.removeRow(0);
    table.insertTableRow(0, formatted.copy());
    return;
  }
  formatCells(app, table, t, t.headerRows, widths, page);
  if (key !== null) headers.set(key, table.getRow(0));
}

function appendTable(app: Doc, body: GoogleAppsScript.Document.Body, t: ModelTable, page: PageSetup, textMm: number, headers: HeaderRows): void {
  const widths = columnWidthsMm(t, textMm);
  const first = (blocks: CellBlock[]): string => (blocks[0]?.kind === 'paragraph' ? runText(blocks[0]) : '');
  const table = body.appendTable(t.rows.map((row) => row.map((cell) => first(cell.blocks))));
  // BORDER_WIDTH and BORDER_COLOR are attributes "for table elements": both in one call.
  table.setAttributes({ [app.Attribute.BORDER_WIDTH]: t.style === 'grid' ? 0.5 : 0, [app.Attribute.BORDER_COLOR]: '#000000' });
  widths.forEach((w, i) => table.setColumnWidth(i, pt(w)));
  if (t.style === 'grid') formatGrid(app, table, t, widths, page, headers);
  else formatCells(app, table, t, t.rows.length, widths, page);
}

export function renderGoogleDoc(model: ReportModel, options: GoogleDocOptions): { id: string; url: string } {
  const app = DocumentApp;
  const { page } = model;
  const textMm = page.widthMm - page.margins.left - page.margins.right;
  const doc = app.create(options.title);
  // The language Docs proofs the text in; DocumentApp has no subject or author to set.
  doc.setLanguage(model.language.split('-')[0]);
  const body = doc.getBody();
  body
    .setPageWidth(pt(page.widthMm))
    .setPageHeight(pt(page.heightMm))
    .setMarginTop(pt(page.margins.top))
    .setMarginBottom(pt(page.margins.bottom))
    .setMarginLeft(pt(page.margins.left))
    .setMarginRight(pt(page.margins.right));
  // A new document starts with one empty paragraph; it goes once the body has others.
  const initial = body.getChild(0);
  const headers: HeaderRows = new Map();
  for (const b of model.blocks) {
    if (b.kind === 'paragraph') formatParagraph(app, body.appendParagraph(runText(b)), b, page);
    else if (b.kind === 'rule') formatRule(app, body.appendParagraph(''), b, textMm);
    else if (b.kind === 'table') appendTable(app, body, b, page, textMm, headers);
    else if (options.chart) {
      const holder = body.appendParagraph('');
      holder.setAlignment(app.HorizontalAlignment.CENTER);
      const image = holder.appendInlineImage(options.chart);
      const width = px(b.widthMm);
      image.setHeight(Math.round((image.getHeight() * width) / image.getWidth())).setWidth(width);
      image.setAltDescription(b.description);
    }
  }
  try {
    body.removeChild(initial);
  } catch {
    // Docs refuses to remove some paragraphs (the last one of a section); an empty line at the top is harmless.
  }
  const created = { id: doc.getId(), url: doc.getUrl() };
  doc.saveAndClose();
  return created;
}
