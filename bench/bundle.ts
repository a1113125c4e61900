/** The built Apps Script file: its size, and what loading it costs every custom-function call. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from '../scripts/build';
import { medianMs } from './measure';

export interface BundleResult {
  bytes: number;
  /** Median time to compile and run the file in a fresh vm context. */
  evaluateMs: number;
  runs: number;
}

export async function measureBundle(runs = 30): Promise<BundleResult> {
  const dir = await mkdtemp(join(tmpdir(), 'tinh-diem-bench-'));
  try {
    const { code, bytes } = await build(`${dir}/`);
    let n = 0;
    // A comment unique to each run keeps V8 from reusing an earlier compilation,
    // which Apps Script cannot do across executions either.
    const evaluateMs = await medianMs(runs, () => new vm.Script(`${code}\n// ${n++}`, { filename: 'Code.js' }).runInContext(vm.createContext({})));
    return { bytes, evaluateMs, runs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
