/** `Kết quả bỏ phiếu`: the count as a 2D array, written as is by the add-in and the command. */
import { formatPoints } from '../model/numbers';
import { clusterTitle } from './outputs';
import { SheetRows, type OutCell, type OutputSheet } from '../model/output-sheet';
import { SETTINGS, SHEET } from '../model/template';
import type { Evaluation } from '../model/evaluation';
import type { BallotCount, RoundCount, TieCount, VoteOutcome } from '../model/vote-types';
import { voteDay } from '../vote/vote';
import { askedAgain, headDecision, stillTiedText, thresholdText } from '../vote/vote-text';

export const AWARD_COUNT_HEADER = ['Đơn vị', 'Hạng', 'Tổng điểm', 'Đồng ý', 'Không đồng ý', 'Để trống', 'Tỷ lệ đồng ý (%)', 'Kết quả'] as const;
export const TIE_COUNT_HEADER = ['Đơn vị', 'Số phiếu chọn', 'Hạng sau bỏ phiếu'] as const;
export const INVALID_HEADER = ['Dòng', 'Số phiếu', 'Lý do không hợp lệ'] as const;

/** Ballots issued, returned, valid and invalid, as label / count pairs: of the vote (its first round) or of one round. */
export function ballotCounts(vote: Pick<RoundCount, 'issued' | 'returned' | 'valid' | 'invalid'>): [string, number][] {
  return [
    ['Số phiếu phát ra', vote.issued],
    ['Số phiếu thu về', vote.returned],
    ['Số phiếu hợp lệ', vote.valid],
    ['Số phiếu không hợp lệ', vote.invalid.length],
  ];
}

/** One count's tables (a round's, or the only one): the award candidates, each tie, the invalid ballots. `finalRank`: whether a tie's rank after the vote is this count's to show. */
function countTables(sheet: SheetRows, ev: Evaluation, count: BallotCount, finalRank: (t: TieCount) => boolean): void {
  const sep = ev.settings.decimalSeparator;
  if (count.awards.length > 0) {
    sheet.blank();
    sheet.title(`Đề nghị ${ev.settings.awardName}`);
    sheet.header(AWARD_COUNT_HEADER);
    for (const a of count.awards) {
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
  for (const t of count.ties) {
    sheet.blank();
    const still = stillTiedText(t);
    sheet.title(
      `Đồng hạng ${t.rank}: ${t.settled ? 'thứ hạng theo số phiếu' : still ? `thứ hạng theo số phiếu; ${still}` : 'số phiếu vẫn bằng nhau, vẫn đồng hạng'}`,
    );
    sheet.header(TIE_COUNT_HEADER);
    const shown = finalRank(t);
    for (const v of t.votes) sheet.rows.push([v.unit.unit.shortName, v.votes, shown ? v.unit.rank : '']);
    if (t.blank > 0) sheet.rows.push(['Không chọn', t.blank, '']);
  }
  if (count.invalid.length > 0) {
    sheet.blank();
    sheet.title('Phiếu không hợp lệ');
    sheet.header(INVALID_HEADER);
    for (const b of count.invalid) sheet.rows.push([b.row, b.number, b.reason]);
  }
}

/**
 * The count as the council reads it: the meeting's facts, then each round in its order
 * (round 1, round 2: its ballots and what it asked; a tie's rank after the vote shown in
 * the round that settled it), then the decision of the cluster head and deputy when
 * `Cấu hình` records one. A single round without such a decision is laid out as one count.
 */
export function voteSheet(ev: Evaluation, vote: VoteOutcome): OutputSheet {
  const sep = ev.settings.decimalSeparator;
  const vs = vote.settings;
  const sheet = new SheetRows();
  sheet.title(`Kết quả bỏ phiếu bình xét ${clusterTitle(ev)}`);
  if (!vote.counted)
    sheet.text([
      `Chưa kiểm phiếu được: còn lỗi trong trang "${SHEET.ballots}" hoặc "${SHEET.settings}", xem trang "${SHEET.checks}". Thứ hạng và đề nghị chưa theo kết quả bỏ phiếu.`,
    ]);
  const byRound = vote.rounds.length > 1;
  const facts: [string, OutCell][] = [
    ['Ngày bỏ phiếu', voteDay(vs)],
    ['Số thành viên Hội đồng', vs.members ?? ''],
    ['Số thành viên có mặt', vs.present ?? ''],
    ...(byRound ? [] : ballotCounts(vote)),
    ['Ngưỡng đề nghị', thresholdText(vs, sep)],
  ];
  for (const fact of facts) sheet.rows.push(fact);
  if (!byRound) countTables(sheet, ev, vote, () => true);
  else
    for (const round of vote.rounds) {
      sheet.blank();
      sheet.title(`Vòng ${round.round}`);
      for (const fact of ballotCounts(round)) sheet.rows.push(fact);
      // A tie asked again in a later round takes its rank there.
      countTables(sheet, ev, round, (t) => !askedAgain(vote, round.round, t.rank));
    }
  const decided = headDecision(vote);
  if (decided !== null) {
    sheet.blank();
    sheet.title('Quyết định sau vòng bỏ phiếu cuối');
    const item = SETTINGS.find((d) => d.key === 'headDecision')?.label ?? '';
    // A label and its value like the facts above (not a sentence merged across the sheet): wrapped in its column.
    sheet.rows.push(['Cụm trưởng và Cụm phó', decided || `Chưa ghi: hãy ghi quyết định vào mục "${item}" của trang "${SHEET.settings}".`]);
  }
  // Counts sit right, the total and the share (text in the report's decimal mark) left: "1" and "93" side by side read
  // "193". Centred, each column's value stands apart, the facts' values and the tie's votes alike.
  return { ...sheet.done(), centeredColumns: [1, 2, 3, 4, 5, 6] };
}
