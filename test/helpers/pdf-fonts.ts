/**
 * The font sizes a PDF prints each page's text at, read from the page's content
 * stream: the size operand of every `Tf`. LibreOffice writes a scaled sheet's text
 * at its printed size there (a sheet at 65 % shows 11 pt as `7.15 Tf`, its text
 * matrix unscaled), so the smallest is the smallest text a reader meets on that page.
 */
import { inflateSync } from 'node:zlib';

/** Per page, in page order, the sizes of its text in points. */
export function pageFontSizes(pdf: Buffer): number[][] {
  const text = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: Buffer | null }>();
  for (const m of text.matchAll(/(\d+) 0 obj(.*?)endobj/gs)) {
    const body = m[2];
    const at = body.indexOf('stream');
    const dict = at < 0 ? body : body.slice(0, at);
    let stream: Buffer | null = null;
    if (at >= 0) {
      const start = m.index + m[0].indexOf('stream') + 'stream'.length + (body[at + 6] === '\r' ? 2 : 1);
      const end = text.lastIndexOf('endstream', m.index + m[0].length);
      const raw = pdf.subarray(start, end);
      stream = /\/FlateDecode/.test(dict) ? inflateSync(raw, { finishFlush: 2 }) : raw;
    }
    objects.set(m[1], { dict, stream });
  }
  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page(?![s\w])/.test(o.dict));
  return pages.map((page) => {
    const refs = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    return [...refs.matchAll(/(\d+) 0 R/g)].flatMap((r) => {
      const content = objects.get(r[1])?.stream?.toString('latin1') ?? '';
      return [...content.matchAll(/\/[\w.+-]+\s+([\d.]+)\s+Tf/g)].map((t) => Number(t[1]));
    });
  });
}
