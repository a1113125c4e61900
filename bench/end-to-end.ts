/**
 * The `tinh-diem` command end to end on a synthetic cluster file: the built
 * bundle (dist-cli/) run in a fresh process on an .xlsx of UNITS × CRITERIA,
 * writing the summary and the report, as a user runs it; then `tinh-diem cap-nhat`
 * on the same file, whose peak memory must stay within the main command's. Measures
 * wall time and each process's peak resident memory. The file is written
 * beforehand, in a process of its own, so that its making is not measured.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ProcessRun, runMeasured as runTimed } from './process-run';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../dist-cli/tinh-diem.mjs', import.meta.url));

export interface EndToEndResult {
  units: number;
  criteria: number;
  inputBytes: number;
  exitCode: number | null;
  ms: number;
  /** CPU time of the process (user + system), which a busy machine does not stretch as it does wall time. */
  cpuMs: number;
  peakRssMb: number;
  /** `tinh-diem cap-nhat` on the same file. */
  update: Measured;
}

/** One run of the built command in a fresh process. */
export interface Measured {
  exitCode: number | null;
  ms: number;
  cpuMs: number;
  peakRssMb: number;
}

/**
 * Runs the bundle with the process's own exit hook reporting its peak memory
 * (maxRSS) into a file: nothing but the command runs in that process.
 */
const MEASURED = `
const [bundle, report, ...args] = process.argv.slice(1);
process.argv = [process.argv[0], bundle, ...args];
const { writeFileSync } = await import('node:fs');
const start = performance.now();
process.on('exit', (code) => {
  const cpu = process.cpuUsage();
  writeFileSync(report, JSON.stringify({ code, ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
});
await import(bundle);
`;

/** Runs the built command with `args` in a fresh process in `dir` (any exit status is measured: a refusal costs memory too). */
export async function runMeasured(dir: string, args: string[]): Promise<Measured> {
  const report = join(dir, `do-${args.join('-').replace(/[^a-z0-9-]/gi, '')}.json`);
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', MEASURED, BUNDLE, report, ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`tinh-diem ${args.join(' ')} dừng với mã ${run.status}: ${run.stderr.trim().split('\n').pop()}`);
  const measured = JSON.parse(await readFile(report, 'utf8')) as { code: number; ms: number; cpuMs: number; peakRssMb: number };
  return { exitCode: measured.code, ms: measured.ms, cpuMs: measured.cpuMs, peakRssMb: measured.peakRssMb };
}

/** Builds dist-cli/ once, before anything is measured. */
export function buildCli(): void {
  const built = spawnSync(process.execPath, ['bin/build-cli.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`bin/build-cli.mjs: ${built.stderr.trim()}`);
}

export async function measureEndToEnd(units: number, criteria: number): Promise<EndToEndResult> {
  buildCli();
  const dir = await mkdtemp(join(tmpdir(), 'tinh-diem-bench-'));
  try {
    const input = join(dir, 'cum.xlsx');
    const made = spawnSync(process.execPath, ['--import', 'tsx', 'bench/cluster-file.ts', input, String(units), String(criteria)], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (made.status !== 0) throw new Error(`bench/cluster-file.ts: ${made.stderr.trim().split('\n').pop()}`);
    const main = await runMeasured(dir, [input, '--out', join(dir, 'kq'), '--json']);
    if (main.exitCode !== 0) throw new Error(`tinh-diem ${units} × ${criteria} dừng với mã ${main.exitCode}`);
    const update = await runMeasured(dir, ['cap-nhat', input, '--out', join(dir, 'kq')]);
    const inputBytes = (await readFile(input)).length;
    return { units, criteria, inputBytes, exitCode: main.exitCode, ms: main.ms, cpuMs: main.cpuMs, peakRssMb: main.peakRssMb, update };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A synthetic cluster of `units` × `criteria` with the clerk's formulas (bench/cluster-file.ts) in `dir`; returns its path and size. */
export function makeClusterFile(dir: string, units: number, criteria: number): { path: string; bytes: number } {
  const path = join(dir, `cum-${units}x${criteria}.xlsx`);
  const made = spawnSync(process.execPath, ['--import', 'tsx', 'bench/cluster-file.ts', path, String(units), String(criteria), 'formulas'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (made.status !== 0) throw new Error(`bench/cluster-file.ts: ${made.stderr.trim().split('\n').pop()}`);
  return { path, bytes: statSync(path).size };
}

/**
 * One run of the command on `input`, measured from outside like any other program
 * (process-run.ts: the same measure as LibreOffice's), its files written into a fresh
 * folder removed afterwards.
 */
export function runCommand(input: string): ProcessRun {
  const out = mkdtempSync(join(tmpdir(), 'tinh-diem-kq-'));
  try {
    return runTimed(process.execPath, [BUNDLE, input, '--out', out, '--json'], { cwd: out });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
