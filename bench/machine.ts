/**
 * The machine beside each figure: its load average (runnable tasks over the last
 * minute) when a measurement starts and when it ends. A wall time taken while the
 * load exceeds the cores is stretched by other work; CPU time is not.
 */
import { cpus, loadavg } from 'node:os';

export const CPUS = cpus().length;

export interface Load {
  start: number;
  end: number;
}

export async function withLoad<T>(work: () => T | Promise<T>): Promise<T & { load: Load }> {
  const start = loadavg()[0];
  const result = await work();
  return { ...result, load: { start, end: loadavg()[0] } };
}

/** More runnable work than cores at either end: wall times are not the program's alone. */
export const busy = (load: Load): boolean => Math.max(load.start, load.end) > CPUS;
