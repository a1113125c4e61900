/** `Mã cũ` in the relayout, pure: which values follow a renamed code, which a merge puts aside, and which lists are refused. */
import { describe, expect, it } from 'vitest';
import { COMMAND_GUIDE } from '../../src/core/model/guide';
import { IssueList } from '../../src/core/model/issues';
import type { Grid } from '../../src/core/model/types';
import { relayoutScores } from '../../src/core/plans/relayout-scores';
import { parseUnits } from '../../src/core/read/parse-lists';

const header = ['Mã đơn vị', 'Đơn vị', 'Chuẩn 1', 'Thưởng 1', 'Chuẩn 5', 'Thưởng 5', 'Điểm trừ', 'Lý do trừ'];
const old: Grid = [header, ['AG', 'An Giang', 10, '', 8, 1, '', ''], ['KG', 'Kiên Giang', 9, '', 7, '', 0.5, 'chậm'], ['CT', 'Cần Thơ', 10, '', 6, '', '', '']];
const unit = (code: string, oldCodes?: string[]) => ({ code, name: code, shortName: code, ...(oldCodes ? { oldCodes } : {}) });

describe('relayoutScores with Mã cũ', () => {
  it('moves a renamed criterion’s values to its new code, and a renamed unit’s row to its new code', () => {
    const layout = relayoutScores(old, [{ code: '1' }, { code: '5.1', oldCodes: ['5'] }], [unit('ANG', ['AG']), unit('KG'), unit('CT')], {
      sheet: 'Bảng điểm',
    });
    // Then the review's columns (evidence per criterion, the explanation), empty here.
    expect(layout.grid).toEqual([
      ['Mã đơn vị', 'Đơn vị', 'Chuẩn 1', 'Thưởng 1', 'Chuẩn 5.1', 'Thưởng 5.1', 'Điểm trừ', 'Lý do trừ', 'Minh chứng 1', 'Minh chứng 5.1', 'Giải trình'],
      ['ANG', 'ANG', 10, '', 8, 1, '', '', '', '', ''],
      ['KG', 'KG', 9, '', 7, '', 0.5, 'chậm', '', '', ''],
      ['CT', 'CT', 10, '', 6, '', '', '', '', '', ''],
    ]);
    expect(layout.keptAside).toEqual([]);
    expect(layout.renamed).toEqual(['tiêu chí 5 → 5.1', 'đơn vị AG → ANG']);
    expect(layout.addedCriteria).toEqual([]);
    expect(layout.addedUnits).toEqual([]);
  });

  it('a unit’s own row wins over the row of its old code (the old one is then a repeat, put aside)', () => {
    const grid: Grid = [...old, ['ANG', 'An Giang', 1, '', 1, '', '', '']];
    const layout = relayoutScores(grid, [{ code: '1' }, { code: '5' }], [unit('ANG', ['AG']), unit('KG'), unit('CT')], { sheet: 'Bảng điểm' });
    expect(layout.grid[1].slice(0, 3)).toEqual(['ANG', 'ANG', 1]);
    expect(layout.keptAside.every((e) => e.unitCode === 'AG')).toBe(true);
  });

  it('a merge puts both old rows aside, each saying into what, and the new row starts blank', () => {
    const layout = relayoutScores(old, [{ code: '1' }, { code: '5' }], [unit('AK', ['AG', 'KG']), unit('CT')], { sheet: 'Bảng điểm' });
    expect(layout.grid[1]).toEqual(['AK', 'AK', '', '', '', '', '', '', '', '', '']);
    expect(new Set(layout.keptAside.map((e) => e.unitCode))).toEqual(new Set(['AG', 'KG']));
    for (const e of layout.keptAside) expect(e.why).toContain('được gộp vào đơn vị AK (cột "Mã cũ")');
    // Every typed value of the two rows is there: 10, 8, 1 of AG; 9, 7 and the deduction of KG.
    const values = layout.keptAside.flatMap((e) => [e.base, e.bonus, e.deduction, e.reason]).filter((v) => v !== '');
    expect(values.sort()).toEqual([0.5, 1, 10, 7, 8, 9, 'chậm'].sort());
    expect(layout.merged).toEqual(['đơn vị AG, KG → AK']);
    expect(layout.removedUnits).toEqual([]);
  });
});

describe('reading Mã cũ', () => {
  it('refuses an old code that is a code now, or that two rows name', () => {
    const issues = new IssueList(COMMAND_GUIDE);
    const units = parseUnits(
      [
        ['Mã đơn vị', 'Tên đơn vị', 'Tên ngắn', 'Email người nhập', 'Ký giao ước', 'Mã cũ'],
        ['AK', 'An Kiên', 'AK', '', '', 'AG; KG'],
        ['CT', 'Cần Thơ', 'CT', '', '', 'AK'],
        ['HG', 'Hậu Giang', 'HG', '', '', 'KG'],
      ],
      issues,
    );
    expect(units.map((u) => u.oldCodes)).toEqual([['AG', 'KG'], undefined, undefined]);
    expect(issues.items.map((i) => [i.cell, i.code])).toEqual([
      ['F3', 'BAD_OLD_CODE'],
      ['F4', 'BAD_OLD_CODE'],
    ]);
  });
});
