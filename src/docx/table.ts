/** Tables of the report model as WordprocessingML: fixed column widths, borderless layout or bordered grid. */
import type { PageSetup, Table } from '../core/documents/model';
import { paragraphXml, ruleXml } from './paragraph';
import { twips } from './xml';
import type { Pieces } from '../ooxml/zip-writer';

const SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'] as const;
const LINE = 'w:val="single" w:color="000000" w:sz="4"';
const NONE = 'w:val="none" w:color="auto" w:sz="0"';
/**
 * Left and right cell padding, in twips (about 1 mm), given once for the table (its cells' default)
 * rather than in each cell: a ranking of 10,000 units has 70,000 cells.
 */
const CELL_MARGINS = '<w:tblCellMar><w:left w:type="dxa" w:w="60"/><w:right w:type="dxa" w:w="60"/></w:tblCellMar>';

/** The table's rows are pushed one by one onto `out`: a ranking table of 10,000 units is never one string before the document is. */
export function pushTableXml(t: Table, page: PageSetup, out: Pieces): void {
  const grid = t.style === 'grid';
  const widths = t.widthsMm.map(twips);
  const border = grid ? LINE : NONE;
  out.push(
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${twips(t.widthsMm.reduce((a, b) => a + b, 0))}"/>` +
      (t.outdentMm ? `<w:tblInd w:type="dxa" w:w="${-twips(t.outdentMm)}"/>` : '') +
      `<w:tblBorders>${SIDES.map((side) => `<w:${side} ${border}/>`).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/>${CELL_MARGINS}</w:tblPr>` +
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
  );
  const cellPr = widths.map((w) => `<w:tcPr><w:tcW w:type="dxa" w:w="${w}"/><w:vAlign w:val="${grid ? 'center' : 'top'}"/></w:tcPr>`);
  t.rows.forEach((row, i) => {
    const cells = row.map((cell, c) => {
      // A cell must hold at least one paragraph.
      const blocks =
        cell.blocks.length > 0 ? cell.blocks.map((b) => (b.kind === 'rule' ? ruleXml(b, t.widthsMm[c]) : paragraphXml(b, page))).join('') : '<w:p/>';
      return `<w:tc>${cellPr[c]}${blocks}</w:tc>`;
    });
    out.push(`<w:tr><w:trPr><w:cantSplit/>${i < t.headerRows ? '<w:tblHeader/>' : ''}</w:trPr>${cells.join('')}</w:tr>`);
  });
  out.push('</w:tbl>');
}
