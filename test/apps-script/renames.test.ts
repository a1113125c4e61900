/**
 * Renames and merges said in the `Mã cũ` column of `Tiêu chí` and `Đơn vị`, through the
 * built add-in: a criterion renamed from 5 to 5.1 keeps every value typed under 5; two
 * units merged into a new code have both rows put aside in `Điểm đã gỡ`, the run says
 * so, and the new unit's row check says where the old scores went.
 */
import { describe, expect, it } from 'vitest';
import { OLD_CODE_HEADER, SHEET, SUBMISSIONS_HEADER } from '../../src/core/model/template';
import type { SidebarData } from '../../src/core/outputs/sidebar-data';
import type { CellValue, Grid, WorkbookGrids } from '../../src/core/model/types';
import { loadBuilt } from './harness';
import { exampleGrids, fillWorkbook } from './workbook';

function example(grids: WorkbookGrids) {
  const loaded = loadBuilt();
  fillWorkbook(loaded.google.spreadsheet, grids);
  return { ...loaded, ss: loaded.google.spreadsheet, ui: loaded.google.ui };
}

/** Types `codes` into the `Mã cũ` cell of row `r` (0-based in the grid), adding the column when the sheet has none. */
function setOldCode(grid: Grid, r: number, codes: string): void {
  let c = grid[0].indexOf(OLD_CODE_HEADER);
  if (c < 0) {
    c = grid[0].length;
    grid[0].push(OLD_CODE_HEADER);
  }
  while (grid[r].length <= c) grid[r].push('');
  grid[r][c] = codes;
}

const column = (grid: Grid, title: string): CellValue[] => grid.slice(1).map((row) => row[grid[0].indexOf(title)]);

describe('Mã cũ: values follow a renamed code', () => {
  it('criterion 5 renamed 5.1: every value typed under 5 moves to 5.1, none put aside', () => {
    const grids = exampleGrids();
    const criteria = grids.criteria as Grid;
    const r = criteria.findIndex((row) => String(row[0]) === '5');
    criteria[r][0] = '5.1';
    setOldCode(criteria, r, '5');
    const base = column(grids.scores as Grid, 'Chuẩn 5');
    const bonus = column(grids.scores as Grid, 'Thưởng 5');
    const { call, ss, ui } = example(grids);
    call('menuCapNhatBangDiem');
    expect(ui.alerts[0].prompt).toContain('đổi mã theo cột "Mã cũ", điểm đi theo mã mới: tiêu chí 5 → 5.1');
    const after = ss.sheet(SHEET.scores).grid();
    expect(after[0]).not.toContain('Chuẩn 5');
    expect(column(after, 'Chuẩn 5.1').slice(0, base.length)).toEqual(base);
    expect(column(after, 'Thưởng 5.1').slice(0, bonus.length)).toEqual(bonus);
    expect(ss.getSheetByName(SHEET.keptAside)).toBeNull();
  });

  it('a unit’s code renamed (AG → ANG): its row keeps its scores', () => {
    const grids = exampleGrids();
    const units = grids.units as Grid;
    const r = units.findIndex((row) => row[0] === 'AG');
    units[r][0] = 'ANG';
    setOldCode(units, r, 'AG');
    const row = (grids.scores as Grid).find((x) => x[0] === 'AG') as CellValue[];
    const { call, ss } = example(grids);
    call('menuCapNhatBangDiem');
    const after = ss
      .sheet(SHEET.scores)
      .grid()
      .find((x) => x[0] === 'ANG') as CellValue[];
    expect(after.slice(2, row.length)).toEqual(row.slice(2));
    expect(ss.getSheetByName(SHEET.keptAside)).toBeNull();
    expect(ss.toasts.at(-1)?.message).toContain('đơn vị AG → ANG');
  });

  it('two units merged into a new code: both rows put aside and said so, the new row’s check says where they went', () => {
    const grids = exampleGrids();
    const units = grids.units as Grid;
    const ag = units.findIndex((row) => row[0] === 'AG');
    units[ag] = ['AK', 'Sở Khoa học và Công nghệ An Giang - Kiên Giang', 'An Giang - Kiên Giang', '', ''];
    setOldCode(units, ag, 'AG, KG');
    units.splice(
      units.findIndex((row) => row[0] === 'KG'),
      1,
    );
    const { call, ss } = example(grids);
    call('menuCapNhatBangDiem');
    const message = ss.toasts.at(-1)?.message ?? '';
    expect(message).toContain('gộp theo cột "Mã cũ": đơn vị AG, KG → AK');
    const kept = ss.sheet(SHEET.keptAside).grid();
    const why = kept.slice(1).map((row) => String(row.at(-1)));
    for (const code of ['AG', 'KG']) {
      const rows = kept.slice(1).filter((row) => row[2] === code);
      expect(rows.length, code).toBeGreaterThan(0);
      expect(why.filter((w) => w.startsWith(`đơn vị "${code}"`)).every((w) => w.includes('được gộp vào đơn vị AK (cột "Mã cũ")'))).toBe(true);
    }
    // The check of the new unit's row (Kiểm tra dữ liệu) says where the old scores went.
    call('menuKiemTra');
    const scores = ss.sheet(SHEET.scores).grid();
    const at = `A${scores.findIndex((x) => x[0] === 'AK') + 1}`;
    const check = ss
      .sheet(SHEET.checks)
      .grid()
      .find((row) => row.includes('MERGED_UNIT'));
    expect(check).toEqual(expect.arrayContaining([SHEET.scores, at]));
    const said = String(check?.find((c) => typeof c === 'string' && c.includes('được gộp từ')));
    expect(said).toContain('được gộp từ AG, KG');
    expect(said).toContain(`trang "${SHEET.keptAside}"`);
  });

  it('an old code still in use, or named twice, is an error at its cell and nothing moves', () => {
    const grids = exampleGrids();
    const units = grids.units as Grid;
    setOldCode(units, 1, 'TG');
    const { call, ui, ss } = example(grids);
    const before = ss.sheet(SHEET.scores).grid();
    call('menuCapNhatBangDiem');
    expect(ui.alerts[0].prompt).toMatch(/Mã cũ "TG" đang là mã của đơn vị ở dòng 3/);
    expect(ss.sheet(SHEET.scores).grid()).toEqual(before);
  });
});

describe('Mã cũ after units submitted', () => {
  it('LA renamed LAN and criterion 5 renamed 5.1 after LA and TG submitted: the log is read under the new codes', () => {
    const grids = exampleGrids();
    const scores = grids.scores as Grid;
    // Nộp bài as the add-in appends it: the event, then the row's values under Bảng điểm's titles (Chuẩn 5, Thưởng 5 …).
    const titles = scores[0].slice(2);
    const submitted = (code: string): CellValue[] => {
      const row = scores.find((x) => x[0] === code) as CellValue[];
      return [new Date(2022, 0, 3, 9), code, 'nộp', 'Thư ký', '', ...row.slice(2)];
    };
    grids.submissions = [[...SUBMISSIONS_HEADER, ...titles], submitted('LA'), submitted('TG')];
    const units = grids.units as Grid;
    const la = units.findIndex((row) => row[0] === 'LA');
    units[la][0] = 'LAN';
    setOldCode(units, la, 'LA');
    const criteria = grids.criteria as Grid;
    const c5 = criteria.findIndex((row) => String(row[0]) === '5');
    criteria[c5][0] = '5.1';
    setOldCode(criteria, c5, '5');
    const { call } = example(grids);
    call('menuCapNhatBangDiem');
    const data = call('sidebarCheck') as SidebarData;
    const status = new Map((data.review?.units ?? []).map((u) => [u.code, u.status]));
    expect([status.get('LAN'), status.get('TG'), status.get('BT')]).toEqual(['đã nộp', 'đã nộp', 'đang nhập']);
    const codes = data.groups.flatMap((g) => g.issues.map((i) => i.code));
    expect(codes.filter((c) => c === 'BAD_SUBMISSION' || c === 'CHANGED_AFTER_SUBMISSION')).toEqual([]);
  });
});
