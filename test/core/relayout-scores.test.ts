import { describe, expect, it } from 'vitest';
import { moveCells, relayoutScores } from '../../src/core/plans/relayout-scores';
import { SHEET, scoresHeader } from '../../src/core/model/template';
import type { Grid } from '../../src/core/model/types';

const units = [
  { code: 'AG', name: 'Sở Thông tin và Truyền thông tỉnh An Giang', shortName: 'An Giang' },
  { code: 'LA', name: 'Sở Thông tin và Truyền thông tỉnh Long An', shortName: 'Long An' },
];
const crit = (...codes: string[]) => codes.map((code) => ({ code }));
const opts = { sheet: SHEET.scores };

const AG1 = 'https://drive.google.com/ag-1';
const LA2 = 'https://drive.google.com/la-2';
/** A typed sheet for criteria 1 and 2: AG 10+1 (its evidence), 20; LA 9, 19.5+2 (its evidence), deduction -0.5 "chậm", an explanation. */
const typed: Grid = [
  scoresHeader(crit('1', '2')),
  ['AG', 'An Giang', 10, 1, 20, '', '', '', AG1, '', ''],
  ['LA', 'Long An', 9, '', 19.5, 2, -0.5, 'chậm', '', LA2, 'Đã bổ sung biên bản'],
];
const blanks = (n: number): string[] => Array<string>(n).fill('');

describe('relayoutScores', () => {
  it('lays out a new sheet from the lists: a row per unit, columns per criterion', () => {
    const layout = relayoutScores(undefined, crit('1', '2'), units, opts);
    expect(layout.grid).toEqual([scoresHeader(crit('1', '2')), ['AG', 'An Giang', ...blanks(9)], ['LA', 'Long An', ...blanks(9)]]);
    expect(layout.changed).toBe(true);
    expect(layout.keptAside).toEqual([]);
    expect(layout.addedUnits).toEqual(['AG', 'LA']);
  });

  it('changes nothing when the sheet already follows the lists', () => {
    const layout = relayoutScores(typed, crit('1', '2'), units, opts);
    expect(layout.changed).toBe(false);
    expect(layout.grid).toEqual(typed);
  });

  it('moves every value with its unit and criterion when criteria are added and reordered and units added and reordered', () => {
    const more = [{ code: 'DT', name: 'Sở Thông tin và Truyền thông tỉnh Đồng Tháp', shortName: 'Đồng Tháp' }, units[1], units[0]];
    const layout = relayoutScores(typed, crit('2', '3', '1'), more, opts);
    expect(layout.grid).toEqual([
      [
        'Mã đơn vị',
        'Đơn vị',
        'Chuẩn 2',
        'Thưởng 2',
        'Chuẩn 3',
        'Thưởng 3',
        'Chuẩn 1',
        'Thưởng 1',
        'Điểm trừ',
        'Lý do trừ',
        'Minh chứng 2',
        'Minh chứng 3',
        'Minh chứng 1',
        'Giải trình',
      ],
      ['DT', 'Đồng Tháp', ...blanks(12)],
      ['LA', 'Long An', 19.5, 2, '', '', 9, '', -0.5, 'chậm', LA2, '', '', 'Đã bổ sung biên bản'],
      ['AG', 'An Giang', 20, '', '', '', 10, 1, '', '', '', '', AG1, ''],
    ]);
    expect(layout.keptAside).toEqual([]);
    expect(layout.addedUnits).toEqual(['DT']);
    expect(layout.addedCriteria).toEqual(['3']);
    expect(layout.rowFrom).toEqual([0, -1, 2, 1]);
    expect(layout.columnFrom).toEqual([0, 1, 4, 5, -1, -1, 2, 3, 6, 7, 9, -1, 8, 10]);
  });

  it('keeps aside the values of a removed criterion and of a removed unit, deduction, reason, evidence and explanation included', () => {
    const layout = relayoutScores(typed, crit('1'), [units[0]], opts);
    expect(layout.grid).toEqual([scoresHeader(crit('1')), ['AG', 'An Giang', 10, 1, '', '', AG1, '']]);
    const base = { sheet: SHEET.scores, other: '' };
    const none = { base: '', bonus: '', deduction: '', reason: '' };
    expect(layout.keptAside).toEqual([
      {
        ...base,
        ...none,
        unitCode: 'LA',
        unitName: 'Long An',
        criterion: '2',
        other: LA2,
        why: 'đơn vị "LA" (dòng 3) không còn trong danh sách đơn vị; cột "Minh chứng 2"',
      },
      {
        ...base,
        ...none,
        unitCode: 'LA',
        unitName: 'Long An',
        criterion: '',
        other: 'Đã bổ sung biên bản',
        why: 'đơn vị "LA" (dòng 3) không còn trong danh sách đơn vị; cột "Giải trình"',
      },
      {
        ...base,
        unitCode: 'LA',
        unitName: 'Long An',
        criterion: '1',
        base: 9,
        bonus: '',
        deduction: '',
        reason: '',
        why: 'đơn vị "LA" (dòng 3) không còn trong danh sách đơn vị',
      },
      {
        ...base,
        unitCode: 'LA',
        unitName: 'Long An',
        criterion: '2',
        base: 19.5,
        bonus: 2,
        deduction: '',
        reason: '',
        why: 'đơn vị "LA" (dòng 3) không còn trong danh sách đơn vị',
      },
      {
        ...base,
        unitCode: 'LA',
        unitName: 'Long An',
        criterion: '',
        base: '',
        bonus: '',
        deduction: -0.5,
        reason: 'chậm',
        why: 'đơn vị "LA" (dòng 3) không còn trong danh sách đơn vị',
      },
      {
        ...base,
        unitCode: 'AG',
        unitName: 'An Giang',
        criterion: '2',
        base: 20,
        bonus: '',
        deduction: '',
        reason: '',
        why: 'tiêu chí 2 không còn trong danh sách tiêu chí',
      },
    ]);
    expect(layout.removedUnits).toEqual(['LA']);
    expect(layout.removedCriteria).toEqual(['2']);
  });

  it('keeps aside a repeated unit row, a row without a code and a column that is not the template’s', () => {
    const grid: Grid = [
      [...scoresHeader(crit('1')), 'Ghi chú'],
      ['AG', 'An Giang', 10, '', '', '', '', '', 'đã duyệt'],
      ['ag', 'An Giang', 8, '', '', '', '', '', ''],
      ['', '', 7, '', '', '', '', '', ''],
      ['LA', 'Long An', '', '', '', '', '', '', ''],
    ];
    const layout = relayoutScores(grid, crit('1'), units, opts);
    expect(layout.grid.slice(1)).toEqual([
      ['AG', 'An Giang', 10, ...blanks(5)],
      ['LA', 'Long An', ...blanks(6)],
    ]);
    expect(layout.keptAside.map((k) => [k.unitCode, k.criterion, k.base, k.other, k.why])).toEqual([
      ['ag', '1', 8, '', 'dòng 3 trùng đơn vị AG với dòng 2'],
      ['', '1', 7, '', 'dòng 4 không ghi mã đơn vị'],
      ['AG', '', '', 'đã duyệt', 'cột "Ghi chú" không thuộc bảng mẫu'],
    ]);
  });

  it('finds a row by the unit’s name when no code is typed, whatever the typing of the marks', () => {
    const grid: Grid = [scoresHeader(crit('1')), ['', 'Long An', 9, ...blanks(5)]];
    expect(relayoutScores(grid, crit('1'), units, opts).grid[2]).toEqual(['LA', 'Long An', 9, ...blanks(5)]);
  });

  it('leaves the generated columns to be laid again, neither moved nor kept aside', () => {
    const grid: Grid = [
      [...scoresHeader(crit('1')), 'Tổng (tự tính)'],
      ['AG', 'An Giang', 10, ...blanks(5), 10],
      ['LA', 'Long An', 9, ...blanks(5), 9],
    ];
    const layout = relayoutScores(grid, crit('1'), units, { ...opts, isGenerated: (h) => h === 'Tổng (tự tính)' });
    expect(layout.keptAside).toEqual([]);
    expect(layout.changed).toBe(false);
    expect(layout.grid[0]).toEqual(scoresHeader(crit('1')));
  });

  it('moves notes and colours the way the values moved', () => {
    const layout = relayoutScores(typed, crit('2', '1'), [units[1], units[0]], opts);
    const notes = typed.map((row, r) => row.map((_, c) => `${r}:${c}`));
    const moved = moveCells(notes, layout, '');
    expect(moved[1]).toEqual(['2:0', '2:1', '2:4', '2:5', '2:2', '2:3', '2:6', '2:7', '2:9', '2:8', '2:10']);
  });

  it('lays Cụm chấm out with a reason column per criterion, each reason moving with its criterion', () => {
    const agreed: Grid = [scoresHeader(crit('1', '2'), 'agreed'), ['LA', 'Long An', 8, '', '', '', '', '', 'Thiếu biên bản', '']];
    const layout = relayoutScores(agreed, crit('2', '1'), [units[1]], { sheet: SHEET.agreed, role: 'agreed' });
    expect(layout.grid).toEqual([
      ['Mã đơn vị', 'Đơn vị', 'Chuẩn 2', 'Thưởng 2', 'Chuẩn 1', 'Thưởng 1', 'Điểm trừ', 'Lý do trừ', 'Lý do 2', 'Lý do 1'],
      ['LA', 'Long An', '', '', 8, '', '', '', '', 'Thiếu biên bản'],
    ]);
    expect(layout.keptAside).toEqual([]);
  });
});
