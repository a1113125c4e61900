/**
 * The report as plain text, the yardstick both renderers are tested against: one
 * line per non-empty paragraph; a table row is its cells joined by tabs, a cell its
 * non-empty paragraphs joined by newlines. Rules and the chart carry no text.
 */
import type { Block, CellBlock, ReportModel } from './model';

function blockText(block: Block | CellBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.runs.map((r) => r.text).join('');
    case 'table':
      return block.rows.map((row) => row.map((cell) => cell.blocks.map(blockText).filter(Boolean).join('\n')).join('\t')).join('\n');
    default:
      return '';
  }
}

export function reportPlainText(model: ReportModel): string {
  return model.blocks.map(blockText).filter(Boolean).join('\n');
}
