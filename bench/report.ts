/** The year-end report of a 63-unit cluster: building its model and its .docx. */
import { evaluate } from '../src/core/evaluate';
import { buildReport } from '../src/core/report/build-report';
import { renderDocx } from '../src/docx/render-docx';
import { MB, medianMs } from './measure';
import { syntheticCluster } from './synthetic';

export interface ReportResult {
  units: number;
  criteria: number;
  modelMs: number;
  docxMs: number;
  docxBytes: number;
  /** Heap grown by building the model and the .docx once (no collection in between). */
  heapGrowthMb: number;
}

export async function measureReport(units = 63, criteria = 10, runs = 5): Promise<ReportResult> {
  const ev = evaluate(syntheticCluster({ units, criteria }));
  if (ev.blocked) throw new Error('the synthetic cluster should rank');
  const now = new Date(2022, 0, 5);
  const heapBefore = process.memoryUsage().heapUsed;
  const model = buildReport(ev, { now });
  const docx = await renderDocx(model);
  const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / MB;
  return {
    units,
    criteria,
    modelMs: await medianMs(runs, () => buildReport(ev, { now })),
    docxMs: await medianMs(runs, () => renderDocx(model)),
    docxBytes: docx.length,
    heapGrowthMb,
  };
}
