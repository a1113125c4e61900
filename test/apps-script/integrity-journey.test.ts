/**
 * A cluster's year as its people meet it, through the built add-in and the fakes
 * (which refuse edits as Google's protections do): the secretariat lays the score sheet
 * out and sets the permissions; a unit's entry person types its scores and tries what is
 * not its own; mid-year a criterion is renamed and two units merge while the units keep
 * typing; the rows, their values and their permissions follow.
 */
import { describe, expect, it } from 'vitest';
import { OLD_CODE_HEADER, SHEET } from '../../src/core/model/template';
import type { Grid } from '../../src/core/model/types';
import { fakeDocumentApp } from '../fakes/document-app';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { loadBuilt } from './harness';
import { exampleGrids, fillWorkbook, fixture } from './workbook';

const entry = (code: string): string => `nhap.${code.toLowerCase()}@stttt.example.vn`;

/** The cell of the row of unit `code` under `title` in `Bảng điểm`, as A1. */
function cellOf(ss: FakeSpreadsheet, code: string, title: string): string {
  const grid = ss.sheet(SHEET.scores).grid();
  const c = grid[0].indexOf(title);
  const r = grid.findIndex((row) => row[0] === code);
  expect(c, title).toBeGreaterThanOrEqual(0);
  expect(r, code).toBeGreaterThan(0);
  return `${String.fromCharCode(65 + c)}${r + 1}`;
}
const valueOf = (ss: FakeSpreadsheet, code: string, title: string): unknown => {
  const grid = ss.sheet(SHEET.scores).grid();
  return grid[grid.findIndex((row) => row[0] === code)][grid[0].indexOf(title)];
};

describe('a year of one cluster: permissions, renames, merges and units typing throughout', () => {
  it('keeps every unit to its own scores and every typed value at its unit and criterion', () => {
    const grids = exampleGrids();
    (grids.units as Grid).slice(1).forEach((row) => (row[3] = entry(String(row[0]))));
    const { call, google } = loadBuilt({}, { DocumentApp: fakeDocumentApp().app });
    const ss = google.spreadsheet;
    fillWorkbook(ss, grids);
    ss.addEditors([...fixture.units.map((u) => entry(u.code)), entry('AK')]);

    // The secretariat lays the sheet out and sets the permissions.
    call('menuCapNhatBangDiem');
    call('menuPhanQuyen');
    const tg = entry('TG');
    expect(ss.typeAs(tg, SHEET.scores, cellOf(ss, 'TG', 'Chuẩn 1'), 19)).toBe(true);
    expect(ss.typeAs(tg, SHEET.scores, cellOf(ss, 'TG', 'Mã đơn vị'), 'AG')).toBe(false);
    expect(ss.typeAs(tg, SHEET.scores, cellOf(ss, 'VL', 'Chuẩn 1'), 0)).toBe(false);
    expect(ss.typeAs(tg, SHEET.ballots, 'B2', 'đồng ý')).toBe(false);
    call('menuTinhDiem');
    expect(ss.typeAs(tg, SHEET.summary, 'C5', 120)).toBe(false);

    // Mid-year: criterion 5 becomes 5.1, An Giang and Kiên Giang merge into AK.
    const criteria = ss.sheet(SHEET.criteria);
    const cGrid = criteria.grid();
    const r5 = cGrid.findIndex((row) => String(row[0]) === '5');
    criteria.cell(r5 + 1, 1, true).value = '5.1';
    criteria.cell(r5 + 1, cGrid[0].indexOf(OLD_CODE_HEADER) + 1, true).value = '5';
    const units = ss.sheet(SHEET.units);
    const uGrid = units.grid();
    const ag = uGrid.findIndex((row) => row[0] === 'AG');
    const kg = uGrid.findIndex((row) => row[0] === 'KG');
    units.cell(ag + 1, 1, true).value = 'AK';
    units.cell(ag + 1, 2, true).value = 'Sở An Giang - Kiên Giang';
    units.cell(ag + 1, 3, true).value = 'An Kiên';
    units.cell(ag + 1, 4, true).value = entry('AK');
    units.cell(ag + 1, uGrid[0].indexOf(OLD_CODE_HEADER) + 1, true).value = 'AG, KG';
    // Kiên Giang's row goes: the rows below it move up one.
    for (let r = kg; r < uGrid.length; r++) uGrid[0].forEach((_, c) => (units.cell(r + 1, c + 1, true).value = uGrid[r + 1]?.[c] ?? ''));
    ss.changed();
    const criterion5 = new Map(fixture.units.map((u) => [u.code, valueOf(ss, u.code, 'Chuẩn 5')]));

    // While the update runs, Cà Mau (below the merge: its row moves) corrects a score.
    let typed = false;
    google.calls.before.push((name) => {
      if (name === 'Range.setNumberFormats' && !typed) typed = ss.typeAs(entry('CM'), SHEET.scores, cellOf(ss, 'CM', 'Chuẩn 2'), 9.5);
    });
    call('menuCapNhatBangDiem');
    google.calls.before.length = 0;
    expect(typed).toBe(true);
    const message = ss.toasts.at(-1)?.message ?? '';
    expect(message).toContain('tiêu chí 5 → 5.1');
    expect(message).toContain('đơn vị AG, KG → AK');
    expect(message).toMatch(/Trong lúc cập nhật có ô vừa được nhập \(Bảng điểm!\w+\)/);
    expect(valueOf(ss, 'CM', 'Chuẩn 2')).toBe(9.5);
    for (const u of fixture.units.filter((x) => x.code !== 'AG' && x.code !== 'KG'))
      expect(valueOf(ss, u.code, 'Chuẩn 5.1'), u.code).toEqual(criterion5.get(u.code));
    const kept = ss.sheet(SHEET.keptAside).grid();
    expect(new Set(kept.slice(1).map((row) => row[2]))).toEqual(new Set(['AG', 'KG']));

    // The merged unit's row says where its old scores went, until it has scores.
    call('menuKiemTra');
    expect(
      ss
        .sheet(SHEET.checks)
        .grid()
        .some((row) => row.includes('MERGED_UNIT') && row.includes(cellOf(ss, 'AK', 'Mã đơn vị'))),
    ).toBe(true);

    // The permissions followed the rows: each unit types its own new row, and no other.
    expect(ss.typeAs(entry('CM'), SHEET.scores, cellOf(ss, 'CM', 'Chuẩn 3'), 10)).toBe(true);
    expect(ss.typeAs(entry('ST'), SHEET.scores, cellOf(ss, 'CM', 'Chuẩn 3'), 0)).toBe(false);
    expect(ss.typeAs(entry('AK'), SHEET.scores, cellOf(ss, 'AK', 'Chuẩn 1'), 18)).toBe(true);
    expect(ss.typeAs(entry('KG'), SHEET.scores, cellOf(ss, 'AK', 'Chuẩn 1'), 18)).toBe(false);
    expect(ss.typeAs(entry('AK'), SHEET.keptAside, 'F2', 1)).toBe(false);
  });
});
