/** The committed example workbook is what `npm run example` writes from examples/cum-thi-dua-08-nam-2021.json, in the template’s layout. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { LIVE_HEADERS } from '../../src/core/sheets/live-columns';
import { STATUS_HEADER } from '../../src/core/model/template';
import { toNumber } from '../../src/core/model/numbers';
import { loadWorkbook, sheetGrid, workbookGrids } from '../../src/xlsx/read-workbook';
import { fixtureGrids, loadFixture } from '../../scripts/example-data';
import { EXAMPLE_PATH, exampleWorkbook } from '../../scripts/make-example';
import { rankingAfterVote } from '../helpers/example-vote';

const committed = await loadWorkbook(await readFile(EXAMPLE_PATH), 'example');
const fresh = await loadWorkbook(new Uint8Array(await (await exampleWorkbook()).xlsx.writeBuffer()), 'fresh');
const fixture = loadFixture();

describe('examples/cum-thi-dua-08-nam-2021.xlsx', () => {
  it('holds the same sheets and cell values as the script would write now (re-run `npm run example` if not)', () => {
    expect(committed.worksheets.map((s) => s.name)).toEqual(fresh.worksheets.map((s) => s.name));
    for (const sheet of fresh.worksheets) {
      expect(sheetGrid(committed.getWorksheet(sheet.name) as typeof sheet), sheet.name).toEqual(sheetGrid(sheet));
    }
  });

  it('reads back as exactly the fixture’s input grids, the live columns of Bảng điểm aside', () => {
    const { scores, ...lists } = workbookGrids(committed);
    const { scores: expectedScores, ...expectedLists } = fixtureGrids(fixture, {}, { ballots: true });
    expect(lists).toEqual(expectedLists);
    const width = expectedScores?.[0].length ?? 0;
    expect(scores?.[0].slice(width)).toEqual([...LIVE_HEADERS, STATUS_HEADER]);
    // The formulas carry no cached result until Excel or LibreOffice opens the file: they read as blank.
    expect(scores?.map((row) => row.slice(0, width))).toEqual(expectedScores);
    expect(scores?.slice(1).every((row) => row.slice(width).every((cell) => cell === ''))).toBe(true);
  });

  it('ranks the units as the fixture expects, then as the council voted', () => {
    const { ballots, ...scoresOnly } = workbookGrids(committed);
    const row = (r: ReturnType<typeof evaluate>['ranking'][number]) => ({
      rank: r.rank,
      unit: r.unit.code,
      base: toNumber(r.base),
      bonus: toNumber(r.bonus),
      deduction: toNumber(r.deduction),
      total: toNumber(r.total),
    });
    const before = evaluate(scoresOnly);
    expect(before.blocked).toBe(false);
    expect(before.ranking.map(row)).toEqual(fixture.expectedRanking);
    expect(ballots).toBeDefined();
    const after = evaluate({ ...scoresOnly, ballots });
    expect(after.ranking.map(row)).toEqual(rankingAfterVote(fixture));
  });
});
