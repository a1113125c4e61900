/**
 * The tờ trình đề nghị khen thưởng to the body that grants the award, in the report's
 * layout: "Kính gửi: …", the legal bases (`Căn cứ pháp lý`, current law by default),
 * the cluster's plan and the vote, the units proposed with their total, rank and vote,
 * the papers attached, and the signature. It is dated no earlier than what it attaches.
 */
import { formatPoints } from '../model/numbers';
import { clusterTitle } from '../outputs/outputs';
import { REPORT_LANGUAGE } from './build-report';
import { headerBlocks } from './header';
import { PAGE, paragraph, spacedAfterTables } from './layout';
import type { Block, ReportModel } from './model';
import { textParagraphs } from './narrative';
import { dataTable } from './ranking-table';
import { signatureTable } from './signature';
import type { Evaluation } from '../model/evaluation';
import { attachedLines, letterDate } from './dossier-papers';
import { isDraft } from './header';
import type { VoteOutcome } from '../model/vote-types';
import { voteDay } from '../vote/vote';
import { noneReachedText, unitVoteText } from '../vote/vote-text';
import { twoDigits } from '../model/text';

/** Copies go to the addressee and the archive, as is usual for a tờ trình. */
const LETTER_RECIPIENTS = ['Như trên', 'Lưu: VT'];

export function buildLetter(ev: Evaluation, vote: VoteOutcome): ReportModel {
  const sep = ev.settings.decimalSeparator;
  const vs = vote.settings;
  const cluster = ev.settings.clusterName || 'Cụm thi đua';
  const year = ev.settings.year ? ` năm ${ev.settings.year}` : '';
  const addressee = vs.grantingBody || '…';
  const proposed = ev.awards.proposed;
  const day = voteDay(vs);
  const minutes = vs.minutesNumber ? ` số ${vs.minutesNumber}` : '';
  const grounds = `Căn cứ kết quả chấm điểm, xếp hạng thi đua${year} và kết quả bỏ phiếu bình xét${day ? ` ngày ${day}` : ''} của Hội đồng thi đua ${cluster} (biên bản kiểm phiếu${minutes} kèm theo),`;
  const body: Block[] =
    proposed.length === 0
      ? [paragraph('body', `${grounds} ${cluster} báo cáo: ${noneReachedText(vote, sep, ev.settings.awardName)}`)]
      : [
          paragraph(
            'body',
            `${grounds} ${cluster} kính đề nghị ${addressee} xem xét, tặng ${ev.settings.awardName}${year} cho ${proposed.length > 1 ? `${twoDigits(proposed.length)} đơn vị` : 'đơn vị'} sau:`,
          ),
          dataTable(
            ['TT', 'Đơn vị', 'Tổng điểm', 'Hạng', 'Kết quả bỏ phiếu'],
            proposed.map((r, i) => [String(i + 1), r.unit.name, formatPoints(r.total, sep), String(r.rank), unitVoteText(vote, r.unit.code)]),
            [10, 0, 18, 14, 45],
          ),
        ];
  const papers = attachedLines(ev, vote);
  const attached = [paragraph('body', 'Hồ sơ kèm theo:'), ...papers.map((a, i) => paragraph('body', `- ${a}${i === papers.length - 1 ? '.' : ';'}`))];
  // Each basis its own line ending ";" (Nghị định 30/2020), then the cluster's own plan from `Căn cứ`.
  const bases = vs.legalBases.map((b) => paragraph('body', `Căn cứ ${b};`));
  const summary = `Đề nghị xét tặng ${ev.settings.awardName}${year}`;
  const blocks: Block[] = [
    ...headerBlocks(ev, letterDate(ev, vote), {
      docType: 'TỜ TRÌNH',
      number: vs.letterNumber,
      symbol: 'TTr',
      summary,
      draft: isDraft(ev, 'letter'),
    }),
    paragraph('addressee', `Kính gửi: ${addressee}.`),
    ...bases,
    ...textParagraphs(ev.settings.report.basis),
    ...body,
    ...attached,
    paragraph('closing', `${cluster} kính mong ${addressee} xem xét, quyết định khen thưởng./.`),
    signatureTable({ ...ev.settings.report, recipients: LETTER_RECIPIENTS }),
  ];
  return {
    title: `Tờ trình đề nghị khen thưởng ${clusterTitle(ev)}`,
    subject: summary,
    creator: cluster,
    language: REPORT_LANGUAGE,
    page: PAGE,
    blocks: spacedAfterTables(blocks),
  };
}
