/**
 * Files that are not a plain .xlsx, or that say two things, through both commands
 * that read a workbook (`tinh-diem` and `tinh-diem cap-nhat`): each gets the same
 * refusal from both, or the same issue at the same place, and no file is written.
 *
 * The other formats are real files in test/robustness/files, saved by LibreOffice
 * from the corpus's clean workbook (cum.ods, cum.xls, cum.csv as UTF-8); Excel 2003
 * XML, which LibreOffice reads but no longer writes, is written by hand
 * (cum-2003.xml, which LibreOffice opens). The ambiguous packages are the clean
 * workbook with its XML or its zip edited the way a hand or another tool does.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEET } from '../../src/core/model/template';
import { runCli, tempDir, type Run } from '../cli/run-cli';
import { CORPUS } from './corpus';
import { workbookOf } from './offline-path';
import { patchCells, sheetPath } from './patch-xlsx';

const FILES = fileURLToPath(new URL('./files/', import.meta.url));
const S = SHEET.scores;
let dir: string;
let clean: Uint8Array;
beforeAll(async () => {
  dir = await tempDir();
  clean = new Uint8Array(await workbookOf(CORPUS[0]).xlsx.writeBuffer());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `name` written into a fresh folder, then both commands run on it; the folder's files afterwards. */
async function bothCommands(name: string, bytes: Uint8Array): Promise<{ compute: Run; update: Run; files: string[]; unchanged: boolean }> {
  const folder = await tempDir();
  try {
    await writeFile(join(folder, name), bytes);
    const compute = await runCli([name, '--out', 'kq'], folder);
    const update = await runCli(['cap-nhat', name, '--out', 'kq'], folder);
    const unchanged = Buffer.from(await readFile(join(folder, name))).equals(Buffer.from(bytes));
    return { compute, update, files: (await readdir(folder)).sort(), unchanged };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Both commands refused with one line, the same one, and wrote nothing. */
async function refusedByBoth(name: string, bytes: Uint8Array): Promise<string> {
  const { compute, update, files, unchanged } = await bothCommands(name, bytes);
  expect(compute.code, compute.err.join('\n')).toBe(2);
  expect(update.code, update.err.join('\n')).toBe(2);
  expect(update.out).toEqual([]);
  expect(update.err).toEqual([compute.err.at(-1)]);
  expect(files).toEqual([name]);
  expect(unchanged).toBe(true);
  return update.err[0];
}

const SAVE_AS =
  'Hãy mở tệp bằng Excel, LibreOffice Calc hoặc Google Sheets, chọn Lưu thành (Save As) với kiểu "Sổ làm việc Excel (.xlsx)", rồi chạy lại lệnh với tệp .xlsx vừa lưu.';

describe('workbooks saved in another format: told by their content how to save them as .xlsx', () => {
  const kinds: [file: string, kind: string][] = [
    ['cum.ods', 'bảng tính OpenDocument (.ods)'],
    ['cum.xls', 'tệp Excel cũ (.xls, Excel 97–2003)'],
    ['cum-2003.xml', 'bảng tính XML của Excel 2003 (.xml)'],
    ['cum.csv', 'văn bản CSV (.csv)'],
  ];
  it.each(kinds)('%s, under its own name and renamed .xlsx', async (file, kind) => {
    const bytes = new Uint8Array(await readFile(join(FILES, file)));
    for (const name of [file, 'doi-ten.xlsx']) {
      expect(await refusedByBoth(name, bytes)).toBe(`Tệp "${name}" là ${kind}, không phải tệp Excel .xlsx mà chương trình đọc. ${SAVE_AS}`);
    }
  });

  it('reads a real .xlsx named .ods as the .xlsx it is', async () => {
    const { compute } = await bothCommands('cum.ods', clean);
    expect(compute.code, compute.err.join('\n')).toBe(0);
  });
});

/** The clean workbook made macro-enabled as Excel saves an .xlsm: the workbook's content type, a VBA project part and its relationship. */
async function macroEnabled(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(clean);
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  zip.file(
    '[Content_Types].xml',
    types
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('<Default Extension="xml"', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"'),
  );
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

describe('a template (.xltx) or a binary workbook (.xlsb)', () => {
  it.each([
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml', 'mẫu Excel (.xltx)'],
    ['application/vnd.ms-excel.sheet.binary.macroEnabled.main', 'sổ làm việc Excel nhị phân (.xlsb)'],
  ])('named by its main part’s content type (%s): refused by both, told to save as .xlsx', async (type, kind) => {
    const zip = await JSZip.loadAsync(clean);
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    const main = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
    expect(types).toContain(main);
    zip.file('[Content_Types].xml', types.replace(main, type));
    const message = await refusedByBoth('cum.xlsx', new Uint8Array(await zip.generateAsync({ type: 'uint8array' })));
    expect(message).toBe(`Tệp "cum.xlsx" là ${kind}, không phải tệp Excel .xlsx mà chương trình đọc. ${SAVE_AS}`);
  });
});

describe('a macro-enabled workbook (.xlsm)', () => {
  it('is refused by both commands with how to save it as .xlsx, its macros kept in the .xlsm', async () => {
    const message = await refusedByBoth('cum.xlsm', await macroEnabled());
    expect(message).toBe(
      'Tệp "cum.xlsm" là sổ làm việc Excel có macro (.xlsm). Chương trình không ghi tệp kết quả có macro và không tự bỏ macro của người dùng. Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) với kiểu "Sổ làm việc Excel (.xlsx)" (tệp .xlsm vẫn giữ nguyên macro), rồi chạy lại lệnh với tệp .xlsx vừa lưu.',
    );
  });

  it('is refused when only its VBA project says so (the content type left as an .xlsx’s)', async () => {
    const zip = await JSZip.loadAsync(await macroEnabled());
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    zip.file(
      '[Content_Types].xml',
      types.replace('application/vnd.ms-excel.sheet.macroEnabled.main+xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'),
    );
    expect(await refusedByBoth('cum.xlsx', new Uint8Array(await zip.generateAsync({ type: 'uint8array' })))).toMatch(
      /^Tệp "cum\.xlsx" là sổ làm việc Excel có macro \(\.xlsm\)\./,
    );
  });
});

/**
 * A package holding `path` twice: the zip is written with a stand-in name of the same
 * length for the second copy, then that name is patched to `path` in the local header
 * and the central directory (JSZip itself never writes two entries of one name).
 */
async function entryTwice(path: string, second: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(clean);
  const standIn = `${path.slice(0, -1)}~`;
  zip.file(standIn, second);
  const bytes = Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
  const from = Buffer.from(standIn);
  for (let at = bytes.indexOf(from); at >= 0; at = bytes.indexOf(from, at + 1)) Buffer.from(path).copy(bytes, at);
  return new Uint8Array(bytes);
}

describe('a file that says two things is refused or named at its place, never read one way', () => {
  it.each([
    ['twice with two values', '<c r="C3"><v>20</v></c><c r="C3"><v>2</v></c>', '"20" và "2"'],
    ['first empty, then with a value', '<c r="C3"/><c r="C3"><v>20</v></c>', '"" và "20"'],
    ['first empty with a format, then with a value', '<c r="C3" s="1"></c><c r="C3"><v>20</v></c>', '"" và "20"'],
    ['first an empty inline string, then with a value', '<c r="C3" t="inlineStr"><is><t></t></is></c><c r="C3"><v>20</v></c>', '"" và "20"'],
  ])('a cell stored %s: the same issue at the cell from both commands', async (_, stored, shown) => {
    const bytes = await patchCells(clean, S, { C3: stored });
    const { compute, update, files } = await bothCommands('cum.xlsx', bytes);
    const says = `Ô Bảng điểm!C3 được lưu hai lần trong tệp với hai giá trị khác nhau (${shown}), nên không biết giá trị nào đúng`;
    expect(compute.code).toBe(1);
    expect(compute.out.find((l) => l.includes('Bảng điểm!C3'))).toContain(says);
    expect(update.code).toBe(1);
    expect(update.out.find((l) => l.startsWith('- Bảng điểm!C3: '))).toContain(says);
    expect(files).toEqual(['cum.xlsx']);
  });

  it.each([
    // Unit B's bonus on criterion 2, left blank.
    ['stored empty twice', { F3: '<c r="F3"/><c r="F3" s="1"/>' }],
    // Unit B's base 9 stored after its next cells, once: out of order, but one thing.
    ['stored once, out of order', { C3: '', E3: '<c r="E3"><v>8</v></c><c r="C3"><v>9</v></c>' }],
  ])('a cell %s is read as the one thing it says', async (_, cells) => {
    const bytes = await patchCells(clean, S, cells);
    const { compute, update } = await bothCommands('cum.xlsx', bytes);
    expect(compute.code, compute.out.join('\n')).toBe(0);
    expect(compute.out.join('\n')).not.toMatch(/Bảng điểm!(C3|F3)/);
    expect(update.code, update.out.join('\n')).toBe(0);
  });

  it('a cell stored twice with the same value is read as that value', async () => {
    const bytes = await patchCells(clean, S, { C3: '<c r="C3"><v>9</v></c><c r="C3"><v>9</v></c>' });
    const { compute, update } = await bothCommands('cum.xlsx', bytes);
    expect(compute.code, compute.out.join('\n')).toBe(0);
    expect(update.code, update.out.join('\n')).toBe(0);
  });

  it('a zip entry stored twice: refused by both, naming the part', async () => {
    const path = await sheetPath(await JSZip.loadAsync(clean), S);
    const message = await refusedByBoth(
      'cum.xlsx',
      await entryTwice(path, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>'),
    );
    expect(message).toBe(
      `Tệp "cum.xlsx" chứa hai lần phần "${path}" (tệp bị sửa bằng công cụ nén hoặc do chương trình khác tạo?), nên không biết bản nào là đúng. Hãy mở tệp bằng Excel, kiểm tra dữ liệu rồi lưu lại thành tệp mới.`,
    );
  });

  it.each([
    ['a trailing space', `${S} `],
    ['another case', S.toUpperCase()],
    ['decomposed accents (NFD)', S.normalize('NFD')],
  ])('two sheets whose names differ only by %s: refused by both, naming both', async (_, lookalike) => {
    // The older copy placed first, as in the file that was read from it silently; renamed in the XML, since exceljs refuses a name Excel would.
    const zip = await JSZip.loadAsync(await workbookOf({ sheets: [['Bản cũ', [['cũ']]], ...CORPUS[0].sheets] }).xlsx.writeBuffer());
    const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    zip.file('xl/workbook.xml', workbook.replace('name="Bản cũ"', `name="${lookalike}"`));
    const bytes = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
    expect(await refusedByBoth('cum.xlsx', bytes)).toBe(
      `Tệp "cum.xlsx" có hai trang tính "${lookalike}" và "${S}", tên chỉ khác nhau ở khoảng trắng, chữ hoa chữ thường hoặc cách gõ dấu, nên không biết trang nào là trang cần đọc. Hãy xóa hoặc đổi tên một trong hai trang rồi lưu lại.`,
    );
  });

  it('two units with the same short name: an error at the second, from both commands', async () => {
    const sheets = CORPUS[0].sheets.map(
      ([name, grid]) =>
        [name, name === SHEET.units ? grid.map((row, r) => (r === 2 ? [row[0], row[1], 'A', ...row.slice(3)] : row)) : grid] as [string, typeof grid],
    );
    const { compute, update } = await bothCommands('cum.xlsx', new Uint8Array(await workbookOf({ sheets }).xlsx.writeBuffer()));
    const says = 'Tên ngắn "A" trùng với ô C2 (so sánh không phân biệt cách gõ dấu). Tên ngắn dùng trong các danh sách, báo cáo và cột phiếu bầu';
    expect(compute.code).toBe(1);
    expect(compute.out.find((l) => l.includes('Đơn vị!C3'))).toContain(says);
    expect(update.code).toBe(1);
    expect(update.out.find((l) => l.startsWith('- Đơn vị!C3: '))).toContain(says);
  });
});

describe('the packages written hold only the workbook’s own parts', () => {
  it('leaves out entries no relationship reaches (an absolute path, Office’s [trash])', async () => {
    const zip = await JSZip.loadAsync(clean);
    zip.file('/etc/ghi-chu.txt', 'không thuộc sổ làm việc');
    zip.file('[trash]/0000.dat', 'rác');
    const folder = await tempDir();
    try {
      await writeFile(join(folder, 'cum.xlsx'), await zip.generateAsync({ type: 'uint8array' }));
      expect((await runCli(['cum.xlsx', '--out', 'kq'], folder)).code).toBe(0);
      expect((await runCli(['cap-nhat', 'cum.xlsx', '--out', 'kq'], folder)).code).toBe(0);
      for (const written of ['cum-tong-hop.xlsx', 'cum-cap-nhat.xlsx']) {
        const names = Object.keys((await JSZip.loadAsync(await readFile(join(folder, 'kq', written)))).files);
        expect(
          names.filter((n) => /etc|trash|ghi-chu|0000/.test(n)),
          written,
        ).toEqual([]);
        expect(names).toContain('xl/workbook.xml');
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
