/** The permissions plan, pure: what is protected, for whom, and what an update must touch. */
import { describe, expect, it } from 'vitest';
import { commonBlocks, planPermissions, relayoutGuards, rowGuard, rowGuardChanges, SPARE_COLUMNS } from '../../src/core/plans/permissions';
import type { Grid, Unit } from '../../src/core/model/types';

const unit = (code: string, emails: string[] = []): Unit => ({ code, name: `Sở ${code}`, shortName: code, emails, row: 0 });
const units = [unit('AG', ['ag@x.vn']), unit('CT', ['ct@x.vn', 'ct2@x.vn']), unit('HG')];
const header = ['Mã đơn vị', 'Đơn vị', 'Chuẩn 1', 'Thưởng 1', 'Điểm trừ', 'Lý do trừ', 'Tổng điểm', 'Hạng', 'Xếp loại', 'Kiểm tra'];
const scores = (...codes: string[]): Grid => [header, ...codes.map((c) => [c, c, '', '', '', '', '', '', '', ''])];
const guide = { update: 'Cập nhật', permissions: 'Phân quyền' };

describe('planPermissions', () => {
  it('leaves the typed cells of the unit rows to their row guards; every sheet else owner-only', () => {
    const plan = planPermissions({ scores: scores('AG', 'CT', 'HG'), units, sheetNames: ['Cấu hình', 'Bảng điểm', 'Sheet1'], guide });
    expect(plan.refusal).toBeNull();
    expect(plan.sheets.map((s) => [s.sheet, s.unprotected])).toEqual([
      ['Cấu hình', []],
      // Columns C (first score) to F (Lý do trừ) of rows 2–4: not A–B, not the live columns.
      ['Bảng điểm', [{ row: 2, column: 3, rows: 3, columns: 4 }]],
      ['Sheet1', []],
    ]);
    expect(plan.rows.map((r) => [r.row, r.unitCode, r.editors])).toEqual([
      [2, 'AG', ['ag@x.vn']],
      [3, 'CT', ['ct@x.vn', 'ct2@x.vn']],
      [4, 'HG', []],
    ]);
    expect(plan.noEmail).toEqual(['HG']);
    expect(plan.width).toBe(header.length + SPARE_COLUMNS);
  });

  it('leaves a row of no unit (unknown code, a repeated unit) inside the sheet’s protection', () => {
    const plan = planPermissions({ scores: scores('AG', 'XX', 'AG', 'CT'), units, sheetNames: ['Bảng điểm'], guide });
    expect(plan.sheets[0].unprotected).toEqual([
      { row: 2, column: 3, rows: 1, columns: 4 },
      { row: 5, column: 3, rows: 1, columns: 4 },
    ]);
    expect(plan.noRow).toEqual(['HG']);
  });

  it('takes locks: a locked row stays covered, owner-only, and says why', () => {
    const plan = planPermissions({ scores: scores('AG', 'CT'), units, sheetNames: ['Bảng điểm'], guide, locks: [{ unitCode: 'ct', why: 'đã nộp' }] });
    expect(plan.rows[1]).toMatchObject({
      unitCode: 'CT',
      editors: [],
      lock: 'đã nộp',
      description: 'Tính điểm: Bảng điểm dòng 3, đơn vị CT: đã khóa (đã nộp)',
    });
    expect(plan.sheets[0].unprotected).toEqual([{ row: 2, column: 3, rows: 2, columns: 4 }]);
  });

  it('refuses with no score sheet or no unit row', () => {
    expect(planPermissions({ scores: undefined, units, sheetNames: [], guide }).refusal).toMatch(/^Chưa có trang "Bảng điểm"/);
    expect(planPermissions({ scores: scores('XX'), units, sheetNames: [], guide }).refusal).toMatch(/chưa có dòng nào của các đơn vị/);
  });
});

describe('matching protections by description', () => {
  it('keeps those still wanted, makes the missing, removes the rest (a user’s never)', () => {
    const wanted = [rowGuard(2, 'AG', ['ag@x.vn'], null), rowGuard(3, 'CT', [], null)];
    const existing = [wanted[0].description, 'Khóa riêng', rowGuard(3, 'HG', [], null).description, wanted[0].description];
    expect(rowGuardChanges(wanted, existing)).toEqual({ make: [wanted[1]], remove: [2, 3] });
  });

  it('narrows open blocks to what two layouts share', () => {
    expect(commonBlocks([{ row: 2, column: 3, rows: 12, columns: 22 }], [{ row: 2, column: 3, rows: 13, columns: 20 }])).toEqual([
      { row: 2, column: 3, rows: 12, columns: 20 },
    ]);
  });
});

describe('relayoutGuards: what an update touches', () => {
  it('nothing when no row changed its unit and the typed columns stayed', () => {
    expect(relayoutGuards(scores('AG', 'CT'), scores('AG', 'CT'), units, false).touched).toBe(false);
  });

  it('only the added rows, unread, when units were added at the end', () => {
    const work = relayoutGuards(scores('AG', 'CT'), scores('AG', 'CT', 'HG'), units, false);
    expect(work).toMatchObject({ touched: true, read: false, force: false });
    expect(work.rows.map((r) => r.unitCode)).toEqual(['HG']);
  });

  it('every row, read and compared, when a unit changed rows; all made again when the sheet grew', () => {
    expect(relayoutGuards(scores('AG', 'CT'), scores('CT', 'AG'), units, false)).toMatchObject({ touched: true, read: true, force: false });
    expect(relayoutGuards(scores('AG', 'CT', 'HG'), scores('AG', 'CT'), units, false)).toMatchObject({ read: true });
    expect(relayoutGuards(scores('AG'), scores('AG'), units, true)).toMatchObject({ read: true, force: true });
  });
});
