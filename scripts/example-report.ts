/** The example cluster's report as a .docx (2021 fixture and texts), for looking at the layout by hand. */
import { evaluate } from '../src/core/evaluate';
import { buildReport } from '../src/core/report/build-report';
import { renderDocx } from '../src/docx/render-docx';
import { fixtureGrids, loadFixture } from './example-data';
import { EXAMPLE_NARRATIVES, EXAMPLE_SETTINGS } from './example-texts';

export function exampleReportDocx(): Promise<Buffer> {
  const ev = evaluate(fixtureGrids(loadFixture(), EXAMPLE_SETTINGS, EXAMPLE_NARRATIVES));
  return renderDocx(buildReport(ev, { now: new Date() }));
}
