/** The Google Doc of the example report, built through the in-memory DocumentApp. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderGoogleDoc } from '../../src/apps-script/report-doc';
import type { ReportModel } from '../../src/core/documents/model';
import { reportPlainText } from '../../src/core/documents/plain-text';
import { renderDocx } from '../../src/docx/render-docx';
import { installDocumentApp, type FakeBody, type FakeParagraph } from '../fakes/document-app';
import { docxParts, docxPlainText } from './docx-xml';
import { exampleReport } from './example';

const model = exampleReport();
let fake: ReturnType<typeof installDocumentApp>;
beforeEach(() => {
  fake = installDocumentApp();
});
afterEach(() => fake.uninstall());

/** The same reading as `reportPlainText`: non-empty paragraphs; rows of tab-joined cells. */
function docText(body: FakeBody): string {
  return body.children
    .map((el) => {
      if (el.type !== 'TABLE') return el.text();
      const table = el.asTable();
      return Array.from({ length: table.getNumRows() }, (_, r) => {
        const row = table.getRow(r);
        return Array.from({ length: row.getNumCells() }, (__, c) =>
          row
            .getCell(c)
            .children.map((p) => p.text())
            .filter(Boolean)
            .join('\n'),
        ).join('\t');
      }).join('\n');
    })
    .filter(Boolean)
    .join('\n');
}

const paragraphWith = (body: FakeBody, text: string): FakeParagraph => body.children.find((c) => c.type === 'PARAGRAPH' && c.text() === text)!.asParagraph();

describe('the Google Doc report', () => {
  it('has the same text as the model and the .docx', async () => {
    renderGoogleDoc(model, { title: model.title });
    const text = docText(fake.documents[0].body);
    expect(text).toBe(reportPlainText(model));
    expect(text).toBe(docxPlainText((await docxParts(await renderDocx(model)))['word/document.xml']));
  });

  it('creates a new document on every call and leaves earlier ones alone', () => {
    const first = renderGoogleDoc(model, { title: 'Báo cáo 1' });
    const before = docText(fake.documents[0].body);
    const second = renderGoogleDoc(exampleReport({ draft: '' }), { title: 'Báo cáo 2' });
    expect(fake.log.of('DocumentApp.create')).toBe(2);
    expect(first.id).not.toBe(second.id);
    expect(second).toEqual({ id: fake.documents[1].getId(), url: fake.documents[1].getUrl() });
    expect(fake.documents.map((d) => d.getName())).toEqual(['Báo cáo 1', 'Báo cáo 2']);
    expect(docText(fake.documents[0].body)).toBe(before);
    expect(before).toContain('DỰ THẢO');
    expect(docText(fake.documents[1].body)).not.toContain('DỰ THẢO');
    expect(fake.documents.every((d) => d.closed)).toBe(true);
  });

  it('names the document and sets its language to Vietnamese', () => {
    renderGoogleDoc(model, { title: model.title });
    expect(fake.documents[0].getName()).toBe('Báo cáo kết quả thi đua Cụm thi đua số 08 năm 2021');
    expect(fake.documents[0].language).toBe('vi');
  });

  it('sets up an A4 page with the prescribed margins, in points', () => {
    renderGoogleDoc(model, { title: model.title });
    const page = fake.documents[0].body.getAttributes();
    expect(page.PAGE_WIDTH).toBeCloseTo(595.3, 1);
    expect(page.PAGE_HEIGHT).toBeCloseTo(841.9, 1);
    expect([page.MARGIN_TOP, page.MARGIN_BOTTOM, page.MARGIN_LEFT, page.MARGIN_RIGHT].map((v) => Math.round(Number(v) * 10) / 10)).toEqual([
      56.7, 56.7, 85, 42.5,
    ]);
  });

  it('builds each table with one appendTable call and drops the starting empty paragraph', () => {
    renderGoogleDoc(model, { title: model.title });
    const body = fake.documents[0].body;
    expect(fake.log.of('BODY_SECTION.appendTable')).toBe(3);
    expect(body.children[0].type).toBe('TABLE');
    const tables = body.children.filter((c) => c.type === 'TABLE').map((t) => t.asTable());
    expect(tables.map((t) => t.getAttributes().BORDER_WIDTH)).toEqual([0, 0.5, 0]);
    expect(tables[1].getNumRows()).toBe(13);
    expect(tables[1].getCell(1, 4).text()).toBe('-0.5');
    expect(tables[1].getCell(2, 4).text()).toBe('');
    // Column widths in points: every table spans the 165 mm text width (the header cannot reach into the margin here).
    for (const t of tables) expect([...t.columnWidths.values()].reduce((a, b) => a + b, 0)).toBeCloseTo((165 * 72) / 25.4, 1);
    // Batched: a few calls per paragraph, not one per character or per attribute.
    const paragraphs = model.blocks.length + 40;
    expect(fake.log.total()).toBeLessThan(paragraphs * 6);
  });

  it('formats paragraphs in Times New Roman with the prescribed sizes and styles', () => {
    renderGoogleDoc(model, { title: model.title });
    const body = fake.documents[0].body;
    for (const p of body.children.filter((c) => c.type === 'PARAGRAPH' && c.text() !== '')) {
      expect(p.getAttributes().FONT_FAMILY).toBe('Times New Roman');
    }
    const title = paragraphWith(body, 'BÁO CÁO');
    expect(title.getAttributes()).toMatchObject({ BOLD: true, FONT_SIZE: 14, HORIZONTAL_ALIGNMENT: 'CENTER' });
    const body1 = body.children.find((c) => c.text().startsWith('Tại cuộc họp tháng 5'))!.asParagraph();
    expect(body1.getAttributes()).toMatchObject({ HORIZONTAL_ALIGNMENT: 'JUSTIFY', FONT_SIZE: 14, SPACING_AFTER: 6, LINE_SPACING: 1.15 });
    expect(Number(body1.getAttributes().INDENT_FIRST_LINE)).toBeCloseTo(36, 0);
    const date = body.children[0].asTable().getCell(1, 1).getChild(0).asParagraph();
    expect(date.getAttributes()).toMatchObject({ ITALIC: true, FONT_SIZE: 14 });
    const rules = body.children[0]
      .asTable()
      .getCell(0, 1)
      .children.filter((p) => p.asParagraph().inline.some((i) => i.type === 'HORIZONTAL_RULE'));
    expect(rules).toHaveLength(1);
  });

  it('formats the ranking table as a whole: Times New Roman 12, black, the header row bold and centred', () => {
    renderGoogleDoc(model, { title: model.title });
    const ranking = fake.documents[0].body.children.filter((c) => c.type === 'TABLE')[1].asTable();
    const paragraphs = ranking.paragraphs();
    expect(paragraphs).toHaveLength(13 * 6);
    for (const p of paragraphs) {
      for (let i = 0; i < p.text().length; i++) {
        expect([p.textAttribute(i, 'FONT_FAMILY'), p.textAttribute(i, 'FONT_SIZE'), p.textAttribute(i, 'FOREGROUND_COLOR')]).toEqual([
          'Times New Roman',
          12,
          '#000000',
        ]);
      }
    }
    const head = ranking.getRow(0).paragraphs();
    expect(head.map((p) => p.text())).toEqual(['TT', 'Đơn vị', 'Điểm chuẩn', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm']);
    for (const p of head) expect(p.getAttributes()).toMatchObject({ BOLD: true, HORIZONTAL_ALIGNMENT: 'CENTER' });
    // The body rows keep Docs' default paragraph format: no call per cell.
    expect(
      ranking
        .getRow(1)
        .paragraphs()
        .every((p) => p.getAttributes().HORIZONTAL_ALIGNMENT === undefined),
    ).toBe(true);
  });

  it("gives a later table with the same header a copy of the first one's formatted header row, its own rows below it", () => {
    const ranking = model.blocks.filter((b) => b.kind === 'table')[1];
    if (ranking?.kind !== 'table') throw new Error('the example report has a ranking table');
    const second = { ...ranking, rows: [ranking.rows[0], ...ranking.rows.slice(4, 6)] };
    renderGoogleDoc({ ...model, blocks: [ranking, second] }, { title: model.title });
    const [first, copied] = fake.documents[0].body.children.filter((c) => c.type === 'TABLE').map((t) => t.asTable());
    expect(copied.getNumRows()).toBe(3);
    expect(
      copied
        .getRow(0)
        .paragraphs()
        .map((p) => [p.text(), p.getAttributes()]),
    ).toEqual(
      first
        .getRow(0)
        .paragraphs()
        .map((p) => [p.text(), p.getAttributes()]),
    );
    for (const p of copied.getRow(0).paragraphs()) expect(p.getAttributes()).toMatchObject({ BOLD: true, HORIZONTAL_ALIGNMENT: 'CENTER' });
    expect(copied.getRow(1).text()).toBe(first.getRow(4).text());
    // The copy is the second table's own row, not the first table's.
    expect(copied.getRow(0)).not.toBe(first.getRow(0));
    expect(first.getNumRows()).toBe(ranking.rows.length);
    expect(fake.log.of('TABLE_ROW.copy')).toBe(1);
  });

  it('keeps mixed bold and italic runs', () => {
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
    renderGoogleDoc(mixed, { title: 'x' });
    const p = fake.documents[0].body.children[0].asParagraph();
    expect(p.text()).toBe('Đậm nghiêng');
    expect([0, 3, 4, 10].map((i) => [p.textAttribute(i, 'BOLD'), p.textAttribute(i, 'ITALIC')])).toEqual([
      [true, false],
      [true, false],
      [false, true],
      [false, true],
    ]);
  });

  it('inserts the chart image, scaled to the slot’s width, only when given', () => {
    renderGoogleDoc(model, { title: 'a' });
    const images = (i: number) =>
      fake.documents[i].body.children.flatMap((c) => (c.type === 'PARAGRAPH' ? c.asParagraph().inline.filter((x) => x.type === 'INLINE_IMAGE') : []));
    expect(images(0)).toHaveLength(0);
    const blob = { width: 1200, height: 600 } as unknown as GoogleAppsScript.Base.BlobSource;
    renderGoogleDoc(model, { title: 'b', chart: blob });
    const [image] = images(1) as unknown as { width: number; height: number }[];
    // 150 mm at 96 px to the inch.
    expect([image.width, image.height]).toEqual([567, 284]);
    expect(docText(fake.documents[1].body)).toBe(reportPlainText(model));
  });
});
