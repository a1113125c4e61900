/**
 * A program run in a process of its own, measured from outside the same way for
 * every contender (the command, LibreOffice): wall time around the process, and its
 * CPU time and peak resident memory from GNU time (`/usr/bin/time`, Debian's package
 * `time`), which takes them from the kernel once the process tree has ended —
 * LibreOffice's launcher and the office process it starts included.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

export interface ProcessRun {
  wallMs: number;
  /** User + system CPU of the process and its waited-for children; null without GNU time. */
  cpuMs: number | null;
  /** Largest resident set of the process or any one child; null without GNU time. */
  peakRssMb: number | null;
}

export const canMeasureMemory = (): boolean => existsSync(GNU_TIME);

/** Runs `command` to its end; throws with the end of its error output when it fails. */
export function runMeasured(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): ProcessRun {
  const dir = mkdtempSync(join(tmpdir(), 'tinh-diem-do-'));
  const report = join(dir, 'time.txt');
  try {
    const timed = canMeasureMemory();
    const [program, argv] = timed ? [GNU_TIME, ['-f', '%U %S %M', '-o', report, command, ...args]] : [command, [...args]];
    const start = performance.now();
    const run = spawnSync(program, argv, { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 64 << 20 });
    const wallMs = performance.now() - start;
    if (run.status !== 0)
      throw new Error(`${command} ${args.join(' ')} dừng với mã ${run.status}: ${(run.stderr ?? '').trim().split('\n').slice(-3).join(' ')}`);
    if (!timed) return { wallMs, cpuMs: null, peakRssMb: null };
    const [user, system, rssKb] = readFileSync(report, 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? [];
    return { wallMs, cpuMs: (user + system) * 1000, peakRssMb: rssKb / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
