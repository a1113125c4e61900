/** Every way the command refuses to work: exit status 2, one Vietnamese line last on stderr (after the progress lines of the steps done), nothing on stdout, nothing written. */
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { runCli, tempDir } from './run-cli';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
  const other = new ExcelJS.Workbook();
  other.addWorksheet('Trang tính1').getCell('A1').value = 'Sổ chi tiêu';
  other.addWorksheet('Đơn vị').getCell('A1').value = 'Mã đơn vị';
  const valid = new Uint8Array(await other.xlsx.writeBuffer());
  const ole = new Uint8Array(4096);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ole.set(Buffer.from('EncryptedPackage', 'utf16le'), 1536);
  await writeFile(join(dir, 'van-ban.xlsx'), 'Đây là một tệp văn bản đổi đuôi.\n');
  await writeFile(join(dir, 'hong.xlsx'), valid.slice(0, valid.length / 2));
  await writeFile(join(dir, 'mat-khau.xlsx'), ole);
  await writeFile(join(dir, 'khac.xlsx'), valid);
  await writeFile(join(dir, 'co-san.xlsx'), valid);
  await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
});

describe('refusals', () => {
  it.each([
    [['khong-co.xlsx'], /^Không tìm thấy tệp "khong-co\.xlsx"\.$/],
    [['van-ban.xlsx'], /^Tệp "van-ban\.xlsx" không phải tệp Excel \.xlsx\.$/],
    [['hong.xlsx'], /^Tệp "hong\.xlsx" bị hỏng/],
    [['mat-khau.xlsx'], /^Tệp "mat-khau\.xlsx" được đặt mật khẩu\./],
    [['khac.xlsx'], /^Tệp "khac\.xlsx" thiếu trang tính "Cấu hình", "Tiêu chí", "Bảng điểm" của bảng mẫu\./],
    [['.'], /^Không đọc được tệp ".+": đây là một thư mục, không phải tệp\.$/],
    [
      ['cum.xlsx', '--out', 'co-san.xlsx', '--json'],
      /^Không ghi được tệp "co-san\.xlsx\/cum-tong-hop\.xlsx": (đã có một tệp trùng tên|một phần của đường dẫn)/,
    ],
    [['mau', 'co-san.xlsx'], /^Tệp "co-san\.xlsx" đã có\. Thêm --force để ghi đè, hoặc đặt tên tệp khác\.$/],
    [['mau', 'moi.xlsx', '--out', 'kq'], /^Lệnh "mau" chỉ nhận tùy chọn --force\./],
    [['cap-nhap', 'cum.xlsx'], /^Không có lệnh "cap-nhap"\. Có phải ý bạn là: tinh-diem cap-nhat cum\.xlsx\?/],
    [['nam-moi', 'cum.xlsx', '--nam', '2021'], /^Chưa bắt đầu năm mới: năm mới \(2021\) phải sau năm 2021 ghi ở trang "Cấu hình"\. Chưa có gì thay đổi\.$/],
    [['--out'], /^Thiếu tên thư mục sau --out/],
    [['a.xlsx', '--tron'], /^Không hiểu tùy chọn "--tron"/],
    [[], /^Thiếu tên tệp \.xlsx/],
  ])('tinh-diem %j', async (argv, message) => {
    const before = (await readdir(dir)).sort();
    const run = await runCli(argv, dir);
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    expect(run.err.slice(0, -1).every((line) => line.startsWith('Đọc tệp '))).toBe(true); // at most the first step, then the message
    expect(run.err.length).toBeLessThanOrEqual(2);
    expect(run.err.at(-1)).toMatch(message);
    // A message suggests only options this command accepts (what the user typed is quoted).
    const accepted = argv[0] === 'mau' ? ['--force', '--help'] : ['--out', '--json', '--force', '--help'];
    for (const option of run.err
      .at(-1)
      ?.replace(/"[^"]*"/g, '')
      .match(/--[a-z]+/g) ?? [])
      expect(accepted).toContain(option);
    expect(run.err.at(-1)).not.toMatch(/\n|at .*\(|Error/);
    expect((await readdir(dir)).sort()).toEqual(before);
  });

  it('an output path that is a folder: the steps done, then one line naming it, no earlier file claimed, nothing written', async () => {
    const here = await tempDir();
    await copyFile(EXAMPLE_PATH, join(here, 'cum.xlsx'));
    await mkdir(join(here, 'kq', 'cum-tong-hop.xlsx'), { recursive: true });
    const run = await runCli(['cum.xlsx', '--out', 'kq', '--force'], here);
    expect(run.code).toBe(2);
    expect(run.out).toEqual([]);
    const steps = run.err.slice(0, -1);
    expect(steps.every((line) => line.endsWith('…'))).toBe(true);
    expect(run.err.at(-1)).toBe('Không ghi được tệp "kq/cum-tong-hop.xlsx": đây là một thư mục, không phải tệp. Không có tệp kết quả nào được ghi.');
    expect((await readdir(join(here, 'kq'))).sort()).toEqual(['cum-tong-hop.xlsx']);
  });

  // Node 20's recursive mkdir spun forever there (ENOENT under an existing parent): the command must answer.
  it.skipIf(!existsSync('/proc/self'))(
    'a folder that cannot be made (inside /proc): one line naming it, at once',
    async () => {
      const here = await tempDir();
      await copyFile(EXAMPLE_PATH, join(here, 'cum.xlsx'));
      const run = await runCli(['cum.xlsx', '--out', '/proc/nope', '--json'], here);
      expect(run).toEqual({
        code: 2,
        out: [],
        err: ['Không tạo được thư mục "/proc/nope": nơi này không cho tạo thư mục. Không có tệp kết quả nào được ghi.'],
      });
      expect(existsSync('/proc/nope')).toBe(false);
    },
    20000,
  );

  it('says nothing but the message with --json', async () => {
    const run = await runCli(['van-ban.xlsx', '--json'], dir);
    expect(run).toEqual({ code: 2, out: [], err: ['Tệp "van-ban.xlsx" không phải tệp Excel .xlsx.'] });
  });
});

describe('a fault of the program itself', () => {
  it('exits 3 with one line, not a stack trace', async () => {
    const err: string[] = [];
    const io = {
      out: () => undefined,
      outPieces: () => undefined,
      err: (l: string) => err.push(l),
      now: (): Date => {
        throw new Error('đồng hồ hỏng\n    at now (x.ts:1:1)');
      },
      cwd: dir,
    };
    const code = await main(['cum.xlsx', '--out', 'kq-loi', '--json'], io);
    expect(code).toBe(3);
    expect(err).toEqual(['Lỗi bên trong chương trình: đồng hồ hỏng. Hãy báo lỗi này kèm tệp đã dùng.']);
    expect(await readdir(dir)).not.toContain('kq-loi');
  });
});
