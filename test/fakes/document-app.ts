/**
 * An in-memory DocumentApp, following Google's reference for the calls the report
 * uses: `DocumentApp.create(name)` makes a new document whose body holds one empty
 * paragraph; `Body.appendTable(cells)` builds a table with one paragraph per cell;
 * the last paragraph of a body cannot be removed; images and horizontal rules live
 * inside paragraphs and carry no text; `editAsText()` of a paragraph, a table or a
 * row is the text of everything in it, and the `Text` setters without offsets
 * format all of it (those with offsets, "the specified character range"), as does
 * `Text.setAttributes(attributes)` with text attributes; `copy()` "returns a detached,
 * deep copy of the current element", children and attributes included;
 * `Table.removeRow(i)` removes and returns a row, `Table.insertTableRow(i, row)` puts a
 * detached row in at that index. Every call the script makes on any
 * object it gets from the fake is counted (a counting Proxy, as for the other
 * services), so tests can check that work is batched.
 */

import { Calls, Fake, expose } from './calls';
import { FakeBlob } from './spreadsheet';

const ATTRIBUTES = [
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
] as const;
const TEXT_ATTRIBUTES = new Set([
  'BOLD',
  'ITALIC',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'UNDERLINE',
  'STRIKETHROUGH',
  'BACKGROUND_COLOR',
  'LINK_URL',
]);
const enumOf = <T extends string>(names: readonly T[]): Record<T, T> => Object.fromEntries(names.map((n) => [n, n])) as Record<T, T>;

export const Attribute = enumOf(ATTRIBUTES);
export const HorizontalAlignment = enumOf(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const);
export const VerticalAlignment = enumOf(['BOTTOM', 'CENTER', 'TOP'] as const);
export const ElementType = enumOf([
  'BODY_SECTION',
  'PARAGRAPH',
  'TABLE',
  'TABLE_ROW',
  'TABLE_CELL',
  'TEXT',
  'INLINE_IMAGE',
  'HORIZONTAL_RULE',
  'LIST_ITEM',
] as const);

type Attrs = Record<string, unknown>;

function checkAttributes(attrs: Attrs): void {
  for (const key of Object.keys(attrs)) if (!(key in Attribute)) throw new Error(`Invalid argument: attribute ${key}`);
}

abstract class FakeElement extends Fake {
  parent: FakeContainer | null = null;
  attributes: Attrs = {};
  constructor(
    calls: Calls,
    readonly type: keyof typeof ElementType,
  ) {
    super(calls);
  }
  get kind(): string {
    return this.type;
  }
  getType(): string {
    return this.type;
  }
  getParent(): FakeContainer | null {
    return this.parent;
  }
  abstract text(): string;
  getText(): string {
    return this.text();
  }
  getAttributes(): Attrs {
    return { ...this.attributes };
  }
  setAttributes(attrs: Attrs): this {
    checkAttributes(attrs);
    Object.assign(this.attributes, attrs);
    return this;
  }
  removeFromParent(): this {
    this.parent?.removeChild(this);
    return this;
  }
  /** A detached deep copy: this element's kind, attributes and (for containers) copies of its children. */
  copy(): this {
    const twin = Object.assign(Object.create(Object.getPrototypeOf(this) as object) as this, this, { parent: null, attributes: { ...this.attributes } });
    this.copyInto(twin);
    return twin;
  }
  protected copyInto(_twin: this): void {}
  asParagraph(): FakeParagraph {
    if (this instanceof FakeParagraph) return this;
    throw new Error(`Element of type ${this.type} is not a paragraph`);
  }
  asTable(): FakeTable {
    if (this instanceof FakeTable) return this;
    throw new Error(`Element of type ${this.type} is not a table`);
  }
}

export class FakeHorizontalRule extends FakeElement {
  constructor(calls: Calls) {
    super(calls, 'HORIZONTAL_RULE');
  }
  text(): string {
    return '';
  }
}

export class FakeInlineImage extends FakeElement {
  altDescription = '';
  constructor(
    calls: Calls,
    readonly blob: unknown,
    public width: number,
    public height: number,
  ) {
    super(calls, 'INLINE_IMAGE');
  }
  text(): string {
    return '';
  }
  getWidth(): number {
    return this.width;
  }
  getHeight(): number {
    return this.height;
  }
  setWidth(w: number): this {
    this.width = w;
    return this;
  }
  setHeight(h: number): this {
    this.height = h;
    return this;
  }
  setAltDescription(d: string): this {
    this.altDescription = d;
    return this;
  }
}

/** The text of some paragraphs with per-character text attributes (what `editAsText()` edits). */
export class FakeText extends Fake {
  readonly kind = 'TEXT';
  constructor(
    calls: Calls,
    readonly paragraphs: FakeParagraph[],
  ) {
    super(calls);
  }
  getText(): string {
    return this.paragraphs.map((p) => p.value).join('\n');
  }
  /** Offsets are those of a single paragraph's text, the only case the report uses. */
  private range(start: number, end: number, key: string, value: unknown): this {
    const [owner] = this.paragraphs;
    if (this.paragraphs.length !== 1 || start < 0 || end >= owner.value.length || start > end) throw new Error(`Index out of range: ${start}..${end}`);
    for (let i = start; i <= end; i++) owner.charAttributes[i] = { ...owner.charAttributes[i], [key]: value };
    return this;
  }
  /** The setters without a character range: the whole Text. */
  private all(key: string, value: unknown): this {
    for (const p of this.paragraphs) p.charAttributes = p.charAttributes.map((a) => ({ ...a, [key]: value }));
    return this;
  }
  setBold(startOrBold: number | boolean, end?: number, bold?: boolean): this {
    return typeof startOrBold === 'boolean' ? this.all('BOLD', startOrBold) : this.range(startOrBold, end ?? -1, 'BOLD', bold);
  }
  setItalic(startOrItalic: number | boolean, end?: number, italic?: boolean): this {
    return typeof startOrItalic === 'boolean' ? this.all('ITALIC', startOrItalic) : this.range(startOrItalic, end ?? -1, 'ITALIC', italic);
  }
  setFontFamily(name: string): this {
    return this.all('FONT_FAMILY', name);
  }
  setFontSize(size: number): this {
    return this.all('FONT_SIZE', size);
  }
  setForegroundColor(color: string): this {
    return this.all('FOREGROUND_COLOR', color);
  }
  /** Without offsets: text attributes for all of it (a paragraph attribute has no meaning on Text and is refused here). */
  setAttributes(attrs: Attrs): this {
    checkAttributes(attrs);
    for (const [key, value] of Object.entries(attrs)) {
      if (!TEXT_ATTRIBUTES.has(key)) throw new Error(`The fake applies only text attributes to Text, not ${key}`);
      this.all(key, value);
    }
    return this;
  }
}

export class FakeParagraph extends FakeElement {
  value: string;
  charAttributes: Attrs[];
  /** Rules and images, which carry no text. */
  readonly inline: FakeElement[] = [];
  constructor(calls: Calls, text: string, type: 'PARAGRAPH' | 'LIST_ITEM' = 'PARAGRAPH') {
    super(calls, type);
    this.value = text;
    this.charAttributes = [...text].map(() => ({}));
  }
  text(): string {
    return this.value;
  }
  override setAttributes(attrs: Attrs): this {
    super.setAttributes(attrs);
    // Text attributes set on a paragraph apply to all its text, as in Docs.
    const text = Object.fromEntries(Object.entries(attrs).filter(([k]) => TEXT_ATTRIBUTES.has(k)));
    if (Object.keys(text).length > 0) this.charAttributes = this.charAttributes.map((a) => ({ ...a, ...text }));
    return this;
  }
  /** Effective text attribute of character `i`. */
  protected override copyInto(twin: this): void {
    twin.charAttributes = this.charAttributes.map((a) => ({ ...a }));
    (twin as { inline: FakeElement[] }).inline = this.inline.map((e) => e.copy());
  }
  textAttribute(i: number, key: string): unknown {
    return this.charAttributes[i]?.[key] ?? this.attributes[key];
  }
  editAsText(): FakeText {
    return new FakeText(this.calls, [this]);
  }
  setAlignment(a: string): this {
    this.attributes.HORIZONTAL_ALIGNMENT = a;
    return this;
  }
  appendText(text: string): FakeText {
    this.value += text;
    this.charAttributes.push(...[...text].map(() => ({})));
    return new FakeText(this.calls, [this]);
  }
  appendHorizontalRule(): FakeHorizontalRule {
    const rule = new FakeHorizontalRule(this.calls);
    this.inline.push(rule);
    return rule;
  }
  appendInlineImage(blob: { width?: number; height?: number }): FakeInlineImage {
    const image = new FakeInlineImage(this.calls, blob, blob.width ?? 800, blob.height ?? 400);
    this.inline.push(image);
    return image;
  }
}

abstract class FakeContainer extends FakeElement {
  readonly children: FakeElement[] = [];
  protected override copyInto(twin: this): void {
    (twin as { children: FakeElement[] }).children = this.children.map((c) => {
      const child = c.copy();
      child.parent = twin;
      return child;
    });
  }
  text(): string {
    return this.children.map((c) => c.text()).join('\n');
  }
  /** Every paragraph inside, in order. */
  paragraphs(): FakeParagraph[] {
    return this.children.flatMap((c) => (c instanceof FakeParagraph ? [c] : c instanceof FakeContainer ? c.paragraphs() : []));
  }
  editAsText(): FakeText {
    return new FakeText(this.calls, this.paragraphs());
  }
  getNumChildren(): number {
    return this.children.length;
  }
  getChild(i: number): FakeElement {
    const child = this.children[i];
    if (!child) throw new Error(`Child index (${i}) must be less than the number of child elements (${this.children.length}).`);
    return child;
  }
  protected add<T extends FakeElement>(child: T): T {
    child.parent = this;
    this.children.push(child);
    return child;
  }
  appendParagraph(text: string): FakeParagraph {
    return this.add(new FakeParagraph(this.calls, text));
  }
  removeChild(child: FakeElement): this {
    const at = this.children.indexOf(child);
    if (at < 0) throw new Error('Element is not a child');
    const paragraphs = this.children.filter((c) => c instanceof FakeParagraph);
    if (paragraphs.length === 1 && paragraphs[0] === child) throw new Error("Can't remove the last paragraph in a document section.");
    this.children.splice(at, 1);
    child.parent = null;
    return this;
  }
}

export class FakeTableCell extends FakeContainer {
  constructor(calls: Calls, text: string) {
    super(calls, 'TABLE_CELL');
    this.add(new FakeParagraph(calls, text));
  }
  appendHorizontalRule(): FakeHorizontalRule {
    return this.appendParagraph('').appendHorizontalRule();
  }
}

export class FakeTableRow extends FakeContainer {
  constructor(calls: Calls, cells: string[]) {
    super(calls, 'TABLE_ROW');
    for (const c of cells) this.add(new FakeTableCell(calls, c));
  }
  getNumCells(): number {
    return this.children.length;
  }
  getCell(i: number): FakeTableCell {
    return this.children[i] as FakeTableCell;
  }
  override text(): string {
    return this.children.map((c) => c.text()).join('\t');
  }
}

export class FakeTable extends FakeContainer {
  readonly columnWidths = new Map<number, number>();
  constructor(calls: Calls, cells: string[][]) {
    super(calls, 'TABLE');
    const width = Math.max(...cells.map((r) => r.length));
    if (cells.some((r) => r.length !== width)) throw new Error('Invalid argument: cells must be a rectangle');
    for (const row of cells) this.add(new FakeTableRow(calls, row));
  }
  getNumRows(): number {
    return this.children.length;
  }
  getRow(i: number): FakeTableRow {
    return this.children[i] as FakeTableRow;
  }
  getCell(row: number, cell: number): FakeTableCell {
    const c = this.getRow(row)?.getCell(cell);
    if (!c) throw new Error(`Cell (${row}, ${cell}) out of range`);
    return c;
  }
  setColumnWidth(i: number, w: number): this {
    this.columnWidths.set(i, w);
    return this;
  }
  setBorderWidth(w: number): this {
    this.attributes.BORDER_WIDTH = w;
    return this;
  }
  setBorderColor(c: string): this {
    this.attributes.BORDER_COLOR = c;
    return this;
  }
  removeRow(i: number): FakeTableRow {
    const row = this.getRow(i);
    if (!row) throw new Error(`Row index (${i}) out of range`);
    this.children.splice(i, 1);
    row.parent = null;
    return row;
  }
  insertTableRow(i: number, row: FakeTableRow): FakeTableRow {
    if (!(row instanceof FakeTableRow)) throw new Error('Invalid argument: tableRow');
    if (row.parent) throw new Error('Element must be detached.');
    if (i < 0 || i > this.children.length) throw new Error(`Child index (${i}) out of range`);
    row.parent = this;
    this.children.splice(i, 0, row);
    return row;
  }
}

export class FakeBody extends FakeContainer {
  constructor(calls: Calls) {
    super(calls, 'BODY_SECTION');
    this.add(new FakeParagraph(calls, ''));
  }
  appendTable(cells: string[][] = [['']]): FakeTable {
    return this.add(new FakeTable(this.calls, cells));
  }
  appendListItem(text: string): FakeParagraph {
    return this.add(new FakeParagraph(this.calls, text, 'LIST_ITEM'));
  }
  appendHorizontalRule(): FakeHorizontalRule {
    return this.appendParagraph('').appendHorizontalRule();
  }
  appendImage(blob: { width?: number; height?: number }): FakeInlineImage {
    return this.appendParagraph('').appendInlineImage(blob);
  }
  private page(key: string, value: number): this {
    if (!(value > 0) && !key.startsWith('MARGIN')) throw new Error(`Invalid ${key}`);
    this.attributes[key] = value;
    return this;
  }
  setPageWidth(v: number): this {
    return this.page('PAGE_WIDTH', v);
  }
  setPageHeight(v: number): this {
    return this.page('PAGE_HEIGHT', v);
  }
  setMarginTop(v: number): this {
    return this.page('MARGIN_TOP', v);
  }
  setMarginBottom(v: number): this {
    return this.page('MARGIN_BOTTOM', v);
  }
  setMarginLeft(v: number): this {
    return this.page('MARGIN_LEFT', v);
  }
  setMarginRight(v: number): this {
    return this.page('MARGIN_RIGHT', v);
  }
}

export class FakeDocument extends Fake {
  readonly kind = 'DOCUMENT';
  readonly body: FakeBody;
  closed = false;
  constructor(
    calls: Calls,
    readonly id: string,
    readonly name: string,
  ) {
    super(calls);
    this.body = new FakeBody(calls);
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  getBody(): FakeBody {
    if (this.closed) throw new Error('Document is closed, its contents cannot be updated.');
    return this.body;
  }
  language = '';
  /** Google: sets the language code shown under File › Language (e.g. "vi"); returns the document. */
  setLanguage(code: string): this {
    this.language = code;
    return this;
  }
  saveAndClose(): void {
    this.closed = true;
  }
  /**
   * Google (BlobSource.getAs): the document converted, 'application/pdf' the one type
   * besides 'text/markdown' a Doc converts to, the name given the type's extension.
   * The fake's PDF carries the body's text as it stands, so a test can read what was printed.
   */
  getAs(contentType: string): FakeDocumentPdf {
    if (contentType !== 'application/pdf') throw new Error(`Converting from application/vnd.google-apps.document to ${contentType} is not supported.`);
    return new FakeDocumentPdf(this.calls, `${this.name}.pdf`, this.body.text());
  }
}

/** A Doc's PDF as a blob: its name and the text it prints. */
export class FakeDocumentPdf extends FakeBlob {
  constructor(
    calls: Calls,
    name: string,
    readonly text: string,
  ) {
    super(calls, 'application/pdf', name);
  }
}

class FakeDocumentAppService extends Fake {
  readonly kind = 'DocumentApp';
  readonly Attribute = Attribute;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly VerticalAlignment = VerticalAlignment;
  readonly ElementType = ElementType;
  readonly documents: FakeDocument[] = [];
  create(name: string): FakeDocument {
    if (!name) throw new Error('Invalid argument: name');
    const doc = new FakeDocument(this.calls, `fake-doc-${this.documents.length + 1}`, name);
    this.documents.push(doc);
    return doc;
  }
  /** Google: opens the document with that id (a saved and closed one opens again), and throws for an id it cannot find. */
  openById(id: string): FakeDocument {
    const doc = this.documents.find((d) => d.id === id);
    if (!doc) throw new Error(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    doc.closed = false;
    return doc;
  }
}

/** A fresh DocumentApp (the script's counting view), its call log and the documents it created. */
export function fakeDocumentApp(): { app: FakeDocumentAppService; log: Calls; documents: FakeDocument[] } {
  const service = new FakeDocumentAppService(new Calls());
  return { app: expose(service), log: service.calls, documents: service.documents };
}

/** Installs a fake as the global `DocumentApp`; returns it and a function that removes it. */
export function installDocumentApp(): ReturnType<typeof fakeDocumentApp> & { uninstall: () => void } {
  const fake = fakeDocumentApp();
  const g = globalThis as unknown as { DocumentApp?: unknown };
  const previous = g.DocumentApp;
  g.DocumentApp = fake.app;
  return { ...fake, uninstall: () => (g.DocumentApp = previous) };
}
