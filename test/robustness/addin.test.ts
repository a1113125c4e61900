/**
 * The corpus through the add-in: the built bundle runs "Kiểm tra dữ liệu" on the
 * fake spreadsheet, and `Kiểm tra` read back lists exactly the core's issues,
 * with no exception and no typed value changed.
 */
import { describe, expect, it } from 'vitest';
import { SHEETS_CELL_LIMIT } from '../../src/core/model/cell-limit';
import { evaluate } from '../../src/core/evaluate';
import { SHEET } from '../../src/core/model/template';
import { CORPUS } from './corpus';
import { checksIssues, openInFake, sheetNames, typedValues } from './addin-path';
import { inputGrids, issueKeys, put, type CorpusWorkbook } from './workbook';

describe('bad workbooks through the add-in (Kiểm tra dữ liệu)', () => {
  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const { call, ss, google } = openInFake(c);
    const typed = typedValues(
      ss,
      c.sheets.map(([name]) => name),
    );
    call('menuKiemTra');
    expect(google.ui.alerts, 'no failure dialog').toEqual([]);

    // The fake is an en_US spreadsheet: the add-in reads with its decimal mark, which also names the mark a text score should use.
    const core = evaluate(inputGrids(c), { defaultDecimalSeparator: '.', sheetDecimalMark: '.' });
    const listed = checksIssues(ss);
    expect(issueKeys(listed)).toEqual(issueKeys(c.issues));
    expect(listed).toEqual(expect.arrayContaining(core.issues.map(({ unit: _, ...i }) => i)));

    // Run again: the same list, one Kiểm tra sheet, and still no typed value changed.
    const names = sheetNames(ss);
    const first = ss.sheet(SHEET.checks).grid();
    call('menuKiemTra');
    expect(ss.sheet(SHEET.checks).grid()).toEqual(first);
    expect(sheetNames(ss)).toEqual(names);
    expect(
      typedValues(
        ss,
        c.sheets.map(([name]) => name),
      ),
    ).toEqual(typed);
  });
});

describe('a unit named with 50,000 characters, through every writing action', () => {
  it('is refused at its cells, and no cell longer than Google Sheets accepts is written', () => {
    const clean = CORPUS.find((c) => c.name === 'a clean workbook') as CorpusWorkbook;
    const sheets = clean.sheets.map(([name, grid]) => [name, grid.map((row) => [...row])] as (typeof clean.sheets)[number]);
    const units = sheets.find(([name]) => name === SHEET.units)?.[1] ?? [];
    const long = 'Sở Thông tin và Truyền thông '.repeat(1800).slice(0, SHEETS_CELL_LIMIT);
    put(units, 'B2', long);
    put(units, 'C2', long);
    const { call, ss, google } = openInFake({ sheets });
    for (const action of ['menuKiemTra', 'menuTinhDiem', 'menuTaoBaoCao']) call(action);
    // Tính điểm and Tạo báo cáo refuse, each naming the cells.
    expect(google.ui.alerts).toHaveLength(2);
    for (const alert of google.ui.alerts) expect(JSON.stringify(alert)).toContain('Đơn vị!B2: Ô có 50.000 ký tự, quá 32.767 ký tự');
    const longest = Math.max(...ss.sheets.flatMap((s) => [...s.cells.values()].map((c) => String(c.value).length)));
    expect(longest).toBe(SHEETS_CELL_LIMIT);
  });
});
