/** Workbooks for the add-in tests: the 2021 example cluster, and the same cluster grown to any number of units. */
import { fixtureGrids, loadFixture } from '../../scripts/example-data';
import { INPUT_ROLES, SHEET } from '../../src/core/model/template';
import type { CellValue, Grid, WorkbookGrids } from '../../src/core/model/types';
import { fakeDocumentApp } from '../fakes/document-app';
import { emptyCell, type FakeSpreadsheet } from '../fakes/spreadsheet';
import { loadBuilt } from './harness';

const EMPTY = emptyCell();

export const fixture = loadFixture();

export function exampleGrids(): WorkbookGrids {
  return fixtureGrids(fixture);
}

/** `count` units, each scoring like one of the twelve real ones (unit i like unit i mod 12). */
export function grownGrids(count: number): WorkbookGrids {
  const { units = [], scores = [], ...rest } = exampleGrids();
  const grow = (grid: Grid, make: (like: Grid[number], i: number) => Grid[number]): Grid => [
    grid[0],
    ...Array.from({ length: count }, (_, i) => make(grid[1 + (i % (grid.length - 1))], i)),
  ];
  const code = (i: number): string => `U${String(i + 1).padStart(4, '0')}`;
  return {
    ...rest,
    units: grow(units, (like, i) => [code(i), `Đơn vị thử số ${i + 1}`, `Đơn vị ${i + 1}`, ...like.slice(3)]),
    scores: grow(scores, (like, i) => [code(i), `Đơn vị ${i + 1}`, ...like.slice(2)]),
  };
}

export function fillWorkbook(ss: FakeSpreadsheet, grids: WorkbookGrids): void {
  for (const role of INPUT_ROLES) {
    const grid = grids[role];
    if (grid) ss.addSheet(SHEET[role], grid);
  }
}

/** Everything of the input sheets a run could change: values, formulas, formats, validation. */
export function inputSnapshot(ss: FakeSpreadsheet): Record<string, Grid> {
  const snapshot: Record<string, Grid> = {};
  for (const role of INPUT_ROLES) {
    const sheet = ss.getSheetByName(SHEET[role]);
    if (!sheet) continue;
    snapshot[SHEET[role]] = [...sheet.cells]
      .map(([key, cell]) => [
        key,
        cell.value instanceof Date ? cell.value.getTime() : cell.value,
        cell.formula,
        cell.format,
        cell.weight,
        cell.validation ? 'rule' : '',
      ])
      // A cell the fake created for a note or colour, otherwise untouched, is still empty.
      .filter(
        ([, value, formula, format, weight, rule]) => value !== '' || formula !== '' || format !== EMPTY.format || weight !== EMPTY.weight || rule !== '',
      );
  }
  return snapshot;
}

/** Sets one cell of a grid by its A1 column letter and 1-based row. */
export function setCell(grid: Grid, row: number, column: number, value: Grid[number][number]): void {
  grid[row - 1][column - 1] = value;
}

/** Each unit types its own cells of `Bảng điểm`, found by its code and the column headers, one cell at a time as a person would. */
export function typeScores(ss: FakeSpreadsheet, values: (unit: string) => Record<string, CellValue>): void {
  const sheet = ss.sheet(SHEET.scores);
  const grid = sheet.grid();
  grid.slice(1).forEach((row, r) => {
    for (const [header, value] of Object.entries(values(String(row[0])))) {
      const c = grid[0].indexOf(header);
      if (c < 0) throw new Error(`no column ${header}`);
      sheet.getRange(r + 2, c + 1).setValues([[value]]);
    }
  });
}

export function withoutBallots(grids: WorkbookGrids): WorkbookGrids {
  const { ballots: _, ...rest } = grids;
  return rest;
}

/**
 * The council's ballots for the ranking of `grids`, as a secretary types them into the
 * sheet the vote action lays out (through the built add-in): 12 ballots (the council),
 * each agreeing to every award candidate and choosing the first unit named in each tie.
 */
export function withBallots(grids: WorkbookGrids): WorkbookGrids {
  const { google, call } = loadBuilt({}, { DocumentApp: fakeDocumentApp().app });
  fillWorkbook(google.spreadsheet, withoutBallots(grids));
  call('menuKiemPhieu');
  const header = google.spreadsheet.sheet(SHEET.ballots).grid()[0].map(String);
  const choice = (h: string): string => (h.startsWith('Đồng hạng') ? (h.split(': ')[1] ?? '').split(' / ')[0] : 'đồng ý');
  const rows: Grid = Array.from({ length: 12 }, (_, i) => header.map((h, c) => (c === 0 ? i + 1 : h === '' ? '' : choice(h))));
  return { ...grids, ballots: [header, ...rows] };
}
