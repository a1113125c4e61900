/**
 * What the cells of a sheet about to be laid out again showed, for the values that
 * move (`cap-nhat`): each cell's format and whether it stored an error value, as the
 * reader recorded them in its one pass over the sheet (read-sheet.ts, `CellFormats`),
 * and the notes on its cells, as plain text.
 */
import { parseA1 } from '../core/model/a1';
import { INDEX_PART, streamXml } from './read-xml';
import { type Package, relationships, relsOf, resolvePart } from './read-package';
import type { CellFormats } from './read-sheet';
import type { MovedCell } from './template-sheet-xml';
import type { InputFormat } from './styles-part';

const COMMENTS = /\/comments$/;

/** The notes of a sheet part by cell reference: the text of each, its runs joined. */
async function notesOf(pkg: Package, sheetPath: string): Promise<Map<string, string>> {
  const notes = new Map<string, string>();
  const rels = await relationships(pkg.zip, relsOf(sheetPath), pkg.fileName);
  const rel = [...rels.values()].find((r) => COMMENTS.test(r.type));
  const path = rel && resolvePart(sheetPath, rel.target);
  if (!path || !pkg.zip.file(path)) return notes;
  let ref: string | null = null;
  let text: string[] = [];
  let inText = false;
  let phonetic = 0;
  await streamXml(
    pkg.zip,
    path,
    {
      open(name, a, selfClosing) {
        if (name === 'comment') [ref, text] = [a.get('ref') ?? null, []];
        // Closed even when self-closing (<rPh/>): counted either way.
        else if (name === 'rPh') phonetic++;
        else if (name === 't' && !selfClosing && phonetic === 0) inText = true;
      },
      close(name) {
        if (name === 't') inText = false;
        else if (name === 'rPh') phonetic--;
        else if (name === 'comment' && ref !== null) notes.set(ref, text.join(''));
      },
      text(chunk) {
        if (inText && ref !== null) text.push(chunk);
      },
    },
    pkg.fileName,
    INDEX_PART,
  );
  return notes;
}

/** What the old cell (0-based) of sheet part `path` showed: its format as `formats` recorded it while the sheet was read, and its note. */
export async function oldCells(
  pkg: Package,
  path: string,
  formats: CellFormats,
  formatOf: (s: number) => InputFormat,
): Promise<(r: number, c: number) => MovedCell | null> {
  const notes = new Map<string, string>();
  for (const [ref, text] of await notesOf(pkg, path)) {
    const at = parseA1(ref);
    if (at) notes.set(`${at.row}:${at.col}`, text);
  }
  return (r, c) => {
    const stored = formats.at(r, c);
    const note = notes.get(`${r}:${c}`) ?? null;
    if (stored === null && note === null) return null;
    const format = stored === null ? null : formatOf(stored.style);
    return { fill: format?.fill ?? null, numFmt: format?.numFmt ?? null, error: stored?.error ?? false, note };
  };
}
