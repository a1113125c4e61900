/**
 * `Lịch sử` offline across runs made again with --force: the summary being
 * replaced holds runs the input does not (the command never writes its input),
 * and the new summary keeps them, oldest first, before its own row.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { HISTORY_HEADER, SHEET } from '../../src/core/model/template';
import type { Grid } from '../../src/core/model/types';
import { loadWorkbook, readNamedSheet } from '../../src/xlsx/read-workbook';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { editWorkbook, tempDir } from './run-cli';

const SUMMARY = 'cum-tong-hop.xlsx';

/** One run at its own time, so that each run's row can be told apart. */
async function runAt(argv: string[], cwd: string, now: Date): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), outPieces: (p) => out.push([...p].join('')), err: () => undefined, now: () => now, cwd });
  return { code, out };
}

async function history(path: string): Promise<Grid> {
  return (await readNamedSheet(await readFile(path), path, SHEET.history)) ?? [];
}

const TIMES = [new Date(2022, 0, 5, 8, 30), new Date(2022, 0, 6, 9, 15), new Date(2022, 0, 7, 14, 0), new Date(2022, 0, 8, 10, 45)];

describe('Lịch sử kept across summaries made again', () => {
  let dir: string;
  /** The run row each summary wrote last, as read back from that summary. */
  const written: Grid = [];
  /** How many rows (with the header) `Lịch sử` had after each run. */
  const lengths: number[] = [];
  beforeAll(async () => {
    dir = await tempDir();
    await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
    for (const [i, now] of TIMES.slice(0, 3).entries()) {
      expect((await runAt(['cum.xlsx', '--nguoi', 'Nguyễn Thu Hà', ...(i > 0 ? ['--force'] : [])], dir, now)).code).toBe(0);
      const rows = await history(join(dir, SUMMARY));
      lengths.push(rows.length);
      written.push(rows.at(-1) ?? []);
    }
  });

  it('writes each run its own row at its own time', () => {
    expect(written.map((row) => row[HISTORY_HEADER.indexOf('Thời gian')])).toEqual(TIMES.slice(0, 3));
    for (const row of written) expect(row[HISTORY_HEADER.indexOf('Người thực hiện')]).toBe('Nguyễn Thu Hà');
  });

  it('keeps the earlier runs oldest first, each as that run wrote it, after two and three runs', async () => {
    expect(lengths).toEqual([2, 3, 4]);
    const rows = await history(join(dir, SUMMARY));
    expect(rows[0]).toEqual([...HISTORY_HEADER]);
    expect(rows.slice(1)).toEqual(written);
  });

  it('writes a carried row with the formats of a new one (the time as a date-time)', async () => {
    const rows = await history(join(dir, SUMMARY));
    expect(rows[1][0]).toBeInstanceOf(Date);
    expect(typeof rows[1][HISTORY_HEADER.indexOf('Số đơn vị')]).toBe('number');
  });

  it('does not write again the runs a former summary used as input already holds', async () => {
    expect((await runAt([SUMMARY], dir, TIMES[3])).code).toBe(0);
    expect((await runAt([SUMMARY, '--force'], dir, TIMES[3])).code).toBe(0);
    const rows = await history(join(dir, 'cum-tong-hop-tong-hop.xlsx'));
    // The input's three runs, the first run on it (carried from the summary replaced) and the second.
    expect(rows.slice(1, 4)).toEqual(written);
    expect(rows).toHaveLength(6);
    expect(rows[4]).toEqual(rows[5]);
  });

  it('runs on when the summary to replace is damaged, says so in one line, and starts Lịch sử afresh', async () => {
    await writeFile(join(dir, SUMMARY), 'PK\u0003\u0004 không phải một tệp xlsx');
    const run = await runAt(['cum.xlsx', '--force'], dir, TIMES[3]);
    expect(run.code).toBe(0);
    const lines = run.out.filter((l) => l.includes(`Không giữ được các lần chạy trước trong "${SHEET.history}"`));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`"${SUMMARY}"`);
    expect(lines[0]).not.toContain('\n');
    const rows = await history(join(dir, SUMMARY));
    expect(rows).toHaveLength(2);
    expect(rows[1][0]).toEqual(TIMES[3]);
  });
});

describe('Lịch sử of an input from before its Năm column', () => {
  const OLD_HEADER = HISTORY_HEADER.slice(0, HISTORY_HEADER.indexOf('Năm'));
  const EARLIER = new Date(2021, 11, 20, 9, 0);

  /** The example with the `Lịch sử` an older version wrote: no `Năm`, one run; `styledBlank` leaves a formatted empty cell where `Năm` goes. */
  async function olderInput(styledBlank: boolean): Promise<string> {
    const dir = await tempDir();
    await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
    await editWorkbook(dir, 'cum.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet(SHEET.history);
      sheet.addRow([...OLD_HEADER]);
      sheet.addRow([EARLIER, 'thu-ky', 12, 0, 0, '1. Long An (117.5)', '0a1b2c3d', '']);
      if (styledBlank) sheet.getCell(1, OLD_HEADER.length + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    });
    return dir;
  }

  it.each([
    ['', false],
    [', in a formatted empty cell there (its format kept)', true],
  ])('gains the Năm header in the summary%s, its earlier run kept as it was and this run’s year under it', async (_, styledBlank) => {
    const dir = await olderInput(styledBlank);
    expect((await runAt(['cum.xlsx'], dir, TIMES[0])).code).toBe(0);
    const path = join(dir, SUMMARY);
    const rows = await history(path);
    const year = HISTORY_HEADER.indexOf('Năm');
    expect(rows[0]).toEqual([...HISTORY_HEADER]);
    expect(rows[1].slice(0, OLD_HEADER.length)).toEqual([EARLIER, 'thu-ky', 12, 0, 0, '1. Long An (117.5)', '0a1b2c3d', '']);
    expect(rows[1][year]).toBe('');
    expect(rows[2][year]).toBe(2021);
    // One cell there (a second copy would be read as "stored twice"): a header as the summary writes one, or the user's format kept.
    const cell = (await loadWorkbook(await readFile(path), path))
      .getWorksheet(SHEET.history)
      ?.getRow(1)
      .getCell(year + 1);
    if (styledBlank) expect(cell?.fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
    else expect(cell?.font?.bold).toBe(true);
  });
});
