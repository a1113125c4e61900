import { describe, expect, it } from 'vitest';
import { kiemTra, tongDiem, xepHang, xepLoai } from '../../src/core/live/sheet-functions';
import { twoCriteria } from '../helpers/cluster';

describe('TONGDIEM', () => {
  it('adds base and bonus and subtracts the deduction whatever its sign', () => {
    expect(tongDiem(10, 2, -0.5)).toBe(11.5);
    expect(tongDiem(10, 2, 0.5)).toBe(11.5);
    expect(tongDiem(10)).toBe(10);
  });

  it('is exact where binary floating point is not', () => {
    // 15 + 14.7 + 29.9 + 20 + 19.8 is 99.39999999999999 in floating point.
    expect(tongDiem([[15, 14.7, 29.9, 20, 19.8]])).toBe(99.4);
  });

  it('gives one total per row of the ranges, as a column', () => {
    expect(
      tongDiem(
        [
          [10, 20],
          [9.5, '18,5'],
        ],
        [
          [1, ''],
          ['', ''],
        ],
        [[-1], ['']],
      ),
    ).toEqual([[30], [28]]);
  });

  it('reads decimal commas typed as text', () => {
    expect(tongDiem('9,5', '0,25', '')).toBe(9.75);
  });

  it('answers bad input with a Vietnamese message, never an exception', () => {
    expect(tongDiem('mười')).toMatch(/^Ô điểm chuẩn chứa "mười", không phải số/);
    expect(tongDiem([[1], [2]], [[1]])).toMatch(/cùng số dòng/);
    expect(
      tongDiem([
        [1, 'x'],
        [2, 3],
      ]),
    ).toEqual([[expect.stringMatching(/không phải số/)], [5]]);
    expect(tongDiem(new Date(2021, 8, 9))).toMatch(/ngày tháng \(09\/09\/2021\)/);
  });
});

describe('XEPHANG', () => {
  const totals = [[117.5], [115], [115], [110], ['']];

  it('ranks densely by default and in competition style on request', () => {
    expect(xepHang(totals.slice(0, 4), totals)).toEqual([[1], [2], [2], [3]]);
    expect(xepHang(totals.slice(0, 4), totals, 'cách')).toEqual([[1], [2], [2], [4]]);
    expect(xepHang(110, totals, 'competition')).toBe(4);
    expect(xepHang(110, totals, 'Liền')).toBe(3);
  });

  it('explains a score outside the range, a bad style and an empty range', () => {
    expect(xepHang(99, totals)).toBe('Điểm 99 không có trong vùng điểm.');
    expect(xepHang(110, totals, 'nhảy')).toMatch(/^Kiểu xếp hạng "nhảy" không hợp lệ/);
    expect(xepHang(110, totals, 'constructor')).toMatch(/^Kiểu xếp hạng "constructor" không hợp lệ/);
    expect(xepHang(1, [[''], ['']])).toBe('Vùng điểm không có số nào để xếp hạng.');
    expect(xepHang(1, [[1], ['abc']])).toMatch(/không phải số/);
  });

  it('leaves a blank score blank', () => {
    expect(xepHang([[''], [115]], totals)).toEqual([[''], [2]]);
  });
});

describe('KIEMTRA', () => {
  it('is blank for a score from 0 to the maximum', () => {
    expect(kiemTra(10, 10)).toBe('');
    expect(kiemTra(0, 10)).toBe('');
    expect(kiemTra('', 10)).toBe('');
  });

  it('names the problem otherwise', () => {
    expect(kiemTra(10.5, 10)).toBe('Điểm 10.5 vượt điểm tối đa 10. Hãy gõ một số từ 0 đến 10.');
    expect(kiemTra(-1, 10)).toBe('Điểm -1 là số âm. Hãy gõ một số từ 0 đến 10.');
    expect(kiemTra('#REF!', 10)).toMatch(/đang báo lỗi #REF!/);
    expect(kiemTra(5, '')).toMatch(/^Chưa có điểm tối đa hợp lệ/);
  });

  it('takes the maxima as one row over the columns of the scores', () => {
    expect(
      kiemTra(
        [
          [10, 21],
          [11, 20],
        ],
        [[10, 20]],
      ),
    ).toEqual([
      ['', expect.stringMatching(/vượt điểm tối đa 20/)],
      [expect.stringMatching(/vượt điểm tối đa 10/), ''],
    ]);
    expect(kiemTra([[1, 2]], [[1, 2, 3]])).toEqual([[expect.stringMatching(/^Vùng điểm tối đa/), expect.stringMatching(/^Vùng điểm tối đa/)]]);
  });
});

describe('XEPLOAI', () => {
  it('grades with the thresholds 95, 85 and 75', () => {
    expect(xepLoai([[95], [94.999], [85], [75], [74.5], ['']])).toEqual([
      ['Hoàn thành xuất sắc'],
      ['Hoàn thành tốt'],
      ['Hoàn thành tốt'],
      ['Hoàn thành'],
      ['Không hoàn thành'],
      [''],
    ]);
    expect(xepLoai('chín mươi')).toMatch(/không phải số/);
  });
});

describe('the four functions with the Cấu hình range', () => {
  const settings = twoCriteria([], {
    rankStyle: 'cách',
    scoreStep: 0.5,
    maxTotalBonus: 2,
    maxTotalDeduction: 1,
    gradeExcellent: 90,
    gradeGood: 80,
    gradePass: 70,
  }).settings;

  it('caps the total bonus and deduction as Cấu hình says', () => {
    expect(tongDiem([[80]], [[5]], [[-3]], settings)).toBe(81);
    expect(tongDiem([[80]], [[5]], [[-3]])).toBe(82);
  });

  it('ranks in the cluster’s style, checks the step, grades with its thresholds', () => {
    expect(xepHang([[10], [9], [9], [8]], [[10], [9], [9], [8]], settings)).toEqual([[1], [2], [2], [4]]);
    expect(kiemTra(9.25, 10, settings)).toBe('Điểm 9.25 không theo bước điểm 0.5. Hãy làm tròn theo bước 0.5.');
    expect(kiemTra(9.5, 10, settings)).toBe('');
    expect(xepLoai([[90], [80], [70], [69]], settings)).toEqual([['Hoàn thành xuất sắc'], ['Hoàn thành tốt'], ['Hoàn thành'], ['Không hoàn thành']]);
  });

  it('says what is wrong with a bad Cấu hình instead of guessing', () => {
    const bad = twoCriteria([], { rankStyle: 'nhảy cóc' }).settings;
    expect(xepLoai(90, bad)).toMatch(/^Cấu hình!B8: Mục "Cách xếp hạng": hãy ghi "liền"/);
    expect(tongDiem(1, 1, 1, 'Cấu hình')).toMatch(/^Đối số cau_hinh cần là cả vùng trang "Cấu hình"/);
  });
});
