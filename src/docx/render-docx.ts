/**
 * The report model as a .docx file, written by this module (no document library): A4,
 * margins, the page font and sizes from the model; page numbers centred in the top
 * margin from page 2 (a different, empty first-page header). word/document.xml is pushed
 * a block or a table row at a time onto the package entry that deflates it as it comes
 * (zip-writer.ts): the document's text is never held whole, and there is no tree of
 * objects per element.
 */
import type { Block, ReportModel } from '../core/documents/model';
import { chartPartXml } from './chart';
import { chartWorkbook } from './chart-workbook';
import { APP_PROPERTIES_XML, EMPTY_HEADER_XML, SETTINGS_XML, corePropertiesXml, pageNumberHeaderXml, stylesXml } from './document-parts';
import { chartParagraph, imageParagraph } from './drawing';
import { CONTENT_TYPE, contentTypesXml, officeRel, relationshipsXml, type Relationship } from '../ooxml/package';
import { paragraphXml, ruleXml } from './paragraph';
import { pushTableXml } from './table';
import { NS, XML_DECLARATION, twips } from './xml';
import { type Pieces, ZipWriter } from '../ooxml/zip-writer';

export interface RenderDocxOptions {
  /** PNG of the chart of totals for the model's chart slot; without it a native Word chart is drawn there. */
  chartPng?: Uint8Array;
}

const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
/** The relationship the chart slot's drawing points to (a chart part or an image). */
const DRAWING_REL = 'rId5';

function sectionXml(model: ReportModel): string {
  const { page } = model;
  const m = page.margins;
  const orient = page.widthMm > page.heightMm ? 'landscape' : 'portrait';
  return (
    '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:headerReference w:type="first" r:id="rId4"/>' +
    `<w:pgSz w:w="${twips(page.widthMm)}" w:h="${twips(page.heightMm)}" w:orient="${orient}"/>` +
    `<w:pgMar w:top="${twips(m.top)}" w:right="${twips(m.right)}" w:bottom="${twips(m.bottom)}" w:left="${twips(m.left)}" w:header="${twips(m.top / 2)}" w:footer="708" w:gutter="0"/>` +
    '<w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

function pushBlock(b: Block, model: ReportModel, options: RenderDocxOptions, out: Pieces): void {
  const { page } = model;
  if (b.kind === 'paragraph') out.push(paragraphXml(b, page));
  else if (b.kind === 'rule') out.push(ruleXml(b, page.widthMm - page.margins.left - page.margins.right));
  else if (b.kind === 'table') pushTableXml(b, page, out);
  else if (options.chartPng) out.push(imageParagraph(b, options.chartPng, DRAWING_REL));
  else if (b.bars.length > 0) out.push(chartParagraph(b, DRAWING_REL));
}

/**
 * An empty paragraph 1 pt high with no spacing. Word expects a paragraph after a table at the
 * end of the body (it adds one itself, a full line high, which can push a page over).
 */
const CLOSING_PARAGRAPH =
  '<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr></w:p>';

/**
 * Between two tables in a row: Word and LibreOffice join tables with nothing between them
 * into one, the second taking the first's borders and header row (a signature under the
 * summary table lost its borders and got the header repeated on a page of its own).
 * It goes with the table under it, so that it keeps whatever keeps with it together.
 */
const BETWEEN_TABLES = '<w:p><w:pPr><w:keepNext/><w:spacing w:after="0" w:before="0"/></w:pPr></w:p>';

function writeDocumentXml(model: ReportModel, options: RenderDocxOptions, out: Pieces): void {
  out.push(`${XML_DECLARATION}<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:wp="${NS.wp}"><w:body>`);
  model.blocks.forEach((b, i) => {
    if (b.kind === 'table' && model.blocks[i - 1]?.kind === 'table') out.push(BETWEEN_TABLES);
    pushBlock(b, model, options, out);
  });
  if (model.blocks.at(-1)?.kind === 'table') out.push(CLOSING_PARAGRAPH);
  out.push(sectionXml(model), '</w:body></w:document>');
}

export async function renderDocx(model: ReportModel, options: RenderDocxOptions = {}): Promise<Buffer> {
  const slot = model.blocks.find((b) => b.kind === 'chart');
  const image = slot && options.chartPng;
  const chart = slot && !image && slot.bars.length > 0 ? slot : undefined;
  const now = new Date();
  const zip = new ZipWriter(now);
  const parts: Record<string, string> = {
    '/word/document.xml': `${WORD_TYPE}.document.main+xml`,
    '/word/styles.xml': `${WORD_TYPE}.styles+xml`,
    '/word/settings.xml': `${WORD_TYPE}.settings+xml`,
    '/word/header1.xml': `${WORD_TYPE}.header+xml`,
    '/word/header2.xml': `${WORD_TYPE}.header+xml`,
    '/docProps/core.xml': 'application/vnd.openxmlformats-package.core-properties+xml',
    '/docProps/app.xml': 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  };
  const documentRels: Relationship[] = [
    { id: 'rId1', type: officeRel('styles'), target: 'styles.xml' },
    { id: 'rId2', type: officeRel('settings'), target: 'settings.xml' },
    { id: 'rId3', type: officeRel('header'), target: 'header1.xml' },
    { id: 'rId4', type: officeRel('header'), target: 'header2.xml' },
  ];
  const byExtension: Record<string, string> = { rels: CONTENT_TYPE.rels, xml: 'application/xml' };
  if (image) {
    documentRels.push({ id: DRAWING_REL, type: officeRel('image'), target: 'media/image1.png' });
    byExtension.png = 'image/png';
  }
  if (chart) {
    documentRels.push({ id: DRAWING_REL, type: officeRel('chart'), target: 'charts/chart1.xml' });
    parts['/word/charts/chart1.xml'] = CONTENT_TYPE.chart;
    byExtension.xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }

  await zip.file('[Content_Types].xml', contentTypesXml(byExtension, parts));
  await zip.file(
    '_rels/.rels',
    relationshipsXml([
      { id: 'rId1', type: officeRel('officeDocument'), target: 'word/document.xml' },
      { id: 'rId2', type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml' },
      { id: 'rId3', type: officeRel('extended-properties'), target: 'docProps/app.xml' },
    ]),
  );
  await zip.file('docProps/core.xml', corePropertiesXml(model, now));
  await zip.file('docProps/app.xml', APP_PROPERTIES_XML);
  await zip.text('word/document.xml', (out) => writeDocumentXml(model, options, out));
  await zip.file('word/_rels/document.xml.rels', relationshipsXml(documentRels));
  await zip.file('word/styles.xml', stylesXml(model.page, model.language));
  await zip.file('word/settings.xml', SETTINGS_XML);
  await zip.file('word/header1.xml', pageNumberHeaderXml(model.page));
  await zip.file('word/header2.xml', EMPTY_HEADER_XML);
  if (image) await zip.file('word/media/image1.png', image);
  if (chart) {
    await zip.file('word/charts/chart1.xml', chartPartXml(chart, model.page.font, 'rId1'));
    await zip.file(
      'word/charts/_rels/chart1.xml.rels',
      relationshipsXml([{ id: 'rId1', type: officeRel('package'), target: '../embeddings/chart1-data.xlsx' }]),
    );
    await zip.file('word/embeddings/chart1-data.xlsx', await chartWorkbook(chart, now));
  }
  return zip.bytes();
}
