/**
 * The reader's XML scanner against saxes, a well-kept XML parser: on generated documents
 * (elements, prefixes, attributes, references, CDATA, comments, line ends), cut into chunks
 * anywhere, and on those documents damaged one character at a time, both accept the same
 * documents and report the same elements, attributes and texts. Where the scanner is
 * stricter on purpose (a DOCTYPE), it is said below.
 */
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { XmlScanner } from '../../src/xlsx/xml-scanner';

type Event = string;

/**
 * Adjacent texts as one, empty texts dropped (saxes cuts a run of text at comments and chunk ends
 * where the scanner does not), and no blanks outside the root (which saxes reports and the scanner does not).
 */
function merged(events: Event[]): Event[] {
  const out: Event[] = [];
  let depth = 0;
  for (const e of events) {
    if (e.startsWith('open:') && !e.includes('/[')) depth++;
    if (e.startsWith('close:') && !out[out.length - 1]?.includes('/[')) depth--;
    if (e === 'text:' || (depth === 0 && e.startsWith('text:'))) continue;
    const last = out[out.length - 1];
    if (e.startsWith('text:') && last?.startsWith('text:')) out[out.length - 1] = last + e.slice(5);
    else out.push(e);
  }
  return out;
}

const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** The ATTRIBUTE names a test asks the scanner for: it reads attributes only when asked. */
const ASKED = ['a', 'b', 'r', 's', 't', 'x:a', 'ref', 'Id'];

function bySaxes(chunks: string[]): Event[] | null {
  const parser = new SaxesParser();
  const events: Event[] = [];
  let failed = false;
  parser.on('error', () => (failed = true));
  parser.on('opentag', (tag) => {
    const attributes = ASKED.filter((name) => name in tag.attributes).map((name) => `${name}=${tag.attributes[name] as string}`);
    events.push(`open:${local(tag.name)}${tag.isSelfClosing ? '/' : ''}[${attributes.join('|')}]`);
  });
  parser.on('closetag', (tag) => events.push(`close:${local(tag.name)}`));
  parser.on('text', (t) => events.push(`text:${t}`));
  parser.on('cdata', (t) => events.push(`text:${t}`));
  for (const chunk of chunks) {
    parser.write(chunk);
    if (failed) return null;
  }
  parser.close();
  return failed ? null : merged(events);
}

function byScanner(chunks: string[]): Event[] | null {
  const events: Event[] = [];
  const scanner = new XmlScanner({
    open(name, a, selfClosing) {
      const attributes = ASKED.filter((n) => a.get(n) !== undefined).map((n) => `${n}=${a.get(n) as string}`);
      events.push(`open:${name}${selfClosing ? '/' : ''}[${attributes.join('|')}]`);
    },
    close: (name) => events.push(`close:${name}`),
    text: (t) => events.push(`text:${t}`),
  });
  try {
    for (const chunk of chunks) scanner.write(chunk);
    scanner.close();
  } catch {
    return null;
  }
  return merged(events);
}

/** A small seeded generator: the same documents on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TEXTS = ['9,5', 'Sở Tài chính', 'a &amp; b', '&lt;x&gt;', '&#273;&#x1EA1;', ' ', '\r\n', 'x\ry', '&quot;&apos;', '😀', ''];
const VALUES = ['A1', '3', 'a&amp;b', 'line\nbreak', 'tab\there', '&#10;', "it's", 'x"y'];

function document(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const element = (depth: number): string => {
    const name = pick(['c', 'v', 'row', 'x:c', 'is', 't']);
    const attributes = ['a', 'b', 'r', 'x:a']
      .filter(() => next() < 0.4)
      .map((n) => {
        const value = pick(VALUES);
        return value.includes('"') ? ` ${n}='${value}'` : ` ${n}${pick(['=', ' = '])}"${value}"`;
      })
      .join('');
    if (depth > 3 || next() < 0.25) return `<${name}${attributes}${pick(['/', ' /'])}>`;
    const parts: string[] = [];
    const count = Math.floor(next() * 4);
    for (let i = 0; i < count; i++) {
      const kind = next();
      if (kind < 0.4) parts.push(pick(TEXTS));
      else if (kind < 0.5) parts.push(`<![CDATA[${pick(['<b>', 'a]]b', ']', 'x\r\ny'])}]]>`);
      else if (kind < 0.55) parts.push('<!-- note -->');
      else if (kind < 0.6) parts.push('<?pi data?>');
      else parts.push(element(depth + 1));
    }
    return `<${name}${attributes}>${parts.join('')}</${name}${pick(['', ' '])}>`;
  };
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns:x="urn:x">${element(0)}</worksheet>\n`;
}

/** The text in chunks of 1 to 12 characters, a surrogate pair never cut (as a TextDecoder gives them). */
function chunked(text: string, next: () => number): string[] {
  const chunks: string[] = [];
  for (let at = 0; at < text.length;) {
    let size = 1 + Math.floor(next() * 12);
    if (/[\uD800-\uDBFF]/.test(text.charAt(at + size - 1))) size++;
    chunks.push(text.slice(at, at + size));
    at += size;
  }
  return chunks;
}

describe('the reader’s XML scanner', () => {
  it('reports what saxes reports on generated documents, however they are cut into chunks', () => {
    const next = random(20261207);
    for (let i = 0; i < 400; i++) {
      const text = document(next);
      const expected = bySaxes([text]);
      expect(expected, text).not.toBeNull();
      expect(byScanner([text]), text).toEqual(expected);
      expect(byScanner(chunked(text, next)), text).toEqual(expected);
    }
  });

  it('accepts and refuses what saxes does when a document is damaged one character at a time', () => {
    const next = random(7);
    const damage = ['<', '>', '&', '"', "'", '/', '=', ' ', ']]>', '--', 'é', '\u0001', '<!DOCTYPE x>', ''];
    let refused = 0;
    for (let i = 0; i < 1500; i++) {
      const text = document(next);
      // The XML declaration is kept whole: the scanner checks only that it comes first and names version 1.x.
      const start = text.indexOf('<worksheet');
      let at = start + Math.floor(next() * (text.length - start));
      // Never between the halves of a surrogate pair: the scanner reads what a TextDecoder gives, which has none alone.
      if (/[\uDC00-\uDFFF]/.test(text.charAt(at))) at++;
      // Inserted, or in place of the character there (both halves of a pair).
      const replaced = next() < 0.5 ? 0 : /[\uD800-\uDBFF]/.test(text.charAt(at)) ? 2 : 1;
      const damaged = text.slice(0, at) + damage[Math.floor(next() * damage.length)] + text.slice(at + replaced);
      // A DOCTYPE (but not those words inside a CDATA section, a comment or an instruction) is refused by the scanner alone.
      const doctype = damaged.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, '').includes('<!DOCTYPE');
      const expected = doctype ? null : bySaxes([damaged]);
      if (expected === null) refused++;
      expect(byScanner(chunked(damaged, next)), JSON.stringify(damaged)).toEqual(expected);
    }
    // The damage did make documents that are not XML, and these were refused.
    expect(refused).toBeGreaterThan(300);
  });

  it.each([
    ['a DOCTYPE (its entities could say anything)', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ['a DOCTYPE without entities', '<!DOCTYPE a><a/>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a reference to a character XML forbids', '<a>&#0;</a>'],
    ['a tag left open', '<a><b></a>'],
    ['a second root', '<a/><b/>'],
    ['text after the root', '<a/>x'],
    ['an attribute given twice', '<a b="1" b="2"/>'],
    ['attributes run together', '<a b="1"c="2"/>'],
    ['a declaration not first', ' <?xml version="1.0"?><a/>'],
    ['nothing', ''],
  ])('refuses %s', (_, text) => {
    expect(byScanner([text])).toBeNull();
  });

  it('takes a text of many chunks as one, and a reference cut between two chunks', () => {
    const long = 'x'.repeat(100_000);
    const chunks = ['<a>', long.slice(0, 50_000), long.slice(50_000), '&a', 'mp;', 'y\r', '\nz</a>'];
    expect(byScanner(chunks)).toEqual(['open:a[]', `text:${long}&y\nz`, 'close:a']);
  });

  it('reads a tag cut across many small chunks, and a huge comment, without losing a character', () => {
    const comment = `<!--${' x-x'.repeat(200_000)}-->`;
    const text = `<a r="B2" s='3'>${comment}<b/></a>`;
    const chunks = chunked(text, random(3));
    expect(byScanner(chunks)).toEqual(['open:a[r=B2|s=3]', 'open:b/[]', 'close:b', 'close:a']);
  });

  it('gives an attribute under any prefix by its local name', () => {
    let id: string | undefined;
    new XmlScanner({ open: (_, a) => (id = a.withLocalName('id')) }).write('<sheet name="Bảng điểm" r:id="rId4"/>');
    expect(id).toBe('rId4');
  });
});
