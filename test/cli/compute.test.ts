/** `tinh-diem <tệp.xlsx>` end to end on the example cluster, in-process. */
import { copyFile, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonResult } from '../../src/cli/json-output';
import { CHECKS_HEADER, HISTORY_HEADER, SHEET, SUMMARY_HEADER } from '../../src/core/model/template';
import type { Grid } from '../../src/core/model/types';
import { loadWorkbook, sheetGrid, workbookGrids } from '../../src/xlsx/read-workbook';
import { loadFixture } from '../../scripts/example-data';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { EXAMPLE_VOTE, rankingAfterVote } from '../helpers/example-vote';
import { type Run, runCli, tempDir } from './run-cli';

const fixture = loadFixture();
/** The sheets write a deduction as the negative number it is (-0.5), the report's convention; --json keeps its documented positive amount. */
const afterVote = rankingAfterVote(fixture);
const signedRanking = afterVote.map((r) => ({ ...r, deduction: r.deduction === 0 ? 0 : -r.deduction }));
const INPUT = 'cum.xlsx';

async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await readFile(path), path);
}

const grid = (workbook: ExcelJS.Workbook, name: string): Grid => sheetGrid(workbook.getWorksheet(name) as ExcelJS.Worksheet);

/** The ranking rows of `Tổng hợp`: from under its header row to the first blank row. */
function rankingRows(summary: Grid): Grid {
  const start = summary.findIndex((r) => r[0] === SUMMARY_HEADER[0]) + 1;
  const end = summary.findIndex((r, i) => i >= start && r[0] === '');
  return summary.slice(start, end);
}

describe('a run on the example cluster', () => {
  let dir: string;
  let run: Run;
  let inputBytes: Buffer;
  beforeAll(async () => {
    dir = await tempDir();
    await copyFile(EXAMPLE_PATH, join(dir, INPUT));
    inputBytes = await readFile(join(dir, INPUT));
    run = await runCli([INPUT, '--out', 'kq', '--nguoi', 'Nguyễn Thu Hà'], dir);
  });

  it('exits 0 after reporting each step on stderr', () => {
    expect(run.code).toBe(0);
    expect(run.err.map((l) => l.replace(/ .*/, ''))).toEqual(['Đọc', 'Kiểm', 'Tính', 'Ghi', 'Tạo', 'Lập']);
    expect(run.err[0]).toBe(`Đọc tệp ${INPUT}…`);
  });

  it("prints the ranking table in rank order, the tie ordered by the council's vote", () => {
    const rows = run.out.filter((l) => /^\s*\d+\s{2}/.test(l));
    expect(rows).toHaveLength(afterVote.length);
    rows.forEach((line, i) => {
      const expected = afterVote[i];
      const name = fixture.units.find((u) => u.code === expected.unit)?.shortName ?? '';
      expect(line).toMatch(new RegExp(`^\\s*${expected.rank}\\s+${expected.unit}\\s+${name}\\s+${expected.base}\\s+\\+${expected.bonus}\\s`));
      expect(line).toContain(` ${expected.total}  `);
    });
    expect(run.out.join('\n')).not.toContain('cần bỏ phiếu');
    expect(run.out.filter((l) => l.endsWith(`theo kết quả bỏ phiếu ngày ${EXAMPLE_VOTE.date}`))).toHaveLength(2);
    expect(run.out).toContain('Đã ghi: kq/cum-tong-hop.xlsx');
  });

  it('says nothing of holding a vote: the ballots are counted', () => {
    expect(run.out.some((l) => l.startsWith('Để Hội đồng bỏ phiếu'))).toBe(false);
  });

  it('writes the four files and leaves the input untouched', async () => {
    expect((await readdir(join(dir, 'kq'))).sort()).toEqual(['cum-bao-cao.docx', 'cum-bien-ban-kiem-phieu.docx', 'cum-to-trinh.docx', 'cum-tong-hop.xlsx']);
    expect((await readFile(join(dir, INPUT))).equals(inputBytes)).toBe(true);
  });

  it('copies the input sheets cell for cell and adds Tổng hợp (first), Điểm theo tiêu chí, Kiểm tra, Kết quả bỏ phiếu and Lịch sử', async () => {
    const output = await readXlsx(join(dir, 'kq', 'cum-tong-hop.xlsx'));
    const input = await readXlsx(join(dir, INPUT));
    expect(output.worksheets.map((s) => s.name)).toEqual([
      SHEET.summary,
      ...input.worksheets.map((s) => s.name),
      SHEET.detail,
      SHEET.checks,
      SHEET.voteResults,
      SHEET.history,
    ]);
    expect(workbookGrids(output)).toEqual(workbookGrids(input));

    const ranking = rankingRows(grid(output, SHEET.summary));
    expect(ranking.map((r) => ({ rank: r[0], unit: r[1], base: r[3], bonus: r[4], deduction: r[5], total: r[6] }))).toEqual(signedRanking);

    const checks = grid(output, SHEET.checks);
    expect(checks[0]).toEqual([...CHECKS_HEADER]);
    // Long An's deduction typed as -0.5 and ballot 7 naming both tied units (spoilt): notes, nothing to fix.
    expect(checks.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['Ghi chú', SHEET.scores, 'W2'],
      ['Ghi chú', SHEET.ballots, 'C8'],
    ]);

    const history = grid(output, SHEET.history);
    expect(history[0]).toEqual([...HISTORY_HEADER]);
    expect(history).toHaveLength(2);
    // Who ran it as --nguoi names them, never the computer's login name.
    expect(history[1].slice(0, 2)).toEqual([new Date(2022, 0, 5, 8, 30), 'Nguyễn Thu Hà']);
    expect(output.getWorksheet(SHEET.history)?.getCell('A2').numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(history[1][2]).toBe(fixture.units.length);
    expect(history[1][7]).toBe('cum-bao-cao.docx');
  });

  it('writes the report as a Word file', async () => {
    const bytes = await readFile(join(dir, 'kq', 'cum-bao-cao.docx'));
    const zip = await JSZip.loadAsync(bytes);
    const documentXml = await zip.file('word/document.xml')?.async('string');
    expect(documentXml).toContain('BÁO CÁO');
  });

  it('refuses to overwrite the results without --force, and replaces them with it', async () => {
    const before = await readFile(join(dir, 'kq', 'cum-tong-hop.xlsx'));
    const refused = await runCli([INPUT, '--out', 'kq'], dir);
    expect(refused.code).toBe(2);
    expect(refused.err.at(-1)).toMatch(/^Tệp "kq\/cum-tong-hop\.xlsx" đã có\. Thêm --force/);
    expect((await readFile(join(dir, 'kq', 'cum-tong-hop.xlsx'))).equals(before)).toBe(true);
    expect((await runCli([INPUT, '--out', 'kq', '--force'], dir)).code).toBe(0);
  });

  it('keeps one Tổng hợp and the earlier Lịch sử rows when run again on its own output', async () => {
    const again = await runCli(['kq/cum-tong-hop.xlsx'], dir);
    expect(again.code).toBe(0);
    const output = await readXlsx(join(dir, 'kq', 'cum-tong-hop-tong-hop.xlsx'));
    expect(output.worksheets.filter((s) => s.name === SHEET.summary)).toHaveLength(1);
    // The header, the two runs the summary holds (the first carried over by --force) and this one.
    const history = grid(output, SHEET.history);
    expect(history).toHaveLength(4);
    // A run naming nobody says so in words, not with the computer's login name.
    expect(history[3][1]).toBe('Không rõ (chưa ghi tên)');
  });

  it('prints one JSON object and nothing else with --json', async () => {
    const json = await runCli([INPUT, '--out', 'kq-json', '--json'], dir);
    expect(json.code).toBe(0);
    expect(json.err).toEqual([]);
    expect(json.out).toHaveLength(1);
    const result = JSON.parse(json.out[0]) as JsonResult;
    expect(Object.keys(result)).toEqual(['cluster', 'units', 'awards', 'criteria', 'issues', 'vote', 'staleFiles', 'comparison', 'review']);
    // The example is a first year: nothing to compare with.
    expect(result.comparison).toBeNull();
    expect(result.cluster).toMatchObject({ name: fixture.settings.clusterName, year: fixture.settings.year, units: 12, ranked: true });
    expect(result.units.map((u) => ({ rank: u.rank, unit: u.code, base: u.base, bonus: u.bonus, deduction: u.deduction, total: u.total }))).toEqual(afterVote);
    expect(result.units.filter((u) => u.needsVote)).toEqual([]);
    expect(result.vote).toMatchObject({
      counted: true,
      date: EXAMPLE_VOTE.date,
      issued: 12,
      returned: 12,
      valid: 11,
      threshold: { percent: 80, base: 'members', comparison: 'atLeast', denominator: 12 },
    });
    expect(result.vote?.invalid.map((b) => b.row)).toEqual(EXAMPLE_VOTE.invalidRows);
    expect(result.vote?.awards).toEqual([{ code: 'LA', shortName: 'Long An', ...EXAMPLE_VOTE.longAn }]);
    expect(result.vote?.ties).toEqual([
      { rank: 5, settled: true, blank: 1, votes: EXAMPLE_VOTE.tie.map((t) => ({ ...t, shortName: t.code === 'DT' ? 'Đồng Tháp' : 'Vĩnh Long' })) },
    ]);
    expect(Object.keys(result.units[0])).toEqual(['code', 'name', 'shortName', 'base', 'bonus', 'deduction', 'total', 'rank', 'grade', 'needsVote']);
  });
});

describe('a ranking that leaves a tie for the council, before any ballot', () => {
  /** The example with its ballots taken out: the whole sheet, or its rows under the header. */
  async function withoutBallots(dir: string, file: string, keepSheet: boolean): Promise<void> {
    const workbook = await readXlsx(EXAMPLE_PATH);
    const ballots = workbook.getWorksheet(SHEET.ballots) as ExcelJS.Worksheet;
    if (keepSheet) ballots.eachRow((row, r) => r > 1 && row.eachCell((cell) => void (cell.value = null)));
    else workbook.removeWorksheet(ballots.id);
    await workbook.xlsx.writeFile(join(dir, file));
  }

  it('says how to hold the vote offline: cap-nhat lays Phiếu bầu into the next file, typed there and run again', async () => {
    const dir = await tempDir();
    await withoutBallots(dir, 'cum.xlsx', false);
    const run = await runCli(['cum.xlsx'], dir);
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(run.out.filter((l) => l.endsWith('đồng hạng, cần bỏ phiếu')).length).toBe(2);
    expect(run.out.at(-1)).toBe(
      'Để Hội đồng bỏ phiếu (Cờ thi đua: Long An; Đồng hạng 5: Vĩnh Long / Đồng Tháp): chạy "tinh-diem cap-nhat cum.xlsx" để có trang "Phiếu bầu" trong cum-cap-nhat.xlsx, nhập mỗi phiếu một dòng vào đó rồi chạy "tinh-diem cum-cap-nhat.xlsx".',
    );
    // Followed as said, the step gives the sheet.
    expect((await runCli(['cap-nhat', 'cum.xlsx'], dir)).code).toBe(0);
    expect(grid(await readXlsx(join(dir, 'cum-cap-nhat.xlsx')), SHEET.ballots)[0]).toContain('Đồng hạng 5: Vĩnh Long / Đồng Tháp');
  });

  it('with the sheet laid and no ballot typed yet, says to type them into it', async () => {
    const dir = await tempDir();
    await withoutBallots(dir, 'cum-cap-nhat-2.xlsx', true);
    const run = await runCli(['cum-cap-nhat-2.xlsx'], dir);
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(run.out.at(-1)).toBe(
      'Để Hội đồng bỏ phiếu (Cờ thi đua: Long An; Đồng hạng 5: Vĩnh Long / Đồng Tháp): nhập mỗi phiếu một dòng vào trang "Phiếu bầu" của cum-cap-nhat-2.xlsx rồi chạy lại "tinh-diem cum-cap-nhat-2.xlsx".',
    );
  });
});

describe('ballots that cannot be counted', () => {
  /** The example with the second ballot numbered like the first: an error of the count, not of the scores. */
  async function doubledBallotNumber(dir: string, file: string): Promise<void> {
    const workbook = await readXlsx(EXAMPLE_PATH);
    const ballots = workbook.getWorksheet(SHEET.ballots) as ExcelJS.Worksheet;
    ballots.getCell(3, 1).value = ballots.getCell(2, 1).value;
    await workbook.xlsx.writeFile(join(dir, file));
  }

  it('write no document: the summary shows the errors, no report, minutes or letter, exit 1; an earlier report is named as stale', async () => {
    const dir = await tempDir();
    await doubledBallotNumber(dir, INPUT);
    const earlier = join(dir, 'kq', 'cum-bao-cao.docx');
    await runCli([EXAMPLE_PATH, '--out', 'kq'], dir);
    await copyFile(
      join(
        dir,
        'kq',
        `${EXAMPLE_PATH.split('/')
          .pop()
          ?.replace(/\.xlsx$/, '')}-bao-cao.docx`,
      ),
      earlier,
    );
    const run = await runCli([INPUT, '--out', 'kq', '--force'], dir);
    expect(run.code, run.err.join('\n')).toBe(1);
    expect(run.out).toContain(
      'Trang "Phiếu bầu" hoặc các mục bỏ phiếu của trang "Cấu hình" còn lỗi nên chưa kiểm phiếu được: chưa tạo báo cáo, biên bản kiểm phiếu và tờ trình.',
    );
    expect(run.out).toContain('Đã ghi: kq/cum-tong-hop.xlsx');
    expect(run.out.filter((l) => l.trim() === 'kq/cum-bao-cao.docx')).toHaveLength(1);
    const files = await readdir(join(dir, 'kq'));
    expect(files).not.toContain('cum-bien-ban-kiem-phieu.docx');
    expect(files).not.toContain('cum-to-trinh.docx');
    const checks = grid(await readXlsx(join(dir, 'kq', 'cum-tong-hop.xlsx')), SHEET.checks);
    expect(checks.some((r) => r[2] === SHEET.ballots && r[0] === 'Lỗi')).toBe(true);
  });
});
