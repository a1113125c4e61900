/**
 * The year-end report: building the model and the .docx of a 63-unit cluster in this
 * process, and the .docx of large clusters each in a fresh process (bench/report-docx.ts).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../src/core/evaluate';
import { buildReport } from '../src/core/documents/build-report';
import { renderDocx } from '../src/docx/render-docx';
import { MB, collect, medianMs } from './measure';
import type { ReportDocxResult } from './report-docx';
import { syntheticCluster } from './synthetic';

export interface ReportResult {
  units: number;
  criteria: number;
  modelMs: number;
  docxMs: number;
  docxBytes: number;
  /** Heap the model and the .docx hold once built (collected before and after; needs --expose-gc). */
  heapHeldMb: number;
}

export async function measureReport(units = 63, criteria = 10, runs = 5): Promise<ReportResult> {
  const ev = evaluate(syntheticCluster({ units, criteria }));
  if (ev.blocked) throw new Error('the synthetic cluster should rank');
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const model = buildReport(ev);
  const docx = await renderDocx(model);
  collect();
  const heapHeldMb = (process.memoryUsage().heapUsed - heapBefore) / MB;
  return {
    units,
    criteria,
    modelMs: await medianMs(runs, () => buildReport(ev)),
    docxMs: await medianMs(runs, () => renderDocx(model)),
    docxBytes: docx.length,
    heapHeldMb,
  };
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The .docx of a UNITS × CRITERIA report rendered once in a fresh process: time, CPU, peak memory, sizes. */
export function measureReportDocx(units: number, criteria: number): ReportDocxResult {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/report-docx.ts', String(units), String(criteria)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0)
    throw new Error(`bench/report-docx.ts ${units} ${criteria} dừng với mã ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as ReportDocxResult;
}
