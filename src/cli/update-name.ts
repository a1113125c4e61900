/**
 * The name `tinh-diem cap-nhat` writes: `cum.xlsx` → `cum-cap-nhat.xlsx`, and run on
 * its own output again `cum-cap-nhat-2.xlsx`, then `-3`… The number counts the
 * updates since the first file, so the highest number is the newest workbook, where
 * the units type from then on; the name never grows (`cum-cap-nhat-cap-nhat.xlsx`).
 */
import { basename, dirname, resolve } from 'node:path';

/** `-cap-nhat` or `-cap-nhat-3` ending a name this command made, in any case. */
const UPDATED = /-cap-nhat(?:-(\d{1,6}))?$/i;

export function updatedPath(input: string, outDir: string | null): string {
  const name = basename(input).replace(/\.[^.]+$/, '');
  const made = UPDATED.exec(name);
  const stem = made ? name.slice(0, made.index) : name;
  const generation = made ? Number(made[1] ?? 1) + 1 : 1;
  return resolve(outDir ?? dirname(input), `${stem}-cap-nhat${generation > 1 ? `-${generation}` : ''}.xlsx`);
}

/**
 * The newest file of the chain `path` is in: `path`, or the highest-numbered file after it
 * that `exists` finds. A command run on an older file names it rather than only offering to
 * overwrite the next one, which may hold what the units typed since.
 */
export async function newestOf(path: string, exists: (path: string) => Promise<boolean>): Promise<string> {
  let newest = path;
  for (let next = updatedPath(path, null); await exists(next); next = updatedPath(next, null)) newest = next;
  return newest;
}
