/**
 * The .docx of one large report, measured in a process of its own:
 *   node --expose-gc --import tsx bench/report-docx.ts UNITS CRITERIA
 * builds the report model of a synthetic cluster (untimed), then renders it once:
 * wall and CPU time of the rendering, resident memory before it and the process's
 * peak, the file's size and that of word/document.xml. Prints one JSON line.
 */
import JSZip from 'jszip';
import { evaluate } from '../src/core/evaluate';
import { buildReport } from '../src/core/documents/build-report';
import { renderDocx } from '../src/docx/render-docx';
import { MB, collect } from './measure';
import { syntheticCluster } from './synthetic';

export interface ReportDocxResult {
  units: number;
  criteria: number;
  ms: number;
  cpuMs: number;
  /** Resident memory with the model built, before rendering. */
  rssBeforeMb: number;
  /** Largest resident memory of the process, reached while rendering. */
  peakRssMb: number;
  docxBytes: number;
  documentXmlBytes: number;
}

const [units, criteria] = process.argv.slice(2).map(Number);
const ev = evaluate(syntheticCluster({ units, criteria }));
if (ev.blocked) throw new Error('the synthetic cluster should rank');
const model = buildReport(ev);
collect();
const rssBeforeMb = process.memoryUsage().rss / MB;
const cpu = process.cpuUsage();
const start = performance.now();
const docx = await renderDocx(model);
const ms = performance.now() - start;
const used = process.cpuUsage(cpu);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const documentXml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('uint8array');
const result: ReportDocxResult = {
  units,
  criteria,
  ms,
  cpuMs: (used.user + used.system) / 1000,
  rssBeforeMb,
  peakRssMb,
  docxBytes: docx.length,
  documentXmlBytes: documentXml?.length ?? 0,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
