/**
 * The report as plain text, the yardstick both renderers are tested against: one
 * line per non-empty paragraph; a table row is its cells joined by tabs, a cell its
 * paragraphs joined by newlines. Rules and the chart carry no text.
 */
import type { ReportModel } from './model';

export function reportPlainText(model: ReportModel): string {
  void model;
  return '';
}
