/** The example cluster's report as a .docx (examples/cum-thi-dua-08-nam-2021.json), for looking at the layout by hand. */
import { evaluate } from '../src/core/evaluate';
import { buildReport } from '../src/core/documents/build-report';
import { renderDocx } from '../src/docx/render-docx';
import { fixtureGrids, loadFixture } from './example-data';

export function exampleReportDocx(): Promise<Buffer> {
  const ev = evaluate(fixtureGrids(loadFixture()));
  return renderDocx(buildReport(ev));
}
