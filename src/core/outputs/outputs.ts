/**
 * The output sheets (`Tổng hợp`, `Kiểm tra`, a `Lịch sử` row) as 2D arrays, built
 * once here and written as they are by both the Sheets and the .xlsx adapter.
 * Cells are strings or numbers; every string is user-visible text and must be
 * written as literal text (never evaluated as a formula).
 */
import { SheetRows, fitCells, type OutCell, type OutputSheet, type SummarySheet } from '../model/output-sheet';
import { issueKind } from '../model/issues';
import { streakRuleSentence } from '../rules/award-streak';
import { bonusCapNote } from '../rules/score';
import { comparisonCells, comparisonHeader } from './year-columns';
import { awardParagraphs, awardWording } from './award-lines';
import { deductionNumber, formatPoints, toNumber } from '../model/numbers';
import { CHECKS_HEADER, HISTORY_HEADER, SCORES_FIXED_HEADER, SUMMARY_HEADER, scoresHeader } from '../model/template';
import type { Issue, Unit, UnitResult } from '../model/types';
import type { Evaluation } from '../model/evaluation';

export const SEVERITY_LABEL = { error: 'Lỗi', warning: 'Cảnh báo', note: 'Ghi chú' } as const;

export function tieNote(r: UnitResult): string {
  const notes: string[] = [];
  if (r.needsVote) notes.push('đồng hạng, cần bỏ phiếu');
  if (r.voteNote) notes.push(r.voteNote);
  // "tiêu chí 1", never a bare "1" that reads as one point ('trừ' marks the deduction).
  if (r.adjusted.length > 0) notes.push(`cụm chấm điều chỉnh ${r.adjusted.map((c) => (c === 'trừ' ? 'điểm trừ' : `tiêu chí ${c}`)).join(', ')}`);
  if (r.gradeNote) notes.push(r.gradeNote);
  return notes.join('; ');
}

export function clusterTitle(ev: Evaluation): string {
  const { clusterName, year } = ev.settings;
  return [clusterName || 'Cụm thi đua', year ? `năm ${year}` : ''].filter(Boolean).join(' ');
}

/** One row of the ranking table, in the columns of SUMMARY_HEADER (also the live CUM_BANGXEPHANG). */
export function rankingRow(r: UnitResult): (string | number)[] {
  return [r.rank, r.unit.code, r.unit.name, toNumber(r.base), toNumber(r.bonus), deductionNumber(r.deduction), toNumber(r.total), r.grade, tieNote(r)];
}

/** `Tổng hợp`: the ranking and the award proposal, short enough to print on one page for a cluster of a few dozen units. */
export function summarySheet(ev: Evaluation, reportUrl = ''): SummarySheet {
  const sheet = new SheetRows();
  sheet.title(`Kết quả chấm điểm thi đua ${clusterTitle(ev)}`);
  // The label runs on over the empty code column; the link sits in the wide name column.
  if (reportUrl) sheet.text(['Báo cáo', '', reportUrl]);
  else sheet.blank();
  sheet.blank();
  // With a past year, last year's rank, the change and a grade held years in a row follow the note.
  sheet.header([...SUMMARY_HEADER, ...comparisonHeader(ev)]);
  const firstRow = sheet.rows.length;
  for (const r of ev.ranking) sheet.rows.push([...rankingRow(r), ...comparisonCells(ev, r)]);
  if (ev.settings.awardCount > 0) {
    sheet.blank();
    sheet.title('Đề nghị Cờ thi đua');
    for (const line of [...awardLines(ev), streakRuleSentence(ev)].filter((l) => l !== '')) sheet.text([line]);
  }
  // A number (right-aligned) beside text (left-aligned) touches when printed: the rank beside the code read
  // "1LA", the total beside the grade "93Hoàn thành tốt". The rank, the total, the grade and the comparison are centred.
  const compared = comparisonHeader(ev).map((_, i) => SUMMARY_HEADER.length + i);
  return { ...sheet.done(), centeredColumns: [0, 6, 7, ...compared], ranking: { firstRow, count: ev.ranking.length, nameCol: 2, totalCol: 6 } };
}

/**
 * The per-criterion breakdown, on a sheet of its own so that its many narrow
 * columns do not share widths with the ranking: units in list order, base and
 * bonus of each criterion, deduction and total.
 */
export function detailSheet(ev: Evaluation): OutputSheet {
  const sheet = new SheetRows();
  sheet.title(`Điểm theo tiêu chí ${clusterTitle(ev)}`);
  sheet.blank();
  // The scores' columns of Bảng điểm, the total in place of the reasons and links.
  const header = [...scoresHeader(ev.criteria).slice(0, SCORES_FIXED_HEADER.length + 2 * ev.criteria.length + 1), 'Tổng điểm'];
  sheet.header(header);
  const byCode = new Map(ev.ranking.map((r) => [r.unit.code, r]));
  for (const unit of ev.units) {
    const r = byCode.get(unit.code);
    if (!r) continue;
    const row: OutCell[] = [unit.code, unit.shortName];
    // A criterion without a bonus leaves its Thưởng cell blank: a 0 there reads as a bonus missed.
    ev.criteria.forEach((c, j) => row.push(toNumber(r.criterionBase[j]), c.maxBonus === null ? '' : toNumber(r.criterionBonus[j])));
    row.push(deductionNumber(r.deduction), toNumber(r.total));
    sheet.rows.push(row);
  }
  // A row whose bonuses add up to more than its total counts: the cap said under the table, so that the sums can be checked.
  const capped = ev.ranking.map((r) => [r.unit.shortName, bonusCapNote(r, ev.settings.decimalSeparator)]).filter(([, note]) => note !== '');
  if (capped.length > 0) sheet.blank();
  for (const [name, note] of capped) sheet.text([`${name}: ${note}.`]);
  return sheet.done(SCORES_FIXED_HEADER.length);
}

/** The award proposal in the words of section V of the report, for the summary sheet and the terminal. */
export function awardLines(ev: Evaluation): string[] {
  return awardParagraphs(ev.awards, awardWording(ev));
}

/** Errors, then warnings, then notes, each in the order the checks found them: what must be fixed comes first. */
export function errorsFirst(issues: readonly Issue[]): Issue[] {
  return (['error', 'warning', 'note'] as const).flatMap((severity) => issues.filter((i) => i.severity === severity));
}

/** Unit short names by code, for the unit column of `Kiểm tra`. */
export function shortNames(units: readonly Unit[]): Map<string, string> {
  return new Map(units.map((u) => [u.code, u.shortName]));
}

/** `Kiểm tra`: one row per issue, its kind in words; the stable code last, for whoever reports a problem. */
export function checksSheet(issues: readonly Issue[], unitNames: ReadonlyMap<string, string> = new Map()): OutputSheet {
  const rows: OutCell[][] = [[...CHECKS_HEADER]];
  for (const i of errorsFirst(issues)) {
    rows.push([SEVERITY_LABEL[i.severity], issueKind(i.code), i.sheet, i.cell, i.unit ? (unitNames.get(i.unit) ?? i.unit) : '', i.message, i.code]);
  }
  if (issues.length === 0) rows.push(['', '', '', '', '', 'Không có lỗi hay cảnh báo nào.', '']);
  return { rows: fitCells(rows), headerRows: [0], titleRows: [] };
}

/** Notes are counted apart: a note needs no action, so it is never one of the "cảnh báo". */
export function issueCounts(issues: readonly Issue[]): { errors: number; warnings: number; notes: number } {
  const count = (severity: Issue['severity']): number => issues.filter((i) => i.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), notes: count('note') };
}

/** The ranking in one line: "1. Long An (117.5); 2. Hậu Giang (115); …". */
export function rankingLine(ev: Evaluation): string {
  return ev.ranking.map((r) => `${r.rank}. ${r.unit.shortName} (${formatPoints(r.total, ev.settings.decimalSeparator)})`).join('; ');
}

/** Who ran it when nobody is named (the command without `--nguoi`, an account whose email Google withholds): never a login name. */
export const RUNNER_UNKNOWN = 'Không rõ (chưa ghi tên)';

export interface HistoryEntry {
  /** Written as a date-time value, so that the history can be sorted and filtered by time. */
  time: Date;
  /** A name or an email a reader recognises; blank: `RUNNER_UNKNOWN`. */
  user: string;
  fingerprint: string;
  reportUrl?: string;
  /** What the row says instead of the ranking (a step that ranks nothing, e.g. a new year started). */
  summary?: string;
  /** The year the run belongs to; `Năm` of `Cấu hình` when not given. */
  year?: number;
}

export const HISTORY_HEADER_ROW: OutCell[] = [...HISTORY_HEADER];

/**
 * `Lịch sử` as an output sheet, header first: its time and counts centred, so that a value
 * right-aligned against the text beside it does not read as part of it ("0 1. Long An",
 * "01:35Không rõ").
 */
export function historySheet(rows: OutCell[][]): OutputSheet {
  const centred: readonly (typeof HISTORY_HEADER)[number][] = ['Thời gian', 'Số đơn vị', 'Số lỗi', 'Số cảnh báo'];
  return { rows, headerRows: [0], titleRows: [], centeredColumns: centred.map((title) => HISTORY_HEADER.indexOf(title)) };
}

export function historyRow(ev: Evaluation, entry: HistoryEntry): OutCell[] {
  const { errors, warnings } = issueCounts(ev.issues);
  const summary = entry.summary ?? (ev.blocked ? 'Chưa xếp hạng: còn lỗi' : rankingLine(ev));
  const row = [
    entry.time,
    entry.user.trim() || RUNNER_UNKNOWN,
    ev.units.length,
    errors,
    warnings,
    summary,
    entry.fingerprint,
    entry.reportUrl ?? '',
    entry.year ?? ev.settings.year ?? '',
  ];
  return fitCells([row])[0];
}
