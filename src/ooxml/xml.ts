/** What every OOXML part we write shares, Word's or Excel's: escaping, the XML declaration and the DrawingML namespaces. */

/**
 * Characters XML 1.0 cannot carry at all (C0 controls but tab, newline and carriage
 * return; unpaired surrogates; U+FFFE and U+FFFF): one of them, typed in a cell, would
 * make Word refuse the whole file, so it is dropped.
 */
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as element content or as a double-quoted attribute value. */
export const escapeXml = (text: string): string => text.replace(UNWRITABLE, '').replace(/[&<>"]/g, (c) => ENTITIES[c]);

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  /** SpreadsheetML's main namespace: worksheets, the workbook, styles. */
  x: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
} as const;

/** English Metric Units of a pixel at 96 to the inch, the unit of drawing sizes. */
export const emu = (px: number): number => px * 9525;
