/**
 * The live columns of the .xlsx are native formulas that a spreadsheet program
 * computes: LibreOffice, recalculating the workbooks headless (one run for all),
 * gives the example's reference totals (rank bands from the places included) and
 * ranks, follows Cấu hình, names the bad cells, and on a few random clusters
 * (test/helpers/live-clusters.ts) shows in each live cell the menu's value or,
 * where a formula cannot give it exactly, words sending the user to the command —
 * never another number.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureGrids, loadFixture } from '../../scripts/example-data';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import fc from 'fast-check';
import { evaluate } from '../../src/core/evaluate';
import { EXCEL_SAYS, excelLiveFormulas } from '../../src/core/live/live-excel';
import type { ExcelLiveLayout } from '../../src/core/sheets/live-columns';
import { liveTable } from '../../src/core/live/live-values';
import { IssueList } from '../../src/core/model/issues';
import { parseCriteria, placeColumns } from '../../src/core/read/parse-lists';
import { scoresSheet, templateSheets } from '../../src/core/sheets/template-sheets';
import { ballotTemplateSheet } from '../../src/core/vote/ballot-sheet';
import { templateWorkbook } from '../../src/xlsx/write-template';
import { liveCluster, type LiveCluster } from '../helpers/live-clusters';
import { rankingAfterVote } from '../helpers/example-vote';
import { LIVE_HEADERS } from '../../src/core/sheets/live-columns';
import { toNumber } from '../../src/core/model/numbers';
import { CRITERIA_HEADER, SETTINGS, SHEET, placeHeader } from '../../src/core/model/template';
import type { CellValue, Grid } from '../../src/core/model/types';
import { loadWorkbook, readInputGrids, sheetGrid } from '../../src/xlsx/read-workbook';
import { submissionHeader } from '../../src/core/plans/submission';
import { EXCEL_LIVE_NOTE } from '../../src/core/sheets/live-columns';

const SOFFICE = '/usr/bin/soffice';
const hasSoffice = existsSync(SOFFICE);
const INSTALL_HINT = `no ${SOFFICE}; install it with: apt-get update && apt-get install -y libreoffice-calc`;
const inCi = process.env.CI === 'true';
const fixture = loadFixture();

if (!hasSoffice && !inCi) console.warn(`SKIPPED: the LibreOffice recalculation test: ${INSTALL_HINT}`);

it.runIf(!hasSoffice && inCi)('has LibreOffice for the recalculation test under CI', () => {
  throw new Error(`The LibreOffice recalculation test cannot run: ${INSTALL_HINT}`);
});

function worksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** A cell to change, by its 1-based row and 0-based column. */
type Edit = { sheet: string; row: number; column: number; value: string | number | null };
const settingRow = (key: string): number => SETTINGS.findIndex((d) => d.key === key) + 2;
/** The 0-based column of criterion 4's places in the example's `Đơn vị`. */
const PLACE_4 = (fixtureGrids(fixture).units?.[0] ?? []).indexOf(placeHeader('4'));
/** The 1-based row of criterion 4 in the example's `Tiêu chí`, and the 0-based column of its bands. */
const CRITERION_4 = (fixtureGrids(fixture).criteria ?? []).findIndex((r) => String(r[0]) === '4') + 1;
const BANDS = CRITERIA_HEADER.indexOf('Thưởng theo hạng ngoài');
/** The 0-based column of `Lý do trừ` in the example's `Bảng điểm`. */
const REASON = (fixtureGrids(fixture).scores?.[0] ?? []).indexOf('Lý do trừ');

/** The variants recalculated, each the committed example with some cells changed. */
const VARIANTS: Record<string, Edit[]> = {
  example: [],
  // Competition ranks, a cap on the total bonus, a higher top threshold.
  settings: [
    { sheet: SHEET.settings, row: settingRow('rankStyle'), column: 1, value: 'cách' },
    { sheet: SHEET.settings, row: settingRow('maxTotalBonus'), column: 1, value: 10 },
    { sheet: SHEET.settings, row: settingRow('gradeExcellent'), column: 1, value: 115 },
  ],
  // The same, the cap and the threshold typed as text (a locale whose decimal mark differs keeps them text): the command reads them.
  settingsText: [
    { sheet: SHEET.settings, row: settingRow('rankStyle'), column: 1, value: 'cách' },
    { sheet: SHEET.settings, row: settingRow('maxTotalBonus'), column: 1, value: '10' },
    { sheet: SHEET.settings, row: settingRow('gradeExcellent'), column: 1, value: '115' },
  ],
  // Row 2 (Long An, 117,5): Chuẩn 2 at 0; row 3 (Tiền Giang, deducted 1,5): its Lý do trừ cleared.
  scoredNotes: [
    { sheet: SHEET.scores, row: 2, column: 4, value: 0 },
    { sheet: SHEET.scores, row: 3, column: REASON, value: null },
  ],
  // Row 2: a base over its maximum; row 3: a base typed as words; row 4: a blank base.
  errors: [
    { sheet: SHEET.scores, row: 2, column: 2, value: 99 },
    { sheet: SHEET.scores, row: 3, column: 4, value: 'mười' },
    { sheet: SHEET.scores, row: 4, column: 2, value: null },
  ],
  // Row 2: a base typed as text with a decimal comma, which the command reads as 19.5 (with a warning).
  text: [{ sheet: SHEET.scores, row: 2, column: 2, value: '19,5' }],
  // Row 4 (Bến Tre, no place and no bonus typed on banded criterion 4): now 5th in that outside ranking, band 1-10.
  place: [{ sheet: SHEET.units, row: 4, column: PLACE_4, value: 5 }],
  // Row 2: a base off the step 0,25, the step typed as the text "0,25" (a locale whose decimal mark is a point keeps it text), then as a number.
  stepText: [
    { sheet: SHEET.settings, row: settingRow('scoreStep'), column: 1, value: '0,25' },
    { sheet: SHEET.scores, row: 2, column: 2, value: 19.3 },
  ],
  stepNumber: [
    { sheet: SHEET.settings, row: settingRow('scoreStep'), column: 1, value: 0.25 },
    { sheet: SHEET.scores, row: 2, column: 2, value: 19.3 },
  ],
  // Criterion 4's bands typed anew after the formulas were laid from the old ones.
  bands: [{ sheet: SHEET.criteria, row: CRITERION_4, column: BANDS, value: '1-5: 2' }],
  // Criterion 4's place column renamed after the formulas were laid (the command then finds no places for its bands).
  placeRenamed: [{ sheet: SHEET.units, row: 1, column: PLACE_4, value: 'Hạng ngoài tiêu chí 4' }],
};

/** A generated cluster as an .xlsx of the template, its live formulas laid from its own lists (as `cap-nhat` lays them). */
function clusterWorkbook({ grids }: LiveCluster): Promise<ExcelJS.Workbook> {
  const criteria = parseCriteria(grids.criteria, new IssueList());
  const sources = { agreed: !!grids.agreed, ballots: !!grids.ballots, places: placeColumns(grids.units) };
  const sheets = templateSheets(criteria, sources).map((sheet) => ({ ...sheet, rows: (grids[sheet.role] ?? []).slice(1) }));
  if (grids.agreed) sheets.push({ ...scoresSheet(criteria, SHEET.agreed), rows: grids.agreed.slice(1) });
  if (grids.ballots) sheets.push(ballotTemplateSheet(grids.ballots));
  return templateWorkbook(sheets);
}

/**
 * A few generated clusters, each holding something else: bands, Cụm chấm, ballots, a band typed wrong, a score typed as
 * text, bonuses over the cap on total bonus, a criterion at 0 past the top threshold (deductions without their reason
 * come with most of them).
 */
const GENERATED: LiveCluster[] = (() => {
  const pool = fc.sample(liveCluster, { numRuns: 1000, seed: 1925 });
  const banded = (c: LiveCluster): boolean => c.grids.criteria.some((r) => r[5] !== '' && r[5] !== 'Thưởng theo hạng ngoài');
  const wanted: ((c: LiveCluster) => boolean)[] = [
    (c) => banded(c) && c.has.bad === null && !c.has.agreed && !c.has.ballots && !c.has.ladder,
    (c) => c.has.agreed && c.has.bad === null,
    (c) => c.has.ballots && c.has.bad === null,
    (c) => banded(c) && c.has.bad === 'wrongBand',
    (c) => c.has.bad === 'textComma',
    // Picked by what the menu says of the rows: the cap cut a row's bonuses; a criterion at 0 kept a row from the top grade.
    (c) => c.has.bad === null && !c.has.agreed && liveTable(c.grids).rows.some((r) => r.check.includes('Tổng điểm thưởng của')),
    (c) => c.has.bad === null && !c.has.agreed && liveTable(c.grids).ev.issues.some((i) => i.code === 'ZERO_CRITERION'),
  ];
  return wanted.map((w) => {
    const found = pool.find(w);
    if (!found) throw new Error('the generator gave no such cluster');
    return found;
  });
})();

it('keeps every live formula within Excel’s 8,192 characters up to 28 criteria, Cụm chấm and ballots included, saying less in the check as criteria grow', () => {
  for (const n of [1, 10, 12, 13, 16, 20, 21, 22, 28]) {
    const criteria = Array.from({ length: n }, (_, i) => ({ code: String(i + 1), name: `Tiêu chí ${i + 1}`, maxBase: 10_000, maxBonus: 2_000, row: i + 2 }));
    const formulas = excelLiveFormulas(scoresSheet(criteria, SHEET.scores, 200, { agreed: true, ballots: true }).live?.excel as ExcelLiveLayout);
    for (const [key, f] of Object.entries(formulas)) expect(f.length, `${n} criteria, ${key}`).toBeLessThanOrEqual(8192);
    // Up to 12 criteria each text cell is quoted; up to 21 the check says the cap's cut and a criterion at 0; a missing reason always.
    const says = (words: string): boolean => formulas.check.includes(words);
    expect([n, says('chữ "'), says('vượt mức tối đa tổng điểm thưởng'), says('được 0 điểm chuẩn'), says('chưa ghi lý do')]).toEqual([
      n,
      n <= 12,
      n <= 21,
      n <= 21,
      true,
    ]);
  }
});

describe.skipIf(!hasSoffice)(
  hasSoffice ? 'the .xlsx live columns recalculated by LibreOffice' : `the .xlsx live columns in LibreOffice — SKIPPED: ${INSTALL_HINT}`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'tinh-diem-live-'));
    const recalculated: Record<string, Grid> = {};
    const generatedNames = GENERATED.map((_, i) => `generated-${i + 1}`);

    beforeAll(async () => {
      for (const [name, edits] of Object.entries(VARIANTS)) {
        const workbook = await loadWorkbook(await readFile(EXAMPLE_PATH), 'example');
        for (const e of edits) worksheet(workbook, e.sheet).getCell(e.row, e.column + 1).value = e.value ?? null;
        await writeFile(join(dir, `${name}.xlsx`), new Uint8Array(await workbook.xlsx.writeBuffer()));
      }
      // The example with a `Nộp bài` the secretariat typed: the first unit submitted Chuẩn 1 one point lower than its row holds now.
      const submitted = await loadWorkbook(await readFile(EXAMPLE_PATH), 'example');
      const scoresHeader = sheetGrid(worksheet(submitted, SHEET.scores))[0];
      const header = submissionHeader(scoresHeader);
      const row = sheetGrid(worksheet(submitted, SHEET.scores))[1];
      const log = submitted.addWorksheet(SHEET.submissions);
      log.addRow(header);
      log.addRow([
        '09:00 20/11/2021',
        row[0],
        'nộp',
        'thuky@cum08.vn',
        '',
        ...header.slice(5).map((title) => {
          const value = row[scoresHeader.indexOf(title)];
          return title === 'Chuẩn 1' ? Number(value) - 1 : value;
        }),
      ] as ExcelJS.CellValue[]);
      await writeFile(join(dir, 'submitted.xlsx'), new Uint8Array(await submitted.xlsx.writeBuffer()));
      for (const [i, c] of GENERATED.entries())
        await writeFile(join(dir, `${generatedNames[i]}.xlsx`), new Uint8Array(await (await clusterWorkbook(c)).xlsx.writeBuffer()));
      const names = [...Object.keys(VARIANTS), 'submitted', ...generatedNames];
      // One LibreOffice run converts every file: it starts in seconds, not per file.
      execFileSync(
        SOFFICE,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'xlsx',
          '--outdir',
          join(dir, 'out'),
          ...names.map((n) => join(dir, `${n}.xlsx`)),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      for (const name of names) {
        const workbook = await loadWorkbook(await readFile(join(dir, 'out', `${name}.xlsx`)), name);
        recalculated[name] = sheetGrid(worksheet(workbook, SHEET.scores));
      }
    }, 150_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** The live cells of each unit row, by unit code. */
    const live = (name: string): Map<string, CellValue[]> => {
      const grid = recalculated[name];
      const at = grid[0].findIndex((h) => h === LIVE_HEADERS[0]);
      return new Map(
        grid
          .slice(1)
          .filter((row) => row[0] !== '')
          .map((row) => [String(row[0]), row.slice(at, at + LIVE_HEADERS.length)]),
      );
    };

    it('give the 2021 example’s totals (bands from the places), grades and ranks, and leave the tie its ballots settle to the command', () => {
      const ev = evaluate(fixtureGrids(fixture, {}, { ballots: true }));
      const rows = live('example');
      expect(rows.size).toBe(fixture.units.length);
      // Dense ranks: the vote settles the rank-5 tie (Đồng Tháp 5, Vĩnh Long 6) and moves every later unit down; the formulas cannot count ballots.
      const settled = new Set(
        rankingAfterVote(fixture)
          .filter((r) => r.rank >= 5)
          .map((r) => r.unit),
      );
      for (const ref of fixture.expectedRanking) {
        const grade = ev.ranking.find((r) => r.unit.code === ref.unit)?.grade;
        expect([ref.unit, ...(rows.get(ref.unit) ?? [])]).toEqual([ref.unit, ref.total, settled.has(ref.unit) ? EXCEL_SAYS.tie : ref.rank, grade, '']);
      }
      for (const r of ev.ranking.filter((x) => !settled.has(x.unit.code))) expect(rows.get(r.unit.code)?.[1]).toBe(r.rank);
    });

    it('follow the rank style, the bonus cap and the thresholds of Cấu hình, typed as numbers or as text, as the command computes them, and say where the cap cut the bonuses', () => {
      const ev = evaluate(fixtureGrids(fixture, { rankStyle: 'cách', maxTotalBonus: 10, gradeExcellent: 115 }, { ballots: true }));
      expect(ev.blocked).toBe(false);
      const rows = live('settings');
      // The bonuses of the example (its banded ones as their places give them): every unit but An Giang (10), Sóc Trăng (8,5) and Cà Mau (7) has more than 10.
      const bonuses = new Map(fixture.scores.map((s) => [s.unit, s.bonus.reduce<number>((sum, b) => sum + (b ?? 0), 0)]));
      expect([...bonuses].filter(([, b]) => b <= 10).map(([u]) => u)).toEqual(['AG', 'ST', 'CM']);
      // Long An: 100 base, its 18 bonus points capped at 10, 0,5 deducted.
      expect(rows.get('LA')?.[0]).toBe(109.5);
      // Competition ranks: only the tied units are left to the ballots (with the cap, more than the rank-5 pair); the ranks below keep their numbers.
      for (const r of ev.ranking) {
        const tied = ev.ranking.some((o) => o !== r && o.total === r.total);
        const bonus = bonuses.get(r.unit.code) ?? 0;
        // The check names the cap (as Cấu hình holds it), not the sum: the formula adds the bonuses up once more only to compare.
        const check = bonus > 10 ? 'Cảnh báo ở dòng này: điểm thưởng các tiêu chí cộng lại vượt mức tối đa tổng điểm thưởng của Cụm nên chỉ tính 10' : '';
        expect([r.unit.code, ...(rows.get(r.unit.code) ?? [])]).toEqual([r.unit.code, toNumber(r.total), tied ? EXCEL_SAYS.tie : r.rank, r.grade, check]);
      }
      // The command reads "10" and "115" typed as text as those numbers (with a note): so do the formulas.
      const asText = evaluate(fixtureGrids(fixture, { rankStyle: 'cách', maxTotalBonus: '10', gradeExcellent: '115' }, { ballots: true }));
      expect(asText.ranking.map((r) => [r.unit.code, r.total, r.grade])).toEqual(ev.ranking.map((r) => [r.unit.code, r.total, r.grade]));
      expect(live('settingsText')).toEqual(rows);
    });

    it('show the command’s total and grade on a row with a criterion at 0 or a deduction without its reason, and say each in the check as the command does', () => {
      const grids = fixtureGrids(fixture, {}, { ballots: true });
      const scores = grids.scores as CellValue[][];
      scores[1][4] = 0;
      scores[2][REASON] = '';
      const ev = evaluate(grids);
      const rows = live('scoredNotes');
      const [la, tg] = [String(scores[1][0]), String(scores[2][0])];
      const command = (code: string) => ev.ranking.find((r) => r.unit.code === code);
      // Long An: 117,5 less Chuẩn 2's 10 is 107,5, past 95, but criterion 2 at 0 keeps it from the top grade. It falls below the
      // rank-5 tie the ballots settle: in dense ranks its rank is left to the command.
      expect([command(la)?.total, command(la)?.grade]).toEqual([107_500, 'Hoàn thành tốt']);
      expect(rows.get(la)).toEqual([107.5, EXCEL_SAYS.tie, 'Hoàn thành tốt', 'Ghi chú: tiêu chí 2 được 0 điểm chuẩn: không xếp loại Hoàn thành xuất sắc']);
      // Tiền Giang keeps its 114 and its rank 2 (Long An fell below it); its deduction of 1,5 has no reason now.
      expect([command(tg)?.total, command(tg)?.rank]).toEqual([114_000, 2]);
      expect(rows.get(tg)).toEqual([114, 2, 'Hoàn thành xuất sắc', 'Cảnh báo ở Lý do trừ: bị trừ 1.5 điểm nhưng chưa ghi lý do']);
      // The command says both at their cells: the note at Long An's Chuẩn 2 (E2), the warning at Tiền Giang's Lý do trừ.
      const reasonCell = `${String.fromCharCode(65 + REASON)}3`;
      expect(ev.issues.filter((i) => i.code === 'ZERO_CRITERION' || i.code === 'DEDUCTION_WITHOUT_REASON').map((i) => [i.severity, i.cell])).toEqual([
        ['warning', reasonCell],
        ['note', 'E2'],
      ]);
    });

    it('follow a unit’s place in Đơn vị into its banded bonus, as the command does', () => {
      const grids = fixtureGrids(fixture, {}, { ballots: true });
      (grids.units as CellValue[][])[3][PLACE_4] = 5;
      const ev = evaluate(grids);
      const dt = ev.ranking.find((r) => r.unit.code === String((grids.units as CellValue[][])[3][0]));
      expect(dt).toBeDefined();
      const row = live('place').get(dt?.unit.code ?? '') ?? [];
      expect([row[0], row[2], row[3]]).toEqual([toNumber(dt?.total ?? 0), dt?.grade, '']);
      expect(row[0]).not.toBe(fixture.expectedRanking.find((r) => r.unit === dt?.unit.code)?.total);
    });

    it('say to run cap-nhat in every total, never another number, once the bands changed after the formulas were laid', () => {
      expect(CRITERION_4).toBeGreaterThan(1);
      const rows = live('bands');
      expect(rows.size).toBe(fixture.units.length);
      for (const [code, row] of rows) expect([code, row[0]]).toEqual([code, EXCEL_SAYS.lists]);
    });

    it('say to run cap-nhat in every total, never another number, once a place column was renamed after the formulas were laid', () => {
      expect(PLACE_4).toBeGreaterThan(0);
      const rows = live('placeRenamed');
      expect(rows.size).toBe(fixture.units.length);
      for (const [code, row] of rows) expect([code, row[0]]).toEqual([code, EXCEL_SAYS.lists]);
    });

    it('name the bad cells in the check column, leave their rows without a total and every rank waiting, as the menu', () => {
      const rows = [...live('errors').values()];
      expect(rows[0][3]).toBe('Lỗi ở Chuẩn 1: ngoài 0 đến tối đa');
      // Words typed as a score: quoted, and left to the command (which refuses them; "9,5" it would read).
      expect(rows[1][3]).toBe(`Cảnh báo ở Chuẩn 2: chữ "mười"; ${EXCEL_SAYS.asText}`);
      expect(rows[1][0]).toBe(EXCEL_SAYS.command);
      expect(rows[2][3]).toBe('Lỗi ở Chuẩn 1: chưa có điểm');
      // No #VALUE! anywhere: the rows with an error show no total, and no unit is ranked while errors remain.
      expect([rows[0], rows[2]].map((r) => [r[0], r[2]])).toEqual([
        ['', ''],
        ['', ''],
      ]);
      for (const r of rows) expect(r[1]).toBe(EXCEL_SAYS.blocked);
    });

    it('do not compare a row with what was submitted, as their header note says, where the command names the change at its cell', async () => {
      const bytes = await readFile(join(dir, 'submitted.xlsx'));
      const workbook = await loadWorkbook(bytes, 'submitted');
      const headerRow = worksheet(workbook, SHEET.scores).getRow(1);
      const check = sheetGrid(worksheet(workbook, SHEET.scores))[0].indexOf(LIVE_HEADERS[3]) + 1;
      expect(headerRow.getCell(check).note).toBe(EXCEL_LIVE_NOTE);
      expect(EXCEL_LIVE_NOTE).toContain('Cột Kiểm tra không so dòng với giá trị đã nộp ở trang Nộp bài: lệnh tinh-diem nêu các ô đổi sau khi nộp.');
      // Recalculated, every live cell is the example's: the row's check stays blank.
      const first = fixtureGrids(fixture).scores?.[1] ?? [];
      const unit = String(first[0]);
      expect(live('submitted').get(unit)?.[3]).toBe('');
      expect(live('submitted')).toEqual(live('example'));
      // The command, on the same file, warns at that unit's Chuẩn 1 (C2).
      const ev = evaluate((await readInputGrids(bytes, 'submitted.xlsx')).grids);
      const base = Number(first[2]);
      expect(ev.issues.filter((i) => i.code === 'CHANGED_AFTER_SUBMISSION')).toEqual([
        expect.objectContaining({
          severity: 'warning',
          sheet: SHEET.scores,
          cell: 'C2',
          unit,
          message: expect.stringMatching(
            new RegExp(
              `^Chuẩn 1 đổi từ ${String(base - 1).replace('.', ',')} thành ${String(base).replace('.', ',')} sau khi nộp \\(.* nộp lúc 20/11/2021 09:00\\)`,
            ),
          ),
        }),
      ]);
    });

    it('read 19,5 typed as text the way the command does: a warning on the row and words instead of #VALUE!, never a number the command would not give', () => {
      const rows = [...live('text').values()];
      expect(rows[0][3]).toBe(`Cảnh báo ở Chuẩn 1: chữ "19,5"; ${EXCEL_SAYS.asText}`);
      expect(rows[0][0]).toBe(EXCEL_SAYS.command);
      for (const r of rows) expect(r[1]).toBe(EXCEL_SAYS.unranked);
      for (const r of rows.slice(1)) expect(typeof r[0]).toBe('number');
    });

    it('check the step typed as the text "0,25" as the command reads it, the same as the number 0.25: the off-step row has an error and no total', () => {
      const grids = fixtureGrids(fixture, { scoreStep: '0,25' }, { ballots: true });
      (grids.scores as CellValue[][])[1][2] = 19.3;
      const ev = evaluate(grids);
      const code = String((grids.scores as CellValue[][])[1][0]);
      // The command: 19,3 is 300 thousandths off a multiple of 250, an error at that cell (C2), and no ranking.
      expect(ev.issues.filter((i) => i.severity === 'error').map((i) => `${i.sheet}!${i.cell}`)).toEqual([`${SHEET.scores}!C2`]);
      for (const name of ['stepText', 'stepNumber']) {
        const rows = live(name);
        expect([name, rows.get(code)?.[0], rows.get(code)?.[3]]).toEqual([name, '', 'Lỗi ở dòng này: có điểm lệch bước điểm hoặc quá ba chữ số thập phân']);
        for (const [other, row] of rows) if (other !== code) expect([name, other, row[1], row[3]]).toEqual([name, other, EXCEL_SAYS.blocked, '']);
      }
    });

    it('show on random clusters the menu’s value in every live cell, or the words that send the user to the command', () => {
      GENERATED.forEach((c, i) => {
        const rows = live(generatedNames[i]);
        const menu = liveTable(c.grids);
        const totals = [...rows.values()].map((r) => r[0]);
        const ties = new Set(menu.ev.ranking.filter((r) => menu.ev.ranking.some((o) => o !== r && o.total === r.total)).map((r) => r.unit.code));
        c.grids.scores.slice(1).forEach((unitRow, k) => {
          const code = String(unitRow[0]);
          const [total, rank, grade, check] = rows.get(code) ?? [];
          const want = menu.rows[k];
          const label = `${generatedNames[i]} ${code}`;
          // The check shows an error exactly where the menu has one, and says what the menu says of a row it still scores:
          // bonuses the cap cut, a deduction without its reason.
          const says = (words: string): boolean => String(check).includes(words);
          expect(
            [label, says('Lỗi ở'), says('Cảnh báo ở dòng này: điểm thưởng các tiêu chí'), says('Cảnh báo ở Lý do trừ: bị trừ')],
            `${String(check)} / ${want.check}`,
          ).toEqual([label, want.check.includes('Lỗi ở'), want.check.includes('Tổng điểm thưởng của'), want.check.includes('nhưng chưa ghi lý do')]);
          // A criterion at 0 that kept the total from the top grade: said where the row has the menu's total (the formulas
          // cannot tell a row's own errors from its total, so a row with an error may say it too).
          if (typeof total === 'number') expect([label, says('Ghi chú: tiêu chí')]).toEqual([label, want.check.includes('được 0 điểm chuẩn')]);
          if (typeof total === 'number') expect([label, total, grade]).toEqual([label, want.total, want.grade]);
          else if (total === '') expect(want.check, label).toContain('Lỗi ở');
          else {
            expect(total, label).toBe(EXCEL_SAYS.command);
            expect(c.has.agreed || c.has.bad === 'textComma' || c.has.bad === 'textPoint', label).toBe(true);
          }
          if (typeof rank === 'number') expect([label, rank]).toEqual([label, want.rank]);
          else if (menu.ev.blocked) expect(rank, label).toBe(EXCEL_SAYS.blocked);
          else if (rank === EXCEL_SAYS.unranked)
            expect(
              totals.some((t) => typeof t === 'string' && t !== ''),
              label,
            ).toBe(true);
          else {
            expect(rank, label).toBe(EXCEL_SAYS.tie);
            expect((c.has.ladder || c.has.ballots) && ties.size > 0, label).toBe(true);
          }
        });
        // What a formula computes exactly stays a number: nothing left to the command without a reason.
        if (!c.has.agreed && !c.has.ladder && !c.has.ballots && c.has.bad === null) {
          for (const [total, rank] of rows.values()) expect([typeof total, typeof rank]).toEqual(['number', 'number']);
        }
      });
    });
  },
);
