/** The report model as a .docx file (Node, `docx` package). */
import type { ReportModel } from '../core/report/model';

export interface RenderDocxOptions {
  /** PNG of the chart of totals, placed where the model has its chart slot; omitted when absent. */
  chartPng?: Uint8Array;
}

export async function renderDocx(model: ReportModel, options: RenderDocxOptions = {}): Promise<Buffer> {
  void model;
  void options;
  throw new Error('Chưa làm xong');
}
