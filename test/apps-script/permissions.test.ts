/**
 * "Phân quyền nhập liệu" as the people of a cluster meet it, through the built bundle
 * and the fakes, which refuse an edit the way Google's protections do (any protection
 * that denies wins; a sheet protection's unprotected ranges; owner and runner always
 * editors): a unit's editor types its own scores and nothing else — not its code or
 * name, not another unit's row, not the live columns, a row below, a column right of
 * the template, a stray sheet, `Phiếu bầu` or an output sheet made later. A run cut off
 * midway never leaves open a cell that was protected.
 */
import { describe, expect, it } from 'vitest';
import { a1 } from '../../src/core/model/a1';
import { typedWidth } from '../../src/core/sheets/live-columns';
import { SHEET } from '../../src/core/model/template';
import type { Grid, WorkbookGrids } from '../../src/core/model/types';
import { fixtureGrids } from '../../scripts/example-data';
import { fakeDocumentApp } from '../fakes/document-app';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { loadBuilt } from './harness';
import { exampleGrids, fillWorkbook, fixture } from './workbook';

const OWNER = 'thuky@cum08.example.vn';
/** Unit i's two entry people; unit 0 (Long An) has none. */
const emailsOf = (i: number): string[] => (i === 0 ? [] : [`nhap${i}@stttt.example.vn`, `pho${i}@stttt.example.vn`]);

function cluster(grids: WorkbookGrids = exampleGrids()) {
  (grids.units as Grid).slice(1).forEach((row, i) => (row[3] = emailsOf(i).join(', ')));
  const docs = fakeDocumentApp();
  const loaded = loadBuilt({}, { DocumentApp: docs.app });
  const ss = loaded.google.spreadsheet;
  fillWorkbook(ss, grids);
  // The secretariat shares the spreadsheet with every entry person and a colleague of its own domain.
  ss.addEditors([...fixture.units.flatMap((_, i) => emailsOf(i)), 'dongnghiep@cum08.example.vn']);
  ss.addSheet('Sheet1', [['ghi chú riêng']]);
  return { ...loaded, ss, ui: loaded.google.ui };
}

/** Cells of `Bảng điểm` row `row` (1-based) a person tries. */
function rowCells(ss: FakeSpreadsheet, row: number): { code: string; name: string; scores: string[]; live: string; right: string } {
  const header = ss.sheet(SHEET.scores).grid()[0];
  // The unit's typed columns end where the live columns begin (scores, deduction, reason, evidence, explanation).
  const typed = typedWidth(header);
  return {
    code: a1(row - 1, 0),
    name: a1(row - 1, 1),
    scores: Array.from({ length: typed - 2 }, (_, c) => a1(row - 1, c + 2)),
    live: a1(row - 1, typed),
    right: a1(row - 1, header.length + 2),
  };
}

describe('Phân quyền nhập liệu, as a unit’s entry person meets it', () => {
  it('lets the unit type its score, deduction, reason, evidence and explanation cells and nothing else', () => {
    const { call, ss } = cluster();
    call('menuPhanQuyen');
    const me = emailsOf(1)[0];
    const mine = rowCells(ss, 3);
    for (const cell of mine.scores) expect(ss.typeAs(me, SHEET.scores, cell, 5), cell).toBe(true);
    expect(ss.typeAs(me, SHEET.scores, mine.code, 'AG')).toBe(false);
    expect(ss.typeAs(me, SHEET.scores, mine.name, 'An Giang')).toBe(false);
    expect(ss.typeAs(me, SHEET.scores, mine.live, 100)).toBe(false);
    expect(ss.typeAs(me, SHEET.scores, mine.right, 'x')).toBe(false);
    expect(ss.typeAs(me, SHEET.scores, 'C1', 'Chuẩn 9')).toBe(false);
    for (const cell of rowCells(ss, 4).scores) expect(ss.typeAs(me, SHEET.scores, cell, 5), cell).toBe(false);
    expect(ss.typeAs(me, SHEET.scores, `C${fixture.units.length + 2}`, 5)).toBe(false);
    for (const sheet of [SHEET.settings, SHEET.criteria, SHEET.units, 'Sheet1']) expect(ss.typeAs(me, sheet, 'B2', 'x'), sheet).toBe(false);
    // Nobody else types into the row: another unit, a colleague of the secretariat's domain; the owner does.
    expect(ss.typeAs(emailsOf(2)[0], SHEET.scores, mine.scores[0], 5)).toBe(false);
    expect(ss.typeAs('dongnghiep@cum08.example.vn', SHEET.scores, mine.scores[0], 5)).toBe(false);
    expect(ss.typeAs(OWNER, SHEET.scores, mine.code, 'TG')).toBe(true);
    // A unit without an email: only the owner.
    expect(ss.typeAs(emailsOf(1)[0], SHEET.scores, rowCells(ss, 2).scores[0], 5)).toBe(false);
    expect(ss.typeAs(OWNER, SHEET.scores, rowCells(ss, 2).scores[0], 5)).toBe(true);
  });

  it('has the sheets the product makes later born owner-only: Tổng hợp, Phiếu bầu, Kết quả bỏ phiếu', () => {
    const { call, ss } = cluster();
    call('menuPhanQuyen');
    call('menuTinhDiem');
    call('menuKiemPhieu');
    const me = emailsOf(1)[0];
    for (const sheet of [SHEET.summary, SHEET.detail, SHEET.history, SHEET.ballots]) expect(ss.typeAs(me, sheet, 'B2', 'đồng ý'), sheet).toBe(false);
    expect(ss.typeAs(OWNER, SHEET.ballots, 'A2', 1)).toBe(true);
  });

  it('keeps the ballots and the count’s sheet from the units', () => {
    const { call, ss } = cluster(fixtureGrids(fixture, {}, { ballots: true }));
    call('menuPhanQuyen');
    call('menuKiemPhieu');
    expect(ss.getSheetByName(SHEET.voteResults)).not.toBeNull();
    for (const sheet of [SHEET.ballots, SHEET.voteResults]) expect(ss.typeAs(emailsOf(1)[0], sheet, 'B2', 'đồng ý'), sheet).toBe(false);
  });

  it('a second run changes nothing it need not, and a user’s own protection stays', () => {
    const { call, ss, google } = cluster();
    const mine = ss.sheet(SHEET.scores).getRange(30, 1, 1, 3).protect().setDescription('Khóa riêng của thư ký');
    call('menuPhanQuyen');
    const before = ss.getProtections('RANGE').length + ss.getProtections('SHEET').length;
    google.calls.reset();
    call('menuPhanQuyen');
    expect(ss.getProtections('RANGE').length + ss.getProtections('SHEET').length).toBe(before);
    expect(ss.getProtections('RANGE')).toContain(mine);
    const writes = google.calls.list().filter((l) => /^Protection\.(set|add|remove)|\.protect:/.test(l));
    expect(writes).toEqual([]);
  });

  it('an address Google refuses leaves that row owner-only and the message names the unit', () => {
    const grids = exampleGrids();
    const { call, ss } = cluster(grids);
    // Bến Tre's entry person typed with a space inside: Google refuses it.
    ss.sheet(SHEET.units).cell(4, 4, true).value = 'nhap bt@stttt';
    ss.changed();
    call('menuPhanQuyen');
    expect(ss.toasts.at(-1)?.message).toContain('Google không nhận email của: Bến Tre');
    const row = rowCells(ss, 4);
    for (const e of emailsOf(2)) expect(ss.typeAs(e, SHEET.scores, row.scores[0], 1)).toBe(false);
    expect(ss.typeAs(OWNER, SHEET.scores, row.scores[0], 1)).toBe(true);
    expect(
      ss
        .sheet(SHEET.scores)
        .getProtections('RANGE')
        .find((p) => p.range?.row === 4)?.description,
    ).toBe('Tính điểm: Bảng điểm dòng 4, đơn vị BT: chỉ chủ bảng tính');
  });

  it('applies a unit’s email changed in Đơn vị when it runs again, never through Cập nhật Bảng điểm', () => {
    const { call, ss } = cluster();
    call('menuPhanQuyen');
    const before = emailsOf(1)[0];
    const after = 'nguoimoi@stttt.example.vn';
    ss.addEditors([after]);
    // Unit 1 (row 3 of both lists) hands its entry over to a new person.
    ss.sheet(SHEET.units).cell(3, 4, true).value = after;
    ss.changed();
    const cell = rowCells(ss, 3).scores[0];
    call('menuCapNhatBangDiem');
    expect(ss.typeAs(after, SHEET.scores, cell, 5)).toBe(false);
    expect(ss.typeAs(before, SHEET.scores, cell, 5)).toBe(true);
    call('menuPhanQuyen');
    expect(ss.typeAs(after, SHEET.scores, cell, 5)).toBe(true);
    expect(ss.typeAs(before, SHEET.scores, cell, 5)).toBe(false);
  });

  /** Every unit row: nobody but the unit its code names (and the owner) types there. */
  function rowsClosedToOthers(ss: FakeSpreadsheet, when: string): void {
    const grid = ss.sheet(SHEET.scores).grid();
    for (let r = 2; r < fixture.units.length + 2; r++) {
      const cell = rowCells(ss, r).scores[0];
      fixture.units.forEach((u, i) => {
        if (u.code === grid[r - 1][0]) return;
        for (const e of emailsOf(i)) expect(ss.typeAs(e, SHEET.scores, cell, 1), `${when}: ${e} in ${cell} (${String(grid[r - 1][0])})`).toBe(false);
      });
    }
  }

  /** Throws at the `stopAt`-th protection call, as the six-minute limit would. */
  function cutOffAt(google: ReturnType<typeof cluster>['google'], stopAt: number): void {
    let n = 0;
    google.calls.before.push((name) => {
      if ((name.startsWith('Protection.') || name.endsWith('.protect')) && ++n === stopAt) throw new Error('Hết thời gian');
    });
  }

  it('cut off at any call, never leaves a protected row open to another unit', () => {
    // Phân quyền once; then three units' emails change, and the second run stops at its k-th protection call.
    for (let stopAt = 1; stopAt < 40; stopAt += 2) {
      const { call, ss, google } = cluster();
      call('menuPhanQuyen');
      for (const r of [3, 6, 9]) ss.sheet(SHEET.units).cell(r, 4, true).value = `moi${r}@stttt.example.vn`;
      ss.changed();
      cutOffAt(google, stopAt);
      call('menuPhanQuyen');
      google.calls.before.length = 0;
      rowsClosedToOthers(ss, `Phân quyền stopped at protection call ${stopAt}`);
    }
  });

  it('Cập nhật Bảng điểm cut off at any call while units change rows never opens a row to another unit', () => {
    for (let stopAt = 1; stopAt < 40; stopAt += 2) {
      const grids = exampleGrids();
      const { call, ss, google } = cluster(grids);
      call('menuPhanQuyen');
      // Two units swap places in the list: their rows swap in Bảng điểm.
      const units = ss.sheet(SHEET.units);
      const [second, fifth] = [2, 5].map((r) => Array.from({ length: 6 }, (_, c) => units.cell(r + 1, c + 1).value));
      second.forEach((v, c) => (units.cell(6, c + 1, true).value = v));
      fifth.forEach((v, c) => (units.cell(3, c + 1, true).value = v));
      ss.changed();
      cutOffAt(google, stopAt);
      call('menuCapNhatBangDiem');
      google.calls.before.length = 0;
      rowsClosedToOthers(ss, `Cập nhật stopped at protection call ${stopAt}`);
    }
  });
});
