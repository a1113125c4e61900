/**
 * An input package being copied into a new workbook, part by part: what both
 * writers of a workbook from the user's file share (the summary, summary-package.ts,
 * and `cap-nhat`'s relaid workbook, update-package.ts). Every part they do not
 * touch is carried over with its compressed bytes (zip-writer.ts); the sheets they
 * write are pushed onto entries deflated as they come, so memory follows what is
 * written, never the cells the input stores. jszip holds the small parts edited. Sheets are placed by
 * name (replaced in their place among the tabs, or added at the end); when one is
 * replaced, the parts only its old version used leave with it; the workbook part,
 * its relationships, the styles and the content types get small edits; entries
 * no relationship reaches are not copied.
 */
import type JSZip from 'jszip';
import { storedEntries } from '../ooxml/zip-entries';
import { type Pieces, ZipWriter } from '../ooxml/zip-writer';
import { CONTENT_TYPE } from '../ooxml/package';
import { CONTENT_TYPES_PATH, ContentTypes, EditedPart, Relationships, relativeTarget, textOf } from './package-parts';
import { dropUnreached, dropWithOrphans } from './orphan-parts';
import { openPackage, relsOf, resolvePart, type Package } from './read-package';
import type { SheetRead } from './read-sheet';
import { damaged } from './read-xml';
import type { LaidOutSheet } from './sheet-xml';
import { EMPTY_STYLES, StylesPart } from './styles-part';
import { type SheetEntry, WorkbookParts } from './workbook-part';
import { growDimension, rowNumbers } from './sheet-rows';
import { putCells } from './put-cells';
import { isEmptyCell } from '../core/model/types';
import { appendInside, prefixed, setAttributes } from './xml-edit';

/** A part of the input read for editing; one that is not well-formed, or lacks what every such part has, is a damaged file. */
export function asRead<T>(fileName: string, read: () => T): T {
  try {
    return read();
  } catch {
    throw damaged(fileName);
  }
}

export class PackageEdit {
  /** Relationships of the replaced sheets' old parts: what they drew or noted goes with them. */
  private readonly droppedRels: string[] = [];
  /** The sheets' parts, written when the package is (an empty part holds their place in jszip's order meanwhile). */
  private readonly streamed = new Map<string, (out: Pieces) => void>();

  private constructor(
    private readonly bytes: Uint8Array,
    /** The input's entries as loaded: one still the same object at the end is unchanged, its stored bytes copied. */
    private readonly loaded: Map<string, JSZip.JSZipObject>,
    readonly pkg: Package,
    readonly rels: Relationships,
    readonly workbook: WorkbookParts,
    readonly contentTypes: ContentTypes,
    readonly styles: StylesPart,
    private readonly stylesPath: string,
  ) {}

  static async open(bytes: Uint8Array, fileName: string): Promise<PackageEdit> {
    const pkg = await openPackage(bytes, fileName);
    const { zip, workbookPath } = pkg;
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
    return new PackageEdit(bytes, loaded, pkg, rels, workbook, contentTypes, styles, stylesPath);
  }

  get zip(): Package['zip'] {
    return this.pkg.zip;
  }

  /** Where the sheet `name` is written: its old part (whose relationships go) or a new one, declared. */
  place(name: string): SheetEntry & { isNew: boolean } {
    const entry = this.workbook.place(name);
    if (!entry.isNew) this.droppedRels.push(relsOf(entry.path));
    else this.contentTypes.declare(entry.path, CONTENT_TYPE.worksheet);
    return entry;
  }

  /** The part at `path` written by `write` when the package is. */
  stream(path: string, write: (out: Pieces) => void): void {
    this.zip.file(path, '');
    this.streamed.set(path, write);
  }

  /**
   * Makes the sheet of `entry` the first tab and the one the workbook opens on; the sheet
   * active before loses its selection (its part read and rewritten only then).
   */
  async activateFirst(entry: SheetEntry): Promise<void> {
    const before = this.workbook.activateFirst(entry);
    const text = before ? await textOf(this.zip, before) : null;
    if (!before || text === null) return;
    const unselected = asRead(this.pkg.fileName, () => {
      const part = new EditedPart(text, 2);
      const views = part.children(part.root, 'sheetViews')[0];
      for (const view of views ? part.children(views, 'sheetView') : [])
        if (view.attributes.tabSelected !== undefined) part.edits.push(setAttributes(text, view, { tabSelected: '0' }));
      return part.edits.length > 0 ? part.result() : null;
    });
    if (unselected !== null) this.zip.file(before, unselected);
  }

  /** Removes the replaced sheets' relationships and the parts only they reached; new parts are added after, so their names never clash with the old ones. */
  async dropReplaced(): Promise<void> {
    await dropWithOrphans(this.zip, this.droppedRels, this.contentTypes);
  }

  /** The new workbook's bytes (entries dated `now`), with the edited parts written and only the workbook's own parts kept. */
  async finish(now: Date): Promise<Uint8Array> {
    const { zip, rels, workbook, contentTypes } = this;
    // Excel's calculation chain lists formula cells by sheet; a replaced sheet's would point at cells that hold none now. Excel rebuilds it.
    const calcChain = rels.ofType('/calcChain');
    if (this.droppedRels.length > 0 && calcChain) {
      const path = resolvePart(this.pkg.workbookPath, calcChain.attributes.Target ?? '');
      rels.remove(calcChain);
      zip.remove(path);
      contentTypes.drop(path);
    }
    zip.file(this.pkg.workbookPath, workbook.result());
    zip.file(rels.path, rels.result());
    zip.file(this.stylesPath, '');
    await dropUnreached(zip, contentTypes);
    zip.file(CONTENT_TYPES_PATH, contentTypes.result());

    const asStored = storedEntries(this.bytes);
    const writer = new ZipWriter(now);
    for (const [name, file] of Object.entries(zip.files)) {
      // Folders are no parts (jszip adds one for each path it is given); the styles go last, once the sheets have added theirs.
      if (file.dir || name === this.stylesPath) continue;
      const write = this.streamed.get(name);
      const copied = this.loaded.get(name) === file ? asStored.get(name) : undefined;
      if (write) await writer.text(name, write);
      else if (copied) writer.copy(name, copied);
      else await writer.file(name, await file.async('uint8array'));
    }
    await writer.file(this.stylesPath, this.styles.toXml());
    return writer.bytes();
  }

  /**
   * The sheet part at `path` (already read as `stored`) with the rows of `sheet` below its
   * header added after the last row holding a value, and header cells it lacks; nothing else of the part changes.
   * `last`: the sheet row the last one lands in (past Excel's last row, the caller refuses).
   */
  async appendRows(path: string, { grid, beyond }: SheetRead, sheet: LaidOutSheet): Promise<{ xml: string; first: number; last: number }> {
    const { pkg, styles } = this;
    // Scanned down to its rows only: memory per row, not per cell.
    const text = (await textOf(pkg.zip, path)) ?? '';
    const { part, sheetData } = asRead(pkg.fileName, () => {
      const scanned = new EditedPart(text, 2);
      const found = scanned.children(scanned.root, 'sheetData')[0];
      if (!found) throw new Error('worksheet without sheetData');
      return { part: scanned, sheetData: found };
    });
    const rows = rowNumbers(part, sheetData);
    // Values past the readable block: the new rows go after every row element, so none is overwritten.
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
    growDimension(part, sheet.width - 1, last);
    // A header cell `sheet` has where the stored header holds nothing (a `Lịch sử` made before its `Năm` column) is put in its place; the user's stay.
    const header = sheet.content.rows[0] ?? [];
    const missing =
      grid.length === 0
        ? []
        : header.flatMap((value, col) => (value !== '' && isEmptyCell(grid[0][col]) ? [{ row: 1, col, value, style: sheet.styleIndex(0, col, styles) }] : []));
    return { xml: putCells(part.result(), missing, pkg.date1904), first: target, last };
  }
}
