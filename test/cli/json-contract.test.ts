/**
 * The `--json` contract: the help's own example `tinh-diem x.xlsx --json > r.json`
 * runs again and again (no file written without --out), and real output, ranked,
 * tied at the award cut-off or blocked, matches docs/tinh-diem-json.schema.json.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/args';
import type { JsonResult } from '../../src/cli/json-output';
import { SHEET } from '../../src/core/model/template';
import { loadFixture } from '../../scripts/example-data';
import { EXAMPLE_PATH, exampleWorkbook } from '../../scripts/make-example';
import { expectedResultLines } from '../helpers/example-expected';
import { rankingAfterVote } from '../helpers/example-vote';
import { schemaErrors, validateJsonResult } from '../helpers/json-schema';
import { runCli, tempDir } from './run-cli';

const LAUNCHER = fileURLToPath(new URL('../../bin/tinh-diem.mjs', import.meta.url));
const fixture = loadFixture();

function valid(result: unknown): JsonResult {
  expect(schemaErrors(result)).toBe('');
  return result as JsonResult;
}

async function json(argv: string[], dir: string): Promise<{ code: number; result: JsonResult }> {
  const run = await runCli(argv, dir);
  expect(run.err).toEqual([]);
  expect(run.out).toHaveLength(1);
  return { code: run.code, result: valid(JSON.parse(run.out[0])) };
}

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
  await writeFile(join(dir, 'nam-don-vi.xlsx'), new Uint8Array(await (await exampleWorkbook({ awardCount: 5 })).xlsx.writeBuffer()));
  const blocked = new ExcelJS.Workbook();
  await blocked.xlsx.readFile(EXAMPLE_PATH);
  blocked.getWorksheet(SHEET.scores)!.getCell('C3').value = 'mười';
  await blocked.xlsx.writeFile(join(dir, 'loi.xlsx'));
});

describe('tinh-diem <tệp.xlsx> --json', () => {
  it('is the help’s own example', () => {
    expect(HELP).toContain('tinh-diem cum-thi-dua.xlsx --json > ket-qua.json');
  });

  it('runs twice in a row as `tinh-diem cum.xlsx --json > r.json`, writing no file beside the input', () => {
    const before = spawnSync('ls', [dir], { encoding: 'utf8' }).stdout;
    for (let i = 0; i < 2; i++) {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${LAUNCHER}" cum.xlsx --json > r.json`], { cwd: dir, encoding: 'utf8', timeout: 60000 });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
    expect(
      spawnSync('ls', [dir], { encoding: 'utf8' })
        .stdout.split('\n')
        .filter((f) => !before.includes(f)),
    ).toEqual(['r.json']);
    // Two runs of the launcher (the first may build dist-cli): slow on a busy machine.
  }, 150000);

  it('writes the files as well when --out names a folder (the example has ballots: the minutes and the letter too)', async () => {
    const { code, result } = await json(['cum.xlsx', '--json', '--out', 'kq'], dir);
    expect(code).toBe(0);
    // The vote documents were written by this run: none left over from an earlier one (see stale-vote-docs.test.ts).
    expect(result.staleFiles).toEqual([]);
    expect((await readdir(join(dir, 'kq'))).sort()).toEqual(['cum-bao-cao.docx', 'cum-bien-ban-kiem-phieu.docx', 'cum-to-trinh.docx', 'cum-tong-hop.xlsx']);
  });

  it('carries the cluster, the units in rank order, the awards, every criterion’s result lines and the issues', async () => {
    const { code, result } = await json(['cum.xlsx', '--json'], dir);
    expect(code).toBe(0);
    expect(result.cluster).toEqual({
      name: 'Cụm thi đua số 08',
      parentBody: 'Bộ Thông tin và Truyền thông',
      year: 2021,
      rankStyle: 'dense',
      criteria: 10,
      units: 12,
      ranked: true,
    });
    expect(result.units.map((u) => ({ rank: u.rank, unit: u.code, base: u.base, bonus: u.bonus, deduction: u.deduction, total: u.total }))).toEqual(
      rankingAfterVote(fixture),
    );
    expect(result.awards).toEqual({ count: 1, proposed: ['LA'], tiedAtCutoff: [] });
    expect(result.criteria.map((c) => c.code)).toEqual(fixture.criteria.map((c) => c.code));
    for (const c of result.criteria) expect(c.resultLines).toEqual(expectedResultLines(c.code));
    expect(result.criteria[0]).toMatchObject({ name: 'Hoàn thành tốt nhiệm vụ chuyên môn', maxBase: 20, maxBonus: 5 });
    // The example's deductions are typed with a minus sign: one note (no warning) for the sheet, at the first such cell, in Long An's row; its ballot 7 is invalid, a note too (a spoilt ballot needs no change).
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'note', code: 'DEDUCTION_SIGN', sheet: SHEET.scores, cell: 'W2', unit: 'LA' }),
      expect.objectContaining({ severity: 'note', code: 'INVALID_BALLOT', sheet: SHEET.ballots, cell: 'C8', unit: null }),
    ]);
  });

  it('names the units tied at the award cut-off', async () => {
    // Five places: four units above rank 5, then Vĩnh Long and Đồng Tháp tied at rank 5 for the last one.
    const { result } = await json(['nam-don-vi.xlsx', '--json'], dir);
    expect(result.awards).toEqual({ count: 5, proposed: ['LA', 'HG', 'TG', 'BT'], tiedAtCutoff: ['VL', 'DT'] });
  });

  it('exits 1 with the issues and no ranking when data errors block it', async () => {
    const { code, result } = await json(['loi.xlsx', '--json'], dir);
    expect(code).toBe(1);
    expect(result.cluster.ranked).toBe(false);
    expect(result.units).toEqual([]);
    expect(result.awards.proposed).toEqual([]);
    expect(result.criteria.every((c) => c.resultLines.length === 0)).toBe(true);
    expect(result.issues).toContainEqual(expect.objectContaining({ severity: 'error', sheet: SHEET.scores, cell: 'C3', unit: 'TG' }));
  });

  it('has a schema that rejects a field it does not describe', () => {
    expect(validateJsonResult({ cluster: {}, units: [], awards: {}, criteria: [], issues: [], extra: 1 })).toBe(false);
  });

  it('has a schema that requires staleFiles, a list of paths', async () => {
    const { result } = await json(['cum.xlsx', '--json'], dir);
    const { staleFiles: _dropped, ...withoutStaleFiles } = result;
    expect(validateJsonResult(withoutStaleFiles)).toBe(false);
    expect(validateJsonResult({ ...result, staleFiles: [1] })).toBe(false);
    expect(validateJsonResult({ ...result, staleFiles: ['kq/cum-to-trinh.docx'] })).toBe(true);
  });
});
