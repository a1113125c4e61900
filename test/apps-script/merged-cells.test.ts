/**
 * Cells a unit merged in `Bảng điểm`, through the built add-in: Sheets keeps the value in
 * the range's first cell only (its `getValues()` gives '' for the others), so *Kiểm tra dữ
 * liệu* says why a hidden cell reads blank, naming the range, in the words the command uses
 * (test/cli/reshaped-input.test.ts): the ranges come from `Range.getMergedRanges()`, one call a sheet.
 */
import { describe, expect, it } from 'vitest';
import { SHEET } from '../../src/core/model/template';
import { fakeDocumentApp } from '../fakes/document-app';
import { loadBuilt } from './harness';
import { exampleGrids, fillWorkbook } from './workbook';

describe('merged score cells in Sheets', () => {
  it('names the merged range at the hidden cell, an error where a base score goes blank and a warning where a bonus does', () => {
    const { google, call } = loadBuilt({}, { DocumentApp: fakeDocumentApp().app });
    const ss = google.spreadsheet;
    fillWorkbook(ss, exampleGrids());
    const scores = ss.sheet(SHEET.scores);
    // Trà Vinh (row 5) and Vĩnh Long (row 6) both typed 10 in Chuẩn 5 (K); Kiên Giang (row 9) merges Chuẩn 1 (18) into Thưởng 1 (4).
    expect(scores.getRange(5, 11, 2, 1).getValues()).toEqual([[10], [10]]);
    expect(scores.getRange(9, 3, 1, 2).getValues()).toEqual([[18, 4]]);
    scores.getRange(5, 11, 2, 1).merge();
    scores.getRange(9, 3, 1, 2).merge();
    google.calls.reset();
    call('menuKiemTra');
    expect(google.calls.of('Range.getMergedRanges')).toBe(1);
    const rows = ss
      .sheet(SHEET.checks)
      .grid()
      .slice(1)
      .filter((r) => r[2] === SHEET.scores && r[6] !== 'DEDUCTION_SIGN');
    expect(rows.map((r) => [r[0], r[3], r[4], r[5], r[6]])).toEqual([
      [
        'Lỗi',
        'K6',
        'Vĩnh Long',
        'Ô K6 nằm trong vùng gộp K5:K6; chỉ ô đầu K5 giữ giá trị (giá trị ấy hiện trên cả vùng), ô K6 được đọc là trống. Hãy bỏ gộp ô rồi gõ vào từng ô. Vĩnh Long chưa chấm điểm chuẩn tiêu chí 5. Hãy gõ điểm từ 0 đến 10.',
        'BLANK_BASE',
      ],
      [
        'Cảnh báo',
        'D9',
        'Kiên Giang',
        'Ô D9 (cột "Thưởng 1") nằm trong vùng gộp C9:D9; chỉ ô đầu C9 giữ giá trị (giá trị ấy hiện trên cả vùng), ô D9 được đọc là trống. Hãy bỏ gộp ô rồi gõ vào từng ô.',
        'MERGED_CELLS',
      ],
    ]);
  });
});
