/**
 * Small inputs that once cost a command memory out of proportion to their size,
 * each run through both commands that read a workbook: `cap-nhat`'s peak must stay
 * within the main command's on the same file. A 12-unit cluster whose `Lý do trừ`
 * holds a 40-million-character text (about 200 KB on disk), and one whose
 * `Bảng điểm` stores a million empty rows (through exceljs, `cap-nhat` peaked at
 * 753–813 MB and 623–680 MB on these, the main command at 351 and 101 MB).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { columnLetter } from '../src/core/model/a1';
import { writeClusterFile } from './cluster-file';
import { buildCli, runMeasured, type Measured } from './end-to-end';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const HOSTILE = { 'long-text': 'Lý do trừ 40 triệu ký tự', 'empty-rows': 'Bảng điểm 1 triệu dòng trống' } as const;
export type HostileKind = keyof typeof HOSTILE;
const UNITS = 12;
const CRITERIA = 10;

export interface HostileResult {
  kind: HostileKind;
  inputBytes: number;
  /** Peak RSS of each run, the two commands taking turns (the peak varies with when the collector runs). */
  computeRuns: number[];
  updateRuns: number[];
  compute: Measured;
  update: Measured;
}

/** Runs of each command per file: their medians are compared. */
const RUNS = 3;
const medianOf = (runs: Measured[]): Measured => [...runs].sort((a, b) => a.peakRssMb - b.peakRssMb)[Math.floor(runs.length / 2)];

/** Writes the cluster with `Bảng điểm` (the fourth sheet the cluster file writes) made hostile. */
export async function writeHostileFile(path: string, kind: HostileKind): Promise<void> {
  await writeClusterFile(path, UNITS, CRITERIA);
  const zip = await JSZip.loadAsync(await readFile(path));
  const part = 'xl/worksheets/sheet4.xml';
  const xml = (await zip.file(part)?.async('string')) ?? '';
  const reason = columnLetter(2 + 2 * CRITERIA + 1);
  const patched =
    kind === 'long-text'
      ? xml.replace(/(<row r="2"[^>]*>.*?)<\/row>/, `$1<c r="${reason}2" t="inlineStr"><is><t>${'lý do '.repeat(40_000_000 / 6)}</t></is></c></row>`)
      : xml.replace('</sheetData>', `${Array.from({ length: 1_000_000 }, (_, i) => `<row r="${UNITS + 2 + i}"/>`).join('')}</sheetData>`);
  zip.file(part, patched);
  await writeFile(path, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** Both commands on one hostile file, each in a fresh process. */
export async function measureHostile(kind: HostileKind): Promise<HostileResult> {
  buildCli();
  const dir = await mkdtemp(join(tmpdir(), 'tinh-diem-bench-'));
  try {
    const input = join(dir, 'cum.xlsx');
    const made = spawnSync(process.execPath, ['--import', 'tsx', 'bench/hostile-files.ts', input, kind], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
    if (made.status !== 0) throw new Error(`bench/hostile-files.ts: ${made.stderr.trim().split('\n').pop()}`);
    const compute: Measured[] = [];
    const update: Measured[] = [];
    for (let i = 0; i < RUNS; i++) {
      compute.push(await runMeasured(dir, [input, '--out', join(dir, `kq${i}`), '--json']));
      update.push(await runMeasured(dir, ['cap-nhat', input, '--out', join(dir, `kq${i}`)]));
    }
    return {
      kind,
      inputBytes: (await readFile(input)).length,
      computeRuns: compute.map((m) => m.peakRssMb),
      updateRuns: update.map((m) => m.peakRssMb),
      compute: medianOf(compute),
      update: medianOf(update),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// node --import tsx bench/hostile-files.ts FILE KIND
if (process.argv[1]?.endsWith('hostile-files.ts')) {
  const [path, kind] = process.argv.slice(2);
  await writeHostileFile(path, kind as HostileKind);
}
