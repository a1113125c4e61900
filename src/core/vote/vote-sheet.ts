/** `Kết quả bỏ phiếu`: the count as a 2D array, written as is by the add-in and the command. */
import { fitCells } from '../cell-limit';
import { formatPoints } from '../numbers';
import { clusterTitle, type OutCell, type OutputSheet } from '../outputs';
import { SHEET } from '../template';
import type { Evaluation } from '../types';
import type { VoteOutcome } from './types';
import { voteDay } from './vote';
import { thresholdText } from './vote-text';

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
  const rows: OutCell[][] = [];
  const headerRows: number[] = [];
  const titleRows: number[] = [];
  const title = (text: string): void => {
    titleRows.push(rows.length);
    rows.push([text]);
  };
  const header = (cells: readonly string[]): void => {
    headerRows.push(rows.length);
    rows.push([...cells]);
  };
  title(`Kết quả bỏ phiếu bình xét ${clusterTitle(ev)}`);
  if (!vote.counted) rows.push([`Chưa kiểm phiếu được: còn lỗi trong trang "${SHEET.ballots}" hoặc "${SHEET.settings}", xem trang "${SHEET.checks}". Thứ hạng và đề nghị chưa theo kết quả bỏ phiếu.`]);
  rows.push(['Ngày bỏ phiếu', voteDay(vs)]);
  rows.push(['Số thành viên Hội đồng', vs.members ?? '']);
  rows.push(['Số thành viên có mặt', vs.present ?? '']);
  for (const [label, n] of ballotCounts(vote)) rows.push([label, n]);
  rows.push(['Ngưỡng đề nghị', thresholdText(vs, sep)]);
  if (vote.awards.length > 0) {
    rows.push(['']);
    title('Đề nghị Cờ thi đua');
    header(AWARD_COUNT_HEADER);
    for (const a of vote.awards) {
      rows.push([a.unit.unit.shortName, a.unit.rank, formatPoints(a.unit.total, sep), a.agree, a.disagree, a.blank, a.percent, a.passed ? 'Đạt' : 'Không đạt']);
    }
  }
  for (const t of vote.ties) {
    rows.push(['']);
    title(`Đồng hạng ${t.rank}: ${t.settled ? 'thứ hạng theo số phiếu' : 'số phiếu vẫn bằng nhau, vẫn đồng hạng'}`);
    header(TIE_COUNT_HEADER);
    for (const v of t.votes) rows.push([v.unit.unit.shortName, v.votes, v.unit.rank]);
    if (t.blank > 0) rows.push(['Không chọn', t.blank, '']);
  }
  if (vote.invalid.length > 0) {
    rows.push(['']);
    title('Phiếu không hợp lệ');
    header(INVALID_HEADER);
    for (const b of vote.invalid) rows.push([b.row, b.number, b.reason]);
  }
  const width = Math.max(...rows.map((r) => r.length));
  return { rows: fitCells(rows.map((r) => [...r, ...Array<OutCell>(width - r.length).fill('')])), headerRows, titleRows };
}
