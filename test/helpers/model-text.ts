/** A document model read back as text, for the tests of the minutes, the letter and the dossier. */
import type { Paragraph, ReportModel, Table } from '../../src/core/documents/model';

export const text = (p: Paragraph): string => p.runs.map((r) => r.text).join('');
export const paragraphs = (m: ReportModel): string[] => m.blocks.filter((b): b is Paragraph => b.kind === 'paragraph').map(text);
export const tables = (m: ReportModel): Table[] => m.blocks.filter((b): b is Table => b.kind === 'table');
/** Each cell's paragraphs, one line each. */
export const cells = (t: Table): string[][] =>
  t.rows.map((row) =>
    row.map((c) =>
      c.blocks
        .map((b) => (b.kind === 'paragraph' ? text(b) : ''))
        .filter(Boolean)
        .join('\n'),
    ),
  );
