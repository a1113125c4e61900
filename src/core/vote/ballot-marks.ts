/**
 * What a ballot's cell about an award candidate says, read against the marks the
 * cluster accepts (`Cách ghi đồng ý`, `Cách ghi không đồng ý` in `Cấu hình`,
 * by default "đồng ý" and "không đồng ý"). A secret-ballot count does not guess
 * what "x", "1" or a ticked checkbox means: any mark not in the lists is `other`,
 * counted as nothing and named at its cell (ballot-cells.ts) until it is fixed.
 * Two accepted marks in one cell ("đồng ý / không đồng ý") are what the voter
 * wrote: a spoilt ballot (tally.ts).
 */
import { cleanText, nameKey } from '../model/text';
import type { CellValue } from '../model/types';
import type { BallotMarks } from '../model/vote-types';

/** Two answers in one cell: "đồng ý / không đồng ý", "Vĩnh Long, Đồng Tháp". */
export const SEPARATOR = /\s*(?:[,;/+&|]|\svà\s)\s*/;

export type Mark = 'agree' | 'disagree' | 'blank' | 'both' | { other: string };

/** The mark of one cell; only text is a mark (a checkbox, a number, a date is `other`). */
export function readMark(cell: CellValue, marks: BallotMarks): Mark {
  if (cell === '' || cell === null || cell === undefined) return 'blank';
  if (typeof cell !== 'string')
    return { other: typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : cell instanceof Date ? 'ngày tháng' : cleanText(cell) || 'ô không đọc được' };
  const text = cleanText(cell);
  if (text === '') return 'blank';
  const kind = (part: string): 'agree' | 'disagree' | null => {
    const key = nameKey(part);
    if (marks.agree.some((m) => nameKey(m) === key)) return 'agree';
    if (marks.disagree.some((m) => nameKey(m) === key)) return 'disagree';
    return null;
  };
  // The whole cell first: a mark the cluster chose may hold a separator.
  const whole = kind(text);
  if (whole) return whole;
  const parts = text.split(SEPARATOR).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => kind(p) !== null)) return 'both';
  return { other: text };
}

/** The accepted marks as a message quotes them: đồng ý: "đồng ý"; không đồng ý: "không đồng ý". */
export function marksText(marks: BallotMarks): string {
  const quoted = (list: readonly string[]): string => list.map((m) => `"${m}"`).join(', ');
  return `đồng ý: ${quoted(marks.agree)}; không đồng ý: ${quoted(marks.disagree)}`;
}
