/**
 * The `--json` result is written in pieces (jsonText): joined, they are exactly what
 * JSON.stringify makes of the same value, whatever the value holds.
 */
import { describe, expect, it } from 'vitest';
import { jsonText } from '../../src/cli/json-output';

const CASES: [string, unknown][] = [
  [
    'a result-like object',
    {
      cluster: { name: 'Cụm "số 8"', year: 2021 },
      units: [
        { code: 'A', total: 98.5 },
        { code: 'B', total: -0 },
      ],
      awards: { proposed: [] },
    },
  ],
  ['members JSON.stringify leaves out or writes as null', { a: undefined, b: () => 1, c: [undefined, () => 2, Symbol('s'), NaN, Infinity], d: null }],
  ['a date and a value with its own toJSON', { when: new Date(Date.UTC(2022, 0, 5, 8, 30)), custom: { toJSON: () => ({ x: [1, 2] }) }, list: [new Date(0)] }],
  ['empty containers and nesting deeper than the pieces', { e: {}, f: [], g: [[[]], [{}]], h: { i: { j: { k: [1, { l: 'm' }] } } } }],
  ['keys needing escapes and integer-like keys', { 'khóa "x"\n': 1, '2': 'b', '1': 'a', '\u2028': '\u2028' }],
  ['an array at the top', [1, 'hai', { ba: 3 }, [4]]],
  ['a plain value', 'chuỗi'],
  ['null', null],
];

describe('the --json result in pieces', () => {
  it.each(CASES)('joins to what JSON.stringify writes: %s', (_, value) => {
    expect([...jsonText(value)].join('')).toBe(JSON.stringify(value));
  });

  it('gives each unit of a large result as a piece of its own', () => {
    const units = Array.from({ length: 1000 }, (_, i) => ({ code: `DV${i}`, name: `Đơn vị ${i}`, total: i / 4 }));
    const pieces = [...jsonText({ units })];
    expect(pieces.join('')).toBe(JSON.stringify({ units }));
    // The object's key, the array's brackets, a comma between units, and the units one by one.
    expect(Math.max(...pieces.map((p) => p.length))).toBe(JSON.stringify(units[999]).length);
  });
});
