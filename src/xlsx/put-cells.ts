/**
 * Values put into given cells of a worksheet part that is otherwise kept byte for byte:
 * a cell there is replaced (keeping its style), a missing one is added in its place in
 * the row (with the style given), a missing row in its place among the rows. Used for the
 * few cells a recorded submission writes into the user's sheets (record-package.ts).
 */
import { columnLetter, parseA1 } from '../core/model/a1';
import type { CellValue } from '../core/model/types';
import { EditedPart } from './package-parts';
import { growDimension, rowNumbers } from './sheet-rows';
import { cellXml } from './template-sheet-xml';
import { type Edit, appendInside, applyEdits, childrenOf, prefixed, scanXml } from './xml-edit';

export interface CellPut {
  /** 1-based sheet row and 0-based column. */
  row: number;
  col: number;
  value: CellValue;
  /** The style of a cell made new (a cell there keeps its own). */
  style: number;
}

/** The markup of a cell: the value, or an empty cell keeping its style. */
function markup(put: CellPut, style: number, date1904: boolean): string {
  const ref = `${columnLetter(put.col)}${put.row}`;
  const xml = cellXml(ref, put.value, style, false, date1904);
  return xml.length > 0 ? xml.join('') : `<c r="${ref}" s="${style}"/>`;
}

/** A `<row>` element's text with `puts` (one row's, by column) in it. */
function rowWith(rowXml: string, puts: readonly CellPut[], prefix: string, date1904: boolean): string {
  const elements = scanXml(rowXml, 1);
  const row = elements[0];
  let col = -1;
  const cells = childrenOf(elements, row, 'c').map((element) => {
    const at = element.attributes.r ? parseA1(element.attributes.r) : null;
    col = at ? at.col : col + 1;
    return { element, col };
  });
  const edits: Edit[] = [];
  const atEnd: string[] = [];
  let added = false;
  for (const put of [...puts].sort((a, b) => a.col - b.col)) {
    const same = cells.find((c) => c.col === put.col);
    if (same) {
      const style = Number(same.element.attributes.s ?? 0);
      edits.push({ from: same.element.start, to: same.element.end, text: prefixed(markup(put, style, date1904), prefix) });
      continue;
    }
    added = true;
    const text = prefixed(markup(put, put.style, date1904), prefix);
    const next = cells.find((c) => c.col > put.col);
    if (next) edits.push({ from: next.element.start, to: next.element.start, text });
    else atEnd.push(text);
  }
  if (atEnd.length > 0) edits.push(...appendInside(rowXml, row, atEnd.join('')));
  // `spans` only hints at the columns a row uses: a row given a cell outside it drops the hint rather than state it wrong.
  const edited = applyEdits(rowXml, edits);
  return added ? edited.replace(/^(<[^>]*?)\s+spans\s*=\s*("[^"]*"|'[^']*')/, '$1') : edited;
}

/** `xml` (a worksheet part) with `puts` written; throws on a part without `sheetData` (the caller names the file). */
export function putCells(xml: string, puts: readonly CellPut[], date1904: boolean): string {
  if (puts.length === 0) return xml;
  const part = new EditedPart(xml, 2);
  const sheetData = part.children(part.root, 'sheetData')[0];
  if (!sheetData) throw new Error('worksheet without sheetData');
  const rows = rowNumbers(part, sheetData);
  const byRow = new Map<number, CellPut[]>();
  for (const put of puts) byRow.set(put.row, [...(byRow.get(put.row) ?? []), put]);
  for (const [r, cells] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const found = rows.find((x) => x.r === r);
    if (found) {
      const { start, end } = found.element;
      part.edits.push({ from: start, to: end, text: rowWith(xml.slice(start, end), cells, sheetData.prefix, date1904) });
      continue;
    }
    const sorted = [...cells].sort((a, b) => a.col - b.col);
    const block = prefixed(`<row r="${r}">${sorted.map((p) => markup(p, p.style, date1904)).join('')}</row>`, sheetData.prefix);
    const after = rows.find((x) => x.r > r);
    if (after) part.edits.push({ from: after.element.start, to: after.element.start, text: block });
    else part.edits.push(...appendInside(part.xml, sheetData, block));
  }
  growDimension(part, Math.max(...puts.map((p) => p.col)), Math.max(...puts.map((p) => p.row)));
  return part.result();
}
