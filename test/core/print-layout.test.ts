/** The one layout definition: widths, wraps, orientation, repeated and frozen rows, from a sheet's content. */
import { describe, expect, it } from 'vitest';
import type { OutputSheet } from '../../src/core/model/output-sheet';
import {
  MAX_COLUMN_WIDTH,
  MIN_PRINTED_POINTS,
  PORTRAIT_WIDTH,
  lineCount,
  outputLayout,
  printScale,
  rowHeights,
  templateLayout,
} from '../../src/core/sheets/print-layout';
import { SHEET } from '../../src/core/model/template';
import { templateSheets } from '../../src/core/sheets/template-sheets';

const sheet = (rows: OutputSheet['rows'], extra: Partial<OutputSheet> = {}): OutputSheet => ({ rows, headerRows: [0], titleRows: [], ...extra });

describe('outputLayout', () => {
  it('sizes each column on its longest value and prints a narrow sheet portrait', () => {
    const layout = outputLayout(
      sheet([
        ['Mã', 'Đơn vị'],
        ['LA', 'Long An'],
        ['HG', 'Hậu Giang'],
      ]),
    );
    expect(layout.columns.map((c) => c.wrap)).toEqual([false, false]);
    expect(layout.columns[0].width).toBeLessThan(layout.columns[1].width);
    expect(layout.landscape).toBe(false);
    expect(layout).toMatchObject({ repeatRows: { first: 1, last: 1 }, frozenRows: 1, frozenColumns: 0 });
  });

  it('wraps a long text within the widest column allowed, and turns a wide sheet landscape', () => {
    const long = 'Điểm trừ ghi số âm hay số dương đều được hiểu là trừ điểm; '.repeat(4);
    const layout = outputLayout(
      sheet([
        ['Ô', 'Nội dung', 'Ghi chú'],
        ['W2', long, long],
      ]),
    );
    expect(layout.columns[1]).toEqual({ width: MAX_COLUMN_WIDTH, wrap: true });
    // The widest column the README promises: 360 px.
    expect(MAX_COLUMN_WIDTH).toBe(360);
    expect(2 * MAX_COLUMN_WIDTH).toBeGreaterThan(PORTRAIT_WIDTH);
    expect(layout.landscape).toBe(true);
  });

  it('lets a title or a text row run on: it sizes no column and never wraps', () => {
    const out = sheet(
      [
        ['Một tiêu đề rất dài của trang tổng hợp kết quả chấm điểm thi đua', ''],
        ['Hạng', 'Mã'],
        [1, 'LA'],
        ['Báo cáo', 'https://docs.google.com/document/d/abcdefghijklmnopqrstuvwxyz0123456789'],
      ],
      {
        titleRows: [0],
        headerRows: [1],
        textRows: [3],
      },
    );
    const layout = outputLayout(out);
    expect(layout.columns.every((c) => c.width < 100 && !c.wrap)).toBe(true);
    expect(layout.wraps).toEqual([
      [false, false],
      [true, true],
      [false, false],
      [false, false],
    ]);
    // Repeated and frozen down to the header, below the title.
    expect(layout).toMatchObject({ repeatRows: { first: 2, last: 2 }, frozenRows: 2 });
  });

  it('runs a sentence alone on its row across the table, wrapped, one merge per run of such rows', () => {
    const award =
      'Căn cứ kết quả chấm điểm, xếp hạng thi đua, Cụm thi đua đề nghị xét tặng Cờ thi đua cho Sở Thông tin và Truyền thông tỉnh Long An, xếp hạng 1.';
    const out = sheet(
      [
        ['Hạng', 'Đơn vị', 'Tổng điểm'],
        [1, 'Long An', 117.5],
        ['', '', ''],
        ['Đề nghị', '', ''],
        [award, '', ''],
        [award, '', ''],
        ['Báo cáo', '', 'x.docx'],
      ],
      { titleRows: [3], textRows: [4, 5, 6] },
    );
    const layout = outputLayout(out);
    expect(layout.spanRows).toEqual([4, 5]);
    expect(layout.spanRuns).toEqual([{ first: 4, count: 2 }]);
    expect(layout.wraps[4]).toEqual([true, false, false]);
    const table = layout.columns.reduce((sum, c) => sum + c.width, 0);
    expect(rowHeights(out.rows, layout, layout.wraps)[4]).toBe(15 * lineCount(award, table));
    // Not where Sheets could not merge: across frozen columns.
    expect(outputLayout({ ...out, frozenColumns: 1 }).spanRows).toEqual([]);
  });

  it('lets a long header wrap rather than widen a column of short numbers', () => {
    const layout = outputLayout(sheet([['Số cảnh báo nên xem lại trước khi ký'], [1]], {}));
    expect(layout.columns[0].width).toBeLessThanOrEqual(120);
  });
});

describe('row heights', () => {
  it('counts the lines of a wrapped text, each paragraph on its own lines', () => {
    expect(lineCount('ngắn', 200)).toBe(1);
    expect(lineCount('một\nhai\nba', 200)).toBe(3);
    expect(lineCount('x'.repeat(300), 200)).toBeGreaterThanOrEqual(Math.ceil((300 * 5.5) / 200));
  });

  it('gives a height only to rows whose wrapped text needs more than one line, within Excel’s limit', () => {
    const out = sheet([['Nội dung'], ['ngắn'], ['dài '.repeat(200)], ['rất dài '.repeat(5000)]]);
    const layout = outputLayout(out);
    const heights = rowHeights(out.rows, layout, layout.wraps);
    expect(heights[1]).toBeNull();
    expect(heights[2]).toBeGreaterThan(15);
    expect(heights[3]).toBe(409);
  });
});

describe('templateLayout', () => {
  const layouts = new Map(templateSheets().map((s) => [s.name, templateLayout(s)]));

  it('freezes Bảng điểm on its header row and its two unit columns, the other sheets on the header only', () => {
    expect(layouts.get(SHEET.scores)).toMatchObject({ frozenRows: 1, frozenColumns: 2, repeatRows: { first: 1, last: 1 } });
    for (const name of [SHEET.settings, SHEET.criteria, SHEET.units]) expect(layouts.get(name)).toMatchObject({ frozenRows: 1, frozenColumns: 0 });
  });

  it('wraps the long texts: settings values and notes, criterion names and narratives, unit names', () => {
    expect(layouts.get(SHEET.settings)?.columns.map((c) => c.wrap)).toEqual([true, true, true]);
    expect(layouts.get(SHEET.criteria)?.columns.map((c) => c.wrap)).toEqual([false, true, true, true, true, true, false]);
    expect(layouts.get(SHEET.units)?.columns[1].wrap).toBe(true);
  });

  it('prints no sheet below 7 pt: Bảng điểm of 10 criteria split across landscape pages at a fixed scale, its unit columns on each', () => {
    // 2 unit columns, 20 score columns, the deduction and its reason, 10 evidence links, the explanation, the live
    // columns and the status: near 4,900 px, which one landscape page (about 1,000 px) would print at a fifth of full size.
    const scores = layouts.get(SHEET.scores);
    expect(scores).toMatchObject({ landscape: true, repeatColumns: { first: 1, last: 2 } });
    expect(scores?.scale).toBeGreaterThanOrEqual(Math.ceil((100 * MIN_PRINTED_POINTS) / 11));
    expect(scores?.scale).toBeLessThanOrEqual(100);
    // The narrower sheets still fit their page's width, at 7 pt or more.
    for (const name of [SHEET.settings, SHEET.criteria, SHEET.units]) {
      const layout = layouts.get(name);
      expect(layout, name).toMatchObject({ scale: null, repeatColumns: null });
      expect(11 * printScale(layout as NonNullable<typeof layout>), name).toBeGreaterThanOrEqual(MIN_PRINTED_POINTS);
    }
  });

  it('fits a sheet to its page while that leaves 7 pt; wider, splits it at the largest scale that needs no more pages than 7 pt would', () => {
    const wide = (columns: number): OutputSheet =>
      sheet([Array.from({ length: columns }, (_, c) => `Cột số ${c} dài`), Array.from({ length: columns }, () => 'x')]);
    // A header of 12 characters makes a column of 100 px (7 a character, 16 of padding). 7 of them: 700 px, wider than
    // portrait A4 (678 px inside its margins), landscape and fitted at full size.
    expect(outputLayout(wide(7))).toMatchObject({ landscape: true, scale: null });
    // 30 columns: 3,000 px (about 3,240 as printed) against 1,007 px of landscape A4 less margins: 31 % fitted; split instead.
    const split = outputLayout({ ...wide(30), frozenColumns: 2 });
    expect(split).toMatchObject({ landscape: true, repeatColumns: { first: 1, last: 2 } });
    expect(split.scale).toBeGreaterThanOrEqual(64);
    expect(printScale(split)).toBe((split.scale ?? 0) / 100);
    // Without frozen unit columns nothing repeats at the left.
    expect(outputLayout(wide(30)).repeatColumns).toBeNull();
  });
});
