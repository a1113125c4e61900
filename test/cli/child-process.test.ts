/** The installed command as a user runs it: `node bin/tinh-diem.mjs …` in a child process (bundle built on demand). */
import { spawnSync } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonResult } from '../../src/cli/json-output';
import { rankingAfterVote } from '../helpers/example-vote';
import { loadFixture } from '../../scripts/example-data';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { tempDir } from './run-cli';

const LAUNCHER = fileURLToPath(new URL('../../bin/tinh-diem.mjs', import.meta.url));

function tinhDiem(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd, encoding: 'utf8', timeout: 30000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('bin/tinh-diem.mjs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
  });

  it('computes the example and prints only JSON on stdout with --json', () => {
    const r = tinhDiem(['cum.xlsx', '--out', 'kq', '--json'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as JsonResult;
    expect(result.units.map((u) => [u.rank, u.code, u.total])).toEqual(rankingAfterVote(loadFixture()).map((e) => [e.rank, e.unit, e.total]));
  });

  it('exits 2 with one line and no stack trace for a missing file', () => {
    const r = tinhDiem(['khong-co.xlsx'], dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('Đọc tệp khong-co.xlsx…\nKhông tìm thấy tệp "khong-co.xlsx".\n');
  });
});
