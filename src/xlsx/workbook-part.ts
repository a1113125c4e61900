/**
 * The workbook part of the summary: its sheets found by name, replaced in place or
 * added at the end with their relationships, and their print titles named, with
 * the stale built-in names of a replaced sheet dropped.
 */
import type JSZip from 'jszip';
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
  private readonly printTitles: string[] = [];
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
    const element = prefixed(`<sheet name="${escapeAttribute(name)}" sheetId="${this.nextSheetId++}" ${relAttribute}/>`, this.part.root.prefix);
    this.part.edits.push(...appendInside(this.part.xml, this.sheetsElement, element));
    this.names.push(name);
    return { name, path, index: this.names.length - 1, isNew: true };
  }

  /** The rows printed again on every page of a sheet we wrote. */
  printTitle(sheet: SheetEntry, rows: { first: number; last: number }): void {
    const ref = `${quoteSheet(sheet.name)}!$${rows.first}:$${rows.last}`;
    this.printTitles.push(
      prefixed(`<definedName name="_xlnm.Print_Titles" localSheetId="${sheet.index}">${escapeAttribute(ref)}</definedName>`, this.part.root.prefix),
    );
  }

  /** Formulas written without results (the live columns) are computed when the workbook opens. */
  recalculateOnOpen(): void {
    this.recalculate = true;
  }

  result(): string {
    const { root } = this.part;
    const definedNames = this.part.children(root, 'definedNames')[0];
    if (definedNames) {
      // The print area, titles and filter of a sheet we rewrote describe its old content.
      for (const d of this.part.children(definedNames, 'definedName')) {
        if ((d.attributes.name ?? '').startsWith('_xlnm.') && this.dropNamesOf.has(Number(d.attributes.localSheetId)))
          this.part.edits.push({ from: d.start, to: d.end, text: '' });
      }
      if (this.printTitles.length > 0) this.part.edits.push(...appendInside(this.part.xml, definedNames, this.printTitles.join('')));
    } else if (this.printTitles.length > 0) {
      const names = `${prefixed('<definedNames>', root.prefix)}${this.printTitles.join('')}${prefixed('</definedNames>', root.prefix)}`;
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
