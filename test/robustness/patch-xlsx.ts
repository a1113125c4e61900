/**
 * Real .xlsx files as other generators write them: a clean workbook from exceljs
 * with single cells of one sheet replaced by hand-written XML (`<v>9,5</v>`, a
 * formula without its result, a value at XFD1048576). Built in the test, so the
 * corpus needs no binary files.
 */
import JSZip from 'jszip';

/** The sheet part of a sheet name, from workbook.xml and its relationships. */
export async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const escaped = name.replace(/&/g, '&amp;');
  const id = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = id && new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!target) throw new Error(`no sheet ${name}`);
  return `xl/${target.replace(/^\/?xl\//, '')}`;
}

const rowOf = (address: string): number => Number(/\d+$/.exec(address)?.[0]);

/**
 * Replaces the cell at `address` of `sheet` by `xml` (a whole <c> element with
 * r="address"); adds its row at the end of the sheet data when there is none.
 */
export async function patchCells(bytes: Uint8Array, sheet: string, cells: Record<string, string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const path = await sheetPath(zip, sheet);
  let xml = (await zip.file(path)?.async('string')) ?? '';
  for (const [address, cell] of Object.entries(cells)) {
    const existing = new RegExp(`<c r="${address}"(?:[^>]*/>|[^>]*>.*?</c>)`);
    if (existing.test(xml)) {
      xml = xml.replace(existing, cell);
      continue;
    }
    const row = rowOf(address);
    const rowOpen = new RegExp(`<row r="${row}"[^>]*>`);
    if (rowOpen.test(xml)) xml = xml.replace(new RegExp(`(<row r="${row}"[^>]*>.*?)</row>`), `$1${cell}</row>`);
    else
      xml = xml
        .replace('</sheetData>', `<row r="${row}">${cell}</row></sheetData>`)
        .replace('<sheetData/>', `<sheetData><row r="${row}">${cell}</row></sheetData>`);
  }
  zip.file(path, xml);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
