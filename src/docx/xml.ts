/** What every part of the .docx writer shares: the OOXML basics (escaping, declaration, namespaces) and Word's units. */

export { NS, XML_DECLARATION, emu, escapeXml } from '../ooxml/xml';

/** Twentieths of a point per millimetre, the unit of page, indent and table sizes. */
export const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** Pixels at 96 to the inch, the unit the chart's size is chosen in. */
export const pixels = (mm: number): number => Math.round((mm / 25.4) * 96);
