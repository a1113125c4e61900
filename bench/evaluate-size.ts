/**
 * One cluster size, measured in a process of its own:
 *   node --expose-gc --import tsx bench/evaluate-size.ts time UNITS CRITERIA RUNS
 *     times of `evaluate` over RUNS runs after the warm-up runs (measure.ts)
 *   node --expose-gc --max-old-space-size=… --import tsx bench/evaluate-size.ts memory UNITS CRITERIA
 *     one `evaluate` in a fresh process: its peak resident memory is this run's
 *   node --expose-gc --import tsx bench/evaluate-size.ts cold UNITS CRITERIA
 *     the first `evaluate` of a fresh process, before the JIT has seen the code:
 *     what every Apps Script execution pays, as each starts a new runtime
 * Prints one JSON line.
 */
import { evaluate } from '../src/core/evaluate';
import { MB, type Spread, WARM_UP_RUNS, collect, spread, timedRuns } from './measure';
import { syntheticCluster } from './synthetic';

export interface TimeResult {
  warmMs: Spread;
  /** CPU time of the process per run, for runs on a busy machine. */
  warmCpuMs: Spread;
  issues: number;
  ranked: number;
}

export interface ColdResult {
  /** Wall time of the process's first `evaluate` (input grids built beforehand, untimed). */
  coldMs: number;
  /** CPU time of the process during it (garbage-collector threads included), for a busy machine. */
  coldCpuMs: number;
}

export interface MemoryResult {
  /** Resident memory with the input grids built, before evaluating. */
  rssBeforeMb: number;
  /** Largest resident memory of the process, reached while evaluating. */
  peakRssMb: number;
  heapBeforeMb: number;
  /** Heap right after evaluating (result and not yet collected garbage). */
  heapAfterMb: number;
}

const [mode, units, criteria, runs] = [process.argv[2], ...process.argv.slice(3).map(Number)];
const grids = syntheticCluster({ units, criteria });

if (mode === 'time') {
  const cpu: number[] = [];
  let issues = 0;
  let ranked = 0;
  // Each run starts from a collected heap, as a fresh Apps Script execution does: it
  // pays for its own garbage, not for the previous run's. Only counts outlive a run.
  const times = await timedRuns(
    runs,
    () => {
      const start = process.cpuUsage();
      const ev = evaluate(grids);
      const used = process.cpuUsage(start);
      cpu.push((used.user + used.system) / 1000);
      issues = ev.issues.length;
      ranked = ev.ranking.length;
    },
    collect,
  );
  // The first entries are the warm-up runs.
  const result: TimeResult = { warmMs: spread(times), warmCpuMs: spread(cpu.slice(WARM_UP_RUNS)), issues, ranked };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else if (mode === 'cold') {
  collect();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const ev = evaluate(grids);
  const used = process.cpuUsage(cpu);
  const result: ColdResult = { coldMs: performance.now() - start, coldCpuMs: (used.user + used.system) / 1000 };
  if (ev.ranking.length !== units) throw new Error(`ranked ${ev.ranking.length} of ${units} units`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  collect();
  const before = process.memoryUsage();
  const ev = evaluate(grids);
  const after = process.memoryUsage();
  if (ev.ranking.length !== units) throw new Error(`ranked ${ev.ranking.length} of ${units} units`);
  const result: MemoryResult = {
    rssBeforeMb: before.rss / MB,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapBeforeMb: before.heapUsed / MB,
    heapAfterMb: after.heapUsed / MB,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
