/**
 * `tinh-diem cap-nhat` on a synthetic cluster of 10,000 units (bench/cluster-file.ts),
 * whose quarter-point scores over two criteria leave hundreds of ties: the line about
 * `Phiếu bầu` names the first few questions and counts the rest, while the sheet it
 * writes asks every one of them.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SHEET } from '../../src/core/model/template';
import { loadWorkbook } from '../../src/xlsx/read-workbook';
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

    // exceljs, not the command's reader: that one stops at 1,000 columns, and the sheet has more.
    const written = await loadWorkbook(await readFile(join(dir, 'cum-cap-nhat.xlsx')), 'cum-cap-nhat.xlsx');
    const header = ((written.getWorksheet(SHEET.ballots)?.getRow(1).values ?? []) as unknown[]).slice(1).map(String);
    // Hundreds of columns in the sheet, five named in the line and the others counted.
    expect(header.length).toBeGreaterThan(300);
    expectBoundedAsked(line, header);
    expect(line).toMatch(/cột khác\): mỗi phiếu bầu nhập một dòng\.$/);
  }, 60_000);
});
