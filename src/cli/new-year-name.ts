/**
 * The name `tinh-diem nam-moi` writes: the old year in the name becomes the new one
 * (`cum-thi-dua-08-nam-2021.xlsx` → `cum-thi-dua-08-nam-2022.xlsx`), the endings
 * the other commands add are dropped (`cum-2021-cap-nhat-3.xlsx`,
 * `cum-2021-tong-hop.xlsx` → `cum-2022.xlsx`), and a name without the old year
 * gets `-nam-2022`.
 */
import { basename, dirname, resolve } from 'node:path';

/** Endings of `cap-nhat` (`-cap-nhat`, `-cap-nhat-3`) and of the summary (`-tong-hop`), in any case. */
const MADE = /(?:-cap-nhat(?:-\d{1,6})?|-tong-hop)$/i;

export function newYearPath(input: string, outDir: string | null, from: number, to: number): string {
  let stem = basename(input).replace(/\.[^.]+$/, '');
  while (MADE.test(stem)) stem = stem.replace(MADE, '');
  const at = stem.lastIndexOf(String(from));
  const name = at >= 0 ? `${stem.slice(0, at)}${to}${stem.slice(at + String(from).length)}` : `${stem}-nam-${to}`;
  return resolve(outDir ?? dirname(input), `${name}.xlsx`);
}
