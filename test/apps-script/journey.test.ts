/**
 * A cluster's year in Google Sheets, through the menu of the built bundle and the
 * fakes: an empty spreadsheet, the template, the 2021 cluster's lists and scores
 * typed, the ranking; then the lists change twice during the year and every typed
 * value stays with its unit and criterion, a removed criterion's values are kept
 * aside, and the final ranking is the one worked out from what was typed.
 */
import { describe, expect, it } from 'vitest';
import { isLiveHeader } from '../../src/core/sheets/live-columns';
import { SETTINGS, SHEET, SUMMARY_HEADER, baseHeader, bonusHeader } from '../../src/core/model/template';
import type { CellValue, Grid } from '../../src/core/model/types';
import type { FakeSheet } from '../fakes/spreadsheet';
import * as year from '../helpers/journey';
import { loadBuilt } from './harness';
import { typeScores } from './workbook';

const { google, call } = loadBuilt();
const { spreadsheet: ss, ui } = google;

/** Chooses a menu item as the user sees it: by its caption in the menu the script built. */
function menu(caption: string): void {
  const item = ui.menus.flatMap((m) => m.items).find((i) => i.caption === caption);
  if (!item) throw new Error(`no menu item ${caption}`);
  call(item.functionName);
}

/** Types rows under the header, from row 2, as a user would (one range). */
function typeRows(sheet: FakeSheet, rows: CellValue[][], clearTo = 0): void {
  const width = Math.max(...rows.map((r) => r.length));
  const height = Math.max(rows.length, clearTo);
  sheet.getRange(2, 1, height, width).setValues(Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? '')));
}

/** Every non-blank typed cell of `Bảng điểm` by unit code and header (the live columns are computed, not typed). */
function typedCells(): Map<string, CellValue> {
  const grid = ss.sheet(SHEET.scores).grid();
  const cells = new Map<string, CellValue>();
  for (const row of grid.slice(1)) grid[0].forEach((h, c) => c > 1 && !isLiveHeader(h) && row[c] !== '' && cells.set(`${row[0]}|${h}`, row[c]));
  return cells;
}

/** The live columns of `Bảng điểm` (worked out by the fake from their formulas) as ranking rows. */
function liveRanking(): { rank: unknown; unit: unknown; total: unknown }[] {
  const grid = ss.sheet(SHEET.scores).grid();
  const at = (h: string): number => grid[0].indexOf(h);
  return byRankThenUnit(
    grid
      .slice(1)
      .filter((r) => r[0] !== '')
      .map((r) => ({ rank: r[at('Hạng')], unit: r[0], total: r[at('Tổng điểm')] })),
  );
}

function ranking(): { rank: unknown; unit: unknown; base: unknown; bonus: unknown; deduction: unknown; total: unknown }[] {
  const grid: Grid = ss.sheet(SHEET.summary).grid();
  const at = (h: (typeof SUMMARY_HEADER)[number]): number => SUMMARY_HEADER.indexOf(h);
  const header = grid.findIndex((r) => r[0] === SUMMARY_HEADER[0] && r[1] === SUMMARY_HEADER[1]);
  const end = grid.findIndex((r, i) => i > header && r.every((c) => c === ''));
  return (
    grid
      .slice(header + 1, end)
      // Tổng hợp writes a deduction as the negative number it is: -0.5 here is 0.5 points taken off.
      .map((r) => ({
        rank: r[at('Hạng')],
        unit: r[at('Mã đơn vị')],
        base: r[at('Điểm chuẩn')],
        bonus: r[at('Điểm thưởng')],
        deduction: -(r[at('Điểm trừ')] as number) || 0,
        total: r[at('Tổng điểm')],
      }))
      .sort((a, b) => Number(a.rank) - Number(b.rank) || String(a.unit).localeCompare(String(b.unit)))
  );
}

const byRankThenUnit = <T extends { rank: unknown; unit: unknown }>(rows: T[]): T[] =>
  [...rows].sort((a, b) => Number(a.rank) - Number(b.rank) || String(a.unit).localeCompare(String(b.unit)));

describe('a cluster’s year in Google Sheets', () => {
  it('starts from an empty spreadsheet with the menu "Tính điểm" in the menu bar', () => {
    ss.addSheet('Trang tính1');
    call('onOpen', { authMode: 'LIMITED' });
    expect(ui.menus[0].path).toBe('Tính điểm');
    menu('Tạo bảng mẫu');
    expect(ss.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([SHEET.settings, SHEET.criteria, SHEET.units, SHEET.scores]));
    expect(ss.toasts.at(-1)?.message).toContain(`menu ${ui.menuPath('Cập nhật Bảng điểm')}`);
  });

  it('lays Bảng điểm out from the lists the secretariat typed', () => {
    const settings = ss.sheet(SHEET.settings);
    const labels = settings.grid().map((r) => r[0]);
    for (const [key, value] of Object.entries(year.SETTINGS_TYPED)) {
      const row = labels.indexOf(SETTINGS.find((d) => d.key === key)?.label);
      settings.getRange(row + 1, 2).setValues([[value]]);
    }
    typeRows(ss.sheet(SHEET.criteria), year.CRITERIA_TYPED);
    typeRows(ss.sheet(SHEET.units), year.UNITS_TYPED);
    menu('Cập nhật Bảng điểm');
    const grid = ss.sheet(SHEET.scores).grid();
    expect(grid[0].slice(2, 6)).toEqual(['Chuẩn 1', 'Thưởng 1', 'Chuẩn 2', 'Thưởng 2']);
    expect(grid.slice(1).map((r) => r[0])).toEqual(year.example.units.map((u) => u.code));
    expect(ss.sheet(SHEET.scores).cell(2, 3).validation?.getCriteriaValues()).toEqual([0, year.example.criteria[0].maxBase]);
  });

  it('ranks the scores the units typed as the 2021 report does', () => {
    typeScores(ss, year.typedRow);
    // The live columns show the reference ranking as soon as the scores are typed.
    expect(liveRanking()).toEqual(byRankThenUnit(year.example.expectedRanking.map(({ rank, unit, total }) => ({ rank, unit, total }))));
    menu('Tính điểm và xếp hạng');
    expect(ui.alerts.filter((a) => a.title === 'Tính điểm')).toEqual([]);
    expect(ranking()).toEqual(byRankThenUnit(year.example.expectedRanking));
    // As the summary workbook does: Tổng hợp is the first tab and the one shown.
    expect(ss.sheets.map((s) => s.name)).toEqual([
      SHEET.summary,
      'Trang tính1',
      SHEET.settings,
      SHEET.criteria,
      SHEET.units,
      SHEET.scores,
      SHEET.detail,
      SHEET.history,
    ]);
    expect(ss.getActiveSheet().name).toBe(SHEET.summary);
  });

  it('keeps every typed value at its unit and criterion when criteria are added and swapped and a unit added', () => {
    const before = typedCells();
    typeRows(ss.sheet(SHEET.criteria), year.changedCriteria());
    typeRows(ss.sheet(SHEET.units), year.changedUnits());
    menu('Kiểm tra dữ liệu');
    const messages = ss
      .sheet(SHEET.checks)
      .grid()
      .map((r) => String(r[5]));
    expect(messages.some((m) => m.includes(`menu ${ui.menuPath('Cập nhật Bảng điểm')}`))).toBe(true);
    menu('Cập nhật Bảng điểm');
    expect(ui.alerts.at(-1)?.prompt).toContain(`thêm cột cho tiêu chí ${year.ADDED_CRITERION.code}`);
    expect(ui.alerts.at(-1)?.prompt).toContain(`thêm dòng cho ${year.ADDED_UNIT.code}`);
    const grid = ss.sheet(SHEET.scores).grid();
    expect(grid[0].slice(2, 8)).toEqual(['Chuẩn 1', 'Thưởng 1', 'Chuẩn 3', 'Thưởng 3', 'Chuẩn 2', 'Thưởng 2']);
    expect(grid[0]).toContain(baseHeader(year.ADDED_CRITERION.code));
    expect(grid.slice(1).map((r) => r[0])).toEqual(year.changedUnits().map((u) => u[0]));
    expect(typedCells()).toEqual(before);
  });

  it('keeps a removed criterion’s values aside and says how many', () => {
    typeScores(ss, year.typedAfterChange);
    const typed = typedCells();
    typeRows(
      ss.sheet(SHEET.criteria),
      year.changedCriteria().filter((r) => r[0] !== year.REMOVED_CRITERION),
      year.changedCriteria().length,
    );
    menu('Cập nhật Bảng điểm');
    const removed = [...typed].filter(
      ([key]) => key.endsWith(`|${baseHeader(year.REMOVED_CRITERION)}`) || key.endsWith(`|${bonusHeader(year.REMOVED_CRITERION)}`),
    );
    const rowsAside = new Set(removed.map(([key]) => key.split('|')[0])).size;
    expect(rowsAside).toBe(year.example.units.length + 1); // every unit typed criterion 9, the new one too
    expect(ss.toasts.at(-1)?.message).toContain(`${rowsAside} dòng điểm không còn chỗ`);
    const kept = ss.sheet(SHEET.keptAside).grid().slice(1);
    const keptCells = new Map(
      kept
        .flatMap((r): [string, CellValue][] => [
          [`${r[2]}|${baseHeader(String(r[4]))}`, r[5]],
          [`${r[2]}|${bonusHeader(String(r[4]))}`, r[6]],
        ])
        .filter(([, v]) => v !== ''),
    );
    expect(keptCells).toEqual(new Map(removed));
    expect(typedCells()).toEqual(new Map([...typed].filter(([key]) => !removed.some(([k]) => k === key))));
  });

  it('ranks the year as worked out from what was typed', () => {
    // The secretariat dragged Tổng hợp to the end and opened Bảng điểm: the run brings it back first and shows it.
    ss.sheets.push(...ss.sheets.splice(0, 1));
    ss.sheet(SHEET.scores).activate();
    menu('Tính điểm và xếp hạng');
    expect(ss.sheets[0].name).toBe(SHEET.summary);
    expect(ss.getActiveSheet().name).toBe(SHEET.summary);
    expect(ui.alerts.filter((a) => a.title === 'Tính điểm')).toEqual([]);
    expect(ranking()).toHaveLength(year.example.units.length + 1);
    expect(ranking()).toEqual(byRankThenUnit(year.expectedFinal()));
    // Tổng hợp equals the live columns, laid again by each update.
    expect(liveRanking()).toEqual(ranking().map(({ rank, unit, total }) => ({ rank, unit, total })));
  });
});
