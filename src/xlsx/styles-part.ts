/**
 * The input's styles part with the few cell styles of the output sheets added:
 * fonts, the header fill, number formats and cell formats (`cellXfs`) are
 * appended, counts updated, and the cells we write name their style by index.
 * Everything the input had keeps its index, so its own sheets look as before. An
 * entry we would add that is already there (a summary run on again) is reused.
 */
import { NS, XML_DECLARATION } from '../ooxml/xml';
import { DEFAULT_FONT, HEADER_ARGB, TITLE_POINTS } from './formats';
import { type Edit, type XmlElement, appendInside, applyEdits, childrenOf, escapeAttribute, prefixed, scanXml } from './xml-edit';

/** What the core decided for one cell, in the terms of a cell format. */
export interface CellStyle {
  font: 'plain' | 'bold' | 'title';
  shaded: boolean;
  /** A number format code ("General", "dd/mm/yyyy hh:mm"). */
  numFmt: string;
  wrap: boolean;
  center: boolean;
  /** A fill of the input's own (its index), moved with a value from another cell; else none, or the header's when `shaded`. */
  fill?: number;
}

/** What a cell format of the input shows, as far as a moved value keeps it: its number format and its fill, when it is one that shows. */
export interface InputFormat {
  numFmt: string;
  fill: number | null;
}

/** The children of a stylesheet in the order its schema requires (ECMA-376 CT_Stylesheet). */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type Section = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellStyleXfs' | 'cellXfs';
const ITEM: Record<Section, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellStyleXfs: 'xf', cellXfs: 'xf' };

/** Built-in number formats (ECMA-376 §18.8.30) by code: they are never declared. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '@': 49 };
/** Built-in number formats by id, the dates among them (a moved date keeps showing as one). */
const BUILT_IN_CODES: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  14: 'dd/mm/yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  22: 'm/d/yy h:mm',
  49: '@',
};
/** Custom number formats take ids from 164 on. */
const FIRST_CUSTOM_FORMAT = 164;

/** Entries every stylesheet starts with (Excel reserves fills 0 and 1), added when the input lacks them. */
const RESERVED: Record<Exclude<Section, 'numFmts'>, string[]> = {
  fonts: [`<font><sz val="${DEFAULT_FONT.size}"/><name val="${DEFAULT_FONT.name}"/></font>`],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ['<border><left/><right/><top/><bottom/><diagonal/></border>'],
  cellStyleXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};

/** A styles part for a package that has none. */
export const EMPTY_STYLES = `${XML_DECLARATION}<styleSheet xmlns="${NS.x}"></styleSheet>`;

const FONT_BITS: Record<CellStyle['font'], number> = { plain: 0, bold: 1, title: 2 };

/** A style but its number format as one number: font, shade, wrap and centring in the low 5 bits, the fill (+1, 0 for none) above them. */
function styleBits(style: CellStyle): number {
  const fill = style.fill === undefined || style.fill === null ? 0 : style.fill + 1;
  return FONT_BITS[style.font] | (style.shaded ? 4 : 0) | (style.wrap ? 8 : 0) | (style.center ? 16 : 0) | (fill * 32);
}

class SectionItems {
  readonly added: string[] = [];
  /** Index of an entry by its exact text, the input's and ours. */
  private readonly known = new Map<string, number>();
  constructor(
    readonly element: XmlElement | undefined,
    existing: readonly string[],
    private readonly padding: readonly string[],
  ) {
    [...existing, ...padding].forEach((text, i) => {
      if (!this.known.has(text)) this.known.set(text, i);
    });
    this.count = existing.length + padding.length;
  }
  private count: number;
  get total(): number {
    return this.count;
  }
  index(text: string): number {
    let i = this.known.get(text);
    if (i === undefined) {
      i = this.count++;
      this.known.set(text, i);
      this.added.push(text);
    }
    return i;
  }
  /** Text to add to the section: the reserved entries it lacked, then ours. */
  additions(): string[] {
    return [...this.padding, ...this.added];
  }
}

export class StylesPart {
  private readonly elements: XmlElement[];
  private readonly root: XmlElement;
  private readonly prefix: string;
  private readonly sections = new Map<Section, SectionItems>();
  private readonly customFormats = new Map<string, number>();
  private nextFormatId: number;
  private readonly newFormats: string[] = [];
  /** The first font's properties but bold and size, and its size: a bold font keeps the size, a title's sets its own. */
  private readonly plainFont: string;
  private readonly plainSize: string;
  /** The first font's face (the workbook's default), which the chart of totals writes in too. */
  readonly fontName: string;
  /** Cell formats made or found, by number format code, then by the rest of the style as a small number (styleBits). */
  private readonly xfs = new Map<string, Map<number, number>>();
  /** The input's cell formats (`cellXfs`), by index, and its fills. */
  private readonly inputXfs: XmlElement[];
  private readonly inputFills: XmlElement[];
  private readonly inputCodes = new Map<number, string>();

  constructor(private readonly xml: string) {
    this.elements = scanXml(xml);
    const root = this.elements[0];
    if (!root || root.name !== 'styleSheet') throw new Error('styles part without a styleSheet');
    this.root = root;
    this.prefix = root.prefix;
    const section = (name: string): XmlElement | undefined => childrenOf(this.elements, root, name)[0];
    const itemsOf = (element: XmlElement | undefined, item: string): XmlElement[] => (element ? childrenOf(this.elements, element, item) : []);
    const text = (e: XmlElement): string => xml.slice(e.start, e.end);

    const numFmts = section('numFmts');
    let maxId = FIRST_CUSTOM_FORMAT - 1;
    for (const f of itemsOf(numFmts, 'numFmt')) {
      const id = Number(f.attributes.numFmtId);
      if (!Number.isInteger(id)) continue;
      maxId = Math.max(maxId, id);
      if (f.attributes.formatCode !== undefined && !this.customFormats.has(f.attributes.formatCode)) this.customFormats.set(f.attributes.formatCode, id);
      if (f.attributes.formatCode !== undefined) this.inputCodes.set(id, f.attributes.formatCode);
    }
    this.nextFormatId = maxId + 1;

    for (const name of ['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'] as const) {
      const element = section(name);
      const items = itemsOf(element, ITEM[name]);
      const reserved = RESERVED[name];
      this.sections.set(
        name,
        new SectionItems(
          element,
          items.map(text),
          reserved.slice(items.length).map((t) => this.prefixed(t)),
        ),
      );
    }
    this.inputXfs = itemsOf(section('cellXfs'), 'xf');
    this.inputFills = itemsOf(section('fills'), 'fill');
    const firstFont = itemsOf(section('fonts'), 'font')[0];
    this.plainFont = firstFont ? this.fontBody(firstFont) : this.prefixed(`<name val="${DEFAULT_FONT.name}"/>`);
    const size = firstFont && childrenOf(this.elements, firstFont, 'sz')[0];
    this.plainSize = size ? xml.slice(size.start, size.end) : this.prefixed(`<sz val="${DEFAULT_FONT.size}"/>`);
    const face = firstFont && childrenOf(this.elements, firstFont, 'name')[0]?.attributes.val;
    this.fontName = face || DEFAULT_FONT.name;
  }

  private prefixed(markup: string): string {
    return prefixed(markup, this.prefix);
  }

  /** The first font's properties without bold and size, which ours set (a header's size is the first font's, see `plainSize`). */
  private fontBody(font: XmlElement): string {
    const kept: string[] = [];
    let at = font.openEnd;
    for (const child of childrenOf(this.elements, font)) {
      kept.push(this.xml.slice(at, child.start));
      if (child.name !== 'b' && child.name !== 'sz') kept.push(this.xml.slice(child.start, child.end));
      at = child.end;
    }
    kept.push(this.xml.slice(at, font.selfClosing ? font.openEnd : font.closeStart));
    return kept.join('');
  }

  private item(section: Section, text: string): number {
    return (this.sections.get(section) as SectionItems).index(text);
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.customFormats.set(code, id);
      this.newFormats.push(this.prefixed(`<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`));
    }
    return id;
  }

  /** The number format and visible fill of the input's cell format `s`. */
  inputFormat(s: number): InputFormat {
    const xf = this.inputXfs[s];
    const numFmtId = Number(xf?.attributes.numFmtId ?? 0);
    const code = this.inputCodes.get(numFmtId) ?? BUILT_IN_CODES[numFmtId] ?? 'General';
    const fillId = Number(xf?.attributes.fillId ?? 0);
    const pattern = this.inputFills[fillId] && childrenOf(this.elements, this.inputFills[fillId], 'patternFill')[0];
    const shows = pattern !== undefined && (pattern.attributes.patternType ?? 'none') !== 'none';
    return { numFmt: code, fill: fillId > 0 && shows ? fillId : null };
  }

  /** The index of the cell format (the `s` of a cell) showing `style`. */
  index(style: CellStyle): number {
    // Asked once a cell (a million at 10,000 units × 100 criteria): looked up without making a text.
    let byBits = this.xfs.get(style.numFmt);
    if (!byBits) this.xfs.set(style.numFmt, (byBits = new Map()));
    const bits = styleBits(style);
    const known = byBits.get(bits);
    if (known !== undefined) return known;
    const p = this.prefix;
    const font =
      style.font === 'plain'
        ? 0
        : this.item(
            'fonts',
            `<${p}font>${this.prefixed('<b/>')}${style.font === 'title' ? this.prefixed(`<sz val="${TITLE_POINTS}"/>`) : this.plainSize}${this.plainFont}</${p}font>`,
          );
    const fill =
      style.fill !== undefined
        ? style.fill
        : style.shaded
          ? this.item(
              'fills',
              this.prefixed(`<fill><patternFill patternType="solid"><fgColor rgb="${HEADER_ARGB}"/><bgColor indexed="64"/></patternFill></fill>`),
            )
          : 0;
    const numFmt = this.formatId(style.numFmt);
    const applied = [
      numFmt !== 0 ? ' applyNumberFormat="1"' : '',
      font !== 0 ? ' applyFont="1"' : '',
      fill !== 0 ? ' applyFill="1"' : '',
      ' applyAlignment="1"',
    ].join('');
    const alignment = `<alignment vertical="top"${style.wrap ? ' wrapText="1"' : ''}${style.center ? ' horizontal="center"' : ''}/>`;
    const xf = this.prefixed(`<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${applied}>${alignment}</xf>`);
    const index = this.item('cellXfs', xf);
    byBits.set(bits, index);
    return index;
  }

  /** The styles part with what `index` added. */
  toXml(): string {
    const edits: Edit[] = [];
    const atEnd: string[] = [];
    const present = (name: string): XmlElement | undefined => childrenOf(this.elements, this.root, name)[0];
    const write = (name: Section, element: XmlElement | undefined, added: string[], total: number): void => {
      if (added.length === 0) return;
      if (element) {
        edits.push(...appendInside(this.xml, element, added.join(''), { count: String(total) }));
        return;
      }
      // A missing section goes before the first section that follows it in the schema's order.
      const later = ORDER.slice(ORDER.indexOf(name) + 1)
        .map(present)
        .find((e): e is XmlElement => e !== undefined);
      const section = `<${this.prefix}${name} count="${total}">${added.join('')}</${this.prefix}${name}>`;
      if (later) edits.push({ from: later.start, to: later.start, text: section });
      else atEnd.push(section);
    };
    const numFmts = present('numFmts');
    write('numFmts', numFmts, this.newFormats, (numFmts ? childrenOf(this.elements, numFmts, 'numFmt').length : 0) + this.newFormats.length);
    for (const [name, items] of this.sections) write(name, items.element, items.additions(), items.total);
    if (atEnd.length > 0) edits.push(...appendInside(this.xml, this.root, atEnd.join('')));
    return applyEdits(this.xml, edits);
  }
}
