/**
 * A cluster with rank bands, Cụm chấm and ballots, typed step by step in Google
 * Sheets through the menu of the built bundle and the fakes, as a secretariat and
 * its units would: after every step the live columns of `Bảng điểm` equal what the
 * menu's check and ranking write (`Kiểm tra`, `Tổng hợp`), cell for cell — while
 * the scores are missing, once typed, with a bonus typed against its band, after a
 * place changes, with a score the cluster agreed in `Cụm chấm`, and with the
 * council's ballots laid out and counted.
 */
import { describe, expect, it } from 'vitest';
import { CRITERIA_HEADER, SETTINGS, SHEET, UNITS_HEADER, bonusHeader, placeHeader } from '../../src/core/model/template';
import type { CellValue, Grid } from '../../src/core/model/types';
import { fakeDocumentApp } from '../fakes/document-app';
import type { FakeSheet } from '../fakes/spreadsheet';
import { expectLiveEqualsMenu, liveRows } from '../helpers/live-menu';
import * as year from '../helpers/journey';
import { loadBuilt } from './harness';

const { google, call } = loadBuilt({}, { DocumentApp: fakeDocumentApp().app });
const { spreadsheet: ss } = google;
const example = year.example;
const banded = example.criteria.filter((c) => c.bands).map((c) => c.code);

/** Types rows under the header, from row 2, as a user would (one range). */
function typeRows(sheet: FakeSheet, rows: CellValue[][]): void {
  const width = Math.max(...rows.map((r) => r.length));
  sheet.getRange(2, 1, rows.length, width).setValues(rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? '')));
}

/** Cells of units' rows, each found by the unit's code and the column header, typed one by one as users would. */
function typeCells(sheet: FakeSheet, cells: [unit: string, header: string, value: CellValue][]): void {
  const grid: Grid = sheet.grid();
  for (const [unit, header, value] of cells) {
    const row = grid.findIndex((r) => r[0] === unit);
    const column = grid[0].indexOf(header);
    if (row < 0 || column < 0) throw new Error(`no ${unit} × ${header} in ${sheet.name}`);
    sheet.getRange(row + 1, column + 1).setValues([[value]]);
  }
}

const typeAt = (sheet: FakeSheet, unit: string, header: string, value: CellValue): void => typeCells(sheet, [[unit, header, value]]);

const liveOf = (unit: string) => liveRows(ss).find((r) => r.code === unit);

describe('a cluster with rank bands, Cụm chấm and ballots: the live columns equal the menu after every step', () => {
  it('lays the template and Bảng điểm from typed lists with bands, places and pledges; no score yet', () => {
    ss.addSheet('Trang tính1');
    call('menuTaoBangMau');
    const settings = ss.sheet(SHEET.settings);
    const labels = settings.grid().map((r) => r[0]);
    for (const [key, value] of Object.entries(year.SETTINGS_TYPED))
      settings.getRange(labels.indexOf(SETTINGS.find((d) => d.key === key)?.label) + 1, 2).setValues([[value]]);
    const criteria = ss.sheet(SHEET.criteria);
    criteria.getRange(1, 1, 1, CRITERIA_HEADER.length).setValues([[...CRITERIA_HEADER]]);
    typeRows(
      criteria,
      example.criteria.map((c) => [c.code, c.name, c.maxBase, c.maxBonus ?? '', '', c.bands ?? '', '']),
    );
    const units = ss.sheet(SHEET.units);
    const header = [...UNITS_HEADER, ...banded.map(placeHeader)];
    units.getRange(1, 1, 1, header.length).setValues([header]);
    typeRows(
      units,
      example.units.map((u) => [u.code, u.name, u.shortName, '', u.pledged === false ? 'không' : 'có', '', ...banded.map((code) => u.places?.[code] ?? '')]),
    );
    call('menuCapNhatBangDiem');
    expect(expectLiveEqualsMenu(ss, call)).toBe(false);
  });

  it('ranks as the menu once the units have typed their rows, the bands’ bonuses from the places', () => {
    typeCells(
      ss.sheet(SHEET.scores),
      example.units.flatMap((u) => Object.entries(year.typedRow(u.code)).map(([h, v]): [string, string, CellValue] => [u.code, h, v])),
    );
    expect(expectLiveEqualsMenu(ss, call)).toBe(true);
    for (const ref of example.expectedRanking) expect([ref.unit, liveOf(ref.unit)?.total]).toEqual([ref.unit, ref.total]);
  });

  it('refuses, live and in the menu alike, a bonus typed against its band, and ranks again once it is cleared', () => {
    // Tiền Giang is 15th on criterion 4's outside ranking: band 11-20 gives 1,5, not 3.
    typeAt(ss.sheet(SHEET.scores), 'TG', bonusHeader('4'), 3);
    expect(expectLiveEqualsMenu(ss, call)).toBe(false);
    expect(liveOf('TG')?.check).toMatch(/^Lỗi ở Thưởng 4 \(\w+\d+\): Điểm thưởng tiêu chí 4 của Tiền Giang ghi 3, nhưng hạng ngoài 15/);
    typeAt(ss.sheet(SHEET.scores), 'TG', bonusHeader('4'), '');
    expect(expectLiveEqualsMenu(ss, call)).toBe(true);
  });

  it('follows a place changed in Đơn vị into the bonus, live as in the menu', () => {
    const before = liveOf('BT')?.total as number;
    // Bến Tre enters criterion 4's outside ranking at place 5: band 1-10, 3 points.
    typeAt(ss.sheet(SHEET.units), 'BT', placeHeader('4'), 5);
    expect(expectLiveEqualsMenu(ss, call)).toBe(true);
    expect(liveOf('BT')?.total).toBe(before + 3);
  });

  it('counts a score the cluster agreed in Cụm chấm, once Cập nhật Bảng điểm has laid that sheet out', () => {
    ss.insertSheet(SHEET.agreed);
    call('menuCapNhatBangDiem');
    const agreed = ss.sheet(SHEET.agreed);
    expect(
      agreed
        .grid()
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(example.units.map((u) => u.code));
    const before = liveOf('CM')?.total as number;
    typeAt(agreed, 'CM', 'Chuẩn 1', (example.scores.find((s) => s.unit === 'CM')?.base[0] ?? 0) - 1);
    // A correction needs its reason, or it is an error at its cell (the ranking waits for it).
    typeAt(agreed, 'CM', 'Lý do 1', 'Thiếu biên bản hội nghị');
    expect(expectLiveEqualsMenu(ss, call)).toBe(true);
    expect(liveOf('CM')?.total).toBe(before - 1);
  });

  it('settles the tie by the ballots as soon as they are typed, and equals the count of Kiểm phiếu', () => {
    call('menuKiemPhieu');
    const ballots = ss.sheet(SHEET.ballots);
    const header = ballots.grid()[0].filter((h) => h !== '');
    expect(header.some((h) => String(h).startsWith('Đồng hạng '))).toBe(true);
    // Seven ballots: every candidate agreed, each tie given to the first unit it names.
    const answer = (h: CellValue): CellValue =>
      String(h).startsWith('Đồng hạng ')
        ? String(h)
            .replace(/^Đồng hạng \d+: /, '')
            .split(' / ')[0]
        : String(h).startsWith('Cờ thi đua: ')
          ? 'đồng ý'
          : '';
    ballots.getRange(2, 1, 7, header.length).setValues(Array.from({ length: 7 }, (_, b) => header.map((h, c) => (c === 0 ? b + 1 : answer(h)))));
    expect(expectLiveEqualsMenu(ss, call)).toBe(true);
    call('menuKiemPhieu');
    expect(expectLiveEqualsMenu(ss, call)).toBe(true);
  });
});
