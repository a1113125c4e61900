/**
 * "Tạo báo cáo": ranks as "Tính điểm" does, then writes the report into a NEW
 * Google Doc (an earlier document is never opened, changed or deleted) and puts
 * its link into `Tổng hợp` and `Lịch sử`.
 */
import { formatDateTime } from '../core/model/dates';
import { buildReport } from '../core/documents/build-report';
import { SHEET } from '../core/model/template';
import { appendHistory } from './history';
import { evaluateInputs, readInputs } from './inputs';
import type { Outcome } from './outcome';
import { refusalMessage } from './refusal';
import { countFailed } from '../core/vote/vote';
import { renderGoogleDoc } from './report-doc';
import { writeReportLink, writeSummary } from './summary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** The chart's picture for the document; the report is still made without it if Google cannot draw it. */
export function chartImage(chart: EmbeddedChart | null): GoogleAppsScript.Base.Blob | null {
  if (!chart) return null;
  try {
    // The chart is drawn from the sheet as Google stores it: the batched writes must land first.
    SpreadsheetApp.flush();
    return chart.getAs('image/png');
  } catch {
    return null;
  }
}

export function runReport(ss: Spreadsheet): Outcome {
  const inputs = readInputs(ss);
  const ev = evaluateInputs(inputs);
  if (ev.blocked || countFailed(ev)) return { ev, action: 'report', message: refusalMessage(ev), refused: true, reportUrl: '' };
  const now = new Date();
  const summary = writeSummary(ss, ev);
  const model = buildReport(ev);
  // The time in the title tells documents made on the same day apart in Drive.
  const doc = renderGoogleDoc(model, { title: `${model.title} (${formatDateTime(now)})`, chart: chartImage(summary.chart) });
  writeReportLink(summary, ev, doc.url);
  appendHistory(ss, ev, inputs.grids, doc.url);
  return {
    ev,
    action: 'report',
    message: `Đã tạo báo cáo mới và ghi đường dẫn vào trang "${SHEET.summary}" và "${SHEET.history}": ${doc.url}`,
    refused: false,
    reportUrl: doc.url,
  };
}
