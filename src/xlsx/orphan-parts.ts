/**
 * When an output sheet is rebuilt whole, the relationships of its old part go, and
 * with them the reason for the parts only it used (a chart drawn on an old
 * `Tổng hợp`, its comments): those parts are removed with their own relationships
 * and content types, so the package holds only what it uses. A part still reached
 * from the package's root through any other relationship is kept. Before a package
 * is written, every entry no relationship reaches goes too: a foreign file another
 * tool added to the zip (one named with an absolute path, Office's own `[trash]`)
 * is not part of the workbook and is not copied.
 */
import type JSZip from 'jszip';
import { CONTENT_TYPES_PATH, type ContentTypes } from './package-parts';
import { relsOf, resolvePart } from './read-package';
import { scanXml } from './xml-edit';

const ROOT_RELS = '_rels/.rels';

/** "xl/worksheets/_rels/sheet1.xml.rels" → "xl/worksheets/sheet1.xml"; the root's relationships → "". */
const sourceOf = (rels: string): string => rels.replace(/(^|\/)_rels\/([^/]*)\.rels$/, '$1$2');

/** The parts a relationships part names (links out of the package left aside). */
async function targetsOf(zip: JSZip, rels: string): Promise<string[]> {
  const file = zip.file(rels);
  if (!file) return [];
  const source = sourceOf(rels);
  return scanXml(await file.async('string'))
    .filter((e) => e.name === 'Relationship' && e.attributes.Target !== undefined && e.attributes.TargetMode !== 'External')
    .map((e) => resolvePart(source, e.attributes.Target));
}

/** Every part reached from `start` through relationships, skipping the relationships parts in `cut`. */
async function reach(zip: JSZip, start: readonly string[], cut: ReadonlySet<string>): Promise<Map<string, string>> {
  const reached = new Map<string, string>();
  const queue = start.filter((rels) => !cut.has(rels));
  while (queue.length > 0) {
    for (const part of await targetsOf(zip, queue.pop() as string)) {
      const key = part.toLowerCase();
      if (reached.has(key) || !zip.file(part)) continue;
      reached.set(key, part);
      const rels = relsOf(part);
      if (zip.file(rels) && !cut.has(rels)) queue.push(rels);
    }
  }
  return reached;
}

/** Removes every entry of the zip that is not a part reached from the package's root, nor the relationships of one, nor the content types. */
export async function dropUnreached(zip: JSZip, contentTypes: ContentTypes): Promise<void> {
  const reached = await reach(zip, [ROOT_RELS], new Set());
  const kept = new Set([CONTENT_TYPES_PATH, ROOT_RELS].map((p) => p.toLowerCase()));
  for (const [key, part] of reached) kept.add(key).add(relsOf(part).toLowerCase());
  const entries = Object.entries(zip.files);
  for (const [name, entry] of entries) {
    if (entry.dir || kept.has(name.toLowerCase())) continue;
    zip.remove(name);
    contentTypes.drop(name);
  }
  // A folder entry goes when no part kept lies in it (removing a folder removes what is under it).
  for (const [name, entry] of entries) {
    if (entry.dir && ![...kept].some((part) => part.startsWith(name.toLowerCase()))) zip.remove(name);
  }
}

/** Drops the relationships parts `dropped` and every part that only they led to. */
export async function dropWithOrphans(zip: JSZip, dropped: readonly string[], contentTypes: ContentTypes): Promise<void> {
  const cut = new Set(dropped);
  const live = await reach(zip, [ROOT_RELS], cut);
  const orphans = [...(await reach(zip, dropped, new Set())).entries()].filter(([key]) => !live.has(key)).map(([, part]) => part);
  for (const part of orphans) {
    zip.remove(part);
    zip.remove(relsOf(part));
    contentTypes.drop(part);
  }
  for (const rels of dropped) zip.remove(rels);
}
