/**
 * The biên bản kiểm phiếu as a document model, in the report's layout (Nghị định
 * 30/2020) and with its header, tables and signatures: the meeting, who was there,
 * the counting committee, ballots issued / returned / valid / invalid, the results per
 * candidate and per tie, the conclusion, and the signatures of the committee.
 */
import { dateInWords } from '../model/dates';
import { formatPoints } from '../model/numbers';
import { clusterTitle } from '../outputs/outputs';
import { REPORT_LANGUAGE } from './build-report';
import { headerBlocks } from './header';
import { PAGE, paragraph, spacedAfterTables } from './layout';
import type { Block, ReportModel } from './model';
import { dataTable } from './ranking-table';
import { footTable, signatureBlock } from './signature';
import type { Evaluation } from '../model/evaluation';
import { agreementsNeeded } from '../vote/tally';
import type { VoteOutcome } from '../model/vote-types';
import { ballotCounts } from '../outputs/vote-sheet';
import { agreeText, noneReachedText, partlyTiedText, thresholdText } from '../vote/vote-text';

/** The date the vote's documents carry: the vote's own, else the report's, else today. */
export function voteDocumentDate(ev: Evaluation, vote: VoteOutcome, now: Date): Date {
  return vote.settings.date ?? ev.settings.report.date ?? now;
}

const yearText = (ev: Evaluation): string => (ev.settings.year ? ` năm ${ev.settings.year}` : '');

function meeting(ev: Evaluation, vote: VoteOutcome, date: Date): Block[] {
  const vs = vote.settings;
  const cluster = ev.settings.clusterName || 'Cụm thi đua';
  const when = [vs.time ? `lúc ${vs.time}` : '', dateInWords(date)].filter(Boolean).join(' ');
  const where = vs.place ? ` tại ${vs.place}` : '';
  const absent = vs.members !== null && vs.present !== null ? vs.members - vs.present : 0;
  const blocks: Block[] = [
    paragraph('body', `Hội đồng thi đua ${cluster} họp ${when}${where} để bình xét khen thưởng${yearText(ev)} bằng hình thức bỏ phiếu kín.`),
    paragraph('section', 'I. Thành phần dự họp:'),
    paragraph('body', `Hội đồng có ${vs.members ?? '…'} thành viên; có mặt ${vs.present ?? '…'} thành viên${absent > 0 ? `, vắng ${absent} thành viên` : ''}.`),
  ];
  if (vs.memberList.length > 0) blocks.push(...vs.memberList.map((m, i) => paragraph('body', `${i + 1}. ${m.name}${m.present ? '' : ' (vắng mặt)'}`)));
  if (vs.committee.length > 0) {
    blocks.push(paragraph('body', 'Ban kiểm phiếu gồm:'), ...vs.committee.map((m) => paragraph('body', `- ${m.name}${m.role ? `, ${m.role}` : ''};`)));
  }
  return blocks;
}

/** "tức ít nhất 3/5 phiếu đồng ý": the threshold as the agreements it takes ("tức trên 5 thành viên" read as "more than 5 members"). */
function neededText(vote: VoteOutcome): string {
  const { threshold, comparison } = vote.settings;
  const needed = threshold === null ? null : agreementsNeeded(vote.denominator, threshold, comparison);
  return needed === null ? `tính trên ${vote.denominator} thành viên` : `tức ít nhất ${needed}/${vote.denominator} phiếu đồng ý`;
}

function results(ev: Evaluation, vote: VoteOutcome): Block[] {
  const sep = ev.settings.decimalSeparator;
  const invalid = vote.invalid.map((b) => `phiếu${b.number ? ` số ${b.number}` : ` ở dòng ${b.row}`}: ${b.reason}`);
  const blocks: Block[] = [
    paragraph('section', 'II. Kết quả kiểm phiếu:'),
    paragraph('body', `${ballotCounts(vote).map(([label, n]) => `${label}: ${String(n).padStart(2, '0')}`).join('; ')}.`),
    ...invalid.map((line) => paragraph('body', `- Không hợp lệ: ${line}.`)),
  ];
  let part = 0;
  if (vote.awards.length > 0) {
    blocks.push(
      paragraph('part', `${++part}. Đề nghị xét tặng ${ev.settings.awardName} (đạt khi có ${thresholdText(vote.settings, sep)}, ${neededText(vote)}):`),
      dataTable(
        ['TT', 'Đơn vị', 'Tổng điểm', 'Đồng ý', 'Không đồng ý', 'Tỷ lệ đồng ý (%)', 'Kết quả'],
        vote.awards.map((a, i) => [String(i + 1), a.unit.unit.name, formatPoints(a.unit.total, sep), String(a.agree), String(a.disagree), a.percent, a.passed ? 'Đạt' : 'Không đạt']),
        [10, 0, 17, 17, 18, 20, 20],
      ),
    );
  }
  for (const t of vote.ties) {
    const total = formatPoints(t.votes[0].unit.total, sep);
    blocks.push(
      paragraph('part', `${++part}. Phân định thứ hạng các đơn vị cùng ${total} điểm, đồng hạng ${t.rank}:`),
      dataTable(
        ['TT', 'Đơn vị', 'Số phiếu chọn', 'Hạng sau bỏ phiếu'],
        t.votes.map((v, i) => [String(i + 1), v.unit.unit.name, String(v.votes), String(v.unit.rank)]),
        [10, 0, 30, 35],
      ),
    );
    if (t.blank > 0) blocks.push(paragraph('note', `Có ${t.blank} phiếu hợp lệ không chọn đơn vị nào.`));
  }
  return blocks;
}

function conclusion(ev: Evaluation, vote: VoteOutcome): Block[] {
  const sep = ev.settings.decimalSeparator;
  const lines: string[] = [];
  const passed = vote.awards.filter((a) => a.passed);
  if (vote.awards.length > 0 && passed.length === 0) lines.push(noneReachedText(vote, sep, ev.settings.awardName));
  for (const a of passed) lines.push(`${a.unit.unit.name} đạt ${agreeText(a, vote.denominator)}, đủ điều kiện đề nghị xét tặng ${ev.settings.awardName}.`);
  for (const t of vote.ties) {
    const order = t.votes.map((v) => `${v.unit.unit.shortName} hạng ${v.unit.rank} (${v.votes} phiếu)`).join(', ');
    const partly = partlyTiedText(t);
    if (t.settled) lines.push(`Thứ hạng các đơn vị đồng hạng ${t.rank}: ${order}.`);
    else if (partly) lines.push(`Thứ hạng các đơn vị đồng hạng ${t.rank}: ${order}; ${partly} có số phiếu bằng nhau, vẫn đồng hạng.`);
    else lines.push(`Các đơn vị đồng hạng ${t.rank} có số phiếu bằng nhau (${order}), vẫn đồng hạng.`);
  }
  return [paragraph('section', 'III. Kết luận:'), ...lines.map((l) => paragraph('body', `- ${l}`))];
}

export function buildMinutes(ev: Evaluation, vote: VoteOutcome, options: { now: Date }): ReportModel {
  const date = voteDocumentDate(ev, vote, options.now);
  const title = clusterTitle(ev);
  const committee = vote.settings.committee;
  const [head, ...members] = committee;
  const left = members.length > 0 ? signatureBlock(['THÀNH VIÊN'], ...members.map((m) => m.name)) : [];
  const right = signatureBlock(['TRƯỞNG BAN KIỂM PHIẾU'], head?.name ?? '');
  const summary = `Kiểm phiếu bình xét khen thưởng ${title}`;
  const blocks: Block[] = [
    ...headerBlocks(ev, date, { docType: 'BIÊN BẢN', number: vote.settings.minutesNumber, symbol: 'BB', summary }),
    ...meeting(ev, vote, date),
    ...results(ev, vote),
    ...conclusion(ev, vote),
    paragraph('closing', 'Biên bản đã được đọc lại trước Hội đồng và được các thành viên có mặt thống nhất thông qua./.'),
    footTable(left, right),
  ];
  return { title: `Biên bản kiểm phiếu bình xét khen thưởng ${title}`, subject: summary, creator: ev.settings.clusterName || ev.settings.report.issuer, language: REPORT_LANGUAGE, page: PAGE, blocks: spacedAfterTables(blocks) };
}
