/** Every validation rule: its code, severity and the cell it names. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { columnLetter } from '../../src/core/model/a1';
import { SETTINGS, SHEET, scoresHeader } from '../../src/core/model/template';
import type { CellValue, Issue } from '../../src/core/model/types';
import { cluster, twoCriteria } from '../helpers/cluster';

const full = (code: string, extra: Partial<{ scores: unknown[]; deduction: unknown }> = {}) => ({ code, scores: [10, '', 10, ''], ...extra }) as never;

function only(issues: Issue[], code: string): Issue[] {
  return issues.filter((i) => i.code === code);
}

describe('a clean cluster', () => {
  it('has no issue and ranks', () => {
    const ev = evaluate(twoCriteria([full('A'), full('B', { scores: [9, 2, 10, ''] })], { declaredBaseTotal: 20 }));
    expect(ev.issues).toEqual([]);
    expect(ev.blocked).toBe(false);
    expect(ev.ranking.map((r) => [r.unit.code, r.total])).toEqual([
      ['B', 21000],
      ['A', 20000],
    ]);
  });
});

describe('score cells', () => {
  it.each([
    ['chín', 'NOT_A_NUMBER'],
    ['#REF!', 'ERROR_VALUE'],
    [new Date(2021, 4, 9), 'DATE_VALUE'],
    [true, 'NOT_A_NUMBER'],
  ])('reports %j in a base cell as %s, at that cell, blocking', (cell, code) => {
    const ev = evaluate(twoCriteria([full('A'), full('B', { scores: [10, '', cell, ''] })]));
    expect(ev.issues).toEqual([expect.objectContaining({ severity: 'error', code, sheet: SHEET.scores, cell: 'E3', unit: 'B' })]);
    expect(ev.blocked).toBe(true);
    expect(ev.ranking).toEqual([]);
  });

  it('says what to type instead, in Vietnamese', () => {
    const ev = evaluate(twoCriteria([full('A', { scores: ['chín', '', 10, ''] })]));
    expect(ev.issues[0].message).toContain('không phải số');
    expect(ev.issues[0].message).toContain('Hãy gõ một số, ví dụ 9');
  });

  it.each([
    [',', 'ví dụ 9,5', 'ví dụ 9,5 hoặc 9,25'],
    ['.', 'ví dụ 9.5', 'ví dụ 9.5 hoặc 9.25'],
  ])('gives its example points with the cluster\'s decimal mark "%s"', (mark, hint, stepHint) => {
    const ev = evaluate(twoCriteria([full('A', { scores: ['chín', '', 9.1234, ''] })], { decimalSeparator: mark }));
    expect(only(ev.issues, 'NOT_A_NUMBER')[0].message).toContain(hint);
    expect(only(ev.issues, 'TOO_PRECISE')[0].message).toContain(stepHint);
  });

  it('offers a blank cell only where blank is valid: a bonus, never a base score', () => {
    const ev = evaluate(twoCriteria([full('A', { scores: ['chín', 'một', 10, ''] })]));
    const [base, bonus] = ev.issues;
    expect(base.cell).toBe('C2');
    expect(base.message).not.toContain('để trống');
    expect(bonus.cell).toBe('D2');
    expect(bonus.message).toContain('để trống nếu không có điểm');
  });

  it('reports base points below 0 and above the maximum', () => {
    const ev = evaluate(twoCriteria([full('A', { scores: [-1, '', 10.5, ''] })]));
    expect(only(ev.issues, 'OUT_OF_RANGE').map((i) => i.cell)).toEqual(['C2', 'E2']);
    expect(ev.issues[0].message).toContain('ngoài khoảng 0 đến 10');
  });

  it('reports a bonus above its cap, a negative bonus, and a bonus on a criterion without one', () => {
    const ev = evaluate(twoCriteria([full('A', { scores: [10, 6, 10, ''] }), full('B', { scores: [10, -1, 10, ''] })]));
    expect(only(ev.issues, 'BONUS_OVER_CAP').map((i) => i.cell)).toEqual(['D2']);
    expect(only(ev.issues, 'OUT_OF_RANGE').map((i) => i.cell)).toEqual(['D3']);
    expect(only(evaluate(twoCriteria([full('A', { scores: [10, '', 10, 1] })])).issues, 'BONUS_NOT_ALLOWED').map((i) => i.cell)).toEqual(['F2']);
  });

  it('reports values off the score step', () => {
    const ev = evaluate(twoCriteria([full('A', { scores: [9.25, 0.5, 10, ''], deduction: 0.3 })], { scoreStep: 0.5 }));
    expect(only(ev.issues, 'OFF_STEP').map((i) => i.cell)).toEqual(['C2', 'G2']);
  });

  it('reports a blank base score: the unit has not scored', () => {
    const ev = evaluate(twoCriteria([full('A', { scores: [10, '', '', ''] })]));
    expect(ev.issues).toEqual([expect.objectContaining({ code: 'BLANK_BASE', cell: 'E2', severity: 'error' })]);
  });

  it('accepts a deduction typed -0.5 or 0.5 as minus 0.5, and says so once, as a note (nothing to fix)', () => {
    const ev = evaluate(twoCriteria([full('A', { deduction: -0.5 }), full('B', { deduction: 0.5 }), full('C', { deduction: '-1,5' })]));
    expect(only(ev.issues, 'DEDUCTION_SIGN')).toEqual([expect.objectContaining({ severity: 'note', cell: 'G2' })]);
    expect(ev.blocked).toBe(false);
    const byCode = Object.fromEntries(ev.ranking.map((r) => [r.unit.code, r.deduction]));
    expect(byCode).toEqual({ A: 500, B: 500, C: 1500 });
  });

  it('warns at the reason’s cell of a deduction typed without its reason, and does not block', () => {
    const grids = twoCriteria([full('A', { deduction: -2 }), full('B', { deduction: 1 }), full('C', { deduction: 0 })], { decimalSeparator: ',' });
    // B's reason typed in "Lý do trừ" (column H); A's left blank; C deducts nothing.
    grids.scores[2][7] = 'Nộp báo cáo muộn';
    const ev = evaluate(grids);
    expect(only(ev.issues, 'DEDUCTION_WITHOUT_REASON')).toEqual([
      {
        severity: 'warning',
        code: 'DEDUCTION_WITHOUT_REASON',
        sheet: SHEET.scores,
        cell: 'H2',
        unit: 'A',
        message: 'A bị trừ 2 điểm nhưng chưa ghi lý do. Hãy ghi lý do trừ vào ô H2 để Cụm và người đọc kết quả biết vì sao bị trừ.',
      },
    ]);
    expect(ev.blocked).toBe(false);
    expect(ev.ranking.find((r) => r.unit.code === 'A')?.total).toBe(18000);
  });

  it('leaves a deduction Cụm chấm replaced to Cụm chấm’s own reason', () => {
    const grids = twoCriteria([full('A', { deduction: 2 })]);
    const agreed = [scoresHeader([{ code: '1' }, { code: '2' }], 'agreed'), ['A', '', '', '', '', '', 1, 'Đã nộp bổ sung']];
    const ev = evaluate({ ...grids, agreed });
    expect(only(ev.issues, 'DEDUCTION_WITHOUT_REASON')).toEqual([]);
    expect(ev.ranking[0].deduction).toBe(1000);
  });

  it('writes the note’s half point with the cluster’s decimal mark, as the ranking beside it', () => {
    const note = (settings: Record<string, string>) =>
      only(evaluate(twoCriteria([full('A', { deduction: -0.5 })], settings)).issues, 'DEDUCTION_SIGN')[0].message;
    expect(note({ decimalSeparator: ',' })).toBe('Điểm trừ ghi số âm (như -0,5) hay số dương (0,5) đều được hiểu là trừ 0,5 điểm; không cần sửa.');
    expect(note({ decimalSeparator: '.' })).toBe('Điểm trừ ghi số âm (như -0.5) hay số dương (0.5) đều được hiểu là trừ 0.5 điểm; không cần sửa.');
  });

  it('accepts numbers typed as text and warns once per sheet', () => {
    const ev = evaluate(twoCriteria([full('A', { scores: ['9,5', '', '10', ''] })]));
    expect(ev.issues).toEqual([expect.objectContaining({ code: 'NUMBER_AS_TEXT', severity: 'warning', cell: 'C2' })]);
    expect(ev.ranking[0].base).toBe(19500);
  });

  it('caps total bonus and total deductions with a warning', () => {
    const grids = cluster(
      [
        { code: '1', maxBase: 10, maxBonus: 5 },
        { code: '2', maxBase: 10, maxBonus: 5 },
      ],
      [{ code: 'A', scores: [10, 5, 10, 5], deduction: 4 }],
      {
        maxTotalBonus: 8,
        maxTotalDeduction: 3,
      },
    );
    const ev = evaluate(grids);
    expect(only(ev.issues, 'TOTAL_BONUS_OVER_CAP')).toHaveLength(1);
    expect(only(ev.issues, 'TOTAL_DEDUCTION_OVER_CAP')).toHaveLength(1);
    expect(ev.ranking[0]).toMatchObject({ bonus: 8000, deduction: 3000, total: 25000 });
  });
});

describe('units', () => {
  it('reports an unknown unit in the score sheet', () => {
    const grids = twoCriteria([full('A')]);
    grids.scores.push(['ZZ', 'Không rõ', 10, '', 10, '', '', '']);
    expect(evaluate(grids).issues).toEqual([expect.objectContaining({ code: 'UNKNOWN_UNIT', cell: 'A3' })]);
  });

  it('reports a unit of the list missing from the score sheet', () => {
    const grids = twoCriteria([full('A'), full('B')]);
    grids.scores.splice(2, 1);
    expect(evaluate(grids).issues).toEqual([expect.objectContaining({ code: 'MISSING_UNIT', unit: 'B', sheet: SHEET.scores })]);
  });

  it('finds a score row by the unit name when the code is blank, whatever the typing', () => {
    const grids = twoCriteria([{ code: 'HB', shortName: 'Hòa Bình', scores: [10, '', 10, ''] }]);
    grids.scores[1][0] = '';
    grids.scores[1][1] = 'Hoà Bình'.normalize('NFD');
    const ev = evaluate(grids);
    expect(ev.issues).toEqual([]);
    expect(ev.ranking[0].unit.code).toBe('HB');
  });

  it('reports duplicate units after normalisation, in the list and in the score sheet', () => {
    const grids = twoCriteria([
      { code: 'A', name: 'Sở Khánh Hòa', scores: [10, '', 10, ''] },
      { code: 'B', name: 'Sở Khánh Hoà'.normalize('NFD'), scores: [10, '', 10, ''] },
    ]);
    expect(only(evaluate(grids).issues, 'DUPLICATE_UNIT').map((i) => [i.sheet, i.cell])).toEqual([[SHEET.units, 'B3']]);
    const twice = twoCriteria([full('A')]);
    twice.scores.push([...twice.scores[1]]);
    expect(only(evaluate(twice).issues, 'DUPLICATE_UNIT').map((i) => [i.sheet, i.cell])).toEqual([[SHEET.scores, 'A3']]);
  });

  it('warns when a row’s name is another unit’s, naming both, and scores the row by its code', () => {
    const grids = twoCriteria([
      { code: 'AG', shortName: 'An Giang', scores: [10, '', 10, ''] },
      { code: 'DT', shortName: 'Đồng Tháp', scores: [9, '', 10, ''] },
    ]);
    grids.scores[1][1] = 'Đồng Tháp';
    grids.scores[2][1] = 'An Giang';
    const ev = evaluate(grids);
    expect(ev.issues.map((i) => [i.severity, i.code, i.cell, i.unit])).toEqual([
      ['warning', 'NAME_CONTRADICTS_CODE', 'B2', 'AG'],
      ['warning', 'NAME_CONTRADICTS_CODE', 'B3', 'DT'],
    ]);
    expect(ev.issues[0].message).toContain('mã "AG" (An Giang) nhưng tên "Đồng Tháp" là của đơn vị mã "DT"');
    expect(ev.ranking.map((r) => [r.unit.code, r.total])).toEqual([
      ['AG', 20000],
      ['DT', 19000],
    ]);
  });

  it('reports an empty unit list', () => {
    const ev = evaluate(twoCriteria([]));
    expect(only(ev.issues, 'NO_UNITS')).toHaveLength(1);
    expect(ev.blocked).toBe(true);
  });
});

describe('criteria', () => {
  it('reports duplicate and empty codes and bad maxima', () => {
    const grids = cluster(
      [
        { code: '1', maxBase: 10 },
        { code: '1', maxBase: 10 },
        { code: '', maxBase: 10 },
        { code: '3', maxBase: 0 },
        { code: '4', maxBase: 'mười' },
        { code: '5', maxBase: 10, maxBonus: -1 },
      ],
      [],
    );
    const issues = evaluate(grids).issues;
    expect(only(issues, 'DUPLICATE_CRITERION').map((i) => i.cell)).toEqual(['A3']);
    expect(only(issues, 'EMPTY_CRITERION_CODE').map((i) => i.cell)).toEqual(['A4']);
    expect(only(issues, 'BAD_MAXIMUM').map((i) => i.cell)).toEqual(['C5', 'C6', 'D7']);
  });

  it('warns, without blocking, when the maxima differ from the declared base total (the draft’s 110 vs 100)', () => {
    const criteria = [{ code: '1', maxBase: 20 }, ...Array.from({ length: 9 }, (_, i) => ({ code: String(i + 2), maxBase: 10 }))];
    const units = [{ code: 'A', scores: criteria.flatMap((c) => [c.maxBase, '']) }];
    const ev = evaluate(cluster(criteria, units, { declaredBaseTotal: 100 }));
    expect(ev.issues).toEqual([expect.objectContaining({ code: 'BASE_TOTAL_MISMATCH', severity: 'warning', sheet: SHEET.criteria })]);
    expect(ev.issues[0].message).toContain('110');
    expect(ev.blocked).toBe(false);
  });

  it('reports a missing score column for a criterion', () => {
    const grids = twoCriteria([full('A')]);
    grids.scores = grids.scores.map((row) => row.filter((_, i) => i !== 4));
    expect(evaluate(grids).issues).toEqual([expect.objectContaining({ code: 'MISSING_COLUMN', sheet: SHEET.scores })]);
  });

  it('warns about a repeated column title and counts only the first', () => {
    const grids = twoCriteria([full('A')]);
    // Right of the last template column (after the evidence links and the explanation).
    const col = grids.scores[0].length;
    grids.scores[0].push('Chuẩn 1');
    grids.scores[1][col] = 0;
    const ev = evaluate(grids);
    expect(ev.issues).toEqual([expect.objectContaining({ code: 'DUPLICATE_COLUMN', severity: 'warning', cell: `${columnLetter(col)}1` })]);
    expect(ev.issues[0].message).toContain('cột C');
    expect(ev.ranking[0].base).toBe(20000);
  });

  it('warns about a column it does not know', () => {
    const grids = twoCriteria([full('A')]);
    const col = grids.scores[0].length;
    grids.scores[0].push('Ghi chú riêng');
    grids.scores[1][col] = 'abc';
    const ev = evaluate(grids);
    expect(ev.issues).toEqual([expect.objectContaining({ code: 'UNKNOWN_COLUMN', severity: 'warning', cell: `${columnLetter(col)}1` })]);
    // Not scored, and not blocking; if it was meant as a score column, the message says to fix its title.
    expect(ev.blocked).toBe(false);
    expect(ev.issues[0].message).toContain('"Ghi chú riêng"');
    expect(ev.issues[0].message).toMatch(/không được tính điểm.*hãy sửa tiêu đề/);
  });
});

describe('sheets and settings', () => {
  it('reports missing sheets by name', () => {
    const ev = evaluate({});
    expect(only(ev.issues, 'MISSING_SHEET').map((i) => i.sheet)).toEqual([SHEET.settings, SHEET.criteria, SHEET.units, SHEET.scores]);
    expect(ev.blocked).toBe(true);
  });

  it('reports a bad setting at its value cell', () => {
    const ev = evaluate(twoCriteria([full('A')], { rankStyle: 'lộn xộn', tieBreaks: '9' }));
    // Cách xếp hạng is the 7th setting (row 8), Thứ tự xét khi bằng điểm the 8th.
    expect(only(ev.issues, 'BAD_SETTING').map((i) => i.cell)).toEqual(['B8', 'B9']);
  });

  it('refuses a year or a date outside 1900–2100 at its setting', () => {
    const cell = (key: string): string => `B${SETTINGS.findIndex((d) => d.key === key) + 2}`;
    const badCells = (settings: Record<string, unknown>): string[] =>
      only(evaluate(twoCriteria([full('A')], settings as never)).issues, 'BAD_SETTING')
        .map((i) => i.cell)
        .sort();
    // A typo of a year (20211, 1899) or of a date (05/01/2201) is an error, not a date far away.
    expect(badCells({ year: 20211, reportDate: '05/01/2201' })).toEqual([cell('year'), cell('reportDate')].sort());
    expect(badCells({ year: 1899, reportDate: new Date(1899, 11, 31) })).toEqual([cell('year'), cell('reportDate')].sort());
    // The bounds themselves are years a setting may name.
    expect(badCells({ year: 2100, reportDate: '01/01/1900' })).toEqual([]);
  });
});

describe('agreed scores (Cụm chấm)', () => {
  /** `Cụm chấm` of twoCriteria: its own header (a `Lý do` column per criterion), one row per unit given. */
  const agreedSheet = (rows: CellValue[][]): CellValue[][] => [scoresHeader([{ code: '1' }, { code: '2' }], 'agreed'), ...rows];

  it('replaces a unit’s own score where the cluster typed one, and says where they differ, with the reason', () => {
    const grids = twoCriteria([full('A'), full('B')]);
    // B's base on criterion 1 corrected from 10 to 8 (C3), the reason in "Lý do 1" (I3).
    const agreed = agreedSheet([['A'], ['B', '', 8, '', '', '', '', '', 'Thiếu biên bản hội nghị', '']]);
    const ev = evaluate({ ...grids, agreed });
    expect(ev.issues).toEqual([expect.objectContaining({ code: 'AGREED_DIFFERS', sheet: SHEET.agreed, cell: 'C3', unit: 'B' })]);
    expect(ev.issues[0].message).toContain('Lý do: Thiếu biên bản hội nghị');
    const b = ev.ranking.find((r) => r.unit.code === 'B');
    expect(b).toMatchObject({ base: 18000, adjusted: ['1'] });
    expect(ev.review.corrections).toEqual([
      { unitCode: 'B', criterion: '1', kind: 'base', own: 10000, agreed: 8000, reason: 'Thiếu biên bản hội nghị', cell: 'C3' },
    ]);
  });

  it('a correction without its reason is an error at the corrected cell, naming where the reason goes', () => {
    const grids = twoCriteria([full('A'), full('B')]);
    const ev = evaluate({ ...grids, agreed: agreedSheet([['B', '', 8]]) });
    expect(ev.issues).toEqual([expect.objectContaining({ severity: 'error', code: 'CORRECTION_WITHOUT_REASON', sheet: SHEET.agreed, cell: 'C2', unit: 'B' })]);
    expect(ev.issues[0].message).toContain('ô I2');
    expect(ev.blocked).toBe(true);
  });

  it('an agreed value equal to the unit’s own is no correction and needs no reason', () => {
    const ev = evaluate({ ...twoCriteria([full('A')]), agreed: agreedSheet([['A', '', 10]]) });
    expect(ev.issues).toEqual([]);
    expect(ev.review.corrections).toEqual([]);
  });
});

describe('agreed scores settle the unit’s own cells', () => {
  it('an out-of-range or blank own score replaced by an agreed one no longer blocks', () => {
    const grids = twoCriteria([full('A', { scores: [25, '', '', ''] }), full('B')]);
    const agreed = [scoresHeader([{ code: '1' }, { code: '2' }], 'agreed'), ['A', '', 10, '', 9, '', '', '', 'Tối đa 10 điểm', 'Đơn vị chưa chấm']];
    const ev = evaluate({ ...grids, agreed });
    expect(ev.blocked).toBe(false);
    const own = ev.issues.filter((i) => i.sheet === SHEET.scores);
    expect(own.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ['OUT_OF_RANGE', 'C2', 'warning'],
      ['BLANK_BASE', 'E2', 'warning'],
    ]);
    expect(own[0].message).toContain('Cụm chấm');
    expect(ev.ranking.find((r) => r.unit.code === 'A')).toMatchObject({ base: 19000 });
  });

  it('an own error the agreed sheet does not cover still blocks', () => {
    const grids = twoCriteria([full('A', { scores: [25, '', 10, ''] })]);
    const agreed = [grids.scores[0], ['A', '', '', '', 9, '', '', '']];
    expect(evaluate({ ...grids, agreed }).blocked).toBe(true);
  });

  it('a changed deduction is reported at its agreed cell, its reason in Lý do trừ', () => {
    const grids = twoCriteria([full('A', { deduction: 1 })]);
    const agreed = [scoresHeader([{ code: '1' }, { code: '2' }], 'agreed'), ['A', '', '', '', '', '', 0.5, 'Nộp báo cáo chậm 1 lần, không phải 2']];
    const ev = evaluate({ ...grids, agreed });
    expect(ev.issues).toEqual([expect.objectContaining({ code: 'AGREED_DIFFERS', sheet: SHEET.agreed, cell: 'G2', unit: 'A' })]);
    expect(ev.ranking[0]).toMatchObject({ deduction: 500, adjusted: ['trừ'] });
  });
});
