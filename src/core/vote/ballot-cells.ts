/**
 * Cells of `Phiếu bầu` that do not hold what the secretary typed from a paper
 * ballot: a value the file could not give as typed (`UnreadCell`: a formula saved
 * without its result, a stored value that is not what its type says), an error
 * value, a date (Sheets turns some typed text into one), a checkbox where a
 * unit's name belongs, or an answer about a candidate that is none of the marks
 * the cluster accepts (`x`, `1`, a ticked box: ballot-marks.ts). Read as they are,
 * they would count as a blank answer, a spoilt ballot, or a guess.
 *
 * Each is an error, so the whole count waits (`VoteOutcome.counted` is false: no
 * ranking after the vote, no minutes, no letter) rather than only that ballot being
 * set aside: nobody knows what the paper says there, and counting the ballot as
 * blank or as spoilt can move an award across its threshold (9 or 10 of 12 at 80 %)
 * and would put into the minutes a spoilt ballot the council never cast. The
 * ranking by the scores is still written, since the scores themselves are sound.
 */
import { a1, cellRef } from '../model/a1';
import { CODE, type IssueList } from '../model/issues';
import { parseNumber } from '../model/numbers';
import { HEADER_ROWS, SHEET } from '../model/template';
import type { CellValue, Grid } from '../model/types';
import { UnreadCell } from '../model/unread-cell';
import { questionOf } from './ballot-sheet';
import { marksText, readMark } from './ballot-marks';
import type { BallotMarks } from '../model/vote-types';

const TYPE: Record<'number' | 'round' | 'tie', string> = {
  number: 'Hãy gõ số in trên phiếu, ví dụ 5.',
  round: 'Hãy gõ số vòng bỏ phiếu: 1 hoặc 2 (để trống là vòng 1).',
  tie: 'Hãy gõ tên đơn vị mà phiếu chọn (một trong các đơn vị ở tiêu đề cột), hoặc để trống nếu phiếu không chọn.',
};
const WAITS = 'Chưa kiểm phiếu, chưa lập biên bản và tờ trình cho đến khi sửa ô này, vì không biết phiếu ghi gì ở đây.';

/** Why `value` is not an answer typed from a ballot, or null when it reads as one. */
function notTyped(value: CellValue, question: 'number' | 'round' | 'award' | 'tie', where: string): { code: string; message: string } | null {
  if (value === '' || typeof value === 'number' || value instanceof UnreadCell) return null;
  // A checkbox about a candidate is a mark the cluster did not list (below); a ballot or round number is checked as a number by the count.
  if (typeof value === 'boolean' && question !== 'tie') return null;
  const parsed = parseNumber(value);
  if (parsed.kind !== 'error') return null;
  if (parsed.reason === 'errorValue') return { code: CODE.errorValue, message: `Ô ${where} đang báo lỗi ${parsed.shown}, không phải điều ghi trên phiếu.` };
  if (parsed.reason === 'date') return { code: CODE.dateValue, message: `Ô ${where} chứa ngày tháng (${parsed.shown}), không phải điều ghi trên phiếu.` };
  if (parsed.reason === 'boolean') return { code: CODE.notANumber, message: `Ô ${where} là ô đánh dấu (${parsed.shown}), không phải tên một đơn vị.` };
  return null;
}

/** What to type about a candidate: the accepted marks ("đồng ý" hoặc "không đồng ý" by default). */
const awardAdvice = (marks: BallotMarks): string =>
  `Hãy gõ ý kiến ghi trên phiếu: ${[...marks.agree, ...marks.disagree].map((m) => `"${m}"`).join(' hoặc ')}, hoặc để trống nếu phiếu không ghi.`;

/** An answer about a candidate that is none of the accepted marks, or null. */
function notAMark(value: CellValue, marks: BallotMarks, where: string): string | null {
  const mark = readMark(value, marks);
  if (typeof mark !== 'object') return null;
  return `Ô ${where} ghi "${mark.other}", không phải một cách ghi ý kiến trong trang "${SHEET.settings}" (${marksText(marks)}), nên chưa được tính là ý kiến nào. Nếu quy chế của cụm công nhận cách ghi này, hãy thêm nó vào mục "Cách ghi đồng ý" hoặc "Cách ghi không đồng ý"; nếu không, hãy gõ lại đúng ý kiến ghi trên phiếu.`;
}

/** Names each such cell of a question column (the user's own columns are not read by the count). */
export function reportUnreadBallots(grid: Grid, marks: BallotMarks, issues: IssueList): void {
  const sheet = SHEET.ballots;
  const questions = (grid[0] ?? []).map(questionOf);
  for (let r = HEADER_ROWS; r < grid.length; r++) {
    grid[r].forEach((value, c) => {
      const question = questions[c];
      if (!question || question === 'stamp') return;
      const cell = a1(r, c);
      const advice = `${question === 'award' ? awardAdvice(marks) : TYPE[question]} ${WAITS}`;
      if (value instanceof UnreadCell) return issues.unread(sheet, cell, value, advice);
      const found = notTyped(value, question, cellRef(sheet, cell));
      if (found) return issues.unreadValue(found.code, sheet, cell, `${found.message} ${advice}`);
      const other = question === 'award' ? notAMark(value, marks, cellRef(sheet, cell)) : null;
      if (other) issues.unreadValue(CODE.ballotMark, sheet, cell, `${other} ${WAITS}`);
    });
  }
}
