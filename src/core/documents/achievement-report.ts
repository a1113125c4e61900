/**
 * The báo cáo thành tích of a unit proposed for the award, in the parts the decree's
 * annex sets for a collective: general information, achievements, commendations
 * received. The facts the cluster holds are filled in (the scores per criterion, the
 * total, rank and grade, the pledge, the scores the cluster corrected with their reasons
 * and the evidence behind the bonuses, the council's vote); what only the unit can say
 * is left as marked places, in brackets and italics, for the unit to write before it
 * signs. The headings and the marked prompts are the project's own wording.
 */
import type { Evaluation } from '../model/evaluation';
import { formatPoints } from '../model/numbers';
import { bonusCapNote } from '../rules/score';
import type { UnitResult } from '../model/types';
import type { VoteOutcome } from '../model/vote-types';
import { voteDay } from '../vote/vote';
import { unitVoteText } from '../vote/vote-text';
import { REPORT_LANGUAGE } from './build-report';
import { headerBlocks, isDraft } from './header';
import { PAGE, paragraph, spacedAfterTables } from './layout';
import type { Block, CellBlock, Paragraph, ReportModel } from './model';
import { dataTable } from './ranking-table';
import { footTable, signatureBlock } from './signature';
import { twoDigits } from '../model/text';
import { unitReviewLines } from './review-lines';

/** A place the unit writes: the prompt in brackets, italic, so that nobody signs it unwritten. */
export const toWrite = (prompt: string): Paragraph => paragraph('note', `[Đơn vị viết: ${prompt}]`);

/** A heading, "(Ký, đóng dấu)" as the decree's form has it, then the room to sign and seal above the name the unit writes. */
const signing = (title: string): CellBlock[] => {
  const [heading, room] = signatureBlock([title], '');
  return [heading, paragraph('signerHint', '(Ký, đóng dấu)'), room];
};

/** Rows left blank for the unit to fill, under a header. */
const blankTable = (header: string[], widths: number[], rows = 3): Block =>
  dataTable(
    header,
    Array.from({ length: rows }, () => header.map(() => '')),
    widths,
    'whole',
  );

function clusterFacts(ev: Evaluation, r: UnitResult, vote: VoteOutcome | undefined): Block[] {
  const s = ev.settings;
  const sep = s.decimalSeparator;
  const cluster = s.clusterName || 'Cụm thi đua';
  const year = s.year ? ` năm ${s.year}` : '';
  const facts: string[] = [];
  if (r.unit.pledged !== undefined)
    facts.push(
      r.unit.pledged ? `Đã đăng ký thi đua và ký giao ước thi đua${year} cùng các đơn vị trong ${cluster}.` : `Chưa ký giao ước thi đua${year} với ${cluster}.`,
    );
  const capped = bonusCapNote(r, sep);
  facts.push(
    `Kết quả chấm điểm thi đua${year}: điểm chuẩn ${formatPoints(r.base, sep)}, điểm thưởng ${formatPoints(r.bonus, sep)}${capped ? ` (${capped})` : ''}, điểm trừ ${formatPoints(r.deduction, sep)}; ` +
      `tổng số ${formatPoints(r.total, sep)} điểm, xếp hạng ${r.rank} trong ${twoDigits(ev.ranking.length)} đơn vị của Cụm${r.grade ? `, xếp loại ${r.grade}` : ''}.`,
  );
  // The scores above are those the cluster agreed: what its review changed, and the evidence behind the bonuses.
  facts.push(...unitReviewLines(ev, r.unit.code));
  const voted = unitVoteText(vote, r.unit.code);
  if (voted && vote) {
    const day = voteDay(vote.settings);
    facts.push(`Hội đồng thi đua ${cluster} bình xét${day ? ` ngày ${day}` : ''}, đề nghị tặng ${s.awardName} với ${voted}.`);
  }
  const rows = ev.criteria.map((c, i) => [
    c.code,
    c.name,
    `${formatPoints(r.criterionBase[i], sep)}/${formatPoints(c.maxBase, sep)}`,
    c.maxBonus === null && r.criterionBonus[i] === 0 ? '' : formatPoints(r.criterionBonus[i], sep),
  ]);
  return [
    ...facts.map((f) => paragraph('body', `- ${f}`)),
    { ...paragraph('body', 'Điểm theo từng tiêu chí thi đua của Cụm:'), keepWithNext: true },
    // A page of criteria or less stays whole, under its lead-in; a longer one splits with its header repeated.
    dataTable(['Mã', 'Tiêu chí', 'Điểm chuẩn', 'Điểm thưởng'], rows, [14, 0, 26, 24], 'whole'),
  ];
}

export function buildAchievementReport(ev: Evaluation, r: UnitResult, vote: VoteOutcome | undefined, options: { now: Date }): ReportModel {
  const s = ev.settings;
  const year = s.year ? ` năm ${s.year}` : '';
  const cluster = s.clusterName || 'Cụm thi đua';
  const summary = `Đề nghị tặng ${s.awardName}${year}`;
  const blocks: Block[] = [
    // The unit issues it: its own name heads the page, its number and date are its own to give.
    ...headerBlocks(ev, options.now, {
      docType: 'BÁO CÁO THÀNH TÍCH',
      number: '',
      symbol: 'BC',
      summary,
      draft: isDraft(ev, 'achievement'),
      issuer: { parent: '', name: r.unit.name },
      placeDate: '…………, ngày …… tháng …… năm ……',
    }),
    paragraph('addressee', `Tên tập thể đề nghị: ${r.unit.name}`),
    paragraph('section', 'I. THÔNG TIN CHUNG'),
    paragraph('part', '1. Đặc điểm, tình hình:'),
    toWrite(
      'địa chỉ trụ sở, điện thoại, thư điện tử, trang thông tin điện tử; quá trình thành lập và phát triển; những đặc điểm ảnh hưởng đến việc thực hiện nhiệm vụ trong năm.',
    ),
    paragraph('part', '2. Chức năng, nhiệm vụ và tổ chức bộ máy:'),
    toWrite('chức năng, nhiệm vụ được giao; cơ cấu tổ chức, số lượng cán bộ, công chức, viên chức, người lao động; tổ chức đảng, đoàn thể.'),
    paragraph('section', 'II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    paragraph('part', '1. Kết quả thực hiện nhiệm vụ được giao:'),
    toWrite('kết quả thực hiện các chỉ tiêu, nhiệm vụ trong năm, có số liệu cụ thể và so sánh với năm trước; những việc làm mới, sáng kiến được áp dụng.'),
    paragraph('part', `2. Kết quả thi đua trong ${cluster}:`),
    ...clusterFacts(ev, r, vote),
    paragraph('part', '3. Biện pháp, nguyên nhân đạt được thành tích; các phong trào thi đua đã tổ chức:'),
    toWrite(
      'những biện pháp, cách làm đã mang lại kết quả; các phong trào thi đua đã phát động và kết quả; việc thực hiện chủ trương, chính sách và các nghĩa vụ khác.',
    ),
    paragraph('section', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    paragraph('part', '1. Danh hiệu thi đua:'),
    blankTable(['Năm', 'Danh hiệu thi đua', 'Số, ngày quyết định; cơ quan ban hành'], [20, 0, 75]),
    paragraph('part', '2. Hình thức khen thưởng:'),
    blankTable(['Năm', 'Hình thức khen thưởng', 'Số, ngày quyết định; cơ quan ban hành'], [20, 0, 75]),
    // The signatures never stand alone on a page: the last paragraph goes with them.
    { ...toWrite('các danh hiệu và hình thức khen thưởng đã nhận trong những năm gần đây, mỗi năm một dòng.'), keepWithNext: true },
    footTable(signing('XÁC NHẬN CỦA CƠ QUAN CẤP TRÊN TRỰC TIẾP'), signing('THỦ TRƯỞNG ĐƠN VỊ')),
  ];
  return {
    title: `Báo cáo thành tích ${r.unit.shortName} đề nghị tặng ${s.awardName}${year}`,
    subject: summary,
    creator: r.unit.name,
    language: REPORT_LANGUAGE,
    page: PAGE,
    blocks: spacedAfterTables(blocks),
  };
}
