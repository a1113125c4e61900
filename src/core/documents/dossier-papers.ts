/**
 * The papers of a dossier proposing the award, in the order a clerk files them: the
 * letter first, then what it attaches — the vote-count minutes, the year-end report,
 * each proposed unit's achievement report, the summary table. Each has a file name
 * that sorts in that order ("01-to-trinh", "02-bien-ban-kiem-phieu"…) and the line the
 * letter lists it by. Numbers and dates come from `Cấu hình`, so the letter names each
 * paper as it is issued.
 */
import type { Evaluation } from '../model/evaluation';
import type { UnitResult } from '../model/types';
import type { VoteOutcome } from '../model/vote-types';
import { voteDay } from '../vote/vote';
import { formatDate } from '../model/dates';
import { twoDigits } from '../model/text';

export type PaperRole = 'letter' | 'minutes' | 'report' | 'achievement' | 'table';

export interface Paper {
  role: PaperRole;
  /** File name without extension: ASCII, numbered, so that the folder lists in filing order. */
  fileName: string;
  /** How the letter lists it among the attached papers. */
  line: string;
  /** The unit an achievement report is about. */
  unit?: UnitResult;
}

/** "Long An" → "long-an", "Đồng Tháp" → "dong-thap": a file name every system takes. */
export function asciiSlug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'don-vi'
  );
}

const dayOf = (d: Date | null): string => (d ? formatDate(d) : '');
const numbered = (number: string, date: string): string => `${number ? ` số ${number}` : ''}${date ? ` ngày ${date}` : ''}`;

/** The papers of the dossier for the units the vote (or the ranking) proposes. */
export function dossierPapers(ev: Evaluation, vote: VoteOutcome): Paper[] {
  const s = ev.settings;
  const cluster = s.clusterName || 'Cụm thi đua';
  const year = s.year ? ` năm ${s.year}` : '';
  const proposed = ev.awards.proposed;
  const papers: Omit<Paper, 'fileName'>[] = [
    { role: 'letter', line: `Tờ trình${numbered(vote.settings.letterNumber, '')} đề nghị xét tặng ${s.awardName}${year}` },
    { role: 'minutes', line: `Biên bản kiểm phiếu${numbered(vote.settings.minutesNumber, voteDay(vote.settings))} của Hội đồng thi đua ${cluster}` },
    { role: 'report', line: `Báo cáo${numbered(s.report.number, dayOf(s.report.date))} về kết quả thi đua, khen thưởng${year} của ${cluster}` },
    ...proposed.map((unit) => ({ role: 'achievement' as const, unit, line: `Báo cáo thành tích của ${unit.unit.name}` })),
    { role: 'table', line: `Bảng tổng hợp kết quả chấm điểm, xếp hạng thi đua${year} của ${cluster}` },
  ];
  const names: Record<PaperRole, (p: Omit<Paper, 'fileName'>) => string> = {
    letter: () => 'to-trinh',
    minutes: () => 'bien-ban-kiem-phieu',
    report: () => 'bao-cao-tong-ket',
    achievement: (p) => `bao-cao-thanh-tich-${asciiSlug(p.unit?.unit.shortName ?? '')}`,
    table: () => 'bang-tong-hop',
  };
  return papers.map((p, i) => ({ ...p, fileName: `${twoDigits(i + 1)}-${names[p.role](p)}` }));
}

/** The papers the letter attaches: as `Hồ sơ kèm theo` lists them, or else the dossier's own. */
export function attachedLines(ev: Evaluation, vote: VoteOutcome): string[] {
  if (vote.settings.attachments.length > 0) return vote.settings.attachments;
  return dossierPapers(ev, vote)
    .filter((p) => p.role !== 'letter')
    .map((p) => p.line);
}

/** The letter's date: its own, else the latest paper it attaches (report, minutes), else none (room to write it). */
export function letterDate(ev: Evaluation, vote: VoteOutcome): Date | null {
  if (vote.settings.letterDate) return vote.settings.letterDate;
  const dates = [ev.settings.report.date, vote.settings.date].filter((d): d is Date => d !== null);
  return dates.length > 0 ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null;
}
