/**
 * The bảng tổng hợp attached to the letter: the cluster's ranking as a signed paper
 * (rank, unit, base, bonus, deductions, total, grade, and which units the cluster
 * proposes), in the report's layout, so that the dossier holds the table as a
 * document and not only as a spreadsheet.
 */
import type { Evaluation } from '../model/evaluation';
import { pointsColumns } from '../model/numbers';
import type { VoteOutcome } from '../model/vote-types';
import type { UnitResult } from '../model/types';
import { clusterTitle } from '../outputs/outputs';
import { REPORT_LANGUAGE } from './build-report';
import { letterDate } from './dossier-papers';
import { headerBlocks, isDraft } from './header';
import { PAGE, paragraph, spacedAfterTables } from './layout';
import type { Block, ReportModel } from './model';
import { dataTable, votedNotes } from './ranking-table';
import { signatureTable } from './signature';

export const SUMMARY_TABLE_HEADER = ['Hạng', 'Đơn vị', 'Điểm chuẩn', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Xếp loại', 'Ghi chú'] as const;

/**
 * "Đề nghị khen thưởng", "Xếp hạng theo bỏ phiếu": a rank the council's vote set says so on its
 * row, short enough for the column; the note under the table gives the vote's date, as the report's.
 */
function remarks(r: UnitResult, proposed: ReadonlySet<string>): string {
  return [proposed.has(r.unit.code) ? 'Đề nghị khen thưởng' : '', r.voteNote ? 'Xếp hạng theo bỏ phiếu' : ''].filter(Boolean).join('; ');
}

export function buildSummaryTable(ev: Evaluation, vote: VoteOutcome): ReportModel {
  const s = ev.settings;
  const sep = s.decimalSeparator;
  const year = s.year ? ` năm ${s.year}` : '';
  const date = letterDate(ev, vote);
  const proposed = new Set(ev.awards.proposed.map((r) => r.unit.code));
  const summary = `Kết quả chấm điểm, xếp hạng thi đua${year} của ${s.clusterName || 'Cụm thi đua'}`;
  const letter = vote.settings.letterNumber ? ` số ${vote.settings.letterNumber}` : '';
  const blocks: Block[] = [
    ...headerBlocks(ev, date, { docType: 'BẢNG TỔNG HỢP', number: '', symbol: '', summary, draft: isDraft(ev, 'table') }),
    paragraph('addressee', `(Kèm theo Tờ trình${letter} của ${s.clusterName || 'Cụm thi đua'})`),
    // The signature never stands alone on a page: the last row (and the note on a vote) go with it.
    dataTable(
      SUMMARY_TABLE_HEADER,
      ev.ranking.map((r) => [String(r.rank), r.unit.name, ...pointsColumns(r, sep), r.grade, remarks(r, proposed)]),
      // Wide enough that no heading word breaks ("Hạng", "thưởng" in bold at the table size).
      [14, 0, 16, 19, 13, 16, 22, 24],
      'last',
    ),
    ...votedNotes(ev).map((p) => ({ ...p, keepWithNext: true })),
    signatureTable({ ...s.report, recipients: [] }),
  ];
  return {
    title: `Bảng tổng hợp kết quả thi đua ${clusterTitle(ev)}`,
    subject: summary,
    creator: s.clusterName || s.report.issuer,
    language: REPORT_LANGUAGE,
    page: PAGE,
    blocks: spacedAfterTables(blocks),
  };
}
