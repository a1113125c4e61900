import { describe, expect, it } from 'vitest';
import { formatPoints, parseNumber } from '../../src/core/model/numbers';
import { UnreadCell } from '../../src/core/model/unread-cell';

describe('parseNumber', () => {
  it.each([
    [9.5, 9500],
    ['9,5', 9500],
    [' 9.5 ', 9500],
    ['\u00a09,25\u00a0', 9250],
    ['-0,5', -500],
    ['- 0,5', -500],
    ['+1', 1000],
    [',5', 500],
    [0, 0],
    [-0, 0],
  ])('reads %j as %i thousandths', (cell, milli) => {
    expect(parseNumber(cell)).toMatchObject({ kind: 'number', value: milli });
  });

  it.each([
    [1_000_000, 1_000_000_000],
    [-1_000_000, -1_000_000_000],
    ['1000000', 1_000_000_000],
    ['9,5000', 9500],
    ['007,250', 7250],
    [14.7, 14700],
    [0.001, 1],
    [999_999.999, 999_999_999],
  ])('reads %j exactly, without tolerance (%i thousandths)', (cell, milli) => {
    expect(parseNumber(cell)).toMatchObject({ kind: 'number', value: milli });
  });

  it('names a cell the file could not give as typed, never reading it as blank or 0', () => {
    expect(parseNumber(new UnreadCell('formula', '10-10'))).toEqual({ kind: 'error', reason: 'formula', shown: '10-10' });
    expect(parseNumber(new UnreadCell('badValue', '9,5'))).toEqual({ kind: 'error', reason: 'badValue', shown: '9,5' });
  });

  it('marks numbers typed as text', () => {
    expect(parseNumber('9,5')).toMatchObject({ fromText: true });
    expect(parseNumber(9.5)).toMatchObject({ fromText: false });
  });

  it.each(['', '   ', '\u00a0', null, undefined])('treats %j as empty', (cell) => {
    expect(parseNumber(cell)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['#N/A', 'errorValue'],
    ['#REF!', 'errorValue'],
    ['#VALUE!', 'errorValue'],
    ['#DIV/0!', 'errorValue'],
    ['#ERROR!', 'errorValue'],
    ['chín', 'text'],
    ['9,5,1', 'text'],
    ['1.000,5', 'text'],
    ['9 điểm', 'text'],
    ['1 5', 'text'],
    ['1\u00a05', 'text'],
    ['9 ,5', 'text'],
    [true, 'boolean'],
    [Number.NaN, 'notFinite'],
    [Number.POSITIVE_INFINITY, 'notFinite'],
    [1e300, 'tooLarge'],
    [999_999_999_999, 'tooLarge'],
    [1_000_000.001, 'tooLarge'],
    ['1000001', 'tooLarge'],
    ['-99999999999999999999', 'tooLarge'],
    [1999.9996, 'precision'],
    [1000.0004, 'precision'],
    [2000.0000000000002, 'precision'],
    [0.1 + 0.2, 'precision'],
    ['1999,9996', 'precision'],
    ['0x10', 'text'],
    ['9abc', 'text'],
    ['1e3', 'text'],
    ['.', 'text'],
    ['-', 'text'],
    [9.1234, 'precision'],
    ['0,0001', 'precision'],
  ])('refuses %j (%s)', (cell, reason) => {
    expect(parseNumber(cell)).toMatchObject({ kind: 'error', reason });
  });

  it('refuses dates, which Sheets makes of "9.5" typed under a comma locale', () => {
    const parsed = parseNumber(new Date(2021, 4, 9));
    expect(parsed).toMatchObject({ kind: 'error', reason: 'date', shown: '09/05/2021' });
  });

  it('does not read "9,5" as 9 the way parseFloat would', () => {
    expect(parseNumber('9,5')).not.toMatchObject({ value: 9000 });
  });
});

describe('formatPoints', () => {
  it.each([
    [117500, '.', '117.5'],
    [117500, ',', '117,5'],
    [115000, '.', '115'],
    [-500, '.', '-0.5'],
    [250, ',', '0,25'],
    [1, '.', '0.001'],
    [0, '.', '0'],
  ] as const)('writes %i as %s', (milli, sep, text) => {
    expect(formatPoints(milli, sep)).toBe(text);
  });

  it('sums decimal scores exactly', () => {
    const parts = [15, 14.7, 29.9, 20, 19.8].map((n) => (parseNumber(n) as { value: number }).value);
    expect(formatPoints(parts.reduce((a, b) => a + b, 0))).toBe('99.4');
    expect(0.1 + 0.2).not.toBe(0.3);
    const exact = [0.1, 0.2].map((n) => (parseNumber(n) as { value: number }).value);
    expect(formatPoints(exact[0] + exact[1])).toBe('0.3');
  });
});
