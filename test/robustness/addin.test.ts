/**
 * The corpus through the add-in: the built bundle runs "Kiểm tra dữ liệu" on the
 * fake spreadsheet, and `Kiểm tra` read back lists exactly the core's issues,
 * with no exception and no typed value changed.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { SHEET } from '../../src/core/template';
import { CORPUS } from './corpus';
import { checksIssues, openInFake, sheetNames, typedValues } from './addin-path';
import { inputGrids, issueKeys } from './workbook';

describe('bad workbooks through the add-in (Kiểm tra dữ liệu)', () => {
  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { call, ss, google } = openInFake(c);
    const typed = typedValues(ss, c.sheets.map(([name]) => name));
    call('menuKiemTra');
    expect(google.ui.alerts, 'no failure dialog').toEqual([]);

    const core = evaluate(inputGrids(c), { defaultDecimalSeparator: '.' });
    const listed = checksIssues(ss);
    expect(issueKeys(listed)).toEqual(issueKeys(c.issues));
    expect(listed).toEqual(expect.arrayContaining(core.issues.map(({ unit: _, ...i }) => i)));

    // Run again: the same list, one Kiểm tra sheet, and still no typed value changed.
    const names = sheetNames(ss);
    const first = ss.sheet(SHEET.checks).grid();
    call('menuKiemTra');
    expect(ss.sheet(SHEET.checks).grid()).toEqual(first);
    expect(sheetNames(ss)).toEqual(names);
    expect(typedValues(ss, c.sheets.map(([name]) => name))).toEqual(typed);
  });
});
