/**
 * Units keep typing while "Cập nhật Bảng điểm" runs (they take no lock): a value typed
 * between the update's read and its write is never overwritten. The test types as a
 * person would, from a hook on the fake's calls, at chosen moments of the run.
 */
import { describe, expect, it } from 'vitest';
import { SHEET } from '../../src/core/model/template';
import type { Grid, WorkbookGrids } from '../../src/core/model/types';
import { loadBuilt } from './harness';
import { exampleGrids, fillWorkbook, fixture } from './workbook';

function example(grids: WorkbookGrids) {
  const loaded = loadBuilt();
  fillWorkbook(loaded.google.spreadsheet, grids);
  return { ...loaded, ss: loaded.google.spreadsheet, ui: loaded.google.ui };
}

/** Criteria 2 and 3 swap places: every value of theirs moves two columns. */
function criteriaSwapped(): WorkbookGrids {
  const grids = exampleGrids();
  const criteria = grids.criteria as Grid;
  [criteria[2], criteria[3]] = [criteria[3], criteria[2]];
  return grids;
}

/** A criterion added at the end of the list: only the columns from it rightwards change. */
function criterionAppended(): WorkbookGrids {
  const grids = exampleGrids();
  (grids.criteria as Grid).push(['11', 'Chuyển đổi số', 5, '', '']);
  return grids;
}

const header = (ss: ReturnType<typeof example>['ss']): unknown[] => ss.sheet(SHEET.scores).grid()[0];
/** The cell of unit row `row` under `title`, as A1. */
function cellOf(ss: ReturnType<typeof example>['ss'], title: string, row: number): string {
  const c = header(ss).indexOf(title);
  return `${String.fromCharCode(65 + c)}${row}`;
}
const valueAt = (ss: ReturnType<typeof example>['ss'], title: string, row: number): unknown =>
  ss.sheet(SHEET.scores).grid()[row - 1][header(ss).indexOf(title)];

describe('a value typed while Cập nhật Bảng điểm runs', () => {
  it('is read again and moves with its unit and criterion, never overwritten by the old value', () => {
    const { call, ss, google } = example(criteriaSwapped());
    const unit = fixture.units[1];
    const at = cellOf(ss, 'Chuẩn 2', 3);
    let typed = false;
    // After the question and the read under the lock, before anything is written: the unit corrects its score.
    google.calls.before.push((name) => {
      if (name === 'Range.setNumberFormats' && !typed) typed = ss.typeAs('thuky@cum08.example.vn', SHEET.scores, at, 7.5);
    });
    call('menuCapNhatBangDiem');
    expect(typed).toBe(true);
    const grid = ss.sheet(SHEET.scores).grid();
    expect(grid[2][0]).toBe(unit.code);
    expect(valueAt(ss, 'Chuẩn 2', 3)).toBe(7.5);
    expect(header(ss).indexOf('Chuẩn 2')).toBeGreaterThan(header(ss).indexOf('Chuẩn 3'));
    expect(ss.toasts.at(-1)?.message).toContain(`Trong lúc cập nhật có ô vừa được nhập (${SHEET.scores}!${at})`);
  });

  it('typed on every attempt, the run stops, says so, and leaves every value where it is', () => {
    const { call, ss, google, ui } = example(criteriaSwapped());
    const at = cellOf(ss, 'Chuẩn 2', 3);
    let n = 0;
    google.calls.before.push((name) => {
      if (name === 'Range.setNumberFormats') ss.typeAs('thuky@cum08.example.vn', SHEET.scores, at, 5 + ++n / 4);
    });
    const before = ss.sheet(SHEET.scores).grid();
    call('menuCapNhatBangDiem');
    google.calls.before.length = 0;
    expect(ui.alerts.at(-1)?.prompt).toMatch(
      /^Chưa xếp lại "Bảng điểm": trong lúc cập nhật, các ô Bảng điểm!\w+ vẫn đang được nhập \(đã đọc lại 3 lần\)\. Không ô nào bị ghi đè\./,
    );
    const after = ss.sheet(SHEET.scores).grid();
    const c = (before[0] as unknown[]).indexOf('Chuẩn 2');
    expect(after[2][c]).toBe(5 + n / 4);
    after[2][c] = before[2][c];
    expect(after.map((r) => r.slice(0, before[0].length))).toEqual(before);
  });

  it('writes only the cells whose value must change: a score typed in an unmoved column during the write survives', () => {
    const { call, ss, google } = example(criterionAppended());
    const at = cellOf(ss, 'Chuẩn 1', 4);
    let typed = false;
    // Right at the value write, after the last read: the update must not write over a cell it does not move.
    google.calls.before.push((name) => {
      if (name === 'Range.setValues' && !typed) typed = ss.typeAs('thuky@cum08.example.vn', SHEET.scores, at, 9.25);
    });
    call('menuCapNhatBangDiem');
    expect(typed).toBe(true);
    expect(valueAt(ss, 'Chuẩn 1', 4)).toBe(9.25);
    expect(header(ss)).toContain('Chuẩn 11');
  });
});
