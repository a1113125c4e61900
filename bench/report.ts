/** The year-end report of a 63-unit cluster: building its model and its .docx. */
import { evaluate } from '../src/core/evaluate';
import { buildReport } from '../src/core/report/build-report';
import { renderDocx } from '../src/docx/render-docx';
import { MB, collect, medianMs } from './measure';
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
  const now = new Date(2022, 0, 5);
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const model = buildReport(ev, { now });
  const docx = await renderDocx(model);
  collect();
  const heapHeldMb = (process.memoryUsage().heapUsed - heapBefore) / MB;
  return {
    units,
    criteria,
    modelMs: await medianMs(runs, () => buildReport(ev, { now })),
    docxMs: await medianMs(runs, () => renderDocx(model)),
    docxBytes: docx.length,
    heapHeldMb,
  };
}
