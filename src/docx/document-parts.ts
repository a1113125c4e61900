/** The small parts around word/document.xml: styles, settings, the two headers and the document's properties. */
import type { PageSetup, ReportModel } from '../core/documents/model';
import { sizeXml } from './paragraph';
import { NS, XML_DECLARATION, escapeXml } from './xml';

/** Body text size in half-points (14 pt); paragraphs set their own size, this is what anything else inherits. */
const DEFAULT_SIZE = 28;

/**
 * The document's defaults: the page font, black, 14 pt, and the model's language, so that
 * Word and LibreOffice proof every paragraph as Vietnamese. Cells get no padding above or
 * below from the table default; the paragraphs space themselves.
 */
export function stylesXml(page: PageSetup, language: string): string {
  const font = escapeXml(page.font);
  return (
    `${XML_DECLARATION}<w:styles xmlns:w="${NS.w}"><w:docDefaults><w:rPrDefault><w:rPr>` +
    `<w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/><w:color w:val="000000"/>` +
    `<w:sz w:val="${DEFAULT_SIZE}"/><w:szCs w:val="${DEFAULT_SIZE}"/><w:lang w:val="${escapeXml(language)}"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>'
  );
}

/** Word 2013+ layout rules (compatibility mode 15), half-inch default tabs. */
export const SETTINGS_XML =
  `${XML_DECLARATION}<w:settings xmlns:w="${NS.w}"><w:defaultTabStop w:val="720"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

const header = (body: string): string => `${XML_DECLARATION}<w:hdr xmlns:w="${NS.w}" xmlns:r="${NS.r}">${body}</w:hdr>`;

/** The header of pages 2 on: the PAGE field, centred, in the page number size. */
export function pageNumberHeaderXml(page: PageSetup): string {
  const run = (content: string): string => `<w:r><w:rPr>${sizeXml(page.pageNumberSize)}</w:rPr>${content}</w:r>`;
  return header(
    `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run('<w:fldChar w:fldCharType="begin"/>')}${run('<w:instrText xml:space="preserve">PAGE</w:instrText>')}` +
      `${run('<w:fldChar w:fldCharType="separate"/>')}${run('<w:fldChar w:fldCharType="end"/>')}</w:p>`,
  );
}

/** The first page's header: empty (Nghị định 30/2020 numbers pages from the second). */
export const EMPTY_HEADER_XML = header('<w:p/>');

/** Title, subject and author as the file's properties; created and modified now. */
export function corePropertiesXml(model: ReportModel, now: Date): string {
  const at = now.toISOString().replace(/\.\d+Z$/, 'Z');
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ` +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(model.title)}</dc:title><dc:subject>${escapeXml(model.subject)}</dc:subject><dc:creator>${escapeXml(model.creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(model.creator)}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`
  );
}

/** Extended properties, left empty: LibreOffice adapts its import to some producers named there. */
export const APP_PROPERTIES_XML = `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"/>`;
