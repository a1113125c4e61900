import { describe, expect, it } from 'vitest';
import { a1, columnLetter, parseA1 } from '../../src/core/model/a1';
import { cleanText, nameKey, withoutBullet } from '../../src/core/model/text';

describe('nameKey', () => {
  it('equates NFC and NFD spellings', () => {
    const nfc = 'Đồng Tháp'.normalize('NFC');
    const nfd = 'Đồng Tháp'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(nameKey(nfd)).toBe(nameKey(nfc));
  });

  it.each([
    ['Hòa Bình', 'Hoà Bình'],
    ['Thủy', 'Thuỷ'],
    ['Khánh Hòa', 'KHÁNH HOÀ'],
    ['  Long   An ', 'Long An'],
    ['Long\u00a0An', 'Long An'],
  ])('equates %j and %j', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it('keeps different names apart', () => {
    expect(nameKey('Hòa')).not.toBe(nameKey('Hoa'));
    // The tone of "oa" followed by a consonant sits on "a" in both placements.
    expect(nameKey('Hoàn')).toBe('hoàn');
    expect(nameKey('quý')).toBe(nameKey('quý'.normalize('NFD')));
  });

  it('cleans text to NFC with single spaces', () => {
    expect(cleanText(' Ca\u0300  Mau ')).toBe('Cà Mau');
    expect(cleanText(null)).toBe('');
    expect(cleanText(12)).toBe('12');
  });
});

describe('withoutBullet', () => {
  it.each([
    ['- Văn phòng UBND tỉnh;', 'Văn phòng UBND tỉnh;'],
    ['–  Nguyễn Văn A - Trưởng ban', 'Nguyễn Văn A - Trưởng ban'],
    ['• Lưu: VT', 'Lưu: VT'],
    ['+Báo cáo thành tích', 'Báo cáo thành tích'],
  ])('drops the list mark typed before %j', (line, bare) => {
    expect(withoutBullet(line)).toBe(bare);
  });

  it('keeps a dash inside the line and a line without a mark as they are', () => {
    expect(withoutBullet('Sở Khoa học - Công nghệ')).toBe('Sở Khoa học - Công nghệ');
    // Only one mark goes: "-- x" keeps its second dash.
    expect(withoutBullet('-- x')).toBe('- x');
  });
});

describe('A1 addresses', () => {
  it.each([
    [0, 0, 'A1'],
    [4, 2, 'C5'],
    [0, 25, 'Z1'],
    [9, 26, 'AA10'],
    [0, 701, 'ZZ1'],
    [0, 702, 'AAA1'],
  ])('row %i col %i is %s and back', (row, col, address) => {
    expect(a1(row, col)).toBe(address);
    expect(parseA1(address)).toEqual({ row, col });
  });

  it('refuses what is not an address', () => {
    expect(parseA1('5C')).toBeNull();
    expect(parseA1('A0')).toBeNull();
    expect(columnLetter(27)).toBe('AB');
  });
});
