/** Reading a generated .docx in tests: its parts, and its text in the form of `reportPlainText`. */
import JSZip from 'jszip';
import { expect } from 'vitest';

export async function docxParts(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts[name] = await zip.file(name)!.async('string');
  }
  return parts;
}

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function paragraphText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join('');
}

/** Top-level paragraphs and tables of the body, in order (the report nests no tables). */
export function bodyElements(documentXml: string): string[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'), documentXml.indexOf('</w:body>'));
  return [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:[ >][\s\S]*?<\/w:p>|\/>)/g)].map((m) => m[0]);
}

/** The body's last element: the one right before its section properties, which close the body. */
export function lastBodyElement(documentXml: string): string {
  expect(documentXml).toMatch(/<\/w:(?:p|tbl)><w:sectPr>[^]*<\/w:sectPr><\/w:body>/);
  return bodyElements(documentXml).at(-1) ?? '';
}

/** Word wants a paragraph after a final table: the body ends with an empty one, 1 pt high, so that no page is added. */
export function expectClosingParagraph(documentXml: string): void {
  const last = lastBodyElement(documentXml);
  expect(last).toMatch(/^<w:p>/);
  expect(paragraphText(last)).toBe('');
  expect(last).toMatch(/<w:spacing w:after="0" w:before="0" w:line="20" w:lineRule="exact"\/>/);
}

export const rowsOf = (tableXml: string): string[] => [...tableXml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
export const cellsOf = (rowXml: string): string[] => [...rowXml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
export const paragraphsOf = (xml: string): string[] => [...xml.matchAll(/<w:p(?:[ >][\s\S]*?<\/w:p>|\/>)/g)].map((m) => m[0]);

/** One line per non-empty paragraph; a table row is its cells joined by tabs, a cell its paragraphs by newlines. */
export function docxPlainText(documentXml: string): string {
  return bodyElements(documentXml)
    .map((el) =>
      el.startsWith('<w:tbl>')
        ? rowsOf(el)
            .map((row) =>
              cellsOf(row)
                .map((cell) => paragraphsOf(cell).map(paragraphText).filter(Boolean).join('\n'))
                .join('\t'),
            )
            .join('\n')
        : paragraphText(el),
    )
    .filter(Boolean)
    .join('\n');
}
