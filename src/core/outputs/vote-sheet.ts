/** `Kết quả bỏ phiếu`: the count as a 2D array, written as is by the add-in and the command. */
import { formatPoints } from '../model/numbers';
import { clusterTitle } from './outputs';
import { SheetRows, type OutCell, type OutputSheet } from '../model/output-sheet';
import { SHEET } from '../model/template';
import type { Evaluation } from '../model/evaluation';
import type { VoteOutcome } from '../model/vote-types';
import { voteDay } from '../vote/vote';
import { stillTiedText, thresholdText } from '../vote/vote-text';

export const AWARD_COUNT_HEADER = ['Đơn vị', 'Hạng', 'Tổng điểm', 'Đồng ý', 'Không đồng ý', 'Để trống', 'Tỷ lệ đồng ý (%)', 'Kết quả'] as const;
export const TIE_COUNT_HEADER = ['Đơn vị', 'Số phiếu chọn', 'Hạng sau bỏ phiếu'] as const;
export const INVALID_HEADER = ['Dòng', 'Số phiếu', 'Lý do không hợp lệ'] as const;

/** Ballots issued, returned, valid and invalid, as label / count pairs. */
export function ballotCounts(vote: VoteOutcome): [string, number][] {
  return [
    ['Số phiếu phát ra', vote.issued],
    ['Số phiếu thu về', vote.returned],
    ['Số phiếu hợp lệ', vote.valid],
    ['Số phiếu không hợp lệ', vote.invalid.length],
  ];
}

export function voteSheet(ev: Evaluation, vote: VoteOutcome): OutputSheet {
  const sep = ev.settings.decimalSeparator;
  const vs = vote.settings;
  const sheet = new SheetRows();
  sheet.title(`Kết quả bỏ phiếu bình xét ${clusterTitle(ev)}`);
  if (!vote.counted)
    sheet.text([
      `Chưa kiểm phiếu được: còn lỗi trong trang "${SHEET.ballots}" hoặc "${SHEET.settings}", xem trang "${SHEET.checks}". Thứ hạng và đề nghị chưa theo kết quả bỏ phiếu.`,
    ]);
  const facts: [string, OutCell][] = [
    ['Ngày bỏ phiếu', voteDay(vs)],
    ['Số thành viên Hội đồng', vs.members ?? ''],
    ['Số thành viên có mặt', vs.present ?? ''],
    ...ballotCounts(vote),
    ['Ngưỡng đề nghị', thresholdText(vs, sep)],
  ];
  for (const fact of facts) sheet.rows.push(fact);
  if (vote.awards.length > 0) {
    sheet.blank();
    sheet.title(`Đề nghị ${ev.settings.awardName}`);
    sheet.header(AWARD_COUNT_HEADER);
    for (const a of vote.awards) {
      sheet.rows.push([
        a.unit.unit.shortName,
        a.unit.rank,
        formatPoints(a.unit.total, sep),
        a.agree,
        a.disagree,
        a.blank,
        a.percent,
        a.passed ? 'Đạt' : 'Không đạt',
      ]);
    }
  }
  for (const t of vote.ties) {
    sheet.blank();
    const still = stillTiedText(t);
    sheet.title(
      `Đồng hạng ${t.rank}: ${t.settled ? 'thứ hạng theo số phiếu' : still ? `thứ hạng theo số phiếu; ${still}` : 'số phiếu vẫn bằng nhau, vẫn đồng hạng'}`,
    );
    sheet.header(TIE_COUNT_HEADER);
    for (const v of t.votes) sheet.rows.push([v.unit.unit.shortName, v.votes, v.unit.rank]);
    if (t.blank > 0) sheet.rows.push(['Không chọn', t.blank, '']);
  }
  if (vote.invalid.length > 0) {
    sheet.blank();
    sheet.title('Phiếu không hợp lệ');
    sheet.header(INVALID_HEADER);
    for (const b of vote.invalid) sheet.rows.push([b.row, b.number, b.reason]);
  }
  // Counts sit right, the total and the share (text in the report's decimal mark) left: "1" and "93" side by side read
  // "193". Centred, each column's value stands apart, the facts' values and the tie's votes alike.
  return { ...sheet.done(), centeredColumns: [1, 2, 3, 4, 5, 6] };
}
