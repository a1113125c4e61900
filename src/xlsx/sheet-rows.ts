/** The rows of a worksheet part scanned for editing, and its stated used range kept true after an edit. */
import { columnLetter } from '../core/model/a1';
import type { EditedPart } from './package-parts';
import { type XmlElement, setAttributes } from './xml-edit';

/** The 1-based row of each `<row>` of a sheet part (rows may leave out `r`, then they follow the one before). */
export function rowNumbers(part: EditedPart, sheetData: XmlElement): { element: XmlElement; r: number }[] {
  let r = 0;
  return part.children(sheetData, 'row').map((element) => {
    const stated = Number(element.attributes.r);
    r = Number.isInteger(stated) && stated >= 1 ? stated : r + 1;
    return { element, r };
  });
}

/** The used range as stated (`<dimension>`), grown to take in column `lastCol` (0-based) and sheet row `lastRow`: Excel reads it as a hint; keep it true. */
export function growDimension(part: EditedPart, lastCol: number, lastRow: number): void {
  const dimension = part.children(part.root, 'dimension')[0];
  const used = dimension && /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(dimension.attributes.ref ?? '');
  if (!dimension || !used) return;
  const [, firstCol, firstRow, statedCol = firstCol, statedRow = firstRow] = used;
  const widest = [statedCol, columnLetter(lastCol)].sort((a, b) => a.length - b.length || a.localeCompare(b))[1];
  part.edits.push(setAttributes(part.xml, dimension, { ref: `${firstCol}${firstRow}:${widest}${Math.max(Number(statedRow), lastRow)}` }));
}
