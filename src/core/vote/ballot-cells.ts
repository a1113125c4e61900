/**
 * Cells of `Phiếu bầu` that do not hold what the secretary typed from a paper
 * ballot: a value the file could not give as typed (`UnreadCell`: a formula saved
 * without its result, a stored value that is not what its type says), an error
 * value, a date (Sheets turns some typed text into one), or a checkbox where a
 * unit's name belongs. Read as they are, they would count as a blank answer or a
 * spoilt ballot.
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

const TYPE: Record<'number' | 'award' | 'tie', string> = {
  number: 'Hãy gõ số in trên phiếu, ví dụ 5.',
  award: 'Hãy gõ ý kiến ghi trên phiếu: "đồng ý" hoặc "không đồng ý", hoặc để trống nếu phiếu không ghi.',
  tie: 'Hãy gõ tên đơn vị mà phiếu chọn (một trong các đơn vị ở tiêu đề cột), hoặc để trống nếu phiếu không chọn.',
};
const WAITS = 'Chưa kiểm phiếu, chưa lập biên bản và tờ trình cho đến khi sửa ô này, vì không biết phiếu ghi gì ở đây.';

/** Why `value` is not an answer typed from a ballot, or null when it reads as one. */
function notTyped(value: CellValue, question: 'number' | 'award' | 'tie', where: string): { code: string; message: string } | null {
  if (value === '' || typeof value === 'number' || value instanceof UnreadCell) return null;
  // A checkbox answers "đồng ý" / "không đồng ý" (see tally.ts); a ballot number is checked as a number there.
  if (typeof value === 'boolean' && question !== 'tie') return null;
  const parsed = parseNumber(value);
  if (parsed.kind !== 'error') return null;
  if (parsed.reason === 'errorValue') return { code: CODE.errorValue, message: `Ô ${where} đang báo lỗi ${parsed.shown}, không phải điều ghi trên phiếu.` };
  if (parsed.reason === 'date') return { code: CODE.dateValue, message: `Ô ${where} chứa ngày tháng (${parsed.shown}), không phải điều ghi trên phiếu.` };
  if (parsed.reason === 'boolean') return { code: CODE.notANumber, message: `Ô ${where} là ô đánh dấu (${parsed.shown}), không phải tên một đơn vị.` };
  return null;
}

/** Names each such cell of a question column (the user's own columns are not read by the count). */
export function reportUnreadBallots(grid: Grid, issues: IssueList): void {
  const sheet = SHEET.ballots;
  const questions = (grid[0] ?? []).map(questionOf);
  for (let r = HEADER_ROWS; r < grid.length; r++) {
    grid[r].forEach((value, c) => {
      const question = questions[c];
      if (!question || question === 'stamp') return;
      const cell = a1(r, c);
      const advice = `${TYPE[question]} ${WAITS}`;
      if (value instanceof UnreadCell) return issues.unread(sheet, cell, value, advice);
      const found = notTyped(value, question, cellRef(sheet, cell));
      if (found) issues.unreadValue(found.code, sheet, cell, `${found.message} ${advice}`);
    });
  }
}
