/**
 * The cap on one inflated part (512 MB), on real .xlsx files whose `Bảng điểm`, shared
 * strings or styles inflate past it: refused by both commands with one Vietnamese line
 * naming what is too large and what to do, exit 2, the input untouched — without the
 * test holding 512 MB anywhere (test/robustness/zip-bomb.ts).
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEET } from '../../src/core/model/template';
import { MAX_PART_BYTES, sheetPart, streamXml } from '../../src/xlsx/read-xml';
import { runCli, tempDir } from '../cli/run-cli';
import { CORPUS } from './corpus';
import { workbookOf } from './offline-path';
import { sheetPath } from './patch-xlsx';
import { SHARED_STRINGS_XML, STYLES_XML, WORKSHEET_XML, withHugePart, type RepeatedXml } from './zip-bomb';

const MB = 1024 * 1024;
let dir: string;
let clean: Uint8Array;
let scoresPath: string;

/** Each part that may grow past the cap, where exceljs's clean workbook keeps it, and the line that refuses it. */
const PARTS: { file: string; path: () => string; xml: RepeatedXml; says: string }[] = [
  {
    file: 'bang-diem.xlsx',
    path: () => scoresPath,
    xml: WORKSHEET_XML,
    says: 'có trang tính "Bảng điểm" quá lớn (giải nén hơn 512 MB). Hãy xóa các dòng, cột thừa rồi lưu lại.',
  },
  {
    file: 'chuoi.xlsx',
    path: () => 'xl/sharedStrings.xml',
    xml: SHARED_STRINGS_XML,
    says: 'có bảng chuỗi dùng chung (nơi Excel cất mọi chữ gõ trong các ô) quá lớn (giải nén hơn 512 MB). Hãy xóa các trang tính, cột hoặc ô chứa nhiều chữ không dùng đến, rồi lưu lại bằng Excel.',
  },
  {
    file: 'dinh-dang.xlsx',
    path: () => 'xl/styles.xml',
    xml: STYLES_XML,
    says: 'có bảng định dạng (nơi Excel cất phông chữ, màu, đường kẻ và kiểu số của các ô) quá lớn (giải nén hơn 512 MB). Tệp có quá nhiều kiểu định dạng, thường do dán nhiều lần từ các tệp khác: hãy tạo tệp mới bằng lệnh "tinh-diem mau <tệp mới.xlsx>" rồi dán dữ liệu sang bằng Dán đặc biệt › Giá trị.',
  },
];
const inputs = new Map<string, Uint8Array>();

beforeAll(async () => {
  clean = new Uint8Array(await workbookOf(CORPUS[0]).xlsx.writeBuffer());
  const zip = await JSZip.loadAsync(clean);
  scoresPath = await sheetPath(zip, SHEET.scores);
  dir = await tempDir();
  for (const part of PARTS) {
    // Each part is where the clean workbook has it, so that the cap and nothing else refuses the file.
    expect(zip.file(part.path())).not.toBeNull();
    const input = await withHugePart(clean, part.path(), MAX_PART_BYTES + MB, undefined, part.xml);
    inputs.set(part.file, input);
    await writeFile(join(dir, part.file), input);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a part inflating past 512 MB', () => {
  it('is a small file, under the 50 MB input limit', () => {
    expect(MAX_PART_BYTES).toBe(512 * MB);
    for (const input of inputs.values()) expect(input.length).toBeLessThan(5 * MB);
  });

  it.each(
    PARTS.flatMap(
      (part) =>
        [
          // The check shows its first step ("Đọc tệp…") on stderr before the refusal.
          [`tinh-diem ${part.file}`, part, [part.file], [`Đọc tệp ${part.file}…`]],
          [`tinh-diem cap-nhat ${part.file}`, part, ['cap-nhat', part.file], []],
        ] as const,
    ),
  )('%s: exit 2, one Vietnamese line naming the part, the input untouched, no file written', async (_, part, argv, progress) => {
    const run = await runCli([...argv], dir);
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual([...progress, `Tệp "${part.file}" ${part.says}`]);
    // Buffer.equals: toEqual walks a 3 MB array element by element for seconds.
    expect((await readFile(join(dir, part.file))).equals(inputs.get(part.file) as Uint8Array)).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(PARTS.map((p) => p.file).sort());
  });

  it('is refused while inflating when the zip declares less than the part holds', async () => {
    // The same path with a 1 MB cap, so that the inflated bytes really pass it: 2 MB stated as 1 KB.
    const lying = await JSZip.loadAsync(await withHugePart(clean, scoresPath, 2 * MB, 1024));
    let cells = 0;
    const streamed = streamXml(lying, scoresPath, { open: (name) => void (name === 'c' && cells++) }, 'cum.xlsx', sheetPart(SHEET.scores), MB);
    await expect(streamed).rejects.toThrow('Tệp "cum.xlsx" có trang tính "Bảng điểm" quá lớn (giải nén hơn 1 MB). Hãy xóa các dòng, cột thừa rồi lưu lại.');
    // It stopped at the cap: about 1 MB of 26-byte rows was parsed, not the 2 MB.
    expect(cells).toBeGreaterThan(30_000);
    expect(cells).toBeLessThan(MB / 26 + 1000);
  });
});
