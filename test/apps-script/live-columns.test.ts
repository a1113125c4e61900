/**
 * The live columns of `Bảng điểm` through the built add-in and the Sheets fake,
 * which works out the formulas from the cells: the lists typed, "Tạo bảng mẫu"
 * lays the score sheet with its formulas, the units type the 2021 scores, the
 * live values are the reference ranking and equal `Tổng hợp` after "Tính điểm và
 * xếp hạng"; a changed score recomputes them; a value typed over them is refused
 * by "Phân quyền nhập liệu".
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { LIVE_COLUMNS, LIVE_HEADERS } from '../../src/core/sheets/live-columns';
import { a1 } from '../../src/core/model/a1';
import { toNumber } from '../../src/core/model/numbers';
import { SHEET, SUMMARY_HEADER } from '../../src/core/model/template';
import type { CellValue } from '../../src/core/model/types';
import { fakeDocumentApp } from '../fakes/document-app';
import type { FakeSheet, FakeSpreadsheet } from '../fakes/spreadsheet';
import { loadBuilt } from './harness';
import { rankingAfterVote } from '../helpers/example-vote';
import { exampleGrids, fillWorkbook, fixture } from './workbook';

/** An empty spreadsheet whose secretariat has typed the example's settings and lists, then made the template. */
function laidOut() {
  const loaded = loadBuilt({}, { DocumentApp: fakeDocumentApp().app });
  const ss = loaded.google.spreadsheet;
  const { scores, ...lists } = exampleGrids();
  fillWorkbook(ss, lists);
  loaded.call('menuTaoBangMau');
  return { ...loaded, ss, scores: scores as CellValue[][] };
}

/** The units type their rows: every input column of the example's score rows, as one block. */
function typeScores(sheet: FakeSheet, scores: CellValue[][]): void {
  const rows = scores.slice(1);
  sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
}

/** The live cells of each unit row by unit code, as getValues() gives them. */
function liveByUnit(sheet: FakeSheet): Map<string, CellValue[]> {
  const header = sheet.getRange(1, 1, 1, sheet.getMaxColumns()).getValues()[0];
  const first = header.indexOf(LIVE_HEADERS[0]);
  const grid = sheet.getRange(1, 1, 1 + fixture.units.length, first + LIVE_HEADERS.length).getValues();
  return new Map(grid.slice(1).map((row) => [String(row[0]), row.slice(first)]));
}

function rankingRows(ss: FakeSpreadsheet): CellValue[][] {
  const grid = ss.sheet(SHEET.summary).grid();
  const header = grid.findIndex((r) => r[0] === SUMMARY_HEADER[0] && r[1] === SUMMARY_HEADER[1]);
  return grid.slice(header + 1, header + 1 + fixture.units.length);
}

describe('live columns of Bảng điểm in Sheets', () => {
  it('are laid by Tạo bảng mẫu as one formula per column over the whole input sheets, right of the typed columns', () => {
    const { ss, scores } = laidOut();
    const sheet = ss.sheet(SHEET.scores);
    const width = scores[0].length;
    expect(sheet.getRange(1, width + 1, 1, LIVE_HEADERS.length).getValues()[0]).toEqual(LIVE_HEADERS);
    const formulas = sheet.getRange(2, width + 1, 2, LIVE_HEADERS.length).getFormulas();
    const letter = String.fromCharCode(64 + width);
    expect(formulas[0]).toEqual(LIVE_COLUMNS.map((c) => `=${c.fn}('Cấu hình'!A1:B; 'Tiêu chí'!A1:D; 'Đơn vị'!A1:C; 'Bảng điểm'!A1:${letter})`));
    // One formula per column: the rows below are its spill, not formulas of their own.
    expect(formulas[1]).toEqual(LIVE_HEADERS.map(() => ''));
  });

  it('show the reference ranking once the units have typed, and equal Tổng hợp after Tính điểm và xếp hạng', () => {
    const { ss, scores, call } = laidOut();
    const sheet = ss.sheet(SHEET.scores);
    // Before any score, each unit's check says what is missing.
    expect(liveByUnit(sheet).get(fixture.units[0].code)?.[3]).toMatch(/^Lỗi ở Chuẩn 1 \(C2\): .* chưa chấm điểm chuẩn tiêu chí 1/);
    typeScores(sheet, scores);
    const live = liveByUnit(sheet);
    for (const ref of fixture.expectedRanking) expect([ref.unit, ...(live.get(ref.unit) ?? []).slice(0, 2)]).toEqual([ref.unit, ref.total, ref.rank]);
    call('menuTinhDiem');
    for (const [rank, code, , , , , total, grade] of rankingRows(ss)) {
      expect([code, ...(live.get(String(code)) ?? [])]).toEqual([code, total, rank, grade, '']);
    }
  });

  it('follow the council’s vote once Cập nhật Bảng điểm has pointed them at Phiếu bầu, and equal Tổng hợp after Kiểm phiếu', () => {
    const { ss, scores, call } = laidOut();
    const sheet = ss.sheet(SHEET.scores);
    typeScores(sheet, scores);
    call('menuKiemPhieu');
    const { header, rows } = fixture.ballots;
    expect(ss.sheet(SHEET.ballots).grid()[0].slice(0, header.length)).toEqual(header);
    ss.sheet(SHEET.ballots).getRange(2, 1, rows.length, header.length).setValues(rows);
    // Before: the formulas do not read the ballots, Đồng Tháp and Vĩnh Long still share rank 5.
    expect([liveByUnit(sheet).get('DT')?.[1], liveByUnit(sheet).get('VL')?.[1]]).toEqual([5, 5]);
    call('menuCapNhatBangDiem');
    expect(sheet.getRange(2, scores[0].length + 2, 1, 1).getFormulas()[0][0]).toContain("; 'Phiếu bầu'!A1:Z)");
    const live = liveByUnit(sheet);
    for (const ref of rankingAfterVote(fixture)) expect([ref.unit, live.get(ref.unit)?.[1]]).toEqual([ref.unit, ref.rank]);
    call('menuKiemPhieu');
    for (const [rank, code, , , , , total, grade] of rankingRows(ss)) {
      expect([code, ...(live.get(String(code)) ?? [])]).toEqual([code, total, rank, grade, '']);
    }
  });

  it('recompute when a unit changes a score, and agree with the menu again', () => {
    const { ss, scores, call } = laidOut();
    const sheet = ss.sheet(SHEET.scores);
    typeScores(sheet, scores);
    const last = fixture.expectedRanking.at(-1)?.unit as string;
    const row = 2 + fixture.units.findIndex((u) => u.code === last);
    // The last unit takes the whole bonus of criterion 1 (column D).
    const bonus = fixture.criteria[0].maxBonus as number;
    sheet.getRange(row, 4).setValues([[bonus]]);
    const changed = exampleGrids();
    (changed.scores as CellValue[][])[row - 1][3] = bonus;
    const expected = evaluate(changed).ranking.find((r) => r.unit.code === last);
    const live = liveByUnit(sheet).get(last) ?? [];
    expect(live).toEqual([toNumber(expected?.total ?? 0), expected?.rank, expected?.grade, '']);
    expect(live[0]).not.toBe(fixture.expectedRanking.at(-1)?.total);
    call('menuTinhDiem');
    const summary = rankingRows(ss).find((r) => r[1] === last) ?? [];
    expect([summary[6], summary[0], summary[7]]).toEqual(live.slice(0, 3));
  });

  it('name the wrong cell in the row’s check while the ranking waits', () => {
    const { ss, scores } = laidOut();
    const sheet = ss.sheet(SHEET.scores);
    typeScores(sheet, scores);
    sheet.getRange(3, 3).setValues([['mười']]);
    const live = liveByUnit(sheet);
    const second = fixture.units[1];
    expect(live.get(second.code)?.[3]).toMatch(/^Lỗi ở Chuẩn 1 \(C3\): Ô điểm chuẩn tiêu chí 1 của .* chứa "mười", không phải số/);
    expect(live.get(fixture.units[0].code)?.slice(1)).toEqual(['Chưa xếp hạng: còn 1 lỗi, đầu tiên ở Bảng điểm!C3.', expect.any(String), '']);
  });

  it('are kept from the units by Phân quyền nhập liệu: a unit types its scores, never the live columns', () => {
    const { ss, scores, call } = laidOut();
    const sheet = ss.sheet(SHEET.scores);
    typeScores(sheet, scores);
    const unit = fixture.units[0];
    ss.sheet(SHEET.units).cell(2, 4, true).value = 'nhap@stttt.example.vn';
    ss.changed();
    ss.addEditors(['nhap@stttt.example.vn']);
    call('menuPhanQuyen');
    const width = scores[0].length;
    expect(unit.code).toBe(sheet.cell(2, 1).value);
    expect(ss.typeAs('nhap@stttt.example.vn', SHEET.scores, a1(1, width - 1), 'chậm báo cáo')).toBe(true);
    for (let c = width; c < width + LIVE_HEADERS.length; c++) expect(ss.typeAs('nhap@stttt.example.vn', SHEET.scores, a1(1, c), 1), a1(1, c)).toBe(false);
  });

  it('show #REF! when a value is typed into the spill, as Sheets does', () => {
    const { ss, scores } = laidOut();
    const sheet = ss.sheet(SHEET.scores);
    typeScores(sheet, scores);
    const width = scores[0].length;
    sheet.getRange(5, width + 1).setValues([[120]]);
    expect(sheet.getRange(2, width + 1).getValues()).toEqual([['#REF!']]);
    expect(ss.formulaErrors.get(`${SHEET.scores}!${String.fromCharCode(65 + width)}2`)).toBe(`Array result was not expanded because it would overwrite data in ${String.fromCharCode(65 + width)}5.`);
  });
});
