/**
 * The parts of a package that the summary edits around the sheets it writes: any
 * part as text with splice edits (xml-edit.ts), the relationships of a part, and
 * `[Content_Types].xml`. What they do not change stays as written.
 */
import type JSZip from 'jszip';
import { PACKAGE_RELS_NS, officeRel } from '../ooxml/package';
import { XML_DECLARATION } from '../ooxml/xml';
import { type Edit, type XmlElement, appendInside, applyEdits, childrenOf, escapeAttribute, prefixed, scanXml, setAttributes } from './xml-edit';

export const CONTENT_TYPES_PATH = '[Content_Types].xml';
/** A part of the package as text, scanned, with the edits to make to it. */
export class EditedPart {
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

export async function textOf(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async('string') : null;
}

/** "xl/workbook.xml" and "xl/worksheets/sheet7.xml" → "worksheets/sheet7.xml": targets relative to the source part, as Excel writes them. */
export function relativeTarget(from: string, to: string): string {
  const dir = from.split('/').slice(0, -1);
  const parts = to.split('/');
  let common = 0;
  while (common < dir.length && dir[common] === parts[common]) common++;
  return [...Array<string>(dir.length - common).fill('..'), ...parts.slice(common)].join('/');
}

/** The package's relationships of one part, editable. */
export class Relationships {
  private readonly part: EditedPart;
  private next: number;
  readonly byId = new Map<string, XmlElement>();
  constructor(
    readonly path: string,
    xml: string | null,
  ) {
    this.part = new EditedPart(xml ?? `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELS_NS}"></Relationships>`);
    for (const r of this.part.children(this.part.root, 'Relationship')) if (r.attributes.Id) this.byId.set(r.attributes.Id, r);
    this.next = 1 + Math.max(0, ...[...this.byId.keys()].map((id) => Number(/^rId(\d+)$/.exec(id)?.[1] ?? 0)));
  }
  ofType(suffix: string): XmlElement | undefined {
    return [...this.byId.values()].find((r) => (r.attributes.Type ?? '').endsWith(suffix));
  }
  add(type: string, target: string): string {
    let id = `rId${this.next++}`;
    while (this.byId.has(id)) id = `rId${this.next++}`;
    this.part.edits.push(
      ...appendInside(
        this.part.xml,
        this.part.root,
        prefixed(`<Relationship Id="${id}" Type="${officeRel(type)}" Target="${escapeAttribute(target)}"/>`, this.part.root.prefix),
      ),
    );
    return id;
  }
  retarget(rel: XmlElement, type: string, target: string): void {
    this.part.edits.push(setAttributes(this.part.xml, rel, { Type: officeRel(type), Target: target }));
  }
  remove(rel: XmlElement): void {
    this.part.edits.push({ from: rel.start, to: rel.end, text: '' });
  }
  result(): string {
    return this.part.result();
  }
}

/** `[Content_Types].xml`: overrides added for new parts, removed for parts dropped. */
export class ContentTypes {
  private readonly part: EditedPart;
  private readonly overrides = new Map<string, XmlElement>();
  constructor(xml: string) {
    this.part = new EditedPart(xml);
    for (const o of this.part.children(this.part.root, 'Override')) if (o.attributes.PartName) this.overrides.set(o.attributes.PartName.toLowerCase(), o);
  }
  declare(path: string, type: string): void {
    const name = `/${path}`;
    if (this.overrides.has(name.toLowerCase())) return;
    this.part.edits.push(
      ...appendInside(this.part.xml, this.part.root, prefixed(`<Override PartName="${escapeAttribute(name)}" ContentType="${type}"/>`, this.part.root.prefix)),
    );
  }
  /** Removes a part's override; a part of that name declared afterwards (a new chart where the old one was) gets its own. */
  drop(path: string): void {
    const key = `/${path}`.toLowerCase();
    const o = this.overrides.get(key);
    if (o) this.part.edits.push({ from: o.start, to: o.end, text: '' });
    this.overrides.delete(key);
  }
  result(): string {
    return this.part.result();
  }
}
