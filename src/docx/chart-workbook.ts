/**
 * The chart's figures as a one-sheet workbook embedded beside the chart part: Word's
 * "Edit Data" opens it (categories in A2:A…, totals in B2:B…, the series name in B1,
 * the cells the chart part's formulas name). A chart has at most a few dozen bars, so
 * the workbook is written whole, with inline strings and no styles.
 */
import JSZip from 'jszip';
import type { ChartSlot } from '../core/report/model';
import { SERIES_NAME } from './chart';
import { RELS_TYPE, contentTypesXml, officeRel, relationshipsXml } from './package';
import { NS, XML_DECLARATION, escapeXml } from './xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const textCell = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;

function sheetXml(slot: ChartSlot): string {
  const rows = slot.bars.map((b, i) => `<row r="${i + 2}">${textCell(`A${i + 2}`, b.label)}<c r="B${i + 2}"><v>${b.value}</v></c></row>`);
  return `${XML_DECLARATION}<worksheet xmlns="${MAIN}"><sheetData><row r="1">${textCell('B1', SERIES_NAME)}</row>${rows.join('')}</sheetData></worksheet>`;
}

export function chartWorkbook(slot: ChartSlot): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    contentTypesXml(
      { rels: RELS_TYPE, xml: 'application/xml' },
      {
        '/xl/workbook.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        '/xl/worksheets/sheet1.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
      },
    ),
  );
  zip.file('_rels/.rels', relationshipsXml([{ id: 'rId1', type: officeRel('officeDocument'), target: 'xl/workbook.xml' }]));
  zip.file('xl/workbook.xml', `${XML_DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${NS.r}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', relationshipsXml([{ id: 'rId1', type: officeRel('worksheet'), target: 'worksheets/sheet1.xml' }]));
  zip.file('xl/worksheets/sheet1.xml', sheetXml(slot));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
