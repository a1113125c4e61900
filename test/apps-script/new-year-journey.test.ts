/**
 * Three years of a cluster in Google Sheets, through the menu of the built bundle and
 * the fakes: the 2021 example (scores and ballots) ranked, then "Bắt đầu năm mới" in
 * the copy the user made → 2022 with its scores typed → the comparison in `Tổng hợp`,
 * the sidebar and the report → "Bắt đầu năm mới" again → 2023, where two units merge
 * into one naming both predecessors. Expected values are worked out by hand in
 * test/helpers/next-years.ts, the same as the command's journey.
 */
import { describe, expect, it } from 'vitest';
import type { SidebarData } from '../../src/core/outputs/sidebar-data';
import { HISTORY_HEADER, SETTINGS, SHEET, STATUS_HEADER, SUCCESSOR_HEADER, SUMMARY_HEADER } from '../../src/core/model/template';
import { YEAR_BOUND_SETTINGS } from '../../src/core/sheets/year-bound-settings';
import type { CellValue } from '../../src/core/model/types';
import { fixtureGrids } from '../../scripts/example-data';
import { fakeDocumentApp } from '../fakes/document-app';
import { liveRows } from '../helpers/live-menu';
import * as next from '../helpers/next-years';
import { loadBuilt, lockAtQuestions } from './harness';
import { fillWorkbook, fixture, typeScores } from './workbook';

const docs = fakeDocumentApp();
const { google, call } = loadBuilt({}, { DocumentApp: docs.app });
const { spreadsheet: ss, ui } = google;

function menu(caption: string): void {
  const item = ui.menus.flatMap((m) => m.items).find((i) => i.caption === caption);
  if (!item) throw new Error(`no menu item ${caption}`);
  call(item.functionName);
}

const settingRow = (key: string): CellValue[] =>
  ss
    .sheet(SHEET.settings)
    .grid()
    .find((r) => r[0] === SETTINGS.find((d) => d.key === key)?.label) ?? [];
const refusals = (): string[] => ui.alerts.filter((a) => a.title === 'Tính điểm').map((a) => a.prompt);

/** The report's lines from "So với kết quả năm …" to the end of that list. */
function comparisonLines(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith('So với kết quả năm'));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('- '));
  return start < 0 ? [] : lines.slice(start, end < 0 ? undefined : end);
}

function lastSidebar(): SidebarData {
  const page = ui.sidebars[ui.sidebars.length - 1].content;
  return JSON.parse(/id="initial-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '') as SidebarData;
}

describe('the next years in Google Sheets', () => {
  it('ranks 2021, then starts 2022 in the copy, clearing what belonged to 2021 and keeping its results', () => {
    fillWorkbook(ss, fixtureGrids(fixture, {}, { ballots: true }));
    ss.name = 'Bản sao của Cụm thi đua số 08 năm 2021';
    call('onOpen', { authMode: 'LIMITED' });
    menu('Tính điểm và xếp hạng');
    expect(refusals()).toEqual([]);
    const held = lockAtQuestions(google);
    menu('Bắt đầu năm mới');
    // The question comes before the lock: a dialog left open holds no other run up.
    expect(held).toEqual([false]);
    const question = ui.alerts.at(-1);
    expect(question?.title).toBe('Bắt đầu năm mới');
    expect(question?.prompt).toContain(`Bảng tính "${ss.name}" sẽ thành bảng tính của năm 2022`);
    expect(question?.prompt).toContain('Chỉ làm việc này trong một BẢN SAO của bảng tính năm 2021 (Tệp › Tạo bản sao, rồi mở bản sao)');
    expect(refusals()).toEqual([]);
    expect(ss.toasts.at(-1)?.message).toContain('Đã bắt đầu năm 2022');
    expect(ss.toasts.at(-1)?.message).toContain(`hãy chạy menu ${ui.menuPath('Phân quyền nhập liệu')}`);

    expect(ss.getSheetByName(SHEET.summary)).toBeNull();
    expect(settingRow('year')[1]).toBe(2022);
    for (const key of Object.keys(YEAR_BOUND_SETTINGS)) {
      expect(settingRow(key)[1], key).toBe('');
      expect(String(settingRow(key)[2]), key).toMatch(/^Cần điền cho năm 2022/);
    }
    expect(ss.sheet(SHEET.units).grid()[0]).toContain(SUCCESSOR_HEADER);
    // Its header named 2021's candidates: the sheet is emptied, for the vote to lay it from the 2022 ranking.
    expect(
      ss
        .sheet(SHEET.ballots)
        .grid()
        .flat()
        .filter((c) => c !== ''),
    ).toEqual([]);
    const past = ss.sheet(SHEET.past).grid();
    const at = (title: string): number => past[0].indexOf(title);
    expect(Object.fromEntries(past.slice(1).map((r) => [r[at('Mã đơn vị')], r[at('Hạng')]]))).toEqual(next.RANKS_2021);
    const history = ss.sheet(SHEET.history).grid();
    expect(history.map((r) => r[HISTORY_HEADER.indexOf('Năm')])).toEqual(['Năm', 2021, 2022]);
  });

  it('compares 2022 with 2021 in Tổng hợp, the sidebar and the report, as worked out by hand', () => {
    typeScores(ss, next.typed2022);
    menu('Tính điểm và xếp hạng');
    expect(refusals()).toEqual([]);
    expect(next.comparedRows(ss.sheet(SHEET.summary).grid(), SUMMARY_HEADER)).toEqual(next.EXPECTED_2022);
    const top = lastSidebar().ranking;
    expect(top[0]).toMatchObject({ code: 'HG', rank: 1, comparison: '2021: hạng 2, ↑1; 2 năm liên tục' });
    expect(top[2]).toMatchObject({ code: 'ST', rank: 3, comparison: '2021: hạng 12, ↑9; 2 năm liên tục' });
    menu('Tạo báo cáo');
    expect(comparisonLines(docs.documents[0].body.text())).toEqual(next.REPORT_2022);
    menu('Kiểm phiếu và lập biên bản');
    expect(ss.sheet(SHEET.ballots).grid()[0]).toContain('Cờ thi đua: Hậu Giang');
  });

  it('starts 2023 from 2022 and follows a unit merged from two into the comparison, the streak and the award rule', () => {
    menu('Bắt đầu năm mới');
    expect(refusals()).toEqual([]);
    const past = ss.sheet(SHEET.past).grid();
    expect(
      past
        .slice(1)
        .map((r) => r[0])
        .filter((y) => y === 2022),
    ).toHaveLength(12);
    expect(
      past
        .slice(1)
        .map((r) => r[0])
        .filter((y) => y === 2021),
    ).toHaveLength(12);

    const settings = ss.sheet(SHEET.settings);
    const labels = settings.grid().map((r) => r[0]);
    settings.getRange(labels.indexOf(SETTINGS.find((d) => d.key === 'awardStreak')?.label) + 1, 2).setValues([[2]]);
    const units = ss.sheet(SHEET.units);
    const grid = units.grid();
    const successor = grid[0].indexOf(SUCCESSOR_HEADER);
    const rows = next
      .units2023()
      .map((u) => grid[0].map((_, c) => (c === 0 ? u.code : c === 1 ? u.name : c === 2 ? u.shortName : c === successor ? u.predecessors : '')));
    units.getRange(2, 1, grid.length - 1, grid[0].length).setValues(Array.from({ length: grid.length - 1 }, (_, r) => rows[r] ?? grid[0].map(() => '')));
    menu('Cập nhật Bảng điểm');
    typeScores(ss, next.typed2023);
    menu('Tính điểm và xếp hạng');
    expect(refusals()).toEqual([]);
    expect(next.comparedRows(ss.sheet(SHEET.summary).grid(), SUMMARY_HEADER)).toEqual(next.EXPECTED_2023);
    menu('Tạo báo cáo');
    const report = docs.documents[1].body.text();
    expect(comparisonLines(report)).toEqual(next.REPORT_2023);
    expect(report).toMatch(/cho Sở Khoa học và Công nghệ tỉnh An Giang, đạt [\d.,]+ điểm, xếp thứ 2/);
  });
});

describe('a new year in a copy whose protections came with it', () => {
  it('lays the protections again, Các năm trước among the owner’s sheets', () => {
    const copy = loadBuilt({}, { DocumentApp: fakeDocumentApp().app });
    fillWorkbook(copy.google.spreadsheet, fixtureGrids(fixture, {}, { ballots: true }));
    copy.call('onOpen', { authMode: 'LIMITED' });
    copy.call('menuPhanQuyen');
    copy.call('menuBatDauNamMoi');
    const toast = copy.google.spreadsheet.toasts.at(-1)?.message ?? '';
    expect(toast).toContain('Đã bắt đầu năm 2022');
    expect(toast).toContain(`Đã bảo vệ 12 dòng đơn vị trong "${SHEET.scores}"`);
    const past = copy.google.spreadsheet.sheet(SHEET.past);
    expect(past.getProtections('SHEET').map((p) => p.getDescription())).toEqual([expect.stringMatching(/^Tính điểm: /)]);
  });
});

/**
 * Google's reference says a copy of a spreadsheet carries its bound scripts, not whether it
 * carries the document's properties, where a unit's own run records its submission
 * (src/apps-script/submission-store.ts). The worst case is played here: the copy holds every
 * property of the original, and no 2021 submission may count in 2022.
 */
describe('a new year in a copy that carried the document’s properties', () => {
  it('counts no submission of last year, neither from Nộp bài nor from the properties', () => {
    const { google: g, call: run } = loadBuilt({}, { DocumentApp: fakeDocumentApp().app });
    const copy = g.spreadsheet;
    fillWorkbook(copy, fixtureGrids(fixture, {}, { ballots: true }));
    run('onOpen', { authMode: 'LIMITED' });
    run('menuCapNhatBangDiem');
    const scores = copy.sheet(SHEET.scores);
    const codes = fixture.units.map((u) => u.code);
    for (const code of codes.slice(0, 3)) {
      scores.getRange(scores.grid().findIndex((r) => r[0] === code) + 1, 2).activate();
      run('menuNopBangDiem');
    }
    const recorded = new Map(g.documentProperties.values);
    expect(recorded.size).toBe(3);
    // File › Make a copy: a new file (its own id), and here every property of the original with it.
    copy.id = 'ban-sao-2022';
    copy.name = 'Bản sao của Cụm thi đua số 08 năm 2021';
    run('menuBatDauNamMoi');
    expect(copy.toasts.at(-1)?.message).toContain('Đã bắt đầu năm 2022');
    expect(copy.getSheetByName(SHEET.submissions)).toBeNull();
    expect(g.documentProperties.getKeys()).toEqual([]);
    // Even if the copy's store held them again, records of another spreadsheet are never read.
    for (const [key, value] of recorded) g.documentProperties.setProperty(key, value);
    typeScores(copy, next.typed2022);
    run('menuKiemTra');
    const grid = scores.grid();
    const status = grid[0].indexOf(STATUS_HEADER);
    // The year's statuses went with its log; nothing is recorded in 2022 yet, so the column stays blank.
    expect(grid.slice(1, codes.length + 1).map((r) => r[status])).toEqual(codes.map(() => ''));
    expect(liveRows(copy).filter((r) => r.check.includes('sau khi nộp'))).toEqual([]);
    const data = run('sidebarCheck') as SidebarData;
    expect((data.review?.units ?? []).filter((u) => u.status !== 'đang nhập')).toEqual([]);
    // A unit submitting in 2022 replaces the record of the same unit that came from 2021.
    scores.getRange(2, 2).activate();
    run('menuNopBangDiem');
    expect(copy.sheet(SHEET.submissions).grid().slice(1)).toHaveLength(1);
  });
});
