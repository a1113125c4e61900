/**
 * Files from anywhere and outputs all or nothing: what is not a readable .xlsx
 * is refused before it is read, a failed write leaves no half output, of two
 * runs at once into one folder exactly one writes, and no temporary is left behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, open, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { loadWorkbook } from '../../src/xlsx/read-workbook';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CORPUS } from './corpus';
import { workbookOf } from './offline-path';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { runCli, tempDir } from '../cli/run-cli';
import { STALE_TEMPORARY_MS, writeOutputs } from '../../src/cli/files';

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

  // Other formats (.ods, .xls, .csv, Excel 2003 XML, .xlsm) are real files in other-files.test.ts, through both commands.
});

describe('messages of libraries', () => {
  it("names a sheet name over Excel's 31 characters in Vietnamese, with no English warning", async () => {
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
    expect(message(run.err)).toBe(
      `Trang tính "${long}" của tệp "ten-dai.xlsx" có tên dài hơn 31 ký tự, Excel không cho phép. Hãy đổi tên trang tính cho ngắn hơn rồi lưu lại.`,
    );
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
    expect(message(run.err)).toMatch(
      /^Không ghi được tệp "kq-hong\/cum-bao-cao\.docx": .+\. Không tệp mới nào được ghi; "kq-hong\/cum-tong-hop\.xlsx" vẫn là tệp cũ, chưa thay đổi\.$/,
    );
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
    expect(loser.stderr.trim().split('\n').at(-1)).toMatch(
      /^Tệp "kq-doi\/cum-(tong-hop\.xlsx|bao-cao\.docx|bien-ban-kiem-phieu\.docx|to-trinh\.docx)" đã có\. Thêm --force để ghi đè/,
    );
    // The example has ballots: the minutes and the letter are written beside the report.
    expect((await readdir(join(dir, 'kq-doi'))).sort()).toEqual(['cum-bao-cao.docx', 'cum-bien-ban-kiem-phieu.docx', 'cum-to-trinh.docx', 'cum-tong-hop.xlsx']);
    const summary = await loadWorkbook(new Uint8Array(await readFile(join(dir, 'kq-doi', 'cum-tong-hop.xlsx'))), 'cum-tong-hop.xlsx');
    expect(summary.getWorksheet('Tổng hợp')).toBeDefined();
    expect(new Uint8Array(await readFile(join(dir, 'cum.xlsx')))).toEqual(example);
  }, 60_000);
});

describe('temporaries', () => {
  it('a run removes the stale temporaries a killed run left beside its outputs, puts back an old file set aside, and leaves a running one’s alone', async () => {
    const out = join(dir, 'kq-sot');
    await mkdir(out, { recursive: true });
    const old = new Date(Date.now() - STALE_TEMPORARY_MS - 60_000);
    const stale = ['.cum-tong-hop.xlsx.4242-0badc0de.tmp', '.cum-bao-cao.docx.4242-0badc0de.tmp'];
    // A --force run killed between setting the old report aside and putting the new one in place.
    const asideReport = '.cum-bao-cao.docx.4242-0badc0de-cu.tmp';
    const fresh = '.cum-tong-hop.xlsx.4343-12345678.tmp';
    for (const name of [...stale, asideReport, fresh]) await writeFile(join(out, name), name === asideReport ? 'báo cáo cũ' : 'dở dang');
    for (const name of [...stale, asideReport]) await utimes(join(out, name), old, old);
    const run = await runCli(['cum.xlsx', '--out', 'kq-sot', '--force'], dir);
    expect(run.code, run.err.join('\n')).toBe(0);
    const left = (await readdir(out)).sort();
    expect(left.filter((n) => n.endsWith('.tmp'))).toEqual([fresh]);
    expect(left.filter((n) => !n.endsWith('.tmp'))).toEqual(['cum-bao-cao.docx', 'cum-bien-ban-kiem-phieu.docx', 'cum-to-trinh.docx', 'cum-tong-hop.xlsx']);
  });

  it('an interrupt taken while a temporary is being made ends with no temporary and no output, the old file back', async () => {
    const out = join(dir, 'kq-ngat-dang-ghi');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'a.xlsx'), 'tệp cũ');
    const outputs = ['a.xlsx', 'b.docx', 'c.docx', 'd.docx'].map((name) => ({ path: join(out, name), bytes: new Uint8Array(32 << 20).fill(7) }));
    // The process's end is seen, not taken: the run must have undone everything by then.
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${String(code)}`);
    });
    try {
      const writing = writeOutputs(outputs, true, (p) => p, '');
      // As soon as a temporary of this run exists (its creation under way in another thread), Ctrl+C.
      for (;;) {
        await new Promise((resolve) => setImmediate(resolve));
        if ((await readdir(out)).some((n) => n.endsWith('.tmp'))) break;
      }
      process.emit('SIGINT', 'SIGINT');
      await expect(writing).rejects.toThrow('exit 130');
    } finally {
      exit.mockRestore();
    }
    expect(await readdir(out)).toEqual(['a.xlsx']);
    expect(await readFile(join(out, 'a.xlsx'), 'utf8')).toBe('tệp cũ');
  });

  it('an interrupt while the outputs are written leaves no temporary, and every output or none', async () => {
    spawnSync(process.execPath, [LAUNCHER, '--help'], { encoding: 'utf8' });
    for (const delay of [150, 300, 450, 600, 750]) {
      const out = `kq-ngat-${delay}`;
      const child = spawn(process.execPath, [LAUNCHER, 'cum.xlsx', '--out', out], { cwd: dir });
      setTimeout(() => child.kill('SIGINT'), delay);
      await new Promise((resolve) => child.on('close', resolve));
      const left = await readdir(join(dir, out)).catch(() => [] as string[]);
      expect(
        left.filter((n) => n.endsWith('.tmp')),
        `${delay} ms`,
      ).toEqual([]);
      expect([0, 4], `${delay} ms: ${left.join(', ')}`).toContain(left.length);
    }
  }, 60_000);
});
