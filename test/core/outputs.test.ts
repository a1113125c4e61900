/** The output sheets as 2D arrays, on the example cluster. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { fingerprint } from '../../src/core/fingerprint';
import { checksSheet, historyRow, summarySheet } from '../../src/core/outputs';
import { SUMMARY_HEADER } from '../../src/core/template';
import { dateInWords, formatDateTime } from '../../src/core/dates';
import { fixtureGrids, loadFixture } from '../../scripts/example-data';

const fixture = loadFixture();
const grids = fixtureGrids(fixture);
const ev = evaluate(grids);

describe('Tổng hợp', () => {
  const sheet = summarySheet(ev, 'https://docs.google.com/document/d/x');

  it('is a rectangle, as setValues needs', () => {
    const width = sheet.rows[0].length;
    expect(sheet.rows.every((r) => r.length === width)).toBe(true);
  });

  it('holds the ranking in rank order under its header, as numbers', () => {
    const { firstRow, count } = sheet.ranking;
    expect(sheet.rows[firstRow - 1].slice(0, SUMMARY_HEADER.length)).toEqual([...SUMMARY_HEADER]);
    expect(sheet.headerRows).toContain(firstRow - 1);
    const rows = sheet.rows.slice(firstRow, firstRow + count);
    expect(rows.map((r) => [r[0], r[1], r[3], r[4], r[5], r[6]])).toEqual(
      fixture.expectedRanking.map((e) => [e.rank, e.unit, e.base, e.bonus, e.deduction, e.total]),
    );
    expect(rows.find((r) => r[1] === 'VL')?.[8]).toContain('cần bỏ phiếu');
    expect(rows.find((r) => r[1] === 'LA')?.[8]).toBe('');
  });

  it('links the report and lists the award proposal', () => {
    expect(sheet.rows[1].slice(0, 2)).toEqual(['Báo cáo', 'https://docs.google.com/document/d/x']);
    const flat = sheet.rows.map((r) => r[0]);
    expect(flat).toContain('Đề nghị: Sở Thông tin và Truyền thông tỉnh Long An (hạng 1, 117.5 điểm)');
  });

  it('has a per-criterion breakdown in unit-list order that adds up to the totals', () => {
    const start = sheet.rows.findIndex((r) => r[0] === 'Chi tiết theo tiêu chí') + 2;
    const detail = sheet.rows.slice(start, start + fixture.units.length);
    expect(detail.map((r) => r[0])).toEqual(fixture.units.map((u) => u.code));
    for (const row of detail) {
      const cells = row.slice(2, 2 + fixture.criteria.length * 2) as number[];
      const deduction = row[2 + fixture.criteria.length * 2] as number;
      const total = row[3 + fixture.criteria.length * 2] as number;
      expect(Math.round((cells.reduce((a, b) => a + b, 0) - deduction) * 1000)).toBe(Math.round(total * 1000));
    }
  });
});

describe('Kiểm tra', () => {
  it('lists errors before warnings, with unit names', () => {
    const sheet = checksSheet(
      [
        { severity: 'warning', code: 'W', sheet: 'Bảng điểm', cell: 'C2', message: 'w' },
        { severity: 'error', code: 'E', sheet: 'Bảng điểm', cell: 'D3', message: 'e', unit: 'LA' },
      ],
      new Map([['LA', 'Long An']]),
    );
    expect(sheet.rows.slice(1)).toEqual([
      ['Lỗi', 'E', 'Bảng điểm', 'D3', 'Long An', 'e'],
      ['Cảnh báo', 'W', 'Bảng điểm', 'C2', '', 'w'],
    ]);
  });

  it('says so when there is nothing to fix', () => {
    expect(checksSheet([]).rows[1].at(-1)).toBe('Không có lỗi hay cảnh báo nào.');
  });
});

describe('Lịch sử', () => {
  it('records counts, the ranking in one line and the fingerprint', () => {
    const row = historyRow(ev, { time: '05/01/2022 08:00', user: 'a@b.vn', fingerprint: fingerprint(grids) });
    // One warning: the example types its deductions as "-0.5", which is accepted and said once.
    expect(ev.issues.map((i) => i.code)).toEqual(['DEDUCTION_SIGN']);
    expect(row.slice(0, 5)).toEqual(['05/01/2022 08:00', 'a@b.vn', 12, 0, 1]);
    expect(row[5]).toMatch(/^1\. Long An \(117\.5\); 2\. Hậu Giang \(115\); .*5\. Vĩnh Long \(112\); 5\. Đồng Tháp \(112\);/);
  });

  it('fingerprints the inputs: same cells same print, any change another', () => {
    const again = fixtureGrids(fixture);
    expect(fingerprint(again)).toBe(fingerprint(grids));
    again.scores![3][4] = 9.5;
    expect(fingerprint(again)).not.toBe(fingerprint(grids));
    expect(fingerprint(grids)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('dates', () => {
  it('writes the report date with leading zeros for days below 10 and months 1-2', () => {
    expect(dateInWords(new Date(2022, 0, 5))).toBe('ngày 05 tháng 01 năm 2022');
    expect(dateInWords(new Date(2021, 11, 25))).toBe('ngày 25 tháng 12 năm 2021');
    expect(dateInWords(new Date(2021, 2, 9))).toBe('ngày 09 tháng 3 năm 2021');
    expect(formatDateTime(new Date(2026, 10, 25, 8, 4))).toBe('25/11/2026 08:04');
  });
});
