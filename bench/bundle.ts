/**
 * The built Apps Script file: its size, and what loading it costs every
 * custom-function call. Builds dist/ (as `npm run build` does), which the call
 * counts then load.
 */
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
  const { code, bytes } = await build();
  let n = 0;
  // A comment unique to each run keeps V8 from reusing an earlier compilation,
  // which Apps Script cannot do across executions either.
  const evaluateMs = await medianMs(runs, () => new vm.Script(`${code}\n// ${n++}`, { filename: 'Code.js' }).runInContext(vm.createContext({})));
  return { bytes, evaluateMs, runs };
}
