/**
 * The cap on one inflated sheet part (512 MB), on a real .xlsx whose `Bảng điểm`
 * inflates past it: refused by both commands with one Vietnamese line, exit 2,
 * the input untouched — without the test holding 512 MB anywhere (test/robustness/zip-bomb.ts).
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEET } from '../../src/core/template';
import { MAX_PART_BYTES, streamXml } from '../../src/xlsx/read-xml';
import { runCli, tempDir } from '../cli/run-cli';
import { CORPUS } from './corpus';
import { workbookOf } from './offline-path';
import { sheetPath } from './patch-xlsx';
import { withHugePart } from './zip-bomb';

const MB = 1024 * 1024;
let dir: string;
let input: Uint8Array;
let clean: Uint8Array;
let scoresPath: string;

beforeAll(async () => {
  clean = new Uint8Array(await workbookOf(CORPUS[0]).xlsx.writeBuffer());
  scoresPath = await sheetPath(await JSZip.loadAsync(clean), SHEET.scores);
  input = await withHugePart(clean, scoresPath, MAX_PART_BYTES + MB);
  dir = await tempDir();
  await writeFile(join(dir, 'cum.xlsx'), input);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a sheet part inflating past 512 MB', () => {
  it('is a small file, under the 50 MB input limit', () => {
    expect(MAX_PART_BYTES).toBe(512 * MB);
    expect(input.length).toBeLessThan(5 * MB);
  });

  it.each([
    // The check shows its first step ("Đọc tệp…") on stderr before the refusal.
    ['tinh-diem cum.xlsx', ['cum.xlsx'], ['Đọc tệp cum.xlsx…']],
    ['tinh-diem cap-nhat cum.xlsx', ['cap-nhat', 'cum.xlsx'], []],
  ])('%s: exit 2, one Vietnamese line, the input untouched, no file written', async (_, argv, progress) => {
    const run = await runCli(argv, dir);
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual([...progress, 'Tệp "cum.xlsx" có một trang tính quá lớn (giải nén hơn 512 MB). Hãy xóa các dòng, cột thừa rồi lưu lại.']);
    // Buffer.equals: toEqual walks a 3 MB array element by element for seconds.
    expect((await readFile(join(dir, 'cum.xlsx'))).equals(input)).toBe(true);
    expect(await readdir(dir)).toEqual(['cum.xlsx']);
  });

  it('is refused while inflating when the zip declares less than the part holds', async () => {
    // The same path with a 1 MB cap, so that the inflated bytes really pass it: 2 MB stated as 1 KB.
    const lying = await JSZip.loadAsync(await withHugePart(clean, scoresPath, 2 * MB, 1024));
    let cells = 0;
    const streamed = streamXml(lying, scoresPath, { open: (name) => void (name === 'c' && cells++) }, 'cum.xlsx', MB);
    await expect(streamed).rejects.toThrow('Tệp "cum.xlsx" có một trang tính quá lớn (giải nén hơn 1 MB). Hãy xóa các dòng, cột thừa rồi lưu lại.');
    // It stopped at the cap: about 1 MB of 26-byte rows was parsed, not the 2 MB.
    expect(cells).toBeGreaterThan(30_000);
    expect(cells).toBeLessThan(MB / 26 + 1000);
  });
});
