/**
 * The biên bản kiểm phiếu as a document model, in the report's layout (Nghị định
 * 30/2020), holding what such minutes hold in practice: time and place; chair and
 * secretary; what the vote rests on (the scores as the cluster's review corrected them, with
 * the evidence count); the members summoned, present and absent by name (with the written
 * opinions of those absent); the quorum checked; the counting committee; per round,
 * ballots issued, returned, valid and invalid reconciled in words a reader can check,
 * each invalid ballot described as the paper shows it, each candidate's agreements and
 * share against the threshold, each tie's votes; the conclusion with what the cluster
 * head decided on anything the last round left open; closing time, copies, and the
 * signatures of chair, secretary and counting committee.
 */
import { dateInWords } from '../model/dates';
import type { Evaluation } from '../model/evaluation';
import { formatPoints } from '../model/numbers';
import type { NamedRole, RoundCount, VoteOutcome } from '../model/vote-types';
import { clusterTitle } from '../outputs/outputs';
import { agreementsNeeded, percentIsCut } from '../vote/tally';
import { agreeText, headDecision, noneReachedText, partlyTiedText, thresholdText } from '../vote/vote-text';
import { REPORT_LANGUAGE } from './build-report';
import { headerBlocks, isDraft } from './header';
import { PAGE, TEXT_WIDTH_MM, paragraph, spacedAfterTables } from './layout';
import type { Block, CellBlock, Paragraph, ReportModel, Table } from './model';
import { dataTable } from './ranking-table';
import { signatureBlock } from './signature';
import { twoDigits } from '../model/text';
import { reviewSentence } from './review-lines';

/** Counts in the minutes take two digits, as the report's counts do ("01", "12"). */

const yearText = (ev: Evaluation): string => (ev.settings.year ? ` năm ${ev.settings.year}` : '');
const person = (p: NamedRole | null): string => (p ? `${p.name}${p.role ? `, ${p.role}` : ''}` : '…');

/** "- a;" for each line, "- z." for the last. */
const listed = (items: readonly string[]): Block[] => items.map((t, i) => paragraph('body', `- ${t}${i === items.length - 1 ? '.' : ';'}`));

/**
 * The scores the council votes on, as the cluster's review left them (review-lines.ts); nothing
 * when the review has nothing to say. "Reviewed by the cluster" only when it was: a correction
 * in Cụm chấm or a unit confirmed as reviewed (the evidence counts alone are no review).
 */
function basis(ev: Evaluation): Block[] {
  const sentence = reviewSentence(ev);
  const reviewed = ev.review.corrections.length > 0 || ev.review.units.some((u) => u.status === 'reviewed');
  return sentence
    ? [
        paragraph(
          'body',
          `Hội đồng bình xét trên cơ sở kết quả chấm điểm thi đua${yearText(ev)} của các đơn vị${reviewed ? ' đã được Cụm thẩm định' : ''}. ${sentence}`,
        ),
      ]
    : [];
}

function attendance(vote: VoteOutcome): Block[] {
  const vs = vote.settings;
  const absent = vs.members !== null && vs.present !== null ? vs.members - vs.present : null;
  const writtenNote =
    absent && absent > 0 ? (vs.written > 0 ? ` (${twoDigits(vs.written)} người có ý kiến bằng văn bản)` : ' (không có ý kiến bằng văn bản)') : '';
  const blocks: Block[] = [
    paragraph('section', 'I. Thành phần tham dự'),
    paragraph('body', `Chủ trì cuộc họp: ${person(vs.chair)}.`),
    paragraph('body', `Thư ký cuộc họp: ${person(vs.secretary)}.`),
    paragraph(
      'body',
      `Thành viên Hội đồng được triệu tập: ${vs.members === null ? '…' : twoDigits(vs.members)} người; có mặt: ${vs.present === null ? '…' : twoDigits(vs.present)} người; vắng mặt: ${absent === null ? '…' : twoDigits(absent)} người${writtenNote}.`,
    ),
  ];
  if (vs.memberList.length > 0) {
    blocks.push(
      paragraph('body', 'Danh sách thành viên Hội đồng:'),
      dataTable(
        ['TT', 'Thành viên', 'Tham dự'],
        vs.memberList.map((m, i) => [String(i + 1), m.name, m.present ? 'Có mặt' : m.wroteOpinion ? 'Vắng mặt, có ý kiến bằng văn bản' : 'Vắng mặt']),
        [10, 0, 40],
      ),
    );
  }
  if (vs.quorum && vote.quorum && vs.members !== null && vs.present !== null) {
    blocks.push(
      paragraph(
        'body',
        `Số thành viên có mặt là ${twoDigits(vs.present)}/${twoDigits(vs.members)}, không ít hơn mức tối thiểu ${vs.quorum.text} số thành viên Hội đồng (${twoDigits(vote.quorum.needed)} người) theo quy chế hoạt động của Cụm; cuộc họp đủ điều kiện để bỏ phiếu.`,
      ),
    );
  }
  if (vs.committee.length > 0) blocks.push(paragraph('body', 'Ban kiểm phiếu gồm:'), ...listed(vs.committee.map(person)));
  return blocks;
}

/** "tức ít nhất 10/12 phiếu đồng ý": the threshold as the agreements it takes. */
function neededText(vote: VoteOutcome): string {
  const { threshold, comparison } = vote.settings;
  const needed = threshold === null ? null : agreementsNeeded(vote.denominator, threshold, comparison);
  return needed === null
    ? `tính trên ${twoDigits(vote.denominator)} thành viên`
    : `tức ít nhất ${twoDigits(needed)}/${twoDigits(vote.denominator)} phiếu đồng ý`;
}

/** Ballots issued, returned, valid and invalid, each sentence adding up on its face. */
function ballotLines(vote: VoteOutcome, round: RoundCount): Block[] {
  const vs = vote.settings;
  const present = vs.present ?? round.issued;
  const handed =
    vs.written > 0
      ? `, gồm ${twoDigits(present)} phiếu phát cho thành viên có mặt và ${twoDigits(vs.written)} phiếu của thành viên vắng mặt gửi ý kiến bằng văn bản`
      : `, phát cho ${twoDigits(round.issued)} thành viên có mặt`;
  const missing = round.issued - round.returned;
  const blocks: Block[] = [
    paragraph('body', `Số phiếu phát ra: ${twoDigits(round.issued)} phiếu${round.issued === present + vs.written ? handed : ''}.`),
    paragraph(
      'body',
      `Số phiếu thu về: ${twoDigits(round.returned)} phiếu${missing > 0 ? `, ít hơn số phát ra ${twoDigits(missing)} phiếu` : ', bằng số phiếu phát ra'}.`,
    ),
    paragraph(
      'body',
      `Số phiếu hợp lệ: ${twoDigits(round.valid)} phiếu; số phiếu không hợp lệ: ${twoDigits(round.invalid.length)} phiếu; cộng lại ${twoDigits(round.valid + round.invalid.length)} phiếu, đúng bằng số phiếu thu về.`,
    ),
  ];
  for (const b of round.invalid)
    blocks.push(paragraph('body', `Phiếu ${b.number ? `số ${b.number}` : `ở dòng ${b.row} của trang Phiếu bầu`} không hợp lệ vì ${b.plain}.`));
  return blocks;
}

/**
 * Said once, under the first table with a share that was cut: the share keeps two decimals and
 * drops the rest, so that a failing share never prints as the threshold (79,99…% is not 80%);
 * a reader working out 5/7 = 71,43% would otherwise take "71,42" for a slip.
 */
function cutShareNote(vote: VoteOutcome, round: RoundCount): Paragraph | null {
  const cut = round.awards.find((a) => percentIsCut(a.agree, vote.denominator));
  if (!cut) return null;
  return paragraph(
    'note',
    `Tỷ lệ đồng ý lấy hai chữ số thập phân, không làm tròn (${twoDigits(cut.agree)}/${twoDigits(vote.denominator)} = ${cut.percent}…%), để tỷ lệ chưa đạt không bao giờ ghi bằng mức quy định.`,
  );
}

function roundResults(ev: Evaluation, vote: VoteOutcome, round: RoundCount, noteCut: boolean): Block[] {
  const sep = ev.settings.decimalSeparator;
  const blocks: Block[] = [];
  let part = 0;
  if (round.awards.length > 0) {
    // Agreements, disagreements and blanks add up to the valid ballots stated above the table.
    blocks.push(
      paragraph('part', `${++part}. Đề nghị xét tặng ${ev.settings.awardName} (đạt khi có ${thresholdText(vote.settings, sep)}, ${neededText(vote)}):`),
      dataTable(
        ['TT', 'Đơn vị', 'Tổng điểm', 'Đồng ý', 'Không đồng ý', 'Để trống', 'Tỷ lệ đồng ý (%)', 'Kết quả'],
        round.awards.map((a, i) => [
          String(i + 1),
          a.unit.unit.name,
          formatPoints(a.unit.total, sep),
          twoDigits(a.agree),
          twoDigits(a.disagree),
          twoDigits(a.blank),
          a.percent,
          a.passed ? 'Đạt' : 'Không đạt',
        ]),
        [10, 0, 16, 15, 17, 15, 19, 19],
      ),
    );
    const note = noteCut ? cutShareNote(vote, round) : null;
    if (note) blocks.push(note);
  }
  for (const t of round.ties) {
    blocks.push(
      paragraph('part', `${++part}. Phân định thứ hạng các đơn vị cùng ${formatPoints(t.votes[0].unit.total, sep)} điểm, đồng hạng ${t.rank}:`),
      dataTable(
        ['TT', 'Đơn vị', 'Số phiếu chọn', t.settled ? 'Hạng sau bỏ phiếu' : 'Kết quả'],
        t.votes.map((v, i) => [String(i + 1), v.unit.unit.name, twoDigits(v.votes), t.settled ? String(v.unit.rank) : 'Số phiếu bằng nhau']),
        [10, 0, 30, 35],
      ),
    );
    if (t.blank > 0) blocks.push(paragraph('note', `Có ${twoDigits(t.blank)} phiếu hợp lệ không chọn đơn vị nào.`));
  }
  return blocks;
}

function results(ev: Evaluation, vote: VoteOutcome): Block[] {
  const blocks: Block[] = [paragraph('section', 'II. Kết quả kiểm phiếu')];
  // The note on cut shares is said once, under the first round that needs it.
  const firstCut = vote.rounds.find((r) => r.awards.some((a) => percentIsCut(a.agree, vote.denominator)));
  for (const round of vote.rounds) {
    if (vote.rounds.length > 1) {
      blocks.push(paragraph('subpart', `Vòng ${round.round}:`));
      if (round.round > 1)
        blocks.push(
          paragraph(
            'body',
            `Vòng ${round.round - 1} chưa quyết định được các nội dung dưới đây; theo quy chế, Hội đồng bỏ phiếu vòng ${round.round} về những nội dung này.`,
          ),
        );
    }
    blocks.push(...ballotLines(vote, round), ...roundResults(ev, vote, round, round === firstCut));
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
    const order = t.votes.map((v) => `${v.unit.unit.shortName} hạng ${v.unit.rank} (${twoDigits(v.votes)} phiếu)`).join(', ');
    const partly = partlyTiedText(t);
    if (t.settled) lines.push(`Thứ hạng các đơn vị đồng hạng ${t.rank}: ${order}.`);
    else if (partly) lines.push(`Thứ hạng các đơn vị đồng hạng ${t.rank}: ${order}; ${partly} có số phiếu bằng nhau, vẫn đồng hạng.`);
    else lines.push(`Các đơn vị đồng hạng ${t.rank} có số phiếu bằng nhau (${order}), vẫn đồng hạng.`);
  }
  const open = vote.undecided.award.length + vote.undecided.ties.length > 0;
  const decided = headDecision(vote);
  if (decided !== null) {
    lines.push(
      decided
        ? `Sau vòng bỏ phiếu cuối cùng vẫn còn nội dung chưa quyết định được; theo quy chế, Cụm trưởng và Cụm phó quyết định: ${decided.replace(/[.\s]+$/, '')}.`
        : 'Sau vòng bỏ phiếu cuối cùng vẫn còn nội dung chưa quyết định được; theo quy chế, Hội đồng chuyển Cụm trưởng và Cụm phó xem xét, quyết định.',
    );
  } else if (open) lines.push('Vòng bỏ phiếu này còn nội dung chưa quyết định được; theo quy chế, Hội đồng sẽ bỏ phiếu vòng tiếp theo về những nội dung đó.');
  return [paragraph('section', 'III. Kết luận'), ...lines.map((l) => paragraph('body', `- ${l}`))];
}

/** Chair and secretary, then the counting committee: a borderless table of signature blocks. */
function signatures(vote: VoteOutcome): Table {
  const vs = vote.settings;
  const [head, ...members] = vs.committee;
  const cell = (blocks: CellBlock[]): { blocks: CellBlock[] } => ({ blocks });
  const half = TEXT_WIDTH_MM / 2;
  const rows = [[cell(signatureBlock(['THƯ KÝ'], vs.secretary?.name ?? '')), cell(signatureBlock(['CHỦ TRÌ'], vs.chair?.name ?? ''))]];
  if (vs.committee.length > 0) {
    // Room between the names above and the committee's titles.
    const below = (blocks: CellBlock[]): CellBlock[] => blocks.map((b, i) => (i === 0 && b.kind === 'paragraph' ? { ...b, spaceBefore: 24 } : b));
    rows.push([
      cell(members.length > 0 ? below(signatureBlock(['THÀNH VIÊN BAN KIỂM PHIẾU'], ...members.map((m) => m.name))) : []),
      cell(below(signatureBlock(['TRƯỞNG BAN KIỂM PHIẾU'], head.name))),
    ]);
  }
  return { kind: 'table', style: 'layout', widthsMm: [half, half], rows, headerRows: 0 };
}

function closing(vote: VoteOutcome): string {
  const vs = vote.settings;
  const end = vs.endTime ? `Cuộc họp kết thúc lúc ${vs.endTime} cùng ngày. ` : '';
  return `${end}Biên bản được lập thành ${twoDigits(vs.copies)} bản, đã được đọc lại trước Hội đồng và được các thành viên có mặt thống nhất thông qua./.`;
}

export function buildMinutes(ev: Evaluation, vote: VoteOutcome): ReportModel {
  // The meeting's own day (Ngày bỏ phiếu); blank, the minutes keep room to write it, never another day.
  const date = vote.settings.date;
  const title = clusterTitle(ev);
  const vs = vote.settings;
  const cluster = ev.settings.clusterName || 'Cụm thi đua';
  const when = [vs.time ? `Vào lúc ${vs.time}` : '', vs.time ? dateInWords(date) : `Vào ${dateInWords(date)}`].filter(Boolean).join(' ');
  const summary = `Kiểm phiếu bình xét khen thưởng ${title}`;
  const blocks: Block[] = [
    ...headerBlocks(ev, date, { docType: 'BIÊN BẢN', number: vs.minutesNumber, symbol: 'BB', summary, draft: isDraft(ev, 'minutes') }),
    paragraph(
      'body',
      `${when}${vs.place ? `, tại ${vs.place}` : ''}, Hội đồng thi đua ${cluster} họp bình xét, đề nghị khen thưởng${yearText(ev)} bằng hình thức bỏ phiếu kín.`,
    ),
    // What the vote rests on: the scores as the cluster's review left them.
    ...basis(ev),
    ...attendance(vote),
    ...results(ev, vote),
    ...conclusion(ev, vote),
    paragraph('closing', closing(vote)),
    signatures(vote),
  ];
  return {
    title: `Biên bản kiểm phiếu bình xét khen thưởng ${title}`,
    subject: summary,
    creator: ev.settings.clusterName || ev.settings.report.issuer,
    language: REPORT_LANGUAGE,
    page: PAGE,
    blocks: spacedAfterTables(blocks),
  };
}
