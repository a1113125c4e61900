/**
 * The summary workbook as a copy of the input package: every part we do not
 * touch (the user's sheets, charts, pivot tables, comments, validation) is carried
 * over as it is — jszip reuses its compressed bytes — and the output sheets are
 * added, or replaced where the input has them (keeping their place among the
 * tabs), as worksheet XML written here from the core's rows and layout. `Lịch sử`
 * gains one row after its earlier ones, which stay exactly as they were.
 *
 * Loading the input into exceljs and writing it back instead cost about 1.5 KB
 * per stored cell, lost what exceljs does not model and rewrote every sheet.
 */
import JSZip from 'jszip';
import { columnLetter, parseA1 } from '../core/a1';
import type { OutCell, OutputSheet } from '../core/outputs';
import { CHECKS_HEADER } from '../core/template';
import { nameKey } from '../core/text';
import { WORKSHEET, openPackage, relsOf, resolvePart, type Package } from './read-package';
import { readSheet } from './read-sheet';
import { type InternalLink, LaidOutSheet } from './sheet-xml';
import { EMPTY_STYLES, StylesPart } from './styles-part';
import { type Edit, type XmlElement, appendInside, applyEdits, childrenOf, escapeAttribute, prefixed, scanXml, setAttributes } from './xml-edit';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE_PREFIX = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};
const CONTENT_TYPES_PATH = '[Content_Types].xml';
/** Children of a workbook that come after `definedNames` in its schema (ECMA-376 CT_Workbook). */
const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

export interface SummaryContent {
  /** The output sheets rebuilt on every run, in the order new ones are added. */
  sheets: { name: string; content: OutputSheet }[];
  /** The sheet whose addresses become links to their cells (`Kiểm tra`). */
  linkedSheet: string;
  history: { name: string; header: readonly OutCell[]; row: readonly OutCell[] };
}

/** A part of the package as text, scanned, with the edits to make to it. */
class EditedPart {
  readonly elements: XmlElement[];
  readonly edits: Edit[] = [];
  constructor(
    readonly xml: string,
    maxDepth = Infinity,
  ) {
    this.elements = scanXml(xml, maxDepth);
  }
  get root(): XmlElement {
    return this.elements[0];
  }
  children(parent: XmlElement, name?: string): XmlElement[] {
    return childrenOf(this.elements, parent, name);
  }
  result(): string {
    return applyEdits(this.xml, this.edits);
  }
}

async function textOf(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async('string') : null;
}

/** "xl/workbook.xml" and "xl/worksheets/sheet7.xml" → "worksheets/sheet7.xml": targets relative to the source part, as Excel writes them. */
function relativeTarget(from: string, to: string): string {
  const dir = from.split('/').slice(0, -1);
  const parts = to.split('/');
  let common = 0;
  while (common < dir.length && dir[common] === parts[common]) common++;
  return [...Array<string>(dir.length - common).fill('..'), ...parts.slice(common)].join('/');
}

const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** The package's relationships of one part, editable. */
class Relationships {
  private readonly part: EditedPart;
  private next: number;
  readonly byId = new Map<string, XmlElement>();
  constructor(
    readonly path: string,
    xml: string | null,
  ) {
    this.part = new EditedPart(xml ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>');
    for (const r of this.part.children(this.part.root, 'Relationship')) if (r.attributes.Id) this.byId.set(r.attributes.Id, r);
    this.next = 1 + Math.max(0, ...[...this.byId.keys()].map((id) => Number(/^rId(\d+)$/.exec(id)?.[1] ?? 0)));
  }
  ofType(suffix: string): XmlElement | undefined {
    return [...this.byId.values()].find((r) => (r.attributes.Type ?? '').endsWith(suffix));
  }
  add(type: string, target: string): string {
    let id = `rId${this.next++}`;
    while (this.byId.has(id)) id = `rId${this.next++}`;
    this.part.edits.push(...appendInside(this.part.xml, this.part.root, prefixed(`<Relationship Id="${id}" Type="${TYPE_PREFIX}${type}" Target="${escapeAttribute(target)}"/>`, this.part.root.prefix)));
    return id;
  }
  retarget(rel: XmlElement, type: string, target: string): void {
    this.part.edits.push(setAttributes(this.part.xml, rel, { Type: `${TYPE_PREFIX}${type}`, Target: target }));
  }
  remove(rel: XmlElement): void {
    this.part.edits.push({ from: rel.start, to: rel.end, text: '' });
  }
  result(): string {
    return this.part.result();
  }
}

/** `[Content_Types].xml`: overrides added for new parts, removed for parts dropped. */
class ContentTypes {
  private readonly part: EditedPart;
  private readonly overrides = new Map<string, XmlElement>();
  constructor(xml: string) {
    this.part = new EditedPart(xml);
    for (const o of this.part.children(this.part.root, 'Override')) if (o.attributes.PartName) this.overrides.set(o.attributes.PartName.toLowerCase(), o);
  }
  declare(path: string, type: string): void {
    const name = `/${path}`;
    if (this.overrides.has(name.toLowerCase())) return;
    this.part.edits.push(...appendInside(this.part.xml, this.part.root, prefixed(`<Override PartName="${escapeAttribute(name)}" ContentType="${type}"/>`, this.part.root.prefix)));
  }
  drop(path: string): void {
    const o = this.overrides.get(`/${path}`.toLowerCase());
    if (o) this.part.edits.push({ from: o.start, to: o.end, text: '' });
  }
  result(): string {
    return this.part.result();
  }
}

interface SheetEntry {
  name: string;
  /** The worksheet part, once known. */
  path: string;
  /** 0-based position among the workbook's sheets (the localSheetId of its defined names). */
  index: number;
}

/** The workbook part and its relationships: sheets found, replaced in place or added at the end; print titles named. */
class WorkbookParts {
  private readonly part: EditedPart;
  private readonly sheetsElement: XmlElement;
  private readonly listed: { element: XmlElement; name: string; rel: XmlElement | undefined }[];
  private readonly relPrefix: string | null;
  private nextSheetId: number;
  private readonly added: string[] = [];
  private readonly dropNamesOf = new Set<number>();
  private readonly printTitles: string[] = [];
  readonly names: string[];

  constructor(
    private readonly path: string,
    xml: string,
    readonly rels: Relationships,
    private readonly zip: JSZip,
  ) {
    this.part = new EditedPart(xml);
    const sheets = this.part.children(this.part.root, 'sheets')[0];
    if (!sheets) throw new Error('workbook without sheets');
    this.sheetsElement = sheets;
    this.listed = this.part.children(sheets, 'sheet').map((element) => {
      const id = Object.entries(element.attributes).find(([key]) => key.endsWith(':id'))?.[1];
      return { element, name: element.attributes.name ?? '', rel: id ? rels.byId.get(id) : undefined };
    });
    this.names = this.listed.map((s) => s.name);
    this.nextSheetId = 1 + Math.max(0, ...this.listed.map((s) => Number(s.element.attributes.sheetId) || 0));
    this.relPrefix = Object.entries(this.part.root.attributes).find(([key, value]) => key.startsWith('xmlns:') && value === REL_NS)?.[0].slice(6) ?? null;
  }

  find(name: string): SheetEntry | null {
    const key = nameKey(name);
    const index = this.listed.findIndex((s) => nameKey(s.name) === key);
    if (index < 0) return null;
    const { rel } = this.listed[index];
    const isWorksheet = rel && WORKSHEET.test(rel.attributes.Type ?? '');
    return { name: this.listed[index].name, index, path: isWorksheet ? resolvePart(this.path, rel.attributes.Target ?? '') : '' };
  }

  /** A worksheet part name no part has (part names compare without case). */
  private newPartPath(): string {
    const dir = this.path.split('/').slice(0, -1).join('/');
    const taken = new Set([...Object.keys(this.zip.files), ...this.added].map((name) => name.toLowerCase()));
    for (let n = 1; ; n++) {
      const path = `${dir ? `${dir}/` : ''}worksheets/sheet${n}.xml`;
      if (!taken.has(path.toLowerCase())) {
        this.added.push(path);
        return path;
      }
    }
  }

  /** Where the content of the sheet `name` goes: its own part when it is a worksheet already (its place kept), else a new part. */
  place(name: string): SheetEntry & { isNew: boolean } {
    const found = this.find(name);
    if (found && found.path !== '') {
      this.dropNamesOf.add(found.index);
      return { ...found, isNew: false };
    }
    const path = this.newPartPath();
    const target = relativeTarget(this.path, path);
    if (found) {
      // A chart sheet or dialog sheet of that name becomes the worksheet, in its place.
      const { element, rel } = this.listed[found.index];
      if (rel) this.rels.retarget(rel, 'worksheet', target);
      else this.part.edits.push(setAttributes(this.part.xml, element, { [`${this.relPrefix ?? 'r'}:id`]: this.rels.add('worksheet', target) }));
      this.dropNamesOf.add(found.index);
      return { ...found, path, isNew: true };
    }
    const id = this.rels.add('worksheet', target);
    const relAttribute = this.relPrefix !== null ? `${this.relPrefix}:id="${id}"` : `xmlns:r="${REL_NS}" r:id="${id}"`;
    const element = prefixed(`<sheet name="${escapeAttribute(name)}" sheetId="${this.nextSheetId++}" ${relAttribute}/>`, this.part.root.prefix);
    this.part.edits.push(...appendInside(this.part.xml, this.sheetsElement, element));
    this.names.push(name);
    return { name, path, index: this.names.length - 1, isNew: true };
  }

  /** The rows printed again on every page of a sheet we wrote. */
  printTitle(sheet: SheetEntry, rows: { first: number; last: number }): void {
    const ref = `${quoteSheet(sheet.name)}!$${rows.first}:$${rows.last}`;
    this.printTitles.push(prefixed(`<definedName name="_xlnm.Print_Titles" localSheetId="${sheet.index}">${escapeAttribute(ref)}</definedName>`, this.part.root.prefix));
  }

  result(): string {
    const { root } = this.part;
    const definedNames = this.part.children(root, 'definedNames')[0];
    if (definedNames) {
      // The print area, titles and filter of a sheet we rewrote describe its old content.
      for (const d of this.part.children(definedNames, 'definedName')) {
        if ((d.attributes.name ?? '').startsWith('_xlnm.') && this.dropNamesOf.has(Number(d.attributes.localSheetId))) this.part.edits.push({ from: d.start, to: d.end, text: '' });
      }
      if (this.printTitles.length > 0) this.part.edits.push(...appendInside(this.part.xml, definedNames, this.printTitles.join('')));
    } else if (this.printTitles.length > 0) {
      const names = `${prefixed('<definedNames>', root.prefix)}${this.printTitles.join('')}${prefixed('</definedNames>', root.prefix)}`;
      const later = this.part.children(root).find((e) => AFTER_DEFINED_NAMES.includes(e.name));
      this.part.edits.push(later ? { from: later.start, to: later.start, text: names } : appendInside(this.part.xml, root, names)[0]);
    }
    return this.part.result();
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

/** `Lịch sử` with one row added after the last row holding a value; nothing else of the part changes. */
async function appendHistory(pkg: Package, path: string, sheet: LaidOutSheet, styles: StylesPart): Promise<string> {
  const { grid, beyond } = await readSheet(pkg, path);
  // Scanned down to its rows only: memory per row, not per cell.
  const part = new EditedPart((await textOf(pkg.zip, path)) ?? '', 2);
  const sheetData = part.children(part.root, 'sheetData')[0];
  if (!sheetData) throw new Error('worksheet without sheetData');
  const rows = rowNumbers(part, sheetData);
  // Values past the readable block (50,000 runs): the new row goes after every row element, so none is overwritten.
  const target = beyond ? Math.max(grid.length, ...rows.map((x) => x.r)) + 1 : grid.length + 1;
  const chunks: string[] = [];
  sheet.writeRow(chunks, 1, target, styles, pkg.date1904);
  const row = prefixed(chunks.join(''), sheetData.prefix);
  // A row element already there (formatted, holding no value) gives way to the new row.
  const after = rows.find((x) => x.r >= target);
  if (after?.r === target) part.edits.push({ from: after.element.start, to: after.element.end, text: row });
  else if (after) part.edits.push({ from: after.element.start, to: after.element.start, text: row });
  else part.edits.push(...appendInside(part.xml, sheetData, row));
  const dimension = part.children(part.root, 'dimension')[0];
  const used = dimension && /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(dimension.attributes.ref ?? '');
  if (dimension && used) {
    // The used range as stated grows to the new row (Excel reads it as a hint; keep it true).
    const [, firstCol, firstRow, lastCol = firstCol, lastRow = firstRow] = used;
    const widest = [lastCol, columnLetter(sheet.width - 1)].sort((a, b) => a.length - b.length || a.localeCompare(b))[1];
    part.edits.push(setAttributes(part.xml, dimension, { ref: `${firstCol}${firstRow}:${widest}${Math.max(Number(lastRow), target)}` }));
  }
  return part.result();
}

/** The summary workbook's bytes: the input package with the output sheets written into it. */
export async function summaryPackage(bytes: Uint8Array, fileName: string, content: SummaryContent): Promise<Uint8Array> {
  const pkg = await openPackage(bytes, fileName);
  const { zip, workbookPath } = pkg;
  const rels = new Relationships(relsOf(workbookPath), await textOf(zip, relsOf(workbookPath)));
  const workbook = new WorkbookParts(workbookPath, (await textOf(zip, workbookPath)) ?? '', rels, zip);
  const contentTypes = new ContentTypes((await textOf(zip, CONTENT_TYPES_PATH)) ?? '');

  const stylesRel = rels.ofType('/styles');
  const stylesPath = stylesRel ? resolvePart(workbookPath, stylesRel.attributes.Target ?? '') : resolvePart(workbookPath, 'styles.xml');
  const stylesXml = stylesRel ? await textOf(zip, stylesPath) : null;
  if (!stylesRel) {
    rels.add('styles', relativeTarget(workbookPath, stylesPath));
    contentTypes.declare(stylesPath, CONTENT_TYPE.styles);
  }
  const styles = new StylesPart(stylesXml ?? EMPTY_STYLES);

  const history = new LaidOutSheet({ rows: [[...content.history.header], [...content.history.row]], headerRows: [0], titleRows: [] });
  const existingHistory = workbook.find(content.history.name);
  const historyAppended = existingHistory !== null && existingHistory.path !== '' ? await appendHistory(pkg, existingHistory.path, history, styles) : null;

  let replaced = false;
  const written: { entry: SheetEntry; sheet: LaidOutSheet; linked: boolean }[] = [];
  const place = (name: string, sheet: LaidOutSheet, linked = false): void => {
    const entry = workbook.place(name);
    replaced ||= !entry.isNew;
    if (!entry.isNew) zip.remove(relsOf(entry.path));
    else contentTypes.declare(entry.path, CONTENT_TYPE.worksheet);
    written.push({ entry, sheet, linked });
  };
  for (const s of content.sheets) place(s.name, new LaidOutSheet(s.content), nameKey(s.name) === nameKey(content.linkedSheet));
  if (historyAppended !== null && existingHistory) zip.file(existingHistory.path, historyAppended);
  else place(content.history.name, history);

  for (const { entry, sheet, linked } of written) {
    zip.file(entry.path, sheet.toXml(styles, pkg.date1904, linked ? issueLinks(sheet.content, workbook.names) : []));
    if (sheet.layout.repeatRows) workbook.printTitle(entry, sheet.layout.repeatRows);
  }

  // Excel's calculation chain lists formula cells by sheet; a replaced sheet's would point at cells that hold none now. Excel rebuilds it.
  const calcChain = rels.ofType('/calcChain');
  if (replaced && calcChain) {
    const path = resolvePart(workbookPath, calcChain.attributes.Target ?? '');
    rels.remove(calcChain);
    zip.remove(path);
    contentTypes.drop(path);
  }

  zip.file(stylesPath, styles.toXml());
  zip.file(workbookPath, workbook.result());
  zip.file(rels.path, rels.result());
  zip.file(CONTENT_TYPES_PATH, contentTypes.result());
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
