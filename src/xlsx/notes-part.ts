/**
 * Notes on the cells of a sheet we write (a column's help on its header, a note the
 * user left on a moved value), as Excel stores them: a comments part with the text
 * and a VML drawing with a hidden box per note (without it Excel shows no note),
 * both related from the sheet. Notes are written as plain text.
 */
import type JSZip from 'jszip';
import { parseA1 } from '../core/model/a1';
import { NS, XML_DECLARATION } from '../ooxml/xml';
import { officeRel, relationshipsXml } from '../ooxml/package';
import { type ContentTypes, relativeTarget } from './package-parts';
import { relsOf } from './read-package';
import type { CellNote } from './template-sheet-xml';
import { escapeCellText } from './xml-edit';

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
/** The author Excel shows above each note. */
const AUTHOR = 'Tính điểm thi đua';
/** The relationship id the sheet's `<legacyDrawing>` names; the sheet's relationships part is new, so it is free. */
export const NOTES_DRAWING_ID = 'rIdNotes';

/** A part name no entry of the zip has (part names compare without case). */
function freeName(zip: JSZip, make: (n: number) => string): string {
  const taken = new Set(Object.keys(zip.files).map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) if (!taken.has(make(n).toLowerCase())) return make(n);
}

function commentsXml(notes: readonly CellNote[]): string {
  const list = notes.map((n) => `<comment ref="${n.ref}" authorId="0"><text><r><t xml:space="preserve">${escapeCellText(n.text)}</t></r></text></comment>`);
  return `${XML_DECLARATION}<comments xmlns="${NS.x}"><authors><author>${escapeCellText(AUTHOR)}</author></authors><commentList>${list.join('')}</commentList></comments>`;
}

/** The hidden box of each note, anchored beside its cell (columns and rows 0-based). */
function vmlXml(notes: readonly CellNote[], block: number): string {
  const shapes = notes.map((n, i) => {
    const at = parseA1(n.ref) ?? { row: 0, col: 0 };
    return (
      `<v:shape id="_x0000_s${block * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:80pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${at.col + 1}, 15, ${at.row}, 2, ${at.col + 4}, 15, ${at.row + 5}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${at.row}</x:Row><x:Column>${at.col}</x:Column></x:ClientData></v:shape>`
    );
  });
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes.join('')}</xml>`
  );
}

/**
 * Writes the notes of the sheet part `sheetPath` (whose `<legacyDrawing>` names
 * `NOTES_DRAWING_ID`) and the sheet's relationships to them. `block` numbers the
 * drawing's shapes apart from other sheets' (1024 each).
 */
export function addNotes(zip: JSZip, contentTypes: ContentTypes, sheetPath: string, notes: readonly CellNote[], block: number): void {
  if (notes.length === 0) return;
  const comments = freeName(zip, (n) => `xl/comments${n}.xml`);
  zip.file(comments, commentsXml(notes));
  const vml = freeName(zip, (n) => `xl/drawings/vmlDrawing${n}.vml`);
  zip.file(vml, vmlXml(notes, block));
  contentTypes.declare(comments, COMMENTS_TYPE);
  contentTypes.declare(vml, VML_TYPE);
  zip.file(
    relsOf(sheetPath),
    relationshipsXml([
      { id: NOTES_DRAWING_ID, type: officeRel('vmlDrawing'), target: relativeTarget(sheetPath, vml) },
      { id: 'rIdComments', type: officeRel('comments'), target: relativeTarget(sheetPath, comments) },
    ]),
  );
}
