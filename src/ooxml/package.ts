/**
 * Open Packaging Conventions: the content types and relationships every part of a
 * .docx or .xlsx is listed in — written whole for a new package (the .docx, the chart's
 * workbook), and the names the summary's edits of an existing package use too.
 */
import { XML_DECLARATION, escapeXml } from './xml';

export interface Relationship {
  id: string;
  /** Full relationship type URI. */
  type: string;
  /** Path relative to the folder of the part that owns the relationships. */
  target: string;
}

/** Relationship types of Office documents, by their last segment. */
export const officeRel = (name: string): string => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name}`;

/** The namespace of a relationships part. */
export const PACKAGE_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function relationshipsXml(rels: Relationship[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join('');
  return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELS_NS}">${items}</Relationships>`;
}

/** [Content_Types].xml: a type for each file extension, and for each part that needs another. */
export function contentTypesXml(byExtension: Record<string, string>, byPart: Record<string, string>): string {
  const defaults = Object.entries(byExtension).map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`);
  const overrides = Object.entries(byPart).map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`);
  return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.join('')}${overrides.join('')}</Types>`;
}

/** Content types of the parts we write, Word's and Excel's alike. */
export const CONTENT_TYPE = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;
