/**
 * The sheets the add-in writes read well: the layout of src/core/sheets/print-layout.ts
 * as SpreadsheetApp can apply it (frozen panes, column widths, wrapped cells
 * aligned to the top), through the built bundle and the fakes.
 */
import { describe, expect, it } from 'vitest';
import { CHECKS_HEADER, HISTORY_HEADER, SETTINGS_HEADER, SHEET, SUMMARY_HEADER } from '../../src/core/model/template';
import { DATE_TIME_FORMAT } from '../../src/core/sheets/cell-formats';
import { MAX_COLUMN_WIDTH } from '../../src/core/sheets/print-layout';
import { fakeDocumentApp } from '../fakes/document-app';
import type { FakeSheet } from '../fakes/spreadsheet';
import { loadBuilt } from './harness';
import { exampleGrids, fillWorkbook, fixture } from './workbook';

function run(...actions: string[]) {
  const loaded = loadBuilt({}, { DocumentApp: fakeDocumentApp().app });
  fillWorkbook(loaded.google.spreadsheet, exampleGrids());
  for (const action of actions) loaded.call(action);
  return loaded.google.spreadsheet;
}

const column = (sheet: FakeSheet, header: string, headerRow = 1): number => sheet.grid()[headerRow - 1].indexOf(header) + 1;
const wrapsOf = (sheet: FakeSheet, col: number, from: number, to: number): boolean[] =>
  sheet
    .getRange(from, col, to - from + 1, 1)
    .getWraps()
    .flat();

describe('Tổng hợp and Điểm theo tiêu chí', () => {
  const ss = run('menuTinhDiem');
  const summary = ss.sheet(SHEET.summary);
  const detail = ss.sheet(SHEET.detail);
  const headerRow = summary.grid().findIndex((r) => r[0] === SUMMARY_HEADER[0]) + 1;

  it('keeps the ranking in its own columns: a narrow code column, a wide name column', () => {
    expect(summary.grid().flat()).not.toContain('Chuẩn 1');
    const code = summary.columnWidths.get(column(summary, 'Mã đơn vị', headerRow)) as number;
    const name = summary.columnWidths.get(column(summary, 'Đơn vị', headerRow)) as number;
    expect(code).toBeLessThan(100);
    expect(name).toBeGreaterThan(250);
    expect(name).toBeLessThanOrEqual(MAX_COLUMN_WIDTH);
    expect([...summary.columnWidths.keys()].sort((a, b) => a - b)).toEqual(SUMMARY_HEADER.map((_, i) => i + 1));
  });

  it('centres the rank, so it does not run into the left-aligned code beside it ("1LA"), and leaves the title as it is', () => {
    const ranks = summary
      .getRange(headerRow, 1, fixture.units.length + 1, 1)
      .getHorizontalAlignments()
      .flat();
    expect(ranks).toEqual(Array(fixture.units.length + 1).fill('center'));
    expect(summary.getRange(headerRow + 1, 2).getHorizontalAlignments()).toEqual([['general']]);
    expect(summary.getRange(1, 1).getHorizontalAlignments()).toEqual([['general']]);
  });

  it('centres the total and the grade, so the number does not run into the text beside it ("93Hoàn thành tốt")', () => {
    const total = column(summary, 'Tổng điểm', headerRow);
    const grade = column(summary, 'Xếp loại', headerRow);
    expect(grade).toBe(total + 1);
    const cells = summary.getRange(headerRow, total, fixture.units.length + 1, 2).getHorizontalAlignments();
    expect(cells).toEqual(Array(fixture.units.length + 1).fill(['center', 'center']));
  });

  it('freezes the rows down to the ranking header, so that printing can repeat them', () => {
    expect(summary.getFrozenRows()).toBe(headerRow);
  });

  it('puts the per-criterion breakdown on its own sheet, frozen on its header and the unit columns', () => {
    const grid = detail.grid();
    const header = grid.findIndex((r) => r[0] === 'Mã đơn vị') + 1;
    expect(grid[header - 1].slice(0, 3)).toEqual(['Mã đơn vị', 'Đơn vị', 'Chuẩn 1']);
    expect(grid.slice(header).map((r) => r[0])).toEqual(fixture.units.map((u) => u.code));
    expect(detail.getFrozenRows()).toBe(header);
    expect(detail.getFrozenColumns()).toBe(2);
  });

  it('merges each award sentence across the ranking’s columns', () => {
    const award = summary.grid().findIndex((r) => r[0] === 'Đề nghị Cờ thi đua') + 2;
    expect(summary.merges).toContainEqual({ row: award, column: 1, rows: 1, columns: SUMMARY_HEADER.length });
    expect(summary.getRange(award, 1).getWraps()).toEqual([[true]]);
    expect(detail.merges).toEqual([]);
  });

  it('wraps the header cells and aligns the rows to the top', () => {
    expect(summary.getRange(headerRow, 1, 1, SUMMARY_HEADER.length).getWraps().flat().every(Boolean)).toBe(true);
    expect(
      summary
        .getRange(headerRow + 1, 1, 1, SUMMARY_HEADER.length)
        .getVerticalAlignments()
        .flat()
        .every((a) => a === 'top'),
    ).toBe(true);
    // The title runs on to the right: it never wraps in the narrow rank column.
    expect(summary.getRange(1, 1).getWraps()).toEqual([[false]]);
  });
});

describe('Kiểm tra', () => {
  const ss = run('menuKiemTra');
  const checks = ss.sheet(SHEET.checks);
  const rows = checks.grid().length;

  it('wraps the messages within a bounded width, names the kind in Vietnamese and the unit of a unit row', () => {
    const message = column(checks, 'Nội dung');
    expect(checks.columnWidths.get(message)).toBeLessThanOrEqual(MAX_COLUMN_WIDTH);
    expect(wrapsOf(checks, message, 2, rows).every(Boolean)).toBe(true);
    const [, issue] = checks.grid();
    expect(issue[CHECKS_HEADER.indexOf('Loại')]).toBe('Điểm trừ ghi số âm');
    expect(issue[CHECKS_HEADER.indexOf('Mã lỗi')]).toBe('DEDUCTION_SIGN');
    expect(issue[CHECKS_HEADER.indexOf('Đơn vị')]).not.toBe('');
    expect(checks.getFrozenRows()).toBe(1);
  });
});

describe('Lịch sử', () => {
  it('stores the time of each run as a date-time value with a date format', () => {
    const ss = run('menuTinhDiem', 'menuTinhDiem');
    const history = ss.sheet(SHEET.history);
    const time = column(history, HISTORY_HEADER[0]);
    for (const row of [2, 3]) {
      const [[value]] = history.getRange(row, time).getValues();
      expect(Object.prototype.toString.call(value)).toBe('[object Date]');
      expect(history.getRange(row, time).getNumberFormats()).toEqual([[DATE_TIME_FORMAT]]);
    }
    const ranking = column(history, 'Xếp hạng');
    expect(wrapsOf(history, ranking, 2, 3)).toEqual([true, true]);
    expect(history.getFrozenRows()).toBe(1);
  });
});

describe('Tạo bảng mẫu', () => {
  it('freezes Bảng điểm on its header row and unit columns, and wraps the long texts of Cấu hình', () => {
    const loaded = loadBuilt({}, { DocumentApp: fakeDocumentApp().app });
    const ss = loaded.google.spreadsheet;
    ss.addSheet('Trang tính1');
    loaded.call('menuTaoBangMau');
    const scores = ss.sheet(SHEET.scores);
    expect([scores.getFrozenRows(), scores.getFrozenColumns()]).toEqual([1, 2]);
    const settings = ss.sheet(SHEET.settings);
    expect(settings.getFrozenColumns()).toBe(0);
    const value = column(settings, SETTINGS_HEADER[1]);
    expect(wrapsOf(settings, value, 1, 20).every(Boolean)).toBe(true);
  });
});
