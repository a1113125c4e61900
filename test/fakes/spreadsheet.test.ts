/** The Sheets fake keeps to Google's documented behaviour, or the add-in tests prove nothing. */
import { describe, expect, it } from 'vitest';
import { expose } from './calls';
import { fakeGoogle } from './google';

function sheet() {
  const google = fakeGoogle();
  return { google, sheet: google.spreadsheet.addSheet('A', [['x', 1]]) };
}

describe('the Sheets fake', () => {
  it('refuses data that does not match the range, in Google’s words', () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => s.getRange(1, 1, 1, 2).setValues([[1]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('evaluates "=…" and numeric text unless the cell is plain text', () => {
    const { sheet: s } = sheet();
    s.getRange(2, 1, 1, 2).setValues([['=SUM(1;2)', '+1']]);
    expect(s.getRange(2, 1, 1, 2).getFormulas()).toEqual([['=SUM(1;2)', '']]);
    expect(s.getRange(2, 2).getValues()).toEqual([[1]]);
    const r = s.getRange(3, 1, 1, 2);
    r.setNumberFormat('@');
    r.setValues([['=SUM(1;2)', '+1']]);
    expect(r.getFormulas()).toEqual([['', '']]);
    expect(r.getValues()).toEqual([['=SUM(1;2)', '+1']]);
  });

  it('overflows text until wraps are set, takes a grid of wraps the size of the range, aligns to the bottom by default', () => {
    const { sheet: s } = sheet();
    const r = s.getRange(1, 1, 1, 2);
    expect(r.getWraps()).toEqual([[false, false]]);
    expect(() => r.setWraps([[true]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    r.setWraps([[true, false]]);
    expect(r.getWraps()).toEqual([[true, false]]);
    expect(r.getVerticalAlignments()).toEqual([['bottom', 'bottom']]);
    r.setVerticalAlignment('top');
    expect(r.getVerticalAlignments()).toEqual([['top', 'top']]);
    r.setVerticalAlignment(null);
    expect(r.getVerticalAlignments()).toEqual([['bottom', 'bottom']]);
    s.setFrozenColumns(2);
    expect([s.getFrozenRows(), s.getFrozenColumns()]).toEqual([0, 2]);
  });

  it('has 1,000 rows and 26 columns in a new sheet and refuses a range beyond them', () => {
    const { google } = sheet();
    const s = google.spreadsheet.insertSheet('B');
    expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => s.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(s.getDataRange().getValues()).toEqual([['']]);
    expect(s.getLastRow()).toBe(0);
  });

  it('keeps the owner and the running user as editors of a protection', () => {
    const google = fakeGoogle({ user: 'thuky@cum08.example.vn', owner: 'chu@cum08.example.vn' });
    const p = google.spreadsheet.addSheet('A').getRange(1, 1).protect();
    p.removeEditors(p.getEditors());
    expect([...p.editors].sort()).toEqual(['chu@cum08.example.vn', 'thuky@cum08.example.vn']);
    expect(() => p.addEditors(['không phải email'])).toThrow('Invalid email: không phải email');
  });

  it('cannot delete the last sheet or reuse a name', () => {
    const { google, sheet: s } = sheet();
    expect(() => google.spreadsheet.deleteSheet(s)).toThrow("You can't remove all the sheets in a document.");
    expect(() => google.spreadsheet.insertSheet('A')).toThrow('A sheet with the name "A" already exists. Please enter another name.');
  });

  it('counts the calls made through what the script holds, not the fake’s own', () => {
    const { google } = sheet();
    const ss = expose(google.spreadsheet);
    ss.getSheetByName('A')?.getDataRange().getValues();
    expect(google.calls.list()).toEqual(['Range.getValues: 1', 'Sheet.getDataRange: 1', 'Spreadsheet.getSheetByName: 1']);
  });

  describe('formulas calling the script’s functions', () => {
    /** A sheet with numbers in A1:A3 and functions a script might declare. */
    function withFunctions(locale = 'vi_VN') {
      const google = fakeGoogle({ locale });
      const s = google.spreadsheet.addSheet('Số', [[1], [2], [3]]);
      const seen: unknown[][] = [];
      google.spreadsheet.useFunctions((name) => {
        const fns: Record<string, (...args: unknown[]) => unknown> = {
          GAPDOI: (...args) => {
            seen.push(args);
            const range = args[0] as (number | '')[][];
            return range.filter((r) => r[0] !== '').map((r) => [Number(r[0]) * 2]);
          },
          DEM: (...args) => args.length,
          HONG: () => {
            throw new Error('Lỗi trong hàm');
          },
        };
        return fns[name];
      });
      return { google, s, seen };
    }

    it('reads the named ranges as they are now, calls the function and spills its column', () => {
      const { s, seen } = withFunctions();
      s.getRange(1, 3).setValues([['=GAPDOI(\'Số\'!A1:A3; 5; "liền")']]);
      expect(s.getRange(1, 3, 3, 1).getValues()).toEqual([[2], [4], [6]]);
      expect(seen[0]).toEqual([[[1], [2], [3]], 5, 'liền']);
      // The spilled cells hold values, not the formula.
      expect(s.getRange(1, 3, 2, 1).getFormulas()).toEqual([['=GAPDOI(\'Số\'!A1:A3; 5; "liền")'], ['']]);
      s.getRange(2, 1).setValues([[10]]);
      expect(s.getRange(2, 3).getValues()).toEqual([[20]]);
    });

    it('passes one cell as a value and an open-ended range down to the sheet’s last row', () => {
      const { s, seen } = withFunctions();
      s.getRange(1, 4, 1, 2).setValues([['=DEM(A1; A1:A)', '=GAPDOI(A2:A)']]);
      expect(s.getRange(1, 4, 2, 2).getValues()).toEqual([
        [2, 4],
        ['', 6],
      ]);
      const range = seen[0][0] as unknown[][];
      expect([range.length, range[0], range[2]]).toEqual([999, [2], ['']]);
    });

    it('takes "," between arguments only where the decimal separator is a point', () => {
      const vi = withFunctions('vi_VN');
      vi.s.getRange(1, 4).setValues([['=DEM(A1, A2)']]);
      expect(vi.s.getRange(1, 4).getValues()).toEqual([['#ERROR!']]);
      const en = withFunctions('en_US');
      en.s.getRange(1, 4).setValues([['=DEM(A1, A2)']]);
      expect(en.s.getRange(1, 4).getValues()).toEqual([[2]]);
    });

    it('shows #REF! when a typed value is in the way of the spill, and spills again once it is cleared', () => {
      const { google, s } = withFunctions();
      s.getRange(1, 3).setValues([['=GAPDOI(A1:A3)']]);
      s.getRange(3, 3).setValues([['gõ đè']]);
      expect(s.getRange(1, 3, 3, 1).getValues()).toEqual([['#REF!'], [''], ['gõ đè']]);
      expect(google.spreadsheet.formulaErrors.get('Số!C1')).toBe('Array result was not expanded because it would overwrite data in C3.');
      s.getRange(3, 3).setValues([['']]);
      expect(s.getRange(1, 3, 3, 1).getValues()).toEqual([[2], [4], [6]]);
    });

    it('shows #REF! for a sheet that does not exist and #ERROR! when the function throws', () => {
      const { google, s } = withFunctions();
      s.getRange(1, 3, 1, 2).setValues([["=GAPDOI('Không có'!A1:A3)", '=HONG()']]);
      expect(s.getRange(1, 3, 1, 2).getValues()).toEqual([['#REF!', '#ERROR!']]);
      expect(google.spreadsheet.formulaErrors.get('Số!D1')).toBe('Error: Lỗi trong hàm');
    });

    it('leaves the formulas of Sheets itself to their written value, and reads without counting calls', () => {
      const { google, s } = withFunctions();
      s.getRange(1, 3, 1, 2).setValues([['=HYPERLINK("#gid=0"; "Ô A1")', '=GAPDOI(A1:A3)']]);
      google.calls.reset();
      expect(s.getRange(1, 3, 1, 2).getValues()).toEqual([['Ô A1', 2]]);
      expect(google.calls.list()).toEqual([]);
    });
  });
});
