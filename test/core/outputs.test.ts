/** The output sheets as 2D arrays, on the example cluster. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { fingerprint } from '../../src/core/model/fingerprint';
import { CODE } from '../../src/core/model/issues';
import { checksSheet, detailSheet, historyRow, shortNames, summarySheet } from '../../src/core/outputs/outputs';
import { outputLayout } from '../../src/core/sheets/print-layout';
import { CHECKS_HEADER, SUMMARY_HEADER } from '../../src/core/model/template';
import { dateInWords, formatDateTime } from '../../src/core/model/dates';
import { fixtureGrids, loadFixture } from '../../scripts/example-data';
import { twoCriteria } from '../helpers/cluster';

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
      // Deductions are written as the negative numbers they are, as in the report ("-0.5").
      fixture.expectedRanking.map((e) => [e.rank, e.unit, e.base, e.bonus, e.deduction === 0 ? 0 : -e.deduction, e.total]),
    );
    expect(rows.find((r) => r[1] === 'VL')?.[8]).toContain('cần bỏ phiếu');
    expect(rows.find((r) => r[1] === 'LA')?.[8]).toBe('');
  });

  it('links the report and lists the award proposal', () => {
    expect(sheet.rows[1].slice(0, 3)).toEqual(['Báo cáo', '', 'https://docs.google.com/document/d/x']);
    const flat = sheet.rows.map((r) => r[0]);
    expect(flat).toContain(
      'Căn cứ kết quả chấm điểm, xếp hạng thi đua năm 2021, Cụm thi đua số 08 đề nghị xét tặng Cờ thi đua của Bộ Thông tin và Truyền thông cho Sở Thông tin và Truyền thông tỉnh Long An, đạt 117.5 điểm, xếp thứ 1.',
    );
  });

  it('centres the rank, the total and the grade, so no number runs into the text beside it ("1LA", "93Hoàn thành tốt")', () => {
    const { firstRow, count } = sheet.ranking;
    const centered = outputLayout(sheet).centered;
    const columns = (r: number): string[] => SUMMARY_HEADER.filter((_, c) => centered[r][c]);
    for (let r = firstRow - 1; r < firstRow + count; r++) expect(columns(r)).toEqual(['Hạng', 'Tổng điểm', 'Xếp loại']);
    // The title and the award proposal run on to the right: centring them in one column would cut them.
    expect(sheet.titleRows.every((r) => centered[r].every((c) => !c))).toBe(true);
    expect((sheet.textRows ?? []).every((r) => centered[r].every((c) => !c))).toBe(true);
  });

  it('keeps the per-criterion breakdown off the ranking, whose columns it would share', () => {
    expect(sheet.rows.every((r) => r.length === SUMMARY_HEADER.length)).toBe(true);
    expect(sheet.rows.flat()).not.toContain('Chuẩn 1');
  });
});

describe('Điểm theo tiêu chí', () => {
  const sheet = detailSheet(ev);

  it('has the per-criterion breakdown in unit-list order, under its header, that adds up to the totals', () => {
    const start = sheet.headerRows[0] + 1;
    expect(sheet.rows[start - 1].slice(0, 4)).toEqual(['Mã đơn vị', 'Đơn vị', 'Chuẩn 1', 'Thưởng 1']);
    expect(sheet.rows[start - 1].slice(-2)).toEqual(['Điểm trừ', 'Tổng điểm']);
    expect(sheet.frozenColumns).toBe(2);
    const detail = sheet.rows.slice(start);
    expect(detail).toHaveLength(fixture.units.length);
    expect(detail.map((r) => r[0])).toEqual(fixture.units.map((u) => u.code));
    for (const row of detail) {
      const cells = row.slice(2, 2 + fixture.criteria.length * 2).map((c) => (c === '' ? 0 : c)) as number[];
      const deduction = row[2 + fixture.criteria.length * 2] as number;
      const total = row[3 + fixture.criteria.length * 2] as number;
      expect(deduction).toBeLessThanOrEqual(0);
      expect(Math.round((cells.reduce((a, b) => a + b, 0) + deduction) * 1000)).toBe(Math.round(total * 1000));
    }
  });
  it('leaves Thưởng blank for a criterion that has no bonus, and shows a 0 bonus where one is possible', () => {
    // Criterion 1 allows up to 5 bonus points, criterion 2 none.
    const small = detailSheet(evaluate(twoCriteria([{ code: 'A', shortName: 'An Giang', scores: [10, '', 9, ''] }])));
    const header = small.headerRows[0];
    expect(small.rows[header].slice(2, 6)).toEqual(['Chuẩn 1', 'Thưởng 1', 'Chuẩn 2', 'Thưởng 2']);
    expect(small.rows[header + 1].slice(2, 6)).toEqual([10, 0, 9, '']);
  });
});

describe('Kiểm tra', () => {
  it('lists errors before warnings, with unit names, the kind in words and the stable code last', () => {
    const sheet = checksSheet(
      [
        { severity: 'warning', code: 'W', sheet: 'Bảng điểm', cell: 'C2', message: 'w' },
        { severity: 'error', code: 'E', sheet: 'Bảng điểm', cell: 'D3', message: 'e', unit: 'LA' },
      ],
      new Map([['LA', 'Long An']]),
    );
    expect(sheet.rows.slice(1)).toEqual([
      ['Lỗi', 'E', 'Bảng điểm', 'D3', 'Long An', 'e', 'E'],
      ['Cảnh báo', 'W', 'Bảng điểm', 'C2', '', 'w', 'W'],
    ]);
  });

  it('names every kind of issue in Vietnamese', () => {
    for (const code of Object.values(CODE)) {
      const [, kind] = checksSheet([{ severity: 'error', code, sheet: 'Bảng điểm', cell: 'A1', message: 'm' }]).rows[1];
      expect(kind, code).not.toBe(code);
      expect(String(kind)).toMatch(/^[A-ZĐÀ-Ỹ][^A-Z_]*$/u);
    }
  });

  it('names the unit of every issue at a unit’s row, the deduction typed with a minus and the number typed as text included', () => {
    const mixed = evaluate(
      twoCriteria([
        { code: 'A', shortName: 'An Giang', scores: [10, '', 10, ''] },
        { code: 'B', shortName: 'Bạc Liêu', scores: ['9.5', '', 10, ''], deduction: -0.5 },
      ]),
    );
    const rows = checksSheet(mixed.issues, shortNames(mixed.units)).rows.slice(1);
    expect(rows.map((r) => [r[1], r[3], r[4]])).toEqual([
      // The warnings first, then the note (which needs no change).
      ['Số nhập dạng văn bản', 'C3', 'Bạc Liêu'],
      ['Điểm trừ không ghi lý do', 'H3', 'Bạc Liêu'],
      ['Điểm trừ ghi số âm', 'G3', 'Bạc Liêu'],
    ]);
  });

  it('says so when there is nothing to fix', () => {
    expect(checksSheet([]).rows[1][CHECKS_HEADER.indexOf('Nội dung')]).toBe('Không có lỗi hay cảnh báo nào.');
  });
});

describe('Lịch sử', () => {
  it('records counts, the ranking in one line and the fingerprint', () => {
    const time = new Date(2022, 0, 5, 8);
    const row = historyRow(ev, { time, user: 'a@b.vn', fingerprint: fingerprint(grids) });
    // The example types its deductions as "-0.5": said once, as a note, which is no warning.
    expect(ev.issues.map((i) => [i.code, i.severity])).toEqual([['DEDUCTION_SIGN', 'note']]);
    expect(row.slice(0, 5)).toEqual([time, 'a@b.vn', 12, 0, 0]);
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
