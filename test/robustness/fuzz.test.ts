/**
 * Random workbooks in the template's layout, with any cell value a sheet or a
 * file can hold: `evaluate` never throws, and every issue names a real cell: one
 * inside the sheet's data, or the first free cell just below or right of it (where
 * a missing row or column belongs). `test/core/properties.test.ts` covers random
 * grids without a layout; these keep the layout so the deep checks are reached.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseA1 } from '../../src/core/model/a1';
import { evaluate } from '../../src/core/evaluate';
import { CRITERIA_HEADER, HEADER_ROWS, INPUT_ROLES, SETTINGS, SETTINGS_HEADER, SHEET, UNITS_HEADER, scoresHeader } from '../../src/core/model/template';
import type { CellValue, Grid, Issue, WorkbookGrids } from '../../src/core/model/types';

const LONG = ['x'.repeat(50_000), 'Đơn vị '.repeat(7_000), '9'.repeat(400), `${'0'.repeat(300)}1,5`];

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 40 }).map((n) => n / 4) },
  fc.double({ noNaN: false }),
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 1e15, -1e15, 1e-7, -0, Number.NaN, Infinity),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    'undefined',
    'null',
    '1e3',
    '0x1A',
    '9,5',
    '9.5',
    '-0,5',
    ' 10 ',
    '\u00a07\u00a0',
    '1.000,5',
    '#N/A',
    '#REF!',
    '=1+1',
    '+1',
    '@x',
    '-',
    '',
  ),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(...LONG),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(null, undefined, ''),
);

const row = (minLength: number, maxLength: number) => fc.array(anyCell, { minLength, maxLength });

/** Codes that collide in interesting ways: duplicates, numbers, NFD, blanks. */
const criterionCode = fc.constantFrom('1', '2', '1.1', 1, 2, '', ' 1 ', 'x'.repeat(300));
const unitCode = fc.constantFrom('A', 'B', 'C', 'a', ' B ', '', 'Hoà'.normalize('NFD'), 'Hòa', '=1', '@x');
/** Mostly what people type, sometimes anything. */
const mostly = <T>(usual: fc.Arbitrary<T>): fc.Arbitrary<T | CellValue> => fc.oneof({ weight: 4, arbitrary: usual }, { weight: 1, arbitrary: anyCell });

const workbook: fc.Arbitrary<WorkbookGrids> = fc
  .record({
    criteria: fc.array(
      fc.tuple(criterionCode, mostly(fc.string({ maxLength: 10 })), mostly(fc.integer({ min: 1, max: 20 })), mostly(fc.constantFrom('', 0, 2, 5))),
      { maxLength: 5 },
    ),
    units: fc.array(fc.tuple(unitCode, mostly(fc.constantFrom('Long An', 'Hậu Giang', 'Sở Hoà Bình', 'Sở Hòa Bình'.normalize('NFD'))), row(0, 2)), {
      maxLength: 6,
    }),
    scoreRows: fc.array(fc.tuple(unitCode, row(0, 14)), { maxLength: 8 }),
    settings: fc.array(fc.tuple(fc.nat({ max: SETTINGS.length - 1 }), anyCell), { maxLength: 8 }),
    extraHeader: fc.array(fc.oneof(anyCell, fc.constantFrom('Chuẩn 1', 'Thưởng 1', 'Chuẩn 1.1', 'Điểm trừ')), { maxLength: 3 }),
    dropHeader: fc.option(fc.nat({ max: 12 }), { freq: 5 }),
    missing: fc.oneof({ weight: 5, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.subarray([...INPUT_ROLES]) }),
    agreed: fc.boolean(),
  })
  .map((w) => {
    const settings: Grid = [[...SETTINGS_HEADER], ...SETTINGS.map((d) => [d.label, '', ''])];
    for (const [i, value] of w.settings) settings[i + 1][1] = value;
    const criteria: Grid = [[...CRITERIA_HEADER], ...w.criteria.map(([c, name, maxBase, maxBonus]) => [c, name, maxBase, maxBonus, ''])];
    const units: Grid = [[...UNITS_HEADER], ...w.units.map(([c, name, rest]) => [c, name, ...rest])];
    const header: CellValue[] = [...scoresHeader(w.criteria.map(([c]) => ({ code: String(c).trim() }))), ...w.extraHeader];
    if (w.dropHeader !== null && w.dropHeader < header.length) header[w.dropHeader] = '';
    const scores: Grid = [header, ...w.scoreRows.map(([c, rest]) => [c, ...rest])];
    const grids: WorkbookGrids = { settings, criteria, units, scores, agreed: w.agreed ? scores.map((r) => [...r]) : undefined };
    for (const role of w.missing) delete grids[role];
    return grids;
  });

/** Where the issue's cell stands against the sheet's data: inside, or the first free cell below or right of it. */
function placeOf(issue: Issue, grids: WorkbookGrids): 'inside' | 'after' | 'outside' {
  const at = parseA1(issue.cell);
  if (!at) return 'outside';
  const role = INPUT_ROLES.find((r) => SHEET[r] === issue.sheet);
  const grid = role ? grids[role] : undefined;
  if (!grid) return at.row === 0 && at.col === 0 ? 'after' : 'outside';
  const width = Math.max(0, ...grid.map((r) => r.length));
  // Sheets and the .xlsx reader hand over rectangles: a short row's missing cells are blanks inside.
  if (at.row < grid.length && at.col < width) return 'inside';
  const used = (r: number): number => {
    const cells = grid[r] ?? [];
    let n = cells.length;
    while (n > 0 && (cells[n - 1] === '' || cells[n - 1] === null || cells[n - 1] === undefined || String(cells[n - 1]).trim() === '')) n--;
    return n;
  };
  if (at.row === Math.max(grid.length, HEADER_ROWS) && at.col < Math.max(width, 1)) return 'after';
  if (at.row < Math.max(grid.length, 1) && at.col === used(at.row)) return 'after';
  return 'outside';
}

/** Issues about something absent name the place it should be. */
const ABSENT = new Set(['MISSING_SHEET', 'MISSING_COLUMN', 'MISSING_UNIT', 'NO_CRITERIA', 'NO_UNITS', 'BAD_SETTING']);

describe('random workbooks in the template layout', () => {
  it('never throw, and every issue names a real cell', () => {
    fc.assert(
      fc.property(workbook, fc.constantFrom<'.' | ','>('.', ','), (grids, separator) => {
        const ev = evaluate(grids, { defaultDecimalSeparator: separator });
        for (const issue of ev.issues) {
          const place = placeOf(issue, grids);
          expect(place, `${issue.code} ${issue.sheet}!${issue.cell}`).not.toBe('outside');
          if (place === 'after') expect(ABSENT, `${issue.code} ${issue.sheet}!${issue.cell}`).toContain(issue.code);
          expect(issue.message.length).toBeLessThanOrEqual(1000);
        }
        if (!ev.blocked) expect(ev.ranking.length).toBe(ev.units.length);
      }),
      { numRuns: 400 },
    );
  });
});
