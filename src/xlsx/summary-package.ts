/**
 * The summary workbook as a copy of the input package: every part we do not
 * touch (the user's sheets, charts, pivot tables, comments, validation) is carried
 * over as it is — its compressed bytes copied — and the output sheets are
 * added, or replaced where the input has them (keeping their place among the
 * tabs), as worksheet XML from the core's rows and layout (sheet-xml.ts). `Lịch sử`
 * gains the runs only the replaced summary held (earlier-runs.ts), then this run's
 * row, after its earlier rows, which stay exactly as they were. jszip holds the
 * package's small parts for editing; the package is written by zip-writer.ts, the
 * output sheets streamed into it row by row (a 10,000-unit `Điểm theo tiêu chí` is
 * 60 MB of XML, never one string).
 *
 * Loading the input into exceljs and writing it back instead cost about 1.5 KB
 * per stored cell, lost what exceljs does not model and rewrote every sheet.
 */
import { columnLetter, parseA1 } from '../core/model/a1';
import type { OutCell, OutputSheet } from '../core/model/output-sheet';
import type { SummaryChart } from '../core/outputs/summary-chart';
import { earlierRuns } from '../core/outputs/earlier-runs';
import { CHECKS_HEADER } from '../core/model/template';
import type { Grid } from '../core/model/types';
import { nameKey } from '../core/model/text';
import { CONTENT_TYPE } from '../ooxml/package';
import { CONTENT_TYPES_PATH, ContentTypes, EditedPart, Relationships, relativeTarget, textOf } from './package-parts';
import { dropWithOrphans } from './orphan-parts';
import { openPackage, relsOf, resolvePart, type Package } from './read-package';
import { readSheet, type SheetRead } from './read-sheet';
import { addSummaryChart } from './summary-chart';
import { damaged } from './read-xml';
import { type InternalLink, LaidOutSheet } from './sheet-xml';
import { EMPTY_STYLES, StylesPart } from './styles-part';
import { type SheetEntry, WorkbookParts, quoteSheet } from './workbook-part';
import { type XmlElement, appendInside, prefixed, setAttributes } from './xml-edit';
import { storedEntries } from '../ooxml/zip-entries';
import { type Pieces, ZipWriter } from '../ooxml/zip-writer';

export interface SummaryContent {
  /** The output sheets rebuilt on every run, in the order new ones are added; `Tổng hợp` with its chart of totals. */
  sheets: { name: string; content: OutputSheet; chart?: SummaryChart | null }[];
  /** The sheet whose addresses become links to their cells (`Kiểm tra`). */
  linkedSheet: string;
  /** `previous`: the `Lịch sử` grid of the summary this one replaces, when there is one. */
  history: { name: string; header: readonly OutCell[]; row: readonly OutCell[]; previous?: Grid };
}

/** A part of the input read for editing; one that is not well-formed, or lacks what every such part has, is a damaged file. */
function asRead<T>(fileName: string, read: () => T): T {
  try {
    return read();
  } catch {
    throw damaged(fileName);
  }
}

/** `Kiểm tra`'s addresses as links to their cells: only a real address on a sheet the workbook has. */
function issueLinks(content: OutputSheet, sheetNames: readonly string[]): InternalLink[] {
  const sheetCol = CHECKS_HEADER.indexOf('Trang tính');
  const cellCol = CHECKS_HEADER.indexOf('Ô');
  const byKey = new Map(sheetNames.map((n) => [nameKey(n), n]));
  const links: InternalLink[] = [];
  content.rows.forEach((row, r) => {
    if (r === 0) return;
    const address = String(row[cellCol] ?? '');
    const target = byKey.get(nameKey(row[sheetCol]));
    if (target && parseA1(address)) links.push({ ref: `${columnLetter(cellCol)}${r + 1}`, location: `${quoteSheet(target)}!${address}`, display: address });
  });
  return links;
}

/** The 1-based row of each `<row>` of a sheet part (rows may leave out `r`, then they follow the one before). */
function rowNumbers(part: EditedPart, sheetData: XmlElement): { element: XmlElement; r: number }[] {
  let r = 0;
  return part.children(sheetData, 'row').map((element) => {
    const stated = Number(element.attributes.r);
    r = Number.isInteger(stated) && stated >= 1 ? stated : r + 1;
    return { element, r };
  });
}

/** `Lịch sử` with the rows of `sheet` below its header added after the last row holding a value; nothing else of the part changes. */
async function appendHistory(pkg: Package, path: string, { grid, beyond }: SheetRead, sheet: LaidOutSheet, styles: StylesPart): Promise<string> {
  // Scanned down to its rows only: memory per row, not per cell.
  const text = (await textOf(pkg.zip, path)) ?? '';
  const { part, sheetData } = asRead(pkg.fileName, () => {
    const scanned = new EditedPart(text, 2);
    const found = scanned.children(scanned.root, 'sheetData')[0];
    if (!found) throw new Error('worksheet without sheetData');
    return { part: scanned, sheetData: found };
  });
  const rows = rowNumbers(part, sheetData);
  // Values past the readable block (50,000 runs): the new row goes after every row element, so none is overwritten.
  const target = beyond ? Math.max(grid.length, ...rows.map((x) => x.r)) + 1 : grid.length + 1;
  const added = sheet.content.rows.length - 1;
  const last = target + added - 1;
  const chunks: string[] = [];
  for (let i = 1; i <= added; i++) sheet.writeRow(chunks, i, target + i - 1, styles, pkg.date1904);
  const block = prefixed(chunks.join(''), sheetData.prefix);
  // Row elements already there (formatted, holding no value) give way to the new rows; those further down stay after them.
  const replaced = rows.filter((x) => x.r >= target && x.r <= last);
  const after = rows.find((x) => x.r >= target);
  if (replaced.length > 0) {
    replaced.forEach((x, i) => part.edits.push({ from: x.element.start, to: x.element.end, text: i === 0 ? block : '' }));
  } else if (after) part.edits.push({ from: after.element.start, to: after.element.start, text: block });
  else part.edits.push(...appendInside(part.xml, sheetData, block));
  const dimension = part.children(part.root, 'dimension')[0];
  const used = dimension && /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(dimension.attributes.ref ?? '');
  if (dimension && used) {
    // The used range as stated grows to the new row (Excel reads it as a hint; keep it true).
    const [, firstCol, firstRow, lastCol = firstCol, lastRow = firstRow] = used;
    const widest = [lastCol, columnLetter(sheet.width - 1)].sort((a, b) => a.length - b.length || a.localeCompare(b))[1];
    part.edits.push(setAttributes(part.xml, dimension, { ref: `${firstCol}${firstRow}:${widest}${Math.max(Number(lastRow), last)}` }));
  }
  return part.result();
}

/** The summary workbook's bytes: the input package with the output sheets written into it. */
export async function summaryPackage(bytes: Uint8Array, fileName: string, content: SummaryContent, now = new Date()): Promise<Uint8Array> {
  const pkg = await openPackage(bytes, fileName);
  const { zip, workbookPath } = pkg;
  /** The input's entries as loaded: one still the same object at the end is unchanged, its stored bytes copied. */
  const loaded = new Map(Object.entries(zip.files));
  const relsXml = await textOf(zip, relsOf(workbookPath));
  const workbookXml = (await textOf(zip, workbookPath)) ?? '';
  const typesXml = (await textOf(zip, CONTENT_TYPES_PATH)) ?? '';
  const rels = asRead(fileName, () => new Relationships(relsOf(workbookPath), relsXml));
  const workbook = asRead(fileName, () => new WorkbookParts(workbookPath, workbookXml, rels, zip));
  const contentTypes = asRead(fileName, () => new ContentTypes(typesXml));

  const stylesRel = rels.ofType('/styles');
  const stylesPath = stylesRel ? resolvePart(workbookPath, stylesRel.attributes.Target ?? '') : resolvePart(workbookPath, 'styles.xml');
  const stylesXml = stylesRel ? await textOf(zip, stylesPath) : null;
  if (!stylesRel) {
    rels.add('styles', relativeTarget(workbookPath, stylesPath));
    contentTypes.declare(stylesPath, CONTENT_TYPE.styles);
  }
  const styles = asRead(fileName, () => new StylesPart(stylesXml ?? EMPTY_STYLES));

  const existingHistory = workbook.find(content.history.name);
  const stored = existingHistory !== null && existingHistory.path !== '' ? await readSheet(pkg, existingHistory.path) : null;
  const added = [...earlierRuns(content.history.previous ?? [], stored?.grid ?? []), [...content.history.row]];
  const history = new LaidOutSheet({ rows: [[...content.history.header], ...added], headerRows: [0], titleRows: [] });
  const historyAppended = stored && existingHistory ? await appendHistory(pkg, existingHistory.path, stored, history, styles) : null;

  /** Relationships of the replaced sheets' old parts: what they drew or noted goes with them. */
  const droppedRels: string[] = [];
  const written: { entry: SheetEntry; sheet: LaidOutSheet; linked: boolean; chart: SummaryChart | null }[] = [];
  const place = (name: string, sheet: LaidOutSheet, linked = false, chart: SummaryChart | null = null): void => {
    const entry = workbook.place(name);
    if (!entry.isNew) droppedRels.push(relsOf(entry.path));
    else contentTypes.declare(entry.path, CONTENT_TYPE.worksheet);
    written.push({ entry, sheet, linked, chart });
  };
  for (const s of content.sheets) place(s.name, new LaidOutSheet(s.content), nameKey(s.name) === nameKey(content.linkedSheet), s.chart ?? null);
  if (historyAppended !== null && existingHistory) zip.file(existingHistory.path, historyAppended);
  else place(content.history.name, history);

  await dropWithOrphans(zip, droppedRels, contentTypes);
  /** The output sheets' parts, written when the package is (an empty part holds their place in jszip's order meanwhile). */
  const streamed = new Map<string, (out: Pieces) => void>();
  // After the old parts are gone, so that the chart's parts take free names without clashing with the input's own.
  for (const { entry, sheet, linked, chart } of written) {
    const drawing = chart ? addSummaryChart(zip, contentTypes, entry.path, entry.name, sheet, chart, styles.fontName) : null;
    const links = linked ? issueLinks(sheet.content, workbook.names) : [];
    zip.file(entry.path, '');
    streamed.set(entry.path, (out) => sheet.writeXml(out, styles, pkg.date1904, links, drawing));
    if (sheet.layout.repeatRows) workbook.printTitle(entry, sheet.layout.repeatRows);
  }

  // Excel's calculation chain lists formula cells by sheet; a replaced sheet's would point at cells that hold none now. Excel rebuilds it.
  const calcChain = rels.ofType('/calcChain');
  if (droppedRels.length > 0 && calcChain) {
    const path = resolvePart(workbookPath, calcChain.attributes.Target ?? '');
    rels.remove(calcChain);
    zip.remove(path);
    contentTypes.drop(path);
  }

  zip.file(workbookPath, workbook.result());
  zip.file(rels.path, rels.result());
  zip.file(CONTENT_TYPES_PATH, contentTypes.result());

  const asStored = storedEntries(bytes);
  const writer = new ZipWriter(now);
  for (const [name, file] of Object.entries(zip.files)) {
    // Folders are no parts (jszip adds one for each path it is given); the styles go last, once the sheets have added theirs.
    if (file.dir || name === stylesPath) continue;
    const write = streamed.get(name);
    const copied = loaded.get(name) === file ? asStored.get(name) : undefined;
    if (write) await writer.text(name, write);
    else if (copied) writer.copy(name, copied);
    else await writer.file(name, await file.async('uint8array'));
  }
  await writer.file(stylesPath, styles.toXml());
  return writer.bytes();
}
