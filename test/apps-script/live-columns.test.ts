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
import { a1, columnLetter } from '../../src/core/model/a1';
import { toNumber } from '../../src/core/model/numbers';
import { SETTINGS, SHEET, SUMMARY_HEADER } from '../../src/core/model/template';
import type { CellValue } from '../../src/core/model/types';
import { fakeDocumentApp } from '../fakes/document-app';
import type { FakeSheet, FakeSpreadsheet } from '../fakes/spreadsheet';
import { loadBuilt } from './harness';
import { rankingAfterVote } from '../helpers/example-vote';
import { exampleGrids, fillWorkbook, fixture } from './workbook';

/** An empty spreadsheet whose secretariat has typed the example's settings and lists, then made the template. */
function laidOut(locale = 'vi_VN') {
  const loaded = loadBuilt({ locale }, { DocumentApp: fakeDocumentApp().app });
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
    const letter = columnLetter(width - 1);
    // The lists whole (a new sheet's 26 columns here): bands, pledges and places are read as the menu reads them.
    expect(formulas[0]).toEqual(LIVE_COLUMNS.map((c) => `=${c.fn}('Cấu hình'!A1:B; 'Tiêu chí'!A1:Z; 'Đơn vị'!A1:Z; 'Bảng điểm'!A1:${letter})`));
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

  it('follow the council’s vote as soon as Kiểm phiếu lays Phiếu bầu out (and after Cập nhật Bảng điểm), and equal Tổng hợp after Kiểm phiếu', () => {
    const { ss, scores, call } = laidOut();
    const sheet = ss.sheet(SHEET.scores);
    typeScores(sheet, scores);
    call('menuKiemPhieu');
    const { header, rows } = fixture.ballots;
    expect(ss.sheet(SHEET.ballots).grid()[0].slice(0, header.length)).toEqual(header);
    // Laying the ballot sheet out pointed the formulas at it, whole (a new sheet grown by the ballot block).
    const ballotColumns = ss.sheet(SHEET.ballots).getMaxColumns();
    expect(sheet.getRange(2, scores[0].length + 2, 1, 1).getFormulas()[0][0]).toContain(`; 'Phiếu bầu'!A1:${columnLetter(ballotColumns - 1)})`);
    // Before any ballot, Đồng Tháp and Vĩnh Long share rank 5; the typed ballots settle it at once.
    expect([liveByUnit(sheet).get('DT')?.[1], liveByUnit(sheet).get('VL')?.[1]]).toEqual([5, 5]);
    ss.sheet(SHEET.ballots).getRange(2, 1, rows.length, header.length).setValues(rows);
    let live = liveByUnit(sheet);
    for (const ref of rankingAfterVote(fixture)) expect([ref.unit, live.get(ref.unit)?.[1]]).toEqual([ref.unit, ref.rank]);
    // Cập nhật Bảng điểm lays them the same way.
    call('menuCapNhatBangDiem');
    expect(sheet.getRange(2, scores[0].length + 2, 1, 1).getFormulas()[0][0]).toContain(
      `; 'Phiếu bầu'!A1:${columnLetter(ss.sheet(SHEET.ballots).getMaxColumns() - 1)})`,
    );
    live = liveByUnit(sheet);
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
    expect(ss.formulaErrors.get(`${SHEET.scores}!${columnLetter(width)}2`)).toBe(
      `Array result was not expanded because it would overwrite data in ${columnLetter(width)}5.`,
    );
  });
});

/** Sets a setting of `Cấu hình` by its label, as the secretariat types it. */
function setSetting(ss: FakeSpreadsheet, key: string, value: CellValue): void {
  const sheet = ss.sheet(SHEET.settings);
  const row = sheet.grid().findIndex((r) => r[0] === SETTINGS.find((d) => d.key === key)?.label);
  sheet.getRange(row + 1, 2).setValues([[value]]);
}

/** The messages of `Kiểm tra` after the menu's check, by cell. */
function menuMessages(ss: FakeSpreadsheet, call: (name: string) => unknown): string[] {
  call('menuKiemTra');
  return ss
    .sheet(SHEET.checks)
    .grid()
    .flat()
    .filter((v): v is string => typeof v === 'string');
}

// README "Every output a person reads as text … with the decimal mark of Dấu thập phân" and "Decimal marks" (issues 19.6, 25.2).
describe('decimal marks in the live columns and the functions, as in the menu', () => {
  it('tell a score typed as text in the other mark (9,5 in an en_US sheet) which mark the spreadsheet reads: validation, live check and menu alike', () => {
    const { ss, scores, call } = laidOut('en_US');
    const sheet = ss.sheet(SHEET.scores);
    expect(sheet.getRange(2, 3).getDataValidations()[0][0]?.getHelpText()).toBe(
      `Điểm chuẩn tiêu chí 1: một số từ 0 đến ${fixture.criteria[0].maxBase}; dấu thập phân là dấu chấm, ví dụ 9.5`,
    );
    typeScores(sheet, scores);
    // Under en_US "9,5" stays the text it was typed as.
    sheet.getRange(3, 3).setValues([['9,5']]);
    expect(sheet.getRange(3, 3).getValues()[0][0]).toBe('9,5');
    const said = 'bảng tính này dùng dấu chấm (9.5) làm dấu thập phân';
    const live = liveByUnit(sheet).get(fixture.units[1].code) ?? [];
    expect(live[3]).toBe(
      `Cảnh báo ở Chuẩn 1 (C3): 1 ô điểm được nhập dạng văn bản (đầu tiên ghi "9,5" ở ô C3): ${said}. Đã hiểu là số; hãy gõ lại theo dấu chấm (9.5) để ô là số.`,
    );
    expect(menuMessages(ss, call).some((m) => m.includes(`(đầu tiên ghi "9,5" ở ô C3): ${said}`))).toBe(true);
    // Read as 9.5, as the menu reads it: the live total is the menu's.
    call('menuTinhDiem');
    const ranked = rankingRows(ss).find((r) => r[1] === fixture.units[1].code) ?? [];
    expect([live[0], live[1]]).toEqual([ranked[6], ranked[0]]);
  });

  it('write every number of a live or function message in the mark of Dấu thập phân (blank: the locale), examples included', () => {
    for (const [locale, mark] of [
      ['vi_VN', ','],
      ['en_US', '.'],
    ] as const) {
      const { ss, scores } = laidOut(locale);
      // The example's Dấu thập phân is "."; blank, the spreadsheet's locale decides.
      setSetting(ss, 'decimalSeparator', '');
      setSetting(ss, 'scoreStep', 0.25);
      const sheet = ss.sheet(SHEET.scores);
      typeScores(sheet, scores);
      sheet.getRange(2, 3).setValues([[9.1]]);
      const p = (text: string): string => text.replace(/(\d)\.(\d)/g, `$1${mark}$2`);
      expect(liveByUnit(sheet).get(fixture.units[0].code)?.[3]).toContain(p('là 9.1, không theo bước điểm 0.25. Hãy làm tròn theo bước 0.25.'));
      const tried = ss.insertSheet('Thử');
      tried.getRange(1, 1, 3, 1).setValues([[9.3], [10], [1.23456]]);
      tried.getRange(1, 2, 2, 1).setValues([["=KIEMTRA(A1; A2; 'Cấu hình'!A1:B)"], ['=TONGDIEM(A3)']]);
      const [[check], [total]] = tried.getRange(1, 2, 2, 1).getValues();
      expect(check).toBe(p('Điểm 9.3 không theo bước điểm 0.25. Hãy làm tròn theo bước 0.25.'));
      expect(total).toBe(p('Ô điểm chuẩn có quá ba chữ số thập phân (1.23456). Hãy gõ điểm theo bước điểm đã thống nhất, ví dụ 9.5 hoặc 9.25.'));
      // Dấu thập phân set in Cấu hình wins over the locale, in the functions given that range.
      const other = mark === ',' ? '.' : ',';
      setSetting(ss, 'decimalSeparator', other);
      expect(tried.getRange(1, 2).getValues()[0][0]).toBe(`Điểm 9${other}3 không theo bước điểm 0${other}25. Hãy làm tròn theo bước 0${other}25.`);
      expect(liveByUnit(sheet).get(fixture.units[0].code)?.[3]).toContain(`là 9${other}1, không theo bước điểm 0${other}25.`);
    }
  });

  it('follow a change of the spreadsheet’s locale at the next recalculation (Dấu thập phân blank), as the menu does', () => {
    const { ss, scores, call } = laidOut('vi_VN');
    setSetting(ss, 'decimalSeparator', '');
    setSetting(ss, 'scoreStep', 0.25);
    const sheet = ss.sheet(SHEET.scores);
    typeScores(sheet, scores);
    sheet.getRange(2, 3).setValues([[9.1]]);
    const check = (): string => String(liveByUnit(sheet).get(fixture.units[0].code)?.[3]);
    expect(check()).toContain('là 9,1, không theo bước điểm 0,25.');
    // The owner switches File › Settings › Locale to the United States (no script call); then a unit types a score.
    ss.locale = 'en_US';
    sheet.getRange(3, 3).setValues([[scores[2][2]]]);
    expect(check()).toContain('là 9.1, không theo bước điểm 0.25.');
    expect(menuMessages(ss, call).some((m) => m.includes('là 9.1, không theo bước điểm 0.25.'))).toBe(true);
  });
});
