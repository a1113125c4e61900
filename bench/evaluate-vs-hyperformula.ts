/**
 * `evaluate` and HyperFormula side by side on the same synthetic clusters, each run
 * in fresh processes: `evaluate` warm (runs after the warm-up in one process), cold
 * (the first run of a fresh process, what every Apps Script execution pays), its
 * peak memory; HyperFormula cold on the clerk's sheet of the same scores
 * (bench/hyperformula-size.ts). The ratio compares the cold runs.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ColdResult, MemoryResult, TimeResult } from './evaluate-size';
import type { HyperFormulaResult } from './hyperformula-size';
import { type Load, withLoad } from './machine';
import { type Spread, spread } from './measure';
import { progress } from './print';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Heap ceiling of the memory run: going past it fails the run, whatever RSS says. */
export const HEAP_CAP_MB = 450;

export interface EvaluateSize {
  units: number;
  criteria: number;
  /** Warm runs in one process, fresh processes for the cold runs and for HyperFormula. */
  runs: { warm: number; cold: number; hyperFormula: number };
}

export interface EvaluateComparison extends TimeResult, MemoryResult {
  units: number;
  criteria: number;
  coldMs: Spread;
  coldCpuMs: Spread;
  /** Absent when the run left HyperFormula out at this size. */
  hyperFormula: { coldMs: Spread; coldCpuMs: Spread; peakRssMb: Spread } | null;
  load: Load;
}

/** Runs a bench script in a fresh Node process and parses the JSON line it prints. */
function child<T>(script: string, nodeFlags: string[], args: (string | number)[]): T {
  const run = spawnSync(process.execPath, [...nodeFlags, '--expose-gc', '--import', 'tsx', script, ...args.map(String)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`${script} ${args.join(' ')} dừng với mã ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as T;
}

export async function compareEvaluate(size: EvaluateSize): Promise<EvaluateComparison> {
  const { units, criteria, runs } = size;
  return withLoad(() => {
    progress(`evaluate ${units} × ${criteria}…`);
    const time = child<TimeResult>('bench/evaluate-size.ts', [], ['time', units, criteria, runs.warm]);
    const memory = child<MemoryResult>('bench/evaluate-size.ts', [`--max-old-space-size=${HEAP_CAP_MB}`], ['memory', units, criteria]);
    // Cold runs of the two interleaved, so that a change of load weighs on both alike.
    const cold: ColdResult[] = [];
    const hf: HyperFormulaResult[] = [];
    for (let i = 0; i < Math.max(runs.cold, runs.hyperFormula); i++) {
      if (i < runs.cold) cold.push(child<ColdResult>('bench/evaluate-size.ts', [], ['cold', units, criteria]));
      if (i < runs.hyperFormula) {
        progress(`HyperFormula ${units} × ${criteria}, lần ${i + 1}/${runs.hyperFormula}…`);
        hf.push(child<HyperFormulaResult>('bench/hyperformula-size.ts', [], [units, criteria]));
      }
    }
    return {
      units,
      criteria,
      ...time,
      ...memory,
      coldMs: spread(cold.map((c) => c.coldMs)),
      coldCpuMs: spread(cold.map((c) => c.coldCpuMs)),
      hyperFormula:
        hf.length === 0
          ? null
          : { coldMs: spread(hf.map((h) => h.coldMs)), coldCpuMs: spread(hf.map((h) => h.coldCpuMs)), peakRssMb: spread(hf.map((h) => h.peakRssMb)) },
    };
  });
}
