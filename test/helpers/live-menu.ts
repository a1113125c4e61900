/**
 * Live = menu, as a user sees both in the Sheets fake: the live cells of every unit
 * row of `Bảng điểm` against what "Kiểm tra dữ liệu" writes into `Kiểm tra` and
 * "Tính điểm và xếp hạng" into `Tổng hợp`.
 */
import { expect } from 'vitest';
import { LIVE_HEADERS } from '../../src/core/sheets/live-columns';
import { parseA1, cellRef } from '../../src/core/model/a1';
import { CHECKS_HEADER, SHEET, SUMMARY_HEADER } from '../../src/core/model/template';
import type { CellValue, Grid } from '../../src/core/model/types';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';

interface LiveRow {
  row: number;
  code: string;
  total: CellValue;
  rank: CellValue;
  grade: CellValue;
  check: string;
}

/** The live cells of every unit row of `Bảng điểm`, as getValues() gives them. */
export function liveRows(ss: FakeSpreadsheet): LiveRow[] {
  const grid = ss.sheet(SHEET.scores).grid();
  const first = grid[0].indexOf(LIVE_HEADERS[0]);
  if (first < 0) throw new Error('no live columns');
  return grid
    .map((r, i) => ({ r, i }))
    .filter(({ r, i }) => i > 0 && r[0] !== '')
    .map(({ r, i }) => ({ row: i + 1, code: String(r[0]), total: r[first], rank: r[first + 1], grade: r[first + 2], check: String(r[first + 3]) }));
}

interface MenuIssue {
  level: string;
  code: string;
  sheet: string;
  cell: string;
  message: string;
}

/** `Kiểm tra` as the menu's check writes it. */
export function menuIssues(ss: FakeSpreadsheet): MenuIssue[] {
  const grid = ss.sheet(SHEET.checks).grid();
  const head = grid.findIndex((r) => r[0] === CHECKS_HEADER[0] && r[1] === CHECKS_HEADER[1]);
  const at = (h: (typeof CHECKS_HEADER)[number]): number => CHECKS_HEADER.indexOf(h);
  return grid
    .slice(head + 1)
    .filter((r) => r[at('Nội dung')] !== '')
    .map((r) => ({
      level: String(r[at('Mức độ')]),
      code: String(r[at('Mã lỗi')]),
      sheet: String(r[at('Trang tính')]),
      cell: String(r[at('Ô')]),
      message: String(r[at('Nội dung')]),
    }));
}

/** The ranking rows of `Tổng hợp` by unit code: total, rank, grade. */
function summaryByUnit(ss: FakeSpreadsheet): Map<string, [CellValue, CellValue, CellValue]> {
  const grid: Grid = ss.sheet(SHEET.summary).grid();
  const head = grid.findIndex((r) => r[0] === SUMMARY_HEADER[0] && r[1] === SUMMARY_HEADER[1]);
  const rows = new Map<string, [CellValue, CellValue, CellValue]>();
  for (const r of grid.slice(head + 1)) {
    if (typeof r[0] !== 'number') break;
    rows.set(String(r[1]), [r[6], r[0], r[7]]);
  }
  return rows;
}

/** Asserts the live columns equal the menu's results, cell for cell; returns whether the menu ranked. */
export function expectLiveEqualsMenu(ss: FakeSpreadsheet, call: (name: string) => unknown): boolean {
  const live = liveRows(ss);
  call('menuKiemTra');
  // A note asks for nothing, but for why a total past the top threshold has a lower grade.
  const issues = menuIssues(ss).filter((i) => i.level !== 'Ghi chú' || i.code === 'ZERO_CRITERION');
  // An error of the count (Phiếu bầu) holds the count back, not the ranking: the menu still ranks, by the scores.
  const errors = issues.filter((i) => i.level === 'Lỗi' && i.sheet !== SHEET.ballots);
  // Every issue of a unit row is in that row's check, and the check says nothing else.
  for (const row of live) {
    const own = issues.filter((i) => i.sheet === SHEET.scores && parseA1(i.cell)?.row === row.row - 1);
    for (const i of own) expect(row.check, `${row.code}: ${i.message}`).toContain(`${i.level} ở `);
    for (const i of own) expect(row.check).toContain(i.message);
    for (const line of row.check.split('\n').filter(Boolean)) {
      // While errors block the ranking (the menu then grades no one), a row the live columns still grade says it too.
      const keptWhileBlocked = errors.length > 0 && row.grade !== '' && line.startsWith('Ghi chú ở ') && line.includes(' được 0 điểm chuẩn nên xếp loại ');
      expect(keptWhileBlocked || issues.some((i) => line.startsWith(`${i.level} ở `) && line.endsWith(`: ${i.message}`)), `${row.code}: ${line}`).toBe(true);
    }
  }
  call('menuTinhDiem');
  if (errors.length > 0) {
    const note = `Chưa xếp hạng: còn ${errors.length} lỗi, đầu tiên ở ${cellRef(errors[0].sheet, errors[0].cell)}.`;
    for (const row of live) {
      expect(row.rank, row.code).toBe(note);
      // A row with an error of its own shows no total or grade.
      if (errors.some((i) => i.sheet === SHEET.scores && parseA1(i.cell)?.row === row.row - 1)) expect([row.total, row.grade]).toEqual(['', '']);
    }
    return false;
  }
  const summary = summaryByUnit(ss);
  expect(summary.size).toBe(live.length);
  for (const row of live) expect([row.code, row.total, row.rank, row.grade]).toEqual([row.code, ...(summary.get(row.code) ?? [])]);
  return true;
}
