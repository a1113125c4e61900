/**
 * The two small files that once cost `cap-nhat` memory out of proportion to their size
 * (through exceljs it peaked at 753–813 MB on a 40-million-character `Lý do trừ` and at
 * 623–680 MB on a million empty rows of `Bảng điểm`): both commands, each in a child
 * process of the built command held to one heap of 128 MB, read them to the end. The
 * peaks side by side are the benchmark's (`npm run bench`, bench/hostile-files.ts, which
 * also writes these files); a test only holds the bound, not a timing.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeHostileFile, type HostileKind } from '../../bench/hostile-files';
import { tempDir } from '../cli/run-cli';

const LAUNCHER = fileURLToPath(new URL('../../bin/tinh-diem.mjs', import.meta.url));
/** The old heap, in MB, each command is given. */
const HEAP_MB = 128;

function tinhDiem(args: string[], cwd: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, LAUNCHER, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe(`both commands within a ${HEAP_MB} MB heap on the files that once cost cap-nhat hundreds of MB`, { timeout: 240_000 }, () => {
  it.each([
    // The main command refuses the cell Excel cannot hold (exit 1, an issue at its place); cap-nhat moves nothing and writes its file.
    ['long-text', 1],
    ['empty-rows', 0],
  ] as [HostileKind, number][])('%s: the main command ends with its answer, cap-nhat writes its file', async (kind, computeStatus) => {
    const dir = await tempDir();
    await writeHostileFile(join(dir, 'cum.xlsx'), kind);
    const compute = tinhDiem(['cum.xlsx', '--out', 'kq'], dir);
    expect(compute.status, compute.out.slice(-500)).toBe(computeStatus);
    if (kind === 'long-text') expect(compute.out).toContain('quá 32.767 ký tự một ô Excel chứa được');
    const update = tinhDiem(['cap-nhat', 'cum.xlsx', '--out', 'kq'], dir);
    expect(update.status, update.out.slice(-500)).toBe(0);
    expect(update.out).toContain('cum-cap-nhat.xlsx');
  });
});
