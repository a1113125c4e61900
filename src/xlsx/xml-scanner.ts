/**
 * A streaming XML tokenizer for the parts of a package: the elements and texts of a
 * well-formed XML 1.0 document, chunk by chunk, or an `XmlSyntaxError` at the first
 * thing that is not (a tag left open or closed out of turn, a second root, an unknown
 * entity, a character XML forbids, a DOCTYPE). It gives the same events as saxes (which
 * xml-edit.ts keeps for its positions; test/xlsx/xml-scanner.test.ts holds the two equal
 * on generated and damaged documents): text once per run between two pieces of markup,
 * line ends and an attribute's blanks normalized, a close after each self-closing open.
 * Why not saxes here: it steps through every character by state; this scanner finds the
 * markup with `indexOf` and reads a tag's name and attributes in one pass, which made
 * reading a sheet of 10,000 units × 100 criteria about three times as fast.
 */

/** The attributes of the tag being opened, read when asked: valid only during the `open` call. */
export interface XmlAttributes {
  get(name: string): string | undefined;
  /** The value of the attribute named `local` under any prefix (`r:id`, `x:id`) or none. */
  withLocalName(local: string): string | undefined;
}

export interface XmlHandlers {
  /** `name` without its namespace prefix: "x:c" and "c" are the same element (some generators prefix it). */
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

export class XmlSyntaxError extends Error {}

const GT = 0x3e;
const LT = 0x3c;
const AMPERSAND = 0x26;
const COLON = 0x3a;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/**
 * A character XML 1.0 forbids anywhere. No half of a surrogate pair comes alone: the chunks
 * come from a TextDecoder, which never cuts a pair and turns bad bytes into U+FFFD.
 */
const FORBIDDEN_CHAR = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const XML_DECLARATION = /^[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1/;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

/** XML 1.0's NameStartChar; a character of a supplementary plane is taken by its two halves. */
function isNameStart(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a;
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xdb7f) ||
    (c >= 0xdc00 && c <= 0xdfff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}

/** XML 1.0's NameChar. */
function isNameChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x3a || c === 0x2d || c === 0x2e;
  return isNameStart(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

/** A character a reference may name: XML 1.0's Char. */
const isChar = (c: number): boolean =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

const fail = (what: string): never => {
  throw new XmlSyntaxError(what);
};

/** The end of the name starting at `at` (a Name), or -1 when none starts there. */
function nameEnd(s: string, at: number): number {
  if (at >= s.length || !isNameStart(s.charCodeAt(at))) return -1;
  let p = at + 1;
  while (p < s.length && isNameChar(s.charCodeAt(p))) p++;
  return p;
}

/** One reference's text without `&` and `;`. */
function reference(name: string): string {
  const predefined = PREDEFINED[name];
  if (predefined !== undefined && Object.prototype.hasOwnProperty.call(PREDEFINED, name)) return predefined;
  const code = /^#x[0-9a-fA-F]+$/.test(name) ? parseInt(name.slice(2), 16) : /^#[0-9]+$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
  if (!isChar(code)) fail(`bad reference &${name};`);
  return String.fromCodePoint(code);
}

/** Text or an attribute's value with its references replaced. */
function withReferences(raw: string): string {
  let out = '';
  let from = 0;
  for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', from)) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi < 0) fail('unterminated reference');
    out += raw.slice(from, amp) + reference(raw.slice(amp + 1, semi));
    from = semi + 1;
  }
  return from === 0 ? raw : out + raw.slice(from);
}

/** Line ends as XML reads them: CR LF and a lone CR are LF. */
const lineEnds = (raw: string): string => (raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);

/**
 * Whether the value between `from` and `to` needs more than a slice to be read (a reference,
 * a literal blank); a `<` in it, or a reference that names nothing, is not XML.
 */
function checkValue(s: string, from: number, to: number): boolean {
  let plain = true;
  for (let p = from; p < to; p++) {
    const c = s.charCodeAt(p);
    if (c === LT) fail('< in an attribute value');
    if (c === AMPERSAND || c === 0x09 || c === 0x0a || c === 0x0d) plain = false;
  }
  if (!plain) readValue(s, from, to);
  return plain;
}

/** A value as XML reads it: line ends, then each literal blank a space, then references. */
function readValue(s: string, from: number, to: number): string {
  const raw = s.slice(from, to);
  return withReferences(/[\t\n\r]/.test(raw) ? lineEnds(raw).replace(/[\t\n]/g, ' ') : raw);
}

const sameText = (s: string, a: number, b: number, length: number): boolean => {
  for (let k = 0; k < length; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
};

/**
 * The attributes of the tag just scanned, as places in the scanned text: no object and no
 * string is made for an attribute nobody asks for (a sheet of a million cells has three each).
 */
class TagAttributes implements XmlAttributes {
  text = '';
  count = 0;
  /** Per attribute: name start, name end, value start, value end, and 1 when the value is plain. */
  spans: number[] = [];

  clear(text: string): void {
    this.text = text;
    this.count = 0;
  }

  add(nameFrom: number, nameTo: number, valueFrom: number, valueTo: number): void {
    const s = this.text;
    const length = nameTo - nameFrom;
    for (let k = 0; k < this.count; k++) {
      const at = k * 5;
      if (this.spans[at + 1] - this.spans[at] === length && sameText(s, this.spans[at], nameFrom, length)) fail('attribute given twice');
    }
    const at = this.count++ * 5;
    this.spans[at] = nameFrom;
    this.spans[at + 1] = nameTo;
    this.spans[at + 2] = valueFrom;
    this.spans[at + 3] = valueTo;
    this.spans[at + 4] = checkValue(s, valueFrom, valueTo) ? 1 : 0;
  }

  get(name: string): string | undefined {
    return this.find(name, false);
  }

  withLocalName(local: string): string | undefined {
    return this.find(local, true);
  }

  private find(name: string, anyPrefix: boolean): string | undefined {
    const s = this.text;
    for (let k = 0; k < this.count; k++) {
      const at = k * 5;
      const from = this.spans[at];
      const start = this.spans[at + 1] - name.length;
      const named = start === from || (anyPrefix && start > from && s.charCodeAt(start - 1) === COLON);
      if (named && s.startsWith(name, start))
        return this.spans[at + 4] === 1 ? s.slice(this.spans[at + 2], this.spans[at + 3]) : readValue(s, this.spans[at + 2], this.spans[at + 3]);
    }
    return undefined;
  }
}

export class XmlScanner {
  /** What the last chunk ended inside of (a tag, a reference, a CR before a possible LF), waiting for more. */
  private rest = '';
  private readonly waiting: string[] = [];
  private waitingChars = 0;
  /** The text run since the last piece of markup, in pieces (a long cell spans chunks). */
  private readonly text: string[] = [];
  /** Whether the run's pieces hold no reference and no CR: then it is given as it is. */
  private textPlain = true;
  /** The elements open, by their name as written and without its prefix (what the handlers get). */
  private readonly open: string[] = [];
  private readonly openLocal: string[] = [];
  private rootClosed = false;
  private started = false;
  private readonly attributes = new TagAttributes();

  constructor(private readonly handlers: XmlHandlers) {}

  write(chunk: string): void {
    if (FORBIDDEN_CHAR.test(chunk)) fail('forbidden character');
    let text = chunk;
    if (this.rest !== '') {
      // An unfinished construct is tried again once as many characters came as it holds: a huge one
      // (a comment of megabytes) is scanned a few times, not once per chunk.
      this.waiting.push(chunk);
      this.waitingChars += chunk.length;
      if (this.waitingChars < this.rest.length) return;
      text = this.rest + this.waiting.join('');
      this.rest = '';
      this.waiting.length = 0;
      this.waitingChars = 0;
    }
    const done = this.scan(text, false);
    if (done < text.length) this.rest = text.slice(done);
  }

  /** The end of the document: what waits must complete it, and the root must be closed. */
  close(): void {
    const s = this.rest + this.waiting.join('');
    this.rest = '';
    this.waiting.length = 0;
    if (this.scan(s, true) < s.length) fail('unexpected end');
    if (!this.rootClosed) fail('no root element, or one left open');
  }

  /** Scans `s` and returns where an unfinished construct starts (`s.length` when none). */
  private scan(s: string, last: boolean): number {
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        const end = last ? n : textEnd(s, i);
        this.addText(s.slice(i, end));
        return end;
      }
      if (lt > i) this.addText(s.slice(i, lt));
      const next = this.markup(s, lt);
      if (next < 0) {
        if (last) fail('unfinished markup');
        return lt;
      }
      this.started = true;
      i = next;
    }
    return n;
  }

  private addText(raw: string): void {
    if (raw === '') return;
    this.started = true;
    if (this.open.length === 0) {
      if (!/^[ \t\r\n]*$/.test(raw)) fail('text outside the root element');
      return;
    }
    // Each piece looked at alone (with the run's last two characters, which may start "]]>"), so that
    // the run is never searched whole: a search would make a run of many chunks one text, a copy.
    if (raw.includes(']]>') || (this.text.length > 0 && (this.lastTwo() + raw.slice(0, 2)).includes(']]>'))) fail(']]> in text');
    this.textPlain &&= !raw.includes('&') && !raw.includes('\r');
    this.text.push(raw);
  }

  /** The last two characters of the run so far (its last piece may be one character). */
  private lastTwo(): string {
    let tail = '';
    for (let i = this.text.length - 1; i >= 0 && tail.length < 2; i--) tail = this.text[i].slice(-2) + tail;
    return tail.slice(-2);
  }

  /**
   * Hands the text run to the handler, references replaced (after line ends: &#13; stays a CR).
   * A plain run of many pieces is given joined by `+`, which V8 keeps as pieces until the handler
   * copies it (a cell of 40 million characters is copied once, not joined first).
   */
  private flushText(): void {
    if (this.text.length === 0) return;
    let raw = this.text[0];
    for (let i = 1; i < this.text.length; i++) raw += this.text[i];
    this.text.length = 0;
    const text = this.textPlain ? raw : withReferences(lineEnds(raw));
    this.textPlain = true;
    this.handlers.text?.(text);
  }

  /** The markup at `lt`: returns the index after it, or -1 when `s` ends inside it. */
  private markup(s: string, lt: number): number {
    if (lt + 1 >= s.length) return -1;
    const c = s.charCodeAt(lt + 1);
    if (c === SLASH) return this.closeTag(s, lt);
    if (c === QUESTION) return this.instruction(s, lt);
    if (c === BANG) return this.declaration(s, lt);
    return this.openTag(s, lt);
  }

  private openTag(s: string, lt: number): number {
    const n = s.length;
    const end = nameEnd(s, lt + 1);
    if (end < 0) fail('bad tag name');
    const name = s.slice(lt + 1, end);
    const attributes = this.attributes;
    attributes.clear(s);
    let p = end;
    let selfClosing = false;
    for (;;) {
      const before = p;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const c = s.charCodeAt(p);
      if (c === GT) {
        p++;
        break;
      }
      if (c === SLASH) {
        if (p + 1 >= n) return -1;
        if (s.charCodeAt(p + 1) !== GT) fail('/ not followed by >');
        selfClosing = true;
        p += 2;
        break;
      }
      if (p === before) fail('attributes run together');
      const attributeEnd = nameEnd(s, p);
      if (attributeEnd < 0) fail('bad attribute name');
      if (attributeEnd >= n) return -1;
      const attribute = p;
      p = attributeEnd;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      if (s.charCodeAt(p) !== EQUALS) fail('attribute without a value');
      p++;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return -1;
      const q = s.charCodeAt(p);
      if (q !== QUOTE && q !== APOSTROPHE) fail('unquoted attribute value');
      const close = s.indexOf(q === QUOTE ? '"' : "'", p + 1);
      if (close < 0) return -1;
      attributes.add(attribute, attributeEnd, p + 1, close);
      p = close + 1;
    }
    if (this.rootClosed) fail('a second root element');
    this.flushText();
    const colon = name.indexOf(':');
    const shortName = colon < 0 ? name : name.slice(colon + 1);
    this.handlers.open(shortName, attributes, selfClosing);
    if (selfClosing) {
      this.handlers.close?.(shortName);
      if (this.open.length === 0) this.rootClosed = true;
    } else {
      this.open.push(name);
      this.openLocal.push(shortName);
    }
    return p;
  }

  /** A close tag: the name of the element last opened, as written, then blanks. */
  private closeTag(s: string, lt: number): number {
    const top = this.open.length - 1;
    if (top < 0) fail('close tag out of turn');
    const name = this.open[top];
    let p = lt + 2 + name.length;
    while (p < s.length && isSpace(s.charCodeAt(p))) p++;
    if (p >= s.length) return -1;
    if (s.charCodeAt(p) !== GT || !s.startsWith(name, lt + 2)) fail('close tag out of turn');
    this.flushText();
    this.open.pop();
    this.handlers.close?.(this.openLocal.pop() as string);
    if (top === 0) this.rootClosed = true;
    return p + 1;
  }

  /** A processing instruction; the XML declaration only first in the document. */
  private instruction(s: string, lt: number): number {
    const end = s.indexOf('?>', lt + 2);
    if (end < 0) return -1;
    const targetEnd = nameEnd(s, lt + 2);
    if (targetEnd < 0 || targetEnd > end) fail('bad processing instruction');
    if (targetEnd < end && !isSpace(s.charCodeAt(targetEnd))) fail('bad processing instruction');
    const target = s.slice(lt + 2, targetEnd);
    if (target.toLowerCase() === 'xml') {
      if (this.started || lt !== 0 || target !== 'xml' || !XML_DECLARATION.test(s.slice(targetEnd, end))) fail('misplaced XML declaration');
    }
    this.flushText();
    return end + 2;
  }

  /** A comment or a CDATA section (whose text joins the run); anything else after `<!` (a DOCTYPE) is refused. */
  private declaration(s: string, lt: number): number {
    const head = s.slice(lt, lt + 9);
    if (head.startsWith('<!--')) {
      const end = s.indexOf('-->', lt + 4);
      if (end < 0) return -1;
      const body = s.slice(lt + 4, end);
      if (body.includes('--') || body.endsWith('-')) fail('-- in a comment');
      this.flushText();
      return end + 3;
    }
    if (head === '<![CDATA[') {
      if (this.open.length === 0) fail('CDATA outside the root element');
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      this.flushText();
      const text = lineEnds(s.slice(lt + 9, end));
      if (text !== '') this.handlers.text?.(text);
      return end + 3;
    }
    if ('<!--'.startsWith(head) || '<![CDATA['.startsWith(head)) return -1;
    return fail('DOCTYPE or unknown declaration');
  }
}

/**
 * Where text that runs to the end of a chunk can be taken up to: before a reference
 * the chunk cuts (`&am`) and before a last CR (its LF may start the next chunk).
 */
function textEnd(s: string, from: number): number {
  let end = s.length;
  const amp = s.lastIndexOf('&');
  if (amp >= from && s.indexOf(';', amp) < 0) end = amp;
  if (end > from && s.charCodeAt(end - 1) === 0x0d) end--;
  return end;
}
