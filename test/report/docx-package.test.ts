/**
 * The .docx files as packages, now that this project writes them itself: every XML part
 * well-formed with its namespaces declared, every part typed in [Content_Types].xml,
 * every relationship pointing at a part that is there, the chart's embedded data the
 * figures the chart shows, and text that XML cannot carry escaped or dropped.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import type { ReportModel } from '../../src/core/documents/model';
import { buildLetter } from '../../src/core/documents/letter';
import { buildMinutes } from '../../src/core/documents/minutes';
import type { VoteOutcome } from '../../src/core/model/vote-types';
import { renderDocx } from '../../src/docx/render-docx';
import { fixtureGrids } from '../../scripts/example-data';
import { docxParts, docxPlainText } from './docx-xml';
import { exampleReport, fixture } from './example';

/** Parses with namespaces, failing on the first error (undeclared prefix, bad character, unclosed element…). */
function parse(xml: string, onOpen: (name: string, attributes: Record<string, string>) => void = () => {}): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => onOpen(tag.name, Object.fromEntries(Object.entries(tag.attributes).map(([k, a]) => [k, typeof a === 'string' ? a : a.value]))));
  parser.write(xml).close();
}

async function checkPackage(buffer: Buffer): Promise<JSZip> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  parse(await zip.file('[Content_Types].xml')!.async('string'), (name, a) => {
    if (name === 'Default') defaults.set(a.Extension, a.ContentType);
    if (name === 'Override') overrides.set(a.PartName, a.ContentType);
  });
  for (const part of overrides.keys()) expect(names, `${part} is listed in [Content_Types].xml`).toContain(part.slice(1));
  for (const name of names) {
    if (name === '[Content_Types].xml') continue;
    expect(overrides.get(`/${name}`) ?? defaults.get(name.split('.').pop() ?? ''), `content type of ${name}`).toBeDefined();
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    expect(() => parse(xml), name).not.toThrow();
    if (!name.endsWith('.rels')) continue;
    // word/_rels/document.xml.rels speaks for word/document.xml: targets are relative to word/.
    const base = name.replace(/_rels\/[^/]+$/, '');
    parse(xml, (tag, a) => {
      if (tag !== 'Relationship' || a.TargetMode === 'External') return;
      const target = new URL(a.Target, `file:///${base}`).pathname.slice(1);
      expect(names, `${name}: ${a.Id} → ${a.Target}`).toContain(target);
    });
  }
  return zip;
}

const ev = evaluate(fixtureGrids(fixture, {}, { ballots: true }));
const vote = ev.vote as VoteOutcome;
/** A tiny PNG header (IHDR 400 × 200); the renderer only reads its size. */
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0x90, 0, 0, 0, 0xc8, 8, 2, 0, 0, 0]);

describe('the .docx package', () => {
  it.each([
    ['the report with its native chart', () => renderDocx(exampleReport())],
    ['the report with a chart image', () => renderDocx(exampleReport(), { chartPng: png })],
    ['the biên bản kiểm phiếu', () => renderDocx(buildMinutes(ev, vote))],
    ['the tờ trình', () => renderDocx(buildLetter(ev, vote))],
  ])('%s: well-formed parts, each typed, every relationship resolved', async (_, render) => {
    await checkPackage(await render());
  });

  it('embeds the chart’s figures in a workbook, where Word’s Edit Data finds them', async () => {
    const zip = await checkPackage(await renderDocx(exampleReport()));
    const chart = await zip.file('word/charts/chart1.xml')!.async('string');
    const embedded = await checkPackage(await zip.file('word/embeddings/chart1-data.xlsx')!.async('nodebuffer'));
    const cells = new Map<string, string>();
    const sheet = await embedded.file('xl/worksheets/sheet1.xml')!.async('string');
    for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(?:<is><t>([^<]*)<\/t><\/is>|<v>([^<]*)<\/v>)<\/c>/g)) cells.set(m[1], m[2] ?? m[3]);
    // The chart names its cells (Sheet1!$A$2:$A$13…); each cached point is the value of its cell.
    const ranges = [...chart.matchAll(/<c:f>Sheet1!\$([A-Z])\$(\d+)(?::\$[A-Z]\$(\d+))?<\/c:f>[^]*?<\/c:(?:strCache|numCache)>/g)];
    expect(ranges).toHaveLength(3);
    for (const [cache, column, first] of ranges) {
      const points = [...cache.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
      expect(points.map((_, i) => cells.get(`${column}${Number(first) + i}`))).toEqual(points);
    }
    expect(cells.get('A2')).toBe(fixture.units.find((u) => u.code === fixture.expectedRanking[0].unit)?.shortName);
  });

  it('escapes markup characters and drops those XML cannot hold', async () => {
    const model: ReportModel = {
      ...exampleReport(),
      title: 'Báo cáo <nháp> & "thử"',
      blocks: [
        { kind: 'paragraph', runs: [{ text: 'A & B <c> "d" \u0001e\uFFFF\uD800 😀' }], align: 'left', size: 14, indent: false, spaceBefore: 0, spaceAfter: 0 },
      ],
    };
    const buffer = await renderDocx(model);
    await checkPackage(buffer);
    const parts = await docxParts(buffer);
    // A lone surrogate goes, a paired one (an emoji) stays.
    expect(docxPlainText(parts['word/document.xml'])).toBe('A & B <c> "d" e 😀');
    expect(parts['docProps/core.xml']).toContain('<dc:title>Báo cáo &lt;nháp&gt; &amp; &quot;thử&quot;</dc:title>');
  });
});
