/** The year-end report (báo cáo tổng kết) as a document model, from an evaluation and the secretariat's texts. */
import type { Evaluation } from '../types';
import type { ReportModel } from './model';
import { PAGE } from './layout';

export interface BuildReportOptions {
  /** Date of the run: the report's date when `Cấu hình` leaves `Ngày báo cáo` blank. */
  now: Date;
}

export function buildReport(ev: Evaluation, options: BuildReportOptions): ReportModel {
  void options;
  return { title: `Báo cáo tổng kết thi đua ${ev.settings.clusterName}`, page: PAGE, blocks: [] };
}
