/**
 * The chart's figures as a one-sheet workbook embedded beside the chart part: Word's
 * "Edit Data" opens it (categories in A2:A…, totals in B2:B…, the series name in B1,
 * the cells the chart part's formulas name). A chart has at most a few dozen bars, so
 * the workbook is written whole, with inline strings and no styles.
 */
import type { ChartSlot } from '../core/documents/model';
import { SERIES_NAME } from './chart';
import { CONTENT_TYPE, contentTypesXml, officeRel, relationshipsXml } from '../ooxml/package';
import { NS, XML_DECLARATION, escapeXml } from './xml';
import { ZipWriter } from '../ooxml/zip-writer';

const textCell = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;

function sheetXml(slot: ChartSlot): string {
  const rows = slot.bars.map((b, i) => `<row r="${i + 2}">${textCell(`A${i + 2}`, b.label)}<c r="B${i + 2}"><v>${b.value}</v></c></row>`);
  return `${XML_DECLARATION}<worksheet xmlns="${NS.x}"><sheetData><row r="1">${textCell('B1', SERIES_NAME)}</row>${rows.join('')}</sheetData></worksheet>`;
}

export async function chartWorkbook(slot: ChartSlot, now: Date): Promise<Uint8Array> {
  const zip = new ZipWriter(now);
  await zip.file(
    '[Content_Types].xml',
    contentTypesXml(
      { rels: CONTENT_TYPE.rels, xml: 'application/xml' },
      {
        '/xl/workbook.xml': CONTENT_TYPE.workbook,
        '/xl/worksheets/sheet1.xml': CONTENT_TYPE.worksheet,
      },
    ),
  );
  await zip.file('_rels/.rels', relationshipsXml([{ id: 'rId1', type: officeRel('officeDocument'), target: 'xl/workbook.xml' }]));
  await zip.file(
    'xl/workbook.xml',
    `${XML_DECLARATION}<workbook xmlns="${NS.x}" xmlns:r="${NS.r}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  await zip.file('xl/_rels/workbook.xml.rels', relationshipsXml([{ id: 'rId1', type: officeRel('worksheet'), target: 'worksheets/sheet1.xml' }]));
  await zip.file('xl/worksheets/sheet1.xml', sheetXml(slot));
  return zip.bytes();
}
