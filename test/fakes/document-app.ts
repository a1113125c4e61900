/**
 * An in-memory DocumentApp, following Google's reference for the calls the report
 * uses: `DocumentApp.create(name)` makes a new document whose body holds one empty
 * paragraph; `Body.appendTable(cells)` builds a table with one paragraph per cell;
 * the last paragraph of a body cannot be removed; images and horizontal rules live
 * inside paragraphs and carry no text. Every call is counted, so tests can check
 * that work is batched.
 */

const ATTRIBUTES = [
  'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR',
  'HEADING', 'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'ITALIC',
  'GLYPH_TYPE', 'LEFT_TO_RIGHT', 'LINE_SPACING', 'LINK_URL', 'LIST_ID', 'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT',
  'MARGIN_TOP', 'NESTING_LEVEL', 'MINIMUM_HEIGHT', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP',
  'PAGE_HEIGHT', 'PAGE_WIDTH', 'SPACING_AFTER', 'SPACING_BEFORE', 'STRIKETHROUGH', 'UNDERLINE', 'VERTICAL_ALIGNMENT', 'WIDTH',
] as const;
const TEXT_ATTRIBUTES = new Set(['BOLD', 'ITALIC', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR', 'UNDERLINE', 'STRIKETHROUGH', 'BACKGROUND_COLOR', 'LINK_URL']);
const enumOf = <T extends string>(names: readonly T[]): Record<T, T> => Object.fromEntries(names.map((n) => [n, n])) as Record<T, T>;

export const Attribute = enumOf(ATTRIBUTES);
export const HorizontalAlignment = enumOf(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const);
export const VerticalAlignment = enumOf(['BOTTOM', 'CENTER', 'TOP'] as const);
export const ElementType = enumOf(['BODY_SECTION', 'PARAGRAPH', 'TABLE', 'TABLE_ROW', 'TABLE_CELL', 'TEXT', 'INLINE_IMAGE', 'HORIZONTAL_RULE', 'LIST_ITEM'] as const);

type Attrs = Record<string, unknown>;

export class CallLog {
  readonly counts = new Map<string, number>();
  count(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }
  of(name: string): number {
    return this.counts.get(name) ?? 0;
  }
}

function checkAttributes(attrs: Attrs): void {
  for (const key of Object.keys(attrs)) if (!(key in Attribute)) throw new Error(`Invalid argument: attribute ${key}`);
}

abstract class FakeElement {
  parent: FakeContainer | null = null;
  attributes: Attrs = {};
  constructor(readonly log: CallLog, readonly type: keyof typeof ElementType) {}
  getType(): string {
    this.log.count('getType');
    return this.type;
  }
  getParent(): FakeContainer | null {
    return this.parent;
  }
  abstract text(): string;
  getText(): string {
    this.log.count('getText');
    return this.text();
  }
  getAttributes(): Attrs {
    return { ...this.attributes };
  }
  setAttributes(attrs: Attrs): this {
    this.log.count(`${this.type}.setAttributes`);
    checkAttributes(attrs);
    Object.assign(this.attributes, attrs);
    return this;
  }
  removeFromParent(): this {
    this.parent?.removeChild(this);
    return this;
  }
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
  constructor(log: CallLog) {
    super(log, 'HORIZONTAL_RULE');
  }
  text(): string {
    return '';
  }
}

export class FakeInlineImage extends FakeElement {
  altDescription = '';
  constructor(log: CallLog, readonly blob: unknown, public width: number, public height: number) {
    super(log, 'INLINE_IMAGE');
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
    this.log.count('INLINE_IMAGE.setWidth');
    this.width = w;
    return this;
  }
  setHeight(h: number): this {
    this.log.count('INLINE_IMAGE.setHeight');
    this.height = h;
    return this;
  }
  setAltDescription(d: string): this {
    this.altDescription = d;
    return this;
  }
}

/** The text of a paragraph with per-character text attributes (what `editAsText()` edits). */
export class FakeText {
  constructor(readonly owner: FakeParagraph) {}
  getText(): string {
    return this.owner.value;
  }
  private range(start: number, end: number, key: string, value: unknown): this {
    this.owner.log.count(`TEXT.set${key}`);
    if (start < 0 || end >= this.owner.value.length || start > end) throw new Error(`Index out of range: ${start}..${end}`);
    for (let i = start; i <= end; i++) this.owner.charAttributes[i] = { ...this.owner.charAttributes[i], [key]: value };
    return this;
  }
  setBold(start: number, end: number, bold: boolean): this {
    return this.range(start, end, 'BOLD', bold);
  }
  setItalic(start: number, end: number, italic: boolean): this {
    return this.range(start, end, 'ITALIC', italic);
  }
}

export class FakeParagraph extends FakeElement {
  value: string;
  charAttributes: Attrs[];
  /** Rules and images, which carry no text. */
  readonly inline: FakeElement[] = [];
  constructor(log: CallLog, text: string, type: 'PARAGRAPH' | 'LIST_ITEM' = 'PARAGRAPH') {
    super(log, type);
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
  textAttribute(i: number, key: string): unknown {
    return this.charAttributes[i]?.[key] ?? this.attributes[key];
  }
  editAsText(): FakeText {
    this.log.count('editAsText');
    return new FakeText(this);
  }
  setAlignment(a: string): this {
    this.log.count('PARAGRAPH.setAlignment');
    this.attributes.HORIZONTAL_ALIGNMENT = a;
    return this;
  }
  appendText(text: string): FakeText {
    this.log.count('PARAGRAPH.appendText');
    this.value += text;
    this.charAttributes.push(...[...text].map(() => ({})));
    return new FakeText(this);
  }
  appendHorizontalRule(): FakeHorizontalRule {
    this.log.count('PARAGRAPH.appendHorizontalRule');
    const rule = new FakeHorizontalRule(this.log);
    this.inline.push(rule);
    return rule;
  }
  appendInlineImage(blob: { width?: number; height?: number }): FakeInlineImage {
    this.log.count('PARAGRAPH.appendInlineImage');
    const image = new FakeInlineImage(this.log, blob, blob.width ?? 800, blob.height ?? 400);
    this.inline.push(image);
    return image;
  }
}

abstract class FakeContainer extends FakeElement {
  readonly children: FakeElement[] = [];
  text(): string {
    return this.children.map((c) => c.text()).join('\n');
  }
  getNumChildren(): number {
    return this.children.length;
  }
  getChild(i: number): FakeElement {
    this.log.count('getChild');
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
    this.log.count(`${this.type}.appendParagraph`);
    return this.add(new FakeParagraph(this.log, text));
  }
  removeChild(child: FakeElement): this {
    this.log.count(`${this.type}.removeChild`);
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
  constructor(log: CallLog, text: string) {
    super(log, 'TABLE_CELL');
    this.add(new FakeParagraph(log, text));
  }
  appendHorizontalRule(): FakeHorizontalRule {
    return this.appendParagraph('').appendHorizontalRule();
  }
}

export class FakeTableRow extends FakeContainer {
  constructor(log: CallLog, cells: string[]) {
    super(log, 'TABLE_ROW');
    for (const c of cells) this.add(new FakeTableCell(log, c));
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
  constructor(log: CallLog, cells: string[][]) {
    super(log, 'TABLE');
    const width = Math.max(...cells.map((r) => r.length));
    if (cells.some((r) => r.length !== width)) throw new Error('Invalid argument: cells must be a rectangle');
    for (const row of cells) this.add(new FakeTableRow(log, row));
  }
  getNumRows(): number {
    return this.children.length;
  }
  getRow(i: number): FakeTableRow {
    return this.children[i] as FakeTableRow;
  }
  getCell(row: number, cell: number): FakeTableCell {
    this.log.count('TABLE.getCell');
    const c = this.getRow(row)?.getCell(cell);
    if (!c) throw new Error(`Cell (${row}, ${cell}) out of range`);
    return c;
  }
  setColumnWidth(i: number, w: number): this {
    this.log.count('TABLE.setColumnWidth');
    this.columnWidths.set(i, w);
    return this;
  }
  setBorderWidth(w: number): this {
    this.log.count('TABLE.setBorderWidth');
    this.attributes.BORDER_WIDTH = w;
    return this;
  }
  setBorderColor(c: string): this {
    this.log.count('TABLE.setBorderColor');
    this.attributes.BORDER_COLOR = c;
    return this;
  }
}

export class FakeBody extends FakeContainer {
  constructor(log: CallLog) {
    super(log, 'BODY_SECTION');
    this.add(new FakeParagraph(log, ''));
  }
  appendTable(cells: string[][] = [['']]): FakeTable {
    this.log.count('BODY_SECTION.appendTable');
    return this.add(new FakeTable(this.log, cells));
  }
  appendListItem(text: string): FakeParagraph {
    this.log.count('BODY_SECTION.appendListItem');
    return this.add(new FakeParagraph(this.log, text, 'LIST_ITEM'));
  }
  appendHorizontalRule(): FakeHorizontalRule {
    return this.appendParagraph('').appendHorizontalRule();
  }
  appendImage(blob: { width?: number; height?: number }): FakeInlineImage {
    return this.appendParagraph('').appendInlineImage(blob);
  }
  private page(key: string, value: number): this {
    this.log.count(`BODY_SECTION.set${key}`);
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

export class FakeDocument {
  readonly body: FakeBody;
  closed = false;
  constructor(readonly log: CallLog, readonly id: string, readonly name: string) {
    this.body = new FakeBody(log);
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
  saveAndClose(): void {
    this.log.count('saveAndClose');
    this.closed = true;
  }
}

/** A fresh DocumentApp with its own call log and list of created documents. */
export function fakeDocumentApp(): { app: typeof app; log: CallLog; documents: FakeDocument[] } {
  const log = new CallLog();
  const documents: FakeDocument[] = [];
  const app = {
    Attribute,
    HorizontalAlignment,
    VerticalAlignment,
    ElementType,
    create(name: string): FakeDocument {
      log.count('create');
      if (!name) throw new Error('Invalid argument: name');
      const doc = new FakeDocument(log, `fake-doc-${documents.length + 1}`, name);
      documents.push(doc);
      return doc;
    },
    openById(): never {
      throw new Error('The report never opens an earlier document.');
    },
  };
  return { app, log, documents };
}

/** Installs a fake as the global `DocumentApp`; returns it and a function that removes it. */
export function installDocumentApp(): ReturnType<typeof fakeDocumentApp> & { uninstall: () => void } {
  const fake = fakeDocumentApp();
  const g = globalThis as unknown as { DocumentApp?: unknown };
  const previous = g.DocumentApp;
  g.DocumentApp = fake.app;
  return { ...fake, uninstall: () => (g.DocumentApp = previous) };
}
