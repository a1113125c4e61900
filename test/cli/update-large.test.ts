/**
 * `tinh-diem cap-nhat` on a synthetic cluster of 10,000 units (bench/cluster-file.ts),
 * whose quarter-point scores over two criteria leave hundreds of ties: the line about
 * `Phiếu bầu` names the first few questions and counts the rest, while the sheet it
 * writes asks every one of them (1,784 columns), and the next run reads it whole.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SHEET } from '../../src/core/model/template';
import { readInputGrids } from '../../src/xlsx/read-workbook';
import { SHEET_LIMITS } from '../../src/xlsx/read-sheet';
import type { JsonResult } from '../../src/cli/json-output';
import { writeClusterFile } from '../../bench/cluster-file';
import { expectBoundedAsked } from '../helpers/bounded-asked';
import { runCli, tempDir } from './run-cli';

describe('tinh-diem cap-nhat on 10,000 units with many ties', () => {
  it('says five of the ballot questions and how many more; the sheet asks them all', async () => {
    const dir = await tempDir();
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await writeClusterFile(join(dir, 'cum.xlsx'), 10_000, 2);
    const run = await runCli(['cap-nhat', 'cum.xlsx'], dir);
    expect(run.code, run.err.join('\n')).toBe(0);
    const line = run.out.find((l) => l.startsWith(`Đã lập trang "${SHEET.ballots}"`)) ?? '';
    expect(line.length).toBeLessThan(1000);

    // The command's own reader: Phiếu bầu is read as wide as the product lays it (wider than the other sheets' 1,000 columns).
    const read = await readInputGrids(await readFile(join(dir, 'cum-cap-nhat.xlsx')), 'cum-cap-nhat.xlsx');
    expect(read.beyond).toEqual([]);
    const header = (read.grids.ballots?.[0] ?? []).map(String);
    // Over a thousand questions in the sheet, then its stamp; five named in the line and the others counted.
    expect(header.length).toBeGreaterThan(SHEET_LIMITS.columns);
    expect(header.at(-1)).toMatch(/^Lập theo xếp hạng năm \d{4} · mã [0-9a-f]{8}$/);
    expectBoundedAsked(line, header);
    expect(line).toMatch(/cột khác\): mỗi phiếu bầu nhập một dòng\.$/);

    // The next run reads that sheet: no cell of it is beyond what the command reads, and the cluster ranks.
    const next = await runCli(['cum-cap-nhat.xlsx', '--json'], dir);
    const result = JSON.parse(next.out.join('\n')) as JsonResult;
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.cluster.ranked).toBe(true);
  }, 90_000);
});
