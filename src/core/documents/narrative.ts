/**
 * Free text typed in the spreadsheet → report paragraphs. One line is one paragraph;
 * a numbered line ending with ":" ("1. Ưu điểm:", "1.1. …:") is a sub-heading.
 * In a criterion's narrative, the lines after a line "Kết quả thực hiện:" are extra
 * result lines the scores cannot compute (e.g. national rankings); the report puts
 * them after the computed ones.
 */
import { nameKey, withoutBullet } from '../model/text';
import { paragraph } from './layout';
import type { Paragraph } from './model';

export const RESULTS_LABEL = 'Kết quả thực hiện:';

/** "1. …:" or "1.1. …:" / "1.1 …:"; numbers of one or two digits, so "2021 là …:" stays a paragraph. */
const SUBHEADING = /^\d{1,2}(?:(\.\d{1,2})+\.?|\.)\s.{1,250}:$/;

export function textParagraphs(text: string): Paragraph[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const m = SUBHEADING.exec(line);
      if (!m) return paragraph('body', line);
      return paragraph(m[1] ? 'subpart' : 'part', line);
    });
}

/** "- x" for each extra result line, whatever dash the user typed. */
function asResultLine(line: string): string {
  return `- ${withoutBullet(line)}`;
}

export function splitNarrative(narrative: string): { paragraphs: Paragraph[]; extraResults: string[] } {
  const lines = narrative.split('\n');
  const at = lines.findIndex((l) => nameKey(l).replace(/:$/, '') === nameKey(RESULTS_LABEL).replace(/:$/, ''));
  if (at < 0) return { paragraphs: textParagraphs(narrative), extraResults: [] };
  return {
    paragraphs: textParagraphs(lines.slice(0, at).join('\n')),
    extraResults: lines
      .slice(at + 1)
      .filter((l) => l !== '')
      .map(asResultLine),
  };
}
