/** A large cluster: the report stays quick to build and leaves out a chart nobody could read. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { buildReport } from '../../src/core/documents/build-report';
import { CHART_MAX_UNITS } from '../../src/core/outputs/summary-chart';
import { reportPlainText } from '../../src/core/documents/plain-text';
import { renderDocx } from '../../src/docx/render-docx';
import { syntheticCluster } from '../../bench/synthetic';
import { docxParts, docxPlainText } from './docx-xml';

describe('the report of a large cluster', () => {
  it('has every unit in its table, no chart, and renders to .docx in seconds', async () => {
    const ev = evaluate(syntheticCluster({ units: 120, criteria: 10 }));
    expect(ev.blocked).toBe(false);
    const started = Date.now();
    const model = buildReport(ev);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(model.blocks.some((b) => b.kind === 'chart')).toBe(false);
    const table = model.blocks.find((b) => b.kind === 'table' && b.style === 'grid');
    expect(table?.kind === 'table' && table.rows.length).toBe(121);
    const parts = await docxParts(await renderDocx(model));
    expect(Object.keys(parts).some((k) => k.startsWith('word/charts/'))).toBe(false);
    expect(docxPlainText(parts['word/document.xml'])).toBe(reportPlainText(model));
  });

  it('draws the chart up to the limit', () => {
    const ev = evaluate(syntheticCluster({ units: CHART_MAX_UNITS, criteria: 3 }));
    const chart = buildReport(ev).blocks.find((b) => b.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.bars.length).toBe(CHART_MAX_UNITS);
  });
});
