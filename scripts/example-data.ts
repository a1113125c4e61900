/**
 * The example cluster (Cụm thi đua số 08, 2021), kept as data in
 * examples/cum-thi-dua-08-nam-2021.json (its "about" explains each part), and
 * turned here into the input sheets of the template. Used by the tests and by
 * `scripts/make-example.ts`, which writes the example workbook from it.
 */
import { CRITERIA_HEADER, SETTINGS, SETTINGS_HEADER, UNITS_HEADER, placeHeader, scoresHeader } from '../src/core/model/template';
import type { Grid, WorkbookGrids } from '../src/core/model/types';
import { evaluate } from '../src/core/evaluate';
import { ballotStamp, candidatesOf } from '../src/core/vote/ballot-sheet';
import data from '../examples/cum-thi-dua-08-nam-2021.json';

/** One group of a criterion's result lines, as the year's report states it. */
export interface ExpectedGroup {
  /** Base points of every unit of the group; absent on a bonusOnly group. */
  base?: number;
  /** Bonus shared by the whole group, written on its line. */
  bonus?: number;
  /** The units with any bonus on the criterion, on a line of their own. */
  bonusOnly?: boolean;
  /** The units whose outside place is in this band (its label), on a line of their own. */
  band?: string;
  /** Unit codes in any order, or every unit of the cluster. */
  units: string[] | 'all';
}

export interface Fixture {
  about: string;
  /** `Cấu hình` values by setting key (SETTINGS in src/core/model/template.ts); a list is one line each. */
  settings: Record<string, string | number | string[]>;
  /** `Đơn vị`: pledged = Ký giao ước; places = the "Hạng ngoài <mã>" columns, by criterion code. */
  units: { code: string; name: string; shortName: string; pledged?: boolean; places?: Record<string, number> }[];
  /** `Tiêu chí`; bands = Thưởng theo hạng ngoài, as typed. */
  criteria: { code: string; name: string; maxBase: number; maxBonus: number | null; narrative: string[]; bands?: string }[];
  /** One `Bảng điểm` row per unit: base and bonus in criteria order, the deduction as typed. */
  scores: { unit: string; base: number[]; bonus: number[]; deduction: number; reason?: string }[];
  expectedRanking: { rank: number; unit: string; base: number; bonus: number; deduction: number; total: number }[];
  /** By criterion code. */
  expectedResultLines: Record<string, ExpectedGroup[]>;
  /** The council's ballots (`Phiếu bầu`), invented for the example: header and one row a ballot. */
  ballots: { about: string; header: string[]; rows: (string | number)[][] };
}

const EXAMPLE = data as Fixture;

export function loadFixture(): Fixture {
  return EXAMPLE;
}

/** Settings values to change, by setting key (the tests try other options this way). */
export type SettingValues = Record<string, string | number>;

const lines = (v: string | number | string[]): string | number => (Array.isArray(v) ? v.join('\n') : v);

/**
 * The input sheets of the template filled with the example; `overrides` replace settings.
 * With `ballots`, the council's vote too (the workbook of `npm start`); without, the
 * ranking is the one the year's report states, its tie left for the vote.
 */
export function fixtureGrids(f: Fixture, overrides: SettingValues = {}, options: { ballots?: boolean } = {}): WorkbookGrids {
  const values = { ...f.settings, ...overrides };
  const settings: Grid = [[...SETTINGS_HEADER], ...SETTINGS.map((d) => [d.label, d.key in values ? lines(values[d.key]) : d.example, d.help])];
  const criteria: Grid = [
    [...CRITERIA_HEADER],
    ...f.criteria.map((c) => [c.code, c.name, c.maxBase, c.maxBonus ?? '', c.narrative.join('\n'), c.bands ?? '', '']),
  ];
  const banded = f.criteria.filter((c) => c.bands).map((c) => c.code);
  const pledge = (u: Fixture['units'][number]): string => (u.pledged === undefined ? '' : u.pledged ? 'có' : 'không');
  const units: Grid = [
    [...UNITS_HEADER, ...banded.map(placeHeader)],
    // Emails blank, and no earlier code (Mã cũ): the example's units kept theirs all year.
    ...f.units.map((u) => [u.code, u.name, u.shortName, '', pledge(u), '', ...banded.map((code) => u.places?.[code] ?? '')]),
  ];
  const scores: Grid = [scoresHeader(f.criteria)];
  for (const u of f.units) {
    const s = f.scores.find((x) => x.unit === u.code);
    const row: Grid[number] = [u.code, u.shortName];
    f.criteria.forEach((_, j) => row.push(s?.base[j] ?? '', s?.bonus[j] ? s.bonus[j] : ''));
    row.push(s?.deduction ? s.deduction : '', s?.reason ?? '');
    // The evidence links and the explanation are left blank, as in the year's files.
    while (row.length < scores[0].length) row.push('');
    scores.push(row);
  }
  const grids: WorkbookGrids = { settings, criteria, units, scores };
  return options.ballots ? { ...grids, ballots: stamped(grids, [f.ballots.header, ...f.ballots.rows]) } : grids;
}

/**
 * `ballots` with the stamp `cap-nhat` and the menu give the sheet when they lay it for the
 * ranking `grids` score (the last header, blank on every ballot), as the council finds it.
 */
export function stamped(grids: WorkbookGrids, ballots: Grid): Grid {
  const ev = evaluate(grids);
  const [header, ...rows] = ballots;
  return [[...header, ballotStamp(candidatesOf(ev), ev.settings.year).header], ...rows.map((row) => [...row, ''])];
}
