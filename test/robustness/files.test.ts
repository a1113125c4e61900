/**
 * Files from anywhere and outputs all or nothing: what is not a readable .xlsx
 * is refused before it is read, a failed write leaves no half output, and of two
 * runs at once into one folder exactly one writes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, open, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CORPUS } from './corpus';
import { workbookOf } from './offline-path';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { loadWorkbook } from '../../src/xlsx/read-workbook';
import { runCli, tempDir } from '../cli/run-cli';

const LAUNCHER = fileURLToPath(new URL('../../bin/tinh-diem.mjs', import.meta.url));
let dir: string;
let example: Uint8Array;
beforeAll(async () => {
  dir = await tempDir();
  example = new Uint8Array(await readFile(EXAMPLE_PATH));
  await writeFile(join(dir, 'cum.xlsx'), example);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The last line on stderr: the message (earlier lines are progress). */
const message = (err: string[]): string => err.at(-1) ?? '';

describe('inputs checked before they are read', () => {
  it('refuses /dev/zero, which is no regular file, without reading it', async () => {
    const run = await runCli(['/dev/zero'], dir);
    expect(run.code).toBe(2);
    expect(message(run.err)).toBe('"/dev/zero" không phải một tệp thông thường (thiết bị, ống dẫn…). Hãy chỉ ra tệp .xlsx cần tính.');
  });

  it('refuses a file over 2 GiB by its size, in Vietnamese', async () => {
    const path = join(dir, 'rat-lon.xlsx');
    const handle = await open(path, 'w');
    await handle.truncate(2 * 1024 ** 3 + 1); // sparse: no disk space used
    await handle.close();
    const run = await runCli(['rat-lon.xlsx'], dir);
    await rm(path);
    expect(run.code).toBe(2);
    expect(message(run.err)).toMatch(/^Tệp "rat-lon\.xlsx" quá lớn \(2\.048 MB; giới hạn 50 MB\)\./);
  });

  it.each([
    ['cum.ods', 'OpenDocument (.ods)'],
    ['cum.csv', 'CSV (.csv)'],
    ['cum.xls', 'Excel cũ (.xls)'],
  ])('tells %s to be saved as .xlsx', async (name, kind) => {
    await writeFile(join(dir, name), 'Mã đơn vị;Chuẩn 1\nA;10\n');
    const run = await runCli([name], dir);
    expect(run.code).toBe(2);
    expect(message(run.err)).toContain(kind);
    expect(message(run.err)).toContain('lưu thành .xlsx');
  });
});

describe('messages of libraries', () => {
  it('names a sheet name over Excel\'s 31 characters in Vietnamese, with no English warning', async () => {
    const book = workbookOf(CORPUS[0]);
    book.addWorksheet('Ghi chú');
    const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
    const workbookXml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const long = 'Ghi chú của thư ký cụm về các đơn vị năm nay';
    zip.file('xl/workbook.xml', workbookXml.replace('name="Ghi chú"', `name="${long}"`));
    await writeFile(join(dir, 'ten-dai.xlsx'), await zip.generateAsync({ type: 'uint8array' }));
    const warn = vi.spyOn(console, 'warn');
    const run = await runCli(['ten-dai.xlsx', '--out', 'kq-ten-dai'], dir);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(run.code).toBe(2);
    expect(message(run.err)).toBe(`Trang tính "${long}" của tệp "ten-dai.xlsx" có tên dài hơn 31 ký tự, Excel không cho phép. Hãy đổi tên trang tính cho ngắn hơn rồi lưu lại.`);
  });
});

describe('outputs all or nothing', () => {
  it('leaves no new summary when the report cannot be put in place, and says the old files are unchanged', async () => {
    const out = join(dir, 'kq-hong');
    await mkdir(join(out, 'cum-bao-cao.docx'), { recursive: true });
    // A folder where the report goes cannot be replaced by a file.
    await writeFile(join(out, 'cum-bao-cao.docx', 'giu.txt'), 'x');
    await writeFile(join(out, 'cum-tong-hop.xlsx'), 'tổng hợp cũ');
    const run = await runCli(['cum.xlsx', '--out', 'kq-hong', '--force'], dir);
    expect(run.code).toBe(2);
    expect(message(run.err)).toMatch(/^Không ghi được tệp "kq-hong\/cum-bao-cao\.docx": .+\. Không tệp mới nào được ghi; "kq-hong\/cum-tong-hop\.xlsx" vẫn là tệp cũ, chưa thay đổi\.$/);
    expect(await readFile(join(out, 'cum-tong-hop.xlsx'), 'utf8')).toBe('tổng hợp cũ');
    expect((await readdir(out)).sort()).toEqual(['cum-bao-cao.docx', 'cum-tong-hop.xlsx']);
    expect(new Uint8Array(await readFile(join(dir, 'cum.xlsx')))).toEqual(example);
  });

  it('without --force refuses a result that is already there, before writing anything', async () => {
    const out = join(dir, 'kq-chen');
    await mkdir(join(out, 'cum-bao-cao.docx'), { recursive: true });
    const run = await runCli(['cum.xlsx', '--out', 'kq-chen'], dir);
    expect(run.code).toBe(2);
    expect(message(run.err)).toMatch(/^Tệp "kq-chen\/cum-bao-cao\.docx" đã có\. Thêm --force/);
    expect(await readdir(out)).toEqual(['cum-bao-cao.docx']);
  });

  it('of two runs at once into one folder, exactly one writes and the other exits 2', async () => {
    spawnSync(process.execPath, [LAUNCHER, '--help'], { encoding: 'utf8' }); // builds the bundle once, before the race
    const runOnce = (): Promise<{ code: number | null; stderr: string }> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [LAUNCHER, 'cum.xlsx', '--out', 'kq-doi'], { cwd: dir });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
        child.on('close', (code) => resolve({ code, stderr }));
      });
    const runs = await Promise.all([runOnce(), runOnce()]);
    expect(runs.map((r) => r.code).sort()).toEqual([0, 2]);
    const loser = runs.find((r) => r.code === 2) as { stderr: string };
    expect(loser.stderr.trim().split('\n').at(-1)).toMatch(/^Tệp "kq-doi\/cum-(tong-hop\.xlsx|bao-cao\.docx|bien-ban-kiem-phieu\.docx|to-trinh\.docx)" đã có\. Thêm --force để ghi đè/);
    // The example has ballots: the minutes and the letter are written beside the report.
    expect((await readdir(join(dir, 'kq-doi'))).sort()).toEqual(['cum-bao-cao.docx', 'cum-bien-ban-kiem-phieu.docx', 'cum-to-trinh.docx', 'cum-tong-hop.xlsx']);
    const summary = await loadWorkbook(new Uint8Array(await readFile(join(dir, 'kq-doi', 'cum-tong-hop.xlsx'))), 'cum-tong-hop.xlsx');
    expect(summary.getWorksheet('Tổng hợp')).toBeDefined();
    expect(new Uint8Array(await readFile(join(dir, 'cum.xlsx')))).toEqual(example);
  }, 60_000);
});
