/**
 * Small edits of a package part's XML text that keep everything else of it byte
 * for byte: the part is scanned once (saxes, with positions) into its elements,
 * and new text is spliced in at their offsets. Used on the few small parts the
 * summary changes (workbook, relationships, content types, styles, `Lịch sử`).
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { escapeXml } from '../ooxml/xml';

export interface XmlElement {
  /** Local name ("sheet" for "x:sheet"). */
  name: string;
  /** The namespace prefix as written, with its colon ("x:"), or "". */
  prefix: string;
  attributes: Record<string, string>;
  parent: XmlElement | null;
  /** Offsets in the text: the start tag's "<", just after its ">", the end tag's "<" and just after its ">" (for `<a/>` the last two are the first two). */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
}

/**
 * Every element of `xml` down to `maxDepth` (the root is depth 0), in document
 * order; throws on text that is not well-formed. A sheet scanned to its rows
 * (depth 2) keeps one object per row, not per cell.
 */
export function scanXml(xml: string, maxDepth = Infinity): XmlElement[] {
  const parser = new SaxesParser();
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  let failed: Error | null = null;
  parser.on('error', (err) => {
    failed ??= err;
  });
  /** Elements open below `maxDepth`, counted but not kept. */
  let deeper = 0;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (open.length > maxDepth || deeper > 0) {
      if (!tag.isSelfClosing) deeper++;
      return;
    }
    const openEnd = parser.position;
    const colon = tag.name.indexOf(':');
    const element: XmlElement = {
      name: tag.name.slice(colon + 1),
      prefix: tag.name.slice(0, colon + 1),
      attributes: tag.attributes,
      parent: open[open.length - 1] ?? null,
      start: xml.lastIndexOf('<', openEnd - 1),
      openEnd,
      closeStart: openEnd,
      end: openEnd,
      selfClosing: tag.isSelfClosing,
    };
    elements.push(element);
    if (!tag.isSelfClosing) open.push(element);
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    if (deeper > 0) {
      deeper--;
      return;
    }
    const element = open.pop();
    if (!element) return;
    element.end = parser.position;
    element.closeStart = xml.lastIndexOf('<', element.end - 1);
  });
  parser.write(xml).close();
  if (failed) throw failed;
  return elements;
}

/** The children of `parent` named `name` (any prefix). */
export function childrenOf(elements: readonly XmlElement[], parent: XmlElement, name?: string): XmlElement[] {
  return elements.filter((e) => e.parent === parent && (name === undefined || e.name === name));
}

export interface Edit {
  /** Text from `from` to `to` is replaced by `text` (`from === to`: an insertion). */
  from: number;
  to: number;
  text: string;
}

/** Applies non-overlapping edits; insertions at one offset keep the order they were given in. */
export function applyEdits(xml: string, edits: readonly Edit[]): string {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.from - b.from || a.i - b.i);
  const out: string[] = [];
  let at = 0;
  for (const e of sorted) {
    out.push(xml.slice(at, e.from), e.text);
    at = Math.max(at, e.to);
  }
  out.push(xml.slice(at));
  return out.join('');
}

/** `element`'s start tag with `attributes` set (replaced where present, added at the end otherwise), the rest as written. */
function startTag(xml: string, element: XmlElement, attributes: Record<string, string>): string {
  let tag = xml.slice(element.start, element.openEnd);
  for (const [name, value] of Object.entries(attributes)) {
    const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
    const quoted = `"${escapeAttribute(value)}"`;
    tag = pattern.test(tag) ? tag.replace(pattern, (_, before: string) => `${before}${quoted}`) : tag.replace(/(\s*\/?>)$/, ` ${name}=${quoted}$1`);
  }
  return tag;
}

/**
 * The edits that put `inner` at the end of `element`'s content (before its end
 * tag, or by opening `<a/>` into `<a></a>`) and set `attributes` on it (a count).
 */
export function appendInside(xml: string, element: XmlElement, inner: string, attributes: Record<string, string> = {}): Edit[] {
  const tag = startTag(xml, element, attributes);
  if (element.selfClosing) return [{ from: element.start, to: element.end, text: `${tag.replace(/\s*\/>$/, '>')}${inner}</${element.prefix}${element.name}>` }];
  const edits: Edit[] = [{ from: element.closeStart, to: element.closeStart, text: inner }];
  if (Object.keys(attributes).length > 0) edits.push({ from: element.start, to: element.openEnd, text: tag });
  return edits;
}

/** The edit setting attributes of `element`'s start tag. */
export function setAttributes(xml: string, element: XmlElement, attributes: Record<string, string>): Edit {
  return { from: element.start, to: element.openEnd, text: startTag(xml, element, attributes) };
}

/** Our markup in the namespace prefix a part uses for its elements ("x:" in some generators' files). */
export function prefixed(markup: string, prefix: string): string {
  return prefix === '' ? markup : markup.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${prefix}`);
}

/** Characters XML 1.0 cannot hold, and CR (which XML reads as LF): OOXML writes them as _xHHHH_. */
const NOT_IN_XML = /[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\uFFFE\uFFFF]/g;
/** A text that already reads like an escape keeps its underscore by escaping it (_x005F_). */
const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;

const hex4 = (c: string): string => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/** Cell text as element content: XML's three escapes plus OOXML's _xHHHH_, undone by the reader's unescapeOoxml. */
export function escapeCellText(text: string): string {
  return text
    .replace(LOOKS_ESCAPED, '_x005F_$1')
    .replace(NOT_IN_XML, (c) => `_x${hex4(c)}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** An attribute value in double quotes (whitespace kept as character references, so it is not normalised away). */
export function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
