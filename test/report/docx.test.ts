/** The .docx of the example report, unzipped and read: text, page, fonts, sizes, tables, page numbers. */
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/core/documents/model';
import { reportPlainText } from '../../src/core/documents/plain-text';
import { renderDocx } from '../../src/docx/render-docx';
import { bodyElements, cellsOf, docxParts, docxPlainText, expectClosingParagraph, paragraphText, paragraphsOf, rowsOf } from './docx-xml';
import { expectedRankingTable } from '../helpers/example-expected';
import { exampleReport, fixture } from './example';

const model = exampleReport();
const parts = await docxParts(await renderDocx(model));
const document = parts['word/document.xml'];
const elements = bodyElements(document);
const find = (text: string): string => elements.find((e) => !e.startsWith('<w:tbl>') && paragraphText(e) === text) ?? '';

/** A tiny valid PNG header (IHDR says 400 × 200); the renderer only reads its size. */
function fakePng(): Uint8Array {
  const png = new Uint8Array(33);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(png.buffer).setUint32(16, 400);
  new DataView(png.buffer).setUint32(20, 200);
  return png;
}

describe('the .docx report', () => {
  it('has exactly the text of the report model', () => {
    expect(docxPlainText(document)).toBe(reportPlainText(model));
  });

  it('ends its body with a paragraph after the signature table, as Word expects', () => {
    expect(model.blocks.at(-1)?.kind).toBe('table');
    expect(elements.at(-2)).toMatch(/^<w:tbl>/);
    expectClosingParagraph(document);
  });

  it('is A4 portrait with the margins of Nghị định 30/2020', () => {
    // 210 × 297 mm and 20/20/30/15 mm in twentieths of a point.
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it('sets Times New Roman, black, 14 pt as the document default', () => {
    expect(parts['word/styles.xml']).toMatch(
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/><w:color w:val="000000"\/><w:sz w:val="28"\/>/,
    );
    expect(document).not.toMatch(/<w:rFonts /);
  });

  it('declares Vietnamese on the default style, so that Word proofs it as Vietnamese', () => {
    expect(parts['word/styles.xml']).toMatch(/<w:rPrDefault><w:rPr>[^]*?<w:lang w:val="vi-VN"\/>[^]*?<\/w:rPr><\/w:rPrDefault>/);
  });

  it('has a title, a subject and the cluster as its author', () => {
    const core = parts['docProps/core.xml'];
    expect(core).toContain('<dc:title>Báo cáo kết quả thi đua Cụm thi đua số 08 năm 2021</dc:title>');
    expect(core).toContain(`<dc:subject>${fixture.settings.summary}</dc:subject>`);
    expect(core).toContain('<dc:creator>Cụm thi đua số 08</dc:creator>');
    expect(core).not.toMatch(/Un-named/);
  });

  it('numbers pages centred at the top from page 2', () => {
    expect(document).toMatch(/<w:titlePg\/>/);
    const defaultId = /<w:headerReference w:type="default" r:id="([^"]+)"\/>/.exec(document)?.[1];
    const firstId = /<w:headerReference w:type="first" r:id="([^"]+)"\/>/.exec(document)?.[1];
    const rels = parts['word/_rels/document.xml.rels'];
    const target = (id?: string): string =>
      parts[`word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1]}`];
    expect(target(defaultId)).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
    expect(target(firstId)).not.toMatch(/PAGE/);
  });

  it('formats title, body and date as prescribed', () => {
    expect(find('BÁO CÁO')).toMatch(/<w:jc w:val="center"\/>[\s\S]*<w:b\/>[\s\S]*<w:sz w:val="28"\/>/);
    const body = find(model.blocks.map((b) => (b.kind === 'paragraph' ? b.runs[0].text : '')).find((t) => t.startsWith('Tại cuộc họp tháng 5')) ?? '');
    expect(body).toMatch(/<w:ind w:firstLine="720"\/>/);
    expect(body).toMatch(/<w:jc w:val="both"\/>/);
    expect(body).toMatch(/<w:spacing w:after="120" w:before="0" w:line="276" w:lineRule="auto"\/>/);
    const header = rowsOf(elements[0]);
    const [number, date] = cellsOf(header[1]);
    expect(paragraphText(number)).toBe('Số: 05/BC-CTĐ08');
    expect(date).toMatch(/<w:i\/>/);
    expect(paragraphText(date)).toBe('An Giang, ngày 05 tháng 01 năm 2022');
    // Parent body and national name in 12 pt, the motto in 13 (Nghị định 30/2020 allows 12-13 and 13-14).
    expect(cellsOf(header[0])[0]).toMatch(/<w:sz w:val="24"\/>[\s\S]*BỘ THÔNG TIN VÀ TRUYỀN THÔNG/);
    expect(paragraphsOf(cellsOf(header[0])[1])[1]).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>[\s\S]*Độc lập - Tự do - Hạnh phúc/);
  });

  it('draws the header as a borderless two-column table with short rules', () => {
    const header = elements[0];
    expect(header.startsWith('<w:tbl>')).toBe(true);
    expect(header).toMatch(/<w:insideV w:val="none"/);
    // 80 + 95 mm, starting 10 mm into the left margin so that each header line fits on one line.
    expect(header).toMatch(/<w:tblW w:type="dxa" w:w="9921"\/>/);
    expect(header).toMatch(/<w:tblInd w:type="dxa" w:w="-567"\/>/);
    const rules = paragraphsOf(rowsOf(header)[0]).filter((p) => p.includes('<w:bottom w:val="single"'));
    expect(rules).toHaveLength(2);
  });

  it('writes the example’s ranking table, cell for cell, with borders', () => {
    const table = elements.filter((e) => e.startsWith('<w:tbl>'))[1];
    expect(table).toMatch(/<w:insideH w:val="single"/);
    expect(rowsOf(table).map((r) => cellsOf(r).map(paragraphText))).toEqual(expectedRankingTable());
    expect(rowsOf(table)[0]).toMatch(/<w:tblHeader\/>/);
  });

  it('sets Nơi nhận in 12 bold italic and the recipients in 11', () => {
    const foot = elements.filter((e) => e.startsWith('<w:tbl>')).at(-1) ?? '';
    const [title, ...recipients] = paragraphsOf(cellsOf(rowsOf(foot)[0])[0]);
    expect(title).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(recipients.map(paragraphText)).toEqual([
      '- Vụ TĐKT Bộ TTTT (báo cáo);',
      '- Các Sở TTTT thuộc Cụm thi đua số 8;',
      '- Sở TTTT: BGD, các phòng, TT thuộc Sở;',
      '- Lưu: VT.',
    ]);
    for (const r of recipients) expect(r).toMatch(/<w:sz w:val="22"\/>/);
  });

  it('draws a native Word bar chart of the totals in rank order when no image is given', () => {
    const chart = parts['word/charts/chart1.xml'];
    expect(chart).toBeDefined();
    // Follow the relationship id from the drawing to its part, whatever its letters.
    const id = /<c:chart [^>]*r:id="([^"]+)"\/>/.exec(document)?.[1];
    expect(id).toBeDefined();
    expect(parts['word/_rels/document.xml.rels']).toMatch(new RegExp(`Id="${id}"[^>]*Target="charts/chart1.xml"|Target="charts/chart1.xml"[^>]*Id="${id}"`));
    expect(chart).toMatch(/<c:barDir val="bar"\/>/);
    // Bars start at 0, so their lengths compare the totals.
    expect(chart).toMatch(/<c:valAx>[^]*?<c:scaling><c:orientation val="minMax"\/><c:min val="0"\/><\/c:scaling>/);
    // Rank 1 at the top (the category axis runs max to min), and the value scale at the bottom: the value axis
    // crosses the category axis at its maximum, the last bar. In the schema's order: crossAx, crosses, crossBetween.
    expect(chart).toMatch(/<c:catAx>[^]*?<c:orientation val="maxMin"\/>[^]*?<\/c:catAx>/);
    expect(chart).toMatch(/<c:valAx>[^]*<c:crossAx val="\d+"\/><c:crosses val="max"\/><c:crossBetween val="between"\/><\/c:valAx>/);
    expect(/<a:t>([^<]*)<\/a:t>/.exec(chart)?.[1]).toBe('Tổng điểm thi đua năm 2021');
    const values = [...chart.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
    const expected = fixture.expectedRanking.map((r) => ({ name: fixture.units.find((u) => u.code === r.unit)?.shortName, total: String(r.total) }));
    expect(values).toEqual(['Tổng điểm', ...expected.map((e) => e.name), ...expected.map((e) => e.total)]);
  });

  it('places the given chart image instead of drawing one', async () => {
    const withChart = await docxParts(await renderDocx(model, { chartPng: fakePng() }));
    const doc = withChart['word/document.xml'];
    expect(Object.keys(withChart).some((k) => k.startsWith('word/charts/'))).toBe(false);
    expect(doc).toMatch(/<pic:pic /);
    // 150 mm wide at 96 px to the inch is 567 px = 5400675 EMU; the height keeps the 2:1 ratio.
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(doc);
    expect(extent?.[1]).toBe('5400675');
    expect(Number(extent?.[1]) / Number(extent?.[2])).toBeCloseTo(2, 1);
    expect(docxPlainText(doc)).toBe(reportPlainText(model));
  });

  it('keeps runs of mixed bold and italic', async () => {
    const mixed: ReportModel = {
      ...model,
      blocks: [
        {
          kind: 'paragraph',
          runs: [
            { text: 'Đậm ', bold: true },
            { text: 'nghiêng', italic: true },
          ],
          align: 'left',
          size: 14,
          indent: false,
          spaceBefore: 0,
          spaceAfter: 0,
        },
      ],
    };
    const doc = (await docxParts(await renderDocx(mixed)))['word/document.xml'];
    expect(doc).toMatch(/<w:b\/>[\s\S]*Đậm [\s\S]*<w:b w:val="false"\/>[\s\S]*<w:i\/>[\s\S]*nghiêng/);
  });
});

describe("the chart's values in the chosen decimal mark", () => {
  it('prints the bars\' values with a comma when Dấu thập phân is "," and a point when ".", whatever the reader\'s locale', async () => {
    const format = async (sep: string): Promise<string | undefined> => {
      const chart = (await docxParts(await renderDocx(exampleReport({ decimalSeparator: sep }))))['word/charts/chart1.xml'];
      return /<c:dLbls><c:numFmt formatCode="([^"]+)"/.exec(chart)?.[1];
    };
    // 42A is Vietnamese (decimal comma), 409 English (decimal point): LibreOffice prints "117,5" and "117.5" by them.
    expect(await format(',')).toBe('[$-42A]General');
    expect(await format('.')).toBe('[$-409]General');
  });
});
