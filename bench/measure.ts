/** Timing and memory helpers of the benchmarks. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall time in milliseconds of `runs` calls, after one warm-up call; `prepare` runs untimed before each. */
export async function medianMs(runs: number, work: () => unknown, prepare: () => void = () => {}): Promise<number> {
  prepare();
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    prepare();
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

export const MB = 1024 * 1024;

/** Forces a full collection when node runs with --expose-gc (the benchmark's children do). */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
