/**
 * The output sheets (`Tổng hợp`, `Kiểm tra`, a `Lịch sử` row) as 2D arrays, built
 * once here and written as they are by both the Sheets and the .xlsx adapter.
 * Cells are strings or numbers; every string is user-visible text and must be
 * written as literal text (never evaluated as a formula).
 */
import { fitCells } from './cell-limit';
import { formatPoints, toNumber } from './numbers';
import { CHECKS_HEADER, HISTORY_HEADER, SUMMARY_HEADER, scoresHeader } from './template';
import type { Evaluation, Issue, Unit, UnitResult } from './types';
import { noneReachedText, unitVoteText } from './vote/vote-text';

export type OutCell = string | number;

export interface OutputSheet {
  rows: OutCell[][];
  /** 0-based rows to show as headers (bold, shaded). */
  headerRows: number[];
  /** 0-based rows that are section titles. */
  titleRows: number[];
}

export interface SummarySheet extends OutputSheet {
  /** The ranking rows (0-based, first row and count), for the chart of totals. */
  ranking: { firstRow: number; count: number; nameCol: number; totalCol: number };
}

export const SEVERITY_LABEL = { error: 'Lỗi', warning: 'Cảnh báo' } as const;

/** Pads rows to one width: `setValues` needs a rectangle. */
function rectangle(rows: OutCell[][]): OutCell[][] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => (r.length === width ? r : [...r, ...Array<OutCell>(width - r.length).fill('')]));
}

export function tieNote(r: UnitResult): string {
  const notes: string[] = [];
  if (r.needsVote) notes.push('đồng hạng, cần bỏ phiếu');
  if (r.voteNote) notes.push(r.voteNote);
  if (r.adjusted.length > 0) notes.push(`cụm chấm điều chỉnh: ${r.adjusted.join(', ')}`);
  return notes.join('; ');
}

export function clusterTitle(ev: Evaluation): string {
  const { clusterName, year } = ev.settings;
  return [clusterName || 'Cụm thi đua', year ? `năm ${year}` : ''].filter(Boolean).join(' ');
}

/** One row of the ranking table, in the columns of SUMMARY_HEADER (also the live CUM_BANGXEPHANG). */
export function rankingRow(r: UnitResult): OutCell[] {
  return [r.rank, r.unit.code, r.unit.name, toNumber(r.base), toNumber(r.bonus), toNumber(r.deduction), toNumber(r.total), r.grade, tieNote(r)];
}

export function summarySheet(ev: Evaluation, reportUrl = ''): SummarySheet {
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
  title(`Kết quả chấm điểm thi đua ${clusterTitle(ev)}`);
  rows.push(reportUrl ? ['Báo cáo', reportUrl] : ['']);
  rows.push(['']);
  header(SUMMARY_HEADER);
  const firstRow = rows.length;
  for (const r of ev.ranking) rows.push(rankingRow(r));
  rows.push(['']);
  title('Chi tiết theo tiêu chí');
  const detailHeader = scoresHeader(ev.criteria);
  detailHeader.splice(detailHeader.length - 1, 1, 'Tổng điểm');
  header(detailHeader);
  const byCode = new Map(ev.ranking.map((r) => [r.unit.code, r]));
  for (const unit of ev.units) {
    const r = byCode.get(unit.code);
    if (!r) continue;
    const row: OutCell[] = [unit.code, unit.shortName];
    ev.criteria.forEach((_, j) => row.push(toNumber(r.criterionBase[j]), toNumber(r.criterionBonus[j])));
    row.push(toNumber(r.deduction), toNumber(r.total));
    rows.push(row);
  }
  if (ev.settings.awardCount > 0) {
    rows.push(['']);
    title('Đề nghị Cờ thi đua');
    for (const line of awardLines(ev)) rows.push([line]);
  }
  return { rows: fitCells(rectangle(rows)), headerRows, titleRows, ranking: { firstRow, count: ev.ranking.length, nameCol: 2, totalCol: 6 } };
}

/** The award proposal in words, shared by the summary sheet and the report. */
export function awardLines(ev: Evaluation): string[] {
  const sep = ev.settings.decimalSeparator;
  const describe = (r: UnitResult): string => `${r.unit.name} (${[`hạng ${r.rank}`, `${formatPoints(r.total, sep)} điểm`, unitVoteText(ev.vote, r.unit.code)].filter(Boolean).join(', ')})`;
  const lines = ev.awards.proposed.map((r) => `Đề nghị: ${describe(r)}`);
  if (ev.awards.tiedAtCutoff.length > 0) {
    lines.push(`Đồng hạng tại vị trí xét chọn, cần bỏ phiếu: ${ev.awards.tiedAtCutoff.map(describe).join('; ')}`);
  }
  if (lines.length === 0) lines.push(ev.vote?.counted ? noneReachedText(ev.vote, sep) : 'Chưa có đơn vị được đề nghị.');
  return lines;
}

/** Errors before warnings, each in the order the checks found them: what must be fixed comes first. */
export function errorsFirst(issues: readonly Issue[]): Issue[] {
  return [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity !== 'error')];
}

/** Unit short names by code, for the unit column of `Kiểm tra`. */
export function shortNames(units: readonly Unit[]): Map<string, string> {
  return new Map(units.map((u) => [u.code, u.shortName]));
}

export function checksSheet(issues: readonly Issue[], unitNames: ReadonlyMap<string, string> = new Map()): OutputSheet {
  const rows: OutCell[][] = [[...CHECKS_HEADER]];
  for (const i of errorsFirst(issues)) {
    rows.push([SEVERITY_LABEL[i.severity], i.code, i.sheet, i.cell, i.unit ? unitNames.get(i.unit) ?? i.unit : '', i.message]);
  }
  if (issues.length === 0) rows.push(['', '', '', '', '', 'Không có lỗi hay cảnh báo nào.']);
  return { rows: fitCells(rows), headerRows: [0], titleRows: [] };
}

export function issueCounts(issues: readonly Issue[]): { errors: number; warnings: number } {
  const errors = issues.filter((i) => i.severity === 'error').length;
  return { errors, warnings: issues.length - errors };
}

/** The ranking in one line: "1. Long An (117.5); 2. Hậu Giang (115); …". */
export function rankingLine(ev: Evaluation): string {
  return ev.ranking.map((r) => `${r.rank}. ${r.unit.shortName} (${formatPoints(r.total, ev.settings.decimalSeparator)})`).join('; ');
}

export interface HistoryEntry {
  time: string;
  user: string;
  fingerprint: string;
  reportUrl?: string;
}

export const HISTORY_HEADER_ROW: OutCell[] = [...HISTORY_HEADER];

export function historyRow(ev: Evaluation, entry: HistoryEntry): OutCell[] {
  const { errors, warnings } = issueCounts(ev.issues);
  const row = [entry.time, entry.user, ev.units.length, errors, warnings, ev.blocked ? 'Chưa xếp hạng: còn lỗi' : rankingLine(ev), entry.fingerprint, entry.reportUrl ?? ''];
  return fitCells([row])[0];
}
