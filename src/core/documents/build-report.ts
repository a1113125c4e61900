/**
 * The year-end report (báo cáo tổng kết) as a document model, in the order of the
 * 2021 reference: header, title, basis and intro, I. organisation, II. one part per
 * criterion (narrative, then the computed result lines), III. assessment,
 * IV. ranking table, V. award proposals (when asked for), closing, recipients and
 * signature. Every text the secretariat writes comes from `Cấu hình` and `Tiêu chí`.
 * The headings and default sentences are the project's own wording: only the order of
 * the parts follows the reference, none of its sentences.
 */
import { toNumber } from '../model/numbers';
import { clusterTitle, rankingLine } from '../outputs/outputs';
import type { AwardProposal } from '../model/types';
import type { Evaluation } from '../model/evaluation';
import { awardParagraphs, awardWording } from '../outputs/award-lines';
import { headerBlocks, summaryLine } from './header';
import { PAGE, paragraph, spacedAfterTables } from './layout';
import type { Block, ChartSlot, Paragraph, ReportModel } from './model';
import { CHART_MAX_UNITS } from '../outputs/summary-chart';
import { RESULTS_LABEL, splitNarrative, textParagraphs } from './narrative';
import { rankingTable, votedNotes } from './ranking-table';
import { countOf } from '../rules/results';
import { comparisonParagraphs } from './year-comparison';
import { reviewSentence } from './review-lines';
import { signatureTable } from './signature';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

export const REPORT_LANGUAGE = 'vi-VN';

/** A criterion heading "1. Hoàn thành tốt nhiệm vụ chuyên môn:" whatever the name ends with. */
export function criterionHeading(code: string, name: string): string {
  return `${code}. ${name.replace(/[\s.:;]+$/, '')}:`;
}

function criterionParts(ev: Evaluation): Block[] {
  const blocks: Block[] = [];
  for (const criterion of ev.criteria) {
    const { paragraphs, extraResults } = splitNarrative(criterion.narrative);
    const computed = ev.criterionResults.find((r) => r.criterion.code === criterion.code)?.lines ?? [];
    const results = [...computed.map((l) => `- ${l}`), ...extraResults];
    blocks.push(paragraph('part', criterionHeading(criterion.code, criterion.name)), ...paragraphs);
    if (results.length > 0) blocks.push(paragraph('resultsLabel', RESULTS_LABEL), ...results.map((l) => paragraph('body', l)));
  }
  return blocks;
}

/** " năm 2021", or nothing when the year is not set. */
const inYear = (ev: Evaluation): string => (ev.settings.year ? ` năm ${ev.settings.year}` : '');

function chartSlot(ev: Evaluation): ChartSlot {
  return {
    kind: 'chart',
    widthMm: 150,
    title: `Tổng điểm thi đua${inYear(ev)}`,
    bars: ev.ranking.map((r) => ({ label: r.unit.shortName, value: toNumber(r.total) })),
    description: `Biểu đồ tổng điểm thi đua ${clusterTitle(ev)}: ${rankingLine(ev)}`,
    decimalSeparator: ev.settings.decimalSeparator,
  };
}

/** What the cluster's review did (review-lines.ts), in one paragraph before the ranking; nothing when there is nothing to say. */
function reviewParagraph(ev: Evaluation): Paragraph[] {
  const sentence = reviewSentence(ev);
  return sentence ? [paragraph('body', sentence)] : [];
}

function rankingSection(ev: Evaluation): Block[] {
  if (ev.blocked) return [paragraph('body', 'Chưa xếp hạng được: bảng điểm còn lỗi, xem trang tính Kiểm tra.')];
  return [
    ...reviewParagraph(ev),
    { ...paragraph('body', `Kết quả chấm điểm, xếp hạng thi đua${inYear(ev)} của các đơn vị trong Cụm như sau:`), keepWithNext: true },
    rankingTable(ev),
    ...votedNotes(ev),
    // The chart with its caption under it, as a figure of the section.
    ...(ev.ranking.length <= CHART_MAX_UNITS ? [chartSlot(ev), paragraph('caption', `Biểu đồ: Tổng điểm thi đua${inYear(ev)} của các đơn vị trong Cụm`)] : []),
    ...comparisonParagraphs(ev),
  ];
}

/** "12/12 đơn vị của Cụm đã ký giao ước thi đua năm 2021.", counted from `Đơn vị`'s "Ký giao ước"; nothing when it is left blank. */
function pledgeParagraph(ev: Evaluation): Paragraph[] {
  if (ev.units.every((u) => u.pledged === undefined)) return [];
  const signed = ev.units.filter((u) => u.pledged).length;
  return [paragraph('body', `${countOf(signed, ev.units.length)} đơn vị của Cụm đã ký giao ước thi đua${inYear(ev)}.`)];
}

/** Section V from a proposal: the cluster's own by default, or one the council settled by vote. */
export function awardSection(ev: Evaluation, proposal: AwardProposal = ev.awards): Block[] {
  return awardParagraphs(proposal, awardWording(ev)).map((text) => paragraph('body', text));
}

export function buildReport(ev: Evaluation): ReportModel {
  const { report, clusterName } = ev.settings;
  const title = clusterTitle(ev);
  const sections: [string, Block[]][] = [];
  const organisation = [...textParagraphs(report.section1), ...pledgeParagraph(ev)];
  if (organisation.length > 0) sections.push(['Tổ chức thi đua trong Cụm:', organisation]);
  sections.push(['Kết quả theo từng tiêu chí thi đua:', [...textParagraphs(report.section2Intro), ...criterionParts(ev)]]);
  if (report.section3) sections.push(['Đánh giá chung:', textParagraphs(report.section3)]);
  sections.push(['Chấm điểm và xếp hạng:', rankingSection(ev)]);
  if (ev.settings.awardCount > 0 && !ev.blocked) sections.push(['Đề nghị khen thưởng:', awardSection(ev)]);

  const intro = report.intro || `Thực hiện kế hoạch thi đua${inYear(ev)}, ${clusterName || 'Cụm thi đua'} báo cáo kết quả thi đua, khen thưởng như sau:`;
  const closing = (report.closing || `Trên đây là báo cáo kết quả thi đua, khen thưởng${inYear(ev)} của ${clusterName || 'Cụm thi đua'}`).replace(
    /[\s.]*(\.\/\.)?$/,
    '',
  );
  const blocks: Block[] = [
    ...headerBlocks(ev, report.date),
    ...textParagraphs(report.basis),
    ...textParagraphs(intro),
    ...sections.flatMap(([heading, body], i) => [paragraph('section', `${ROMAN[i]}. ${heading}`), ...body]),
    paragraph('closing', `${closing}./.`),
    signatureTable(report),
  ];
  return {
    title: `Báo cáo kết quả thi đua ${title}`,
    subject: summaryLine(ev),
    creator: clusterName || report.issuer,
    language: REPORT_LANGUAGE,
    page: PAGE,
    blocks: spacedAfterTables(blocks),
  };
}
