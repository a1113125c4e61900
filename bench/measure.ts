/** Timing and memory helpers of the benchmarks, and how a set of runs is summed up. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A figure over repeated runs: the median, and the spread as the lowest and highest run. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

/** Runs before the timed ones: enough for V8 to optimise the hot code (one is not). */
export const WARM_UP_RUNS = 3;

/** Wall times in milliseconds of `runs` calls, after `warmUp` untimed calls; `prepare` runs untimed before each. */
export async function timedRuns(runs: number, work: () => unknown, prepare: () => void = () => {}, warmUp = WARM_UP_RUNS): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) {
    prepare();
    await work();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    prepare();
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times;
}

/** Median wall time in milliseconds of `runs` calls after the warm-up. */
export async function medianMs(runs: number, work: () => unknown, prepare: () => void = () => {}): Promise<number> {
  return median(await timedRuns(runs, work, prepare));
}

export const MB = 1024 * 1024;

/** Forces a full collection when node runs with --expose-gc (the benchmark's children do). */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
