/**
 * The workbook part of the summary: its sheets found by name, replaced in place or
 * added at the end with their relationships, and their print titles named, with
 * the stale built-in names of a replaced sheet dropped.
 */
import type JSZip from 'jszip';
import { columnLetter } from '../core/model/a1';
import { nameKey } from '../core/model/text';
import { NS } from '../ooxml/xml';
import { EditedPart, type Relationships, relativeTarget } from './package-parts';
import { WORKSHEET, resolvePart } from './read-package';
import { type XmlElement, appendInside, escapeAttribute, prefixed, setAttributes } from './xml-edit';

/** Children of a workbook that come after `definedNames` in its schema (ECMA-376 CT_Workbook). */
const AFTER_DEFINED_NAMES = [
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

/** A sheet name as a formula or link writes it: 'Tổng hợp', an apostrophe doubled. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

export interface SheetEntry {
  name: string;
  /** The worksheet part, once known. */
  path: string;
  /** 0-based position among the workbook's sheets (the localSheetId of its defined names). */
  index: number;
}

/** The workbook part and its relationships: sheets found, replaced in place or added at the end; print titles named. */
export class WorkbookParts {
  private readonly part: EditedPart;
  private readonly sheetsElement: XmlElement;
  private readonly listed: { element: XmlElement; name: string; rel: XmlElement | undefined }[];
  private readonly relPrefix: string | null;
  private nextSheetId: number;
  private readonly added: string[] = [];
  private readonly dropNamesOf = new Set<number>();
  /** Built-in names of sheets (print titles, print areas), written with the sheets' final places. */
  private readonly builtInNames: { name: string; index: number; ref: string }[] = [];
  /** New sheets' elements, added to the list of sheets when the part is written. */
  private readonly newSheets: string[] = [];
  /** The index of the sheet moved to the front and made active, if any. */
  private front: number | null = null;
  readonly names: string[];
  private recalculate = false;

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
    this.relPrefix =
      Object.entries(this.part.root.attributes)
        .find(([key, value]) => key.startsWith('xmlns:') && value === NS.r)?.[0]
        .slice(6) ?? null;
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
    const relAttribute = this.relPrefix !== null ? `${this.relPrefix}:id="${id}"` : `xmlns:r="${NS.r}" r:id="${id}"`;
    this.newSheets.push(prefixed(`<sheet name="${escapeAttribute(name)}" sheetId="${this.nextSheetId++}" ${relAttribute}/>`, this.part.root.prefix));
    this.names.push(name);
    return { name, path, index: this.names.length - 1, isNew: true };
  }

  /** The rows (and columns) printed again on every page of a sheet we wrote. */
  printTitle(sheet: SheetEntry, rows: { first: number; last: number }, columns: { first: number; last: number } | null = null): void {
    const quoted = quoteSheet(sheet.name);
    const across = columns ? `${quoted}!$${columnLetter(columns.first - 1)}:$${columnLetter(columns.last - 1)},` : '';
    this.builtInNames.push({ name: '_xlnm.Print_Titles', index: sheet.index, ref: `${across}${quoted}!$${rows.first}:$${rows.last}` });
  }

  /**
   * The cells `A1:<last column><last row>` as what prints of a sheet, unless the input names
   * a print area of its own for a sheet we keep (one we lay out again loses its names): its
   * live formulas below the typed rows hold empty text, which would print as pages of bare headers.
   */
  printArea(sheet: SheetEntry, lastColumn: number, lastRow: number): void {
    const own = (d: XmlElement): boolean => d.attributes.name === '_xlnm.Print_Area' && Number(d.attributes.localSheetId) === sheet.index;
    if (!this.dropNamesOf.has(sheet.index) && this.existingNames().some(own)) return;
    const ref = `${quoteSheet(sheet.name)}!$A$1:$${columnLetter(lastColumn - 1)}$${lastRow}`;
    this.builtInNames.push({ name: '_xlnm.Print_Area', index: sheet.index, ref });
  }

  /**
   * Moves the sheet to the front of the tabs and makes it the one the workbook opens on.
   * Returns the part of the sheet that was active before when it must lose its selection
   * (a worksheet we do not rewrite): two selected tabs open grouped, and typing then goes to both.
   */
  activateFirst(sheet: SheetEntry): string | null {
    this.front = sheet.index;
    const view = this.workbookView();
    const before = Number(view?.attributes.activeTab ?? 0);
    if (view) this.part.edits.push(setAttributes(this.part.xml, view, { activeTab: '0', firstSheet: '0' }));
    if (before === sheet.index || before >= this.listed.length || this.dropNamesOf.has(before)) return null;
    return this.find(this.listed[before].name)?.path || null;
  }

  private workbookView(): XmlElement | undefined {
    const views = this.part.children(this.part.root, 'bookViews')[0];
    return views ? this.part.children(views, 'workbookView')[0] : undefined;
  }

  private existingNames(): XmlElement[] {
    const definedNames = this.part.children(this.part.root, 'definedNames')[0];
    return definedNames ? this.part.children(definedNames, 'definedName') : [];
  }

  /** A sheet's place once the front one has moved: the others keep their order after it. */
  private finalIndex(index: number): number {
    const front = this.front;
    if (front === null || front === 0) return index;
    return index === front ? 0 : index < front ? index + 1 : index;
  }

  /** Formulas written without results (the live columns) are computed when the workbook opens. */
  recalculateOnOpen(): void {
    this.recalculate = true;
  }

  /** The new sheets added to the list, and the front one moved before the others. */
  private writeSheets(): void {
    const { xml } = this.part;
    const front = this.front;
    const moved = front === null || front === 0 ? null : front < this.listed.length ? this.listed[front].element : null;
    const movedText = moved ? xml.slice(moved.start, moved.end) : front !== null && front > 0 ? this.newSheets[front - this.listed.length] : null;
    if (moved) this.part.edits.push({ from: moved.start, to: moved.end, text: '' });
    const added = this.newSheets.filter((_, i) => !(movedText !== null && !moved && i === (front ?? 0) - this.listed.length));
    if (movedText !== null) {
      const first = this.listed[0]?.element;
      this.part.edits.push(first ? { from: first.start, to: first.start, text: movedText } : appendInside(xml, this.sheetsElement, movedText)[0]);
    }
    if (added.length > 0) this.part.edits.push(...appendInside(xml, this.sheetsElement, added.join('')));
  }

  result(): string {
    const { root } = this.part;
    this.writeSheets();
    const builtIn = this.builtInNames.map((n) =>
      prefixed(`<definedName name="${n.name}" localSheetId="${this.finalIndex(n.index)}">${escapeAttribute(n.ref)}</definedName>`, root.prefix),
    );
    const definedNames = this.part.children(root, 'definedNames')[0];
    if (definedNames) {
      for (const d of this.part.children(definedNames, 'definedName')) {
        const local = d.attributes.localSheetId;
        // The print area, titles and filter of a sheet we rewrote describe its old content.
        if ((d.attributes.name ?? '').startsWith('_xlnm.') && this.dropNamesOf.has(Number(local))) this.part.edits.push({ from: d.start, to: d.end, text: '' });
        // A name local to a sheet follows it to its new place.
        else if (local !== undefined && this.finalIndex(Number(local)) !== Number(local))
          this.part.edits.push(setAttributes(this.part.xml, d, { localSheetId: String(this.finalIndex(Number(local))) }));
      }
      if (builtIn.length > 0) this.part.edits.push(...appendInside(this.part.xml, definedNames, builtIn.join('')));
    } else if (builtIn.length > 0) {
      const names = `${prefixed('<definedNames>', root.prefix)}${builtIn.join('')}${prefixed('</definedNames>', root.prefix)}`;
      const later = this.part.children(root).find((e) => AFTER_DEFINED_NAMES.includes(e.name));
      this.part.edits.push(later ? { from: later.start, to: later.start, text: names } : appendInside(this.part.xml, root, names)[0]);
    }
    // After the defined names: a calcPr inserted where they are inserted must follow them.
    if (this.recalculate) {
      const calcPr = this.part.children(root, 'calcPr')[0];
      if (calcPr) this.part.edits.push(setAttributes(this.part.xml, calcPr, { fullCalcOnLoad: '1' }));
      else {
        const later = this.part.children(root).find((e) => AFTER_DEFINED_NAMES.slice(1).includes(e.name));
        const element = prefixed('<calcPr fullCalcOnLoad="1"/>', root.prefix);
        this.part.edits.push(later ? { from: later.start, to: later.start, text: element } : appendInside(this.part.xml, root, element)[0]);
      }
    }
    return this.part.result();
  }
}
