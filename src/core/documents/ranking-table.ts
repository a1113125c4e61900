/** Section IV: the ranking table exactly as the reference writes it (a tie shows as two equal ranks). */
import { formatPoints, pointsColumns } from '../model/numbers';
import type { UnitResult } from '../model/types';
import type { Evaluation } from '../model/evaluation';
import { TEXT_WIDTH_MM, paragraph } from './layout';
import type { Cell, Paragraph, Table } from './model';

/** Rows a table holds on one page with room to spare; up to that many, `whole` keeps it whole. */
export const KEPT_WHOLE = 20;

export const RANKING_HEADER = ['TT', 'Đơn vị', 'Điểm chuẩn', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm'] as const;
const WIDTHS_MM = [10, 0, 17, 17, 15, 17];

/** One row's cells as text: "+18", "-0.5", empty when there is no bonus or no deduction. */
export function rankingCells(r: UnitResult, sep: '.' | ','): string[] {
  return [String(r.rank), r.unit.name, ...pointsColumns(r, sep)];
}

/**
 * A bordered data table across the text width: a header row repeated on every page,
 * then the rows; the column of width 0 takes the rest of the width and is left-aligned
 * (the unit names), the others are centred. Rows kept with the next block, as word
 * processors read it: `whole`, every row but the last (a short table stays on one page);
 * `last`, the last row (what follows, a signature, never starts a page alone). A table
 * longer than `KEPT_WHOLE` rows splits anyway, its header repeated.
 */
export function dataTable(header: readonly string[], rows: readonly string[][], widthsMm: readonly number[], keep?: 'whole' | 'last'): Table {
  const last = rows.length;
  const cell = (kind: 'tableHead' | 'tableCenter' | 'tableLeft', text: string, row: number): Cell => {
    const p = paragraph(kind, text);
    return { blocks: [(keep === 'whole' ? row < last && last <= KEPT_WHOLE : keep === 'last' && row === last) ? { ...p, keepWithNext: true } : p] };
  };
  const fixed = widthsMm.reduce((a, b) => a + b, 0);
  return {
    kind: 'table',
    style: 'grid',
    widthsMm: widthsMm.map((w) => w || TEXT_WIDTH_MM - fixed),
    rows: [
      header.map((h) => cell('tableHead', h, 0)),
      ...rows.map((row, r) => row.map((text, i) => cell(widthsMm[i] === 0 ? 'tableLeft' : 'tableCenter', text, r + 1))),
    ],
    headerRows: 1,
  };
}

export function rankingTable(ev: Evaluation): Table {
  return dataTable(
    RANKING_HEADER,
    ev.ranking.map((r) => rankingCells(r, ev.settings.decimalSeparator)),
    WIDTHS_MM,
    // A short ranking is not left with a row or two alone on the next page.
    'whole',
  );
}

/**
 * "Ghi chú: Đồng Tháp, Vĩnh Long cùng 112 điểm; thứ hạng xếp theo kết quả bỏ phiếu ngày …" for ties the
 * council's ballot ordered: a fact of the ranking. A tie no rule or ballot broke gets no remark — the two
 * equal ranks say it, and section V says what the council decides at the cut-off. The note names every
 * unit of the tie put to the vote, those the ballot left tied included (of three tied, one placed first).
 */
export function votedNotes(ev: Evaluation): Paragraph[] {
  const byTotal = new Map<number, UnitResult[]>();
  for (const r of ev.ranking.filter((x) => x.voteNote)) byTotal.set(r.total, [...(byTotal.get(r.total) ?? []), r]);
  return [...byTotal.entries()].map(([sum, group]) => {
    const tied = ev.ranking.filter((r) => r.total === sum && (r.voteNote || r.needsVote));
    const names = tied.map((r) => r.unit.shortName).join(', ');
    const total = formatPoints(group[0].total, ev.settings.decimalSeparator);
    return paragraph('note', `Ghi chú: ${names} cùng ${total} điểm; thứ hạng xếp ${group[0].voteNote} của Hội đồng thi đua.`);
  });
}
