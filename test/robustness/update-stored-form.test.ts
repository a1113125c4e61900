/**
 * `tinh-diem cap-nhat` (and `nam-moi`, last) on cells other generators store: each case a real .xlsx
 * whose cells were written by hand. A value is either moved exactly as stored
 * or the update is refused at its cell — never rewritten changed (exceljs, which
 * once rewrote the workbook, read `9,5` as 9, a `t="d"` date as 2024, `false`
 * as TRUE, and a formula's cached 0 as blank); the sheets not laid out are copied
 * byte for byte. Each asserts the exit status, the
 * cell and the message, and that the input file is byte-identical afterwards.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { SHEET } from '../../src/core/model/template';
import type { CellValue } from '../../src/core/model/types';
import { isDateFormat } from '../../src/xlsx/read-package';
import { readInputGrids } from '../../src/xlsx/read-workbook';
import { runCli, tempDir, type Run } from '../cli/run-cli';
import { CORPUS } from './corpus';
import { workbookOf } from './offline-path';
import { patchCells, sheetPath } from './patch-xlsx';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import JSZip from 'jszip';

const S = SHEET.scores;
/** A sheet of the user's own, copied into the new file as it is. */
const OWN = 'Ghi chép';
const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The corpus's clean cluster (Bảng điểm A Mã đơn vị | B Đơn vị | C Chuẩn 1 | D Thưởng 1 | E Chuẩn 2 | F Thưởng 2 | G Điểm trừ | H Lý do trừ; units A, B, C in rows 2–4) plus a sheet of the user's own. */
async function cleanInput(): Promise<Uint8Array> {
  const workbook = workbookOf({ sheets: [...CORPUS[0].sheets, [OWN, [['ghi chú']]]] });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

interface Updated {
  run: Run;
  input: Uint8Array;
  dir: string;
}

/** Patches `cells` of `sheet` in the clean input, runs `cap-nhat` on it and checks the input was left as it was. */
async function update(sheet: string, cells: Record<string, string>): Promise<Updated> {
  const dir = await tempDir();
  folders.push(dir);
  const input = await patchCells(await cleanInput(), sheet, cells);
  await writeFile(join(dir, 'cum.xlsx'), input);
  const run = await runCli(['cap-nhat', 'cum.xlsx'], dir);
  expect(new Uint8Array(await readFile(join(dir, 'cum.xlsx')))).toEqual(input);
  return { run, input, dir };
}

/** A refused case: its name, the sheet patched, the cell named, its `t` attribute ('' for a number) and what it stores inside `<c>`, pieces of the message, and any other cell patched. */
type Refused = [name: string, sheet: string, at: string, type: string, stored: string, says: string[], others?: Record<string, string>];

const refused: Refused[] = [
  ['a decimal comma stored as a number (<v>9,5</v>), which exceljs moves as 9', S, 'C2', '', '<v>9,5</v>', ['"9,5"', 'không đúng kiểu của ô']],
  ['a number with letters after it (<v>9abc</v>)', S, 'E3', '', '<v>9abc</v>', ['"9abc"']],
  [
    'a formula saved without its result, which exceljs moves as blank',
    S,
    'E3',
    '',
    '<f>SUM(4,4)</f>',
    ['công thức chưa được tính (=SUM(4,4)); hãy mở tệp bằng Excel và lưu lại'],
  ],
  ['a bad boolean (t="b", <v>2</v>)', S, 'C3', 'b', '<v>2</v>', ['"2"']],
  ['a shared string index that does not exist', S, 'H2', 's', '<v>99999</v>', ['"99999"']],
  [
    'a stray value at XFD1048576 (never a million-row grid)',
    S,
    'XFD1048576',
    '',
    '<v>1</v>',
    ['nằm ngoài vùng chương trình đọc', 'tối đa 50.000 dòng, 1.000 cột'],
  ],
  [
    "a formula without result in a column of the user's own, which would be set aside blank",
    S,
    'J2',
    '',
    '<f>C2+E2</f>',
    ['công thức chưa được tính (=C2+E2)'],
    { J1: '<c r="J1" t="inlineStr"><is><t>Tổng của tôi</t></is></c>' },
  ],
  ['a criterion maximum stored as <v>9,5</v>', SHEET.criteria, 'C2', '', '<v>9,5</v>', ['"9,5"']],
];

describe('cap-nhat refuses a cell it cannot move or copy as stored', () => {
  it.each(refused)('%s', async (_, sheet, at, type, stored, says, others) => {
    const { run, dir } = await update(sheet, { ...others, [at]: `<c r="${at}"${type ? ` t="${type}"` : ''}>${stored}</c>` });
    expect(run.err).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.out[0]).toMatch(/^Chưa cập nhật "Bảng điểm": tệp có ô không đọc được đúng như đã lưu.*Chưa có gì thay đổi\.$/);
    const line = run.out.find((l) => l.startsWith(`- ${sheet}!${at}: `));
    expect(line, run.out.join('\n')).toBeDefined();
    for (const piece of says) expect(line).toContain(piece);
    expect(await readdir(dir)).toEqual(['cum.xlsx']);
  });
});

/** The output's cell of unit `unit` under `header`, read exactly as stored, with its number format and its value in exceljs. */
async function movedCell(dir: string, sheet: string, unit: string, header: string): Promise<{ value: CellValue; numFmt: string; excel: ExcelJS.CellValue }> {
  const bytes = new Uint8Array(await readFile(join(dir, 'cum-cap-nhat.xlsx')));
  const grid = (await readInputGrids(bytes, 'cum-cap-nhat.xlsx')).grids.scores ?? [];
  const row = grid.findIndex((r) => r[0] === unit);
  const col = grid[0].indexOf(header);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  expect(sheet).toBe(S);
  const cell = workbook.getWorksheet(sheet)?.getCell(row + 1, col + 1);
  return { value: grid[row][col], numFmt: cell?.numFmt ?? '', excel: cell?.value ?? null };
}

describe('cap-nhat copies the sheets it does not lay out byte for byte', () => {
  it.each([
    ['a date stored as text (t="d") in a sheet of the user\'s own', OWN, { B1: '<c r="B1" t="d"><v>2024-03-05</v></c>' }],
    ["a number stored as <v>9,5</v> in a sheet of the user's own", OWN, { C1: '<c r="C1"><v>9,5</v></c>' }],
    ['a boolean stored as "false" in Cấu hình', SHEET.settings, { C2: '<c r="C2" t="b"><v>false</v></c>' }],
  ])('%s stays as stored', async (_, sheet, cells) => {
    const { run, input, dir } = await update(sheet, cells);
    expect(run.code, run.out.join('\n')).toBe(0);
    const before = await JSZip.loadAsync(input);
    const after = await JSZip.loadAsync(await readFile(join(dir, 'cum-cap-nhat.xlsx')));
    const path = await sheetPath(before, sheet);
    expect(await after.file(path)?.async('string')).toBe(await before.file(path)?.async('string'));
  });
});

describe('cap-nhat moves each stored value exactly', () => {
  it('a formula whose cached result is 0 arrives as 0, not blank', async () => {
    const { run, dir } = await update(S, { C2: '<c r="C2"><f>10-10</f><v>0</v></c>' });
    expect(run.code, run.out.join('\n')).toBe(0);
    expect((await movedCell(dir, S, 'A', 'Chuẩn 1')).value).toBe(0);
  });

  it('a formula arrives as its cached result', async () => {
    const { run, dir } = await update(S, { E3: '<c r="E3"><f>4+4.5</f><v>8.5</v></c>' });
    expect(run.code, run.out.join('\n')).toBe(0);
    expect((await movedCell(dir, S, 'B', 'Chuẩn 2')).value).toBe(8.5);
  });

  it('a date stored as text (t="d") arrives as that date, shown as a date', async () => {
    const { run, dir } = await update(S, { G2: '<c r="G2" t="d"><v>2024-03-05T00:00:00Z</v></c>' });
    expect(run.code, run.out.join('\n')).toBe(0);
    const moved = await movedCell(dir, S, 'A', 'Điểm trừ');
    expect(moved.value).toEqual(new Date(2024, 2, 5));
    expect(isDateFormat(moved.numFmt)).toBe(true);
  });

  it('a boolean stored as "false" arrives as FALSE', async () => {
    const { run, dir } = await update(S, { D3: '<c r="D3" t="b"><v>false</v></c>' });
    expect(run.code, run.out.join('\n')).toBe(0);
    expect((await movedCell(dir, S, 'B', 'Thưởng 1')).value).toBe(false);
  });

  it.each([
    ['stored as such', '<c r="C4" t="e"><v>#DIV/0!</v></c>'],
    ["as a formula's cached result", '<c r="C4" t="e"><f>1/0</f><v>#DIV/0!</v></c>'],
  ])('an error value %s arrives as that error value, not as text', async (_, xml) => {
    const { run, dir } = await update(S, { C4: xml });
    expect(run.code, run.out.join('\n')).toBe(0);
    const moved = await movedCell(dir, S, 'C', 'Chuẩn 1');
    expect(moved.value).toBe('#DIV/0!');
    expect(moved.excel).toEqual({ error: '#DIV/0!' });
  });

  it('an inline string "9,5" arrives as the same text', async () => {
    const { run, dir } = await update(S, { C4: '<c r="C4" t="inlineStr"><is><t>9,5</t></is></c>' });
    expect(run.code, run.out.join('\n')).toBe(0);
    expect((await movedCell(dir, S, 'C', 'Chuẩn 1')).value).toBe('9,5');
  });
});

describe('cap-nhat with Điểm đã gỡ filled to the last row', () => {
  it('refuses the rows that would pass Excel’s last row: exit 2, nothing written, the input untouched', async () => {
    const dir = await tempDir();
    folders.push(dir);
    const withSheet = new Uint8Array(await workbookOf({ sheets: [...CORPUS[0].sheets, [SHEET.keptAside, [['Thời gian']]]] }).xlsx.writeBuffer());
    const full = await patchCells(withSheet, SHEET.keptAside, { A1048576: '<c r="A1048576" t="inlineStr"><is><t>cuối</t></is></c>' });
    // Criterion 2 taken out of the list: the three units' Chuẩn 2 have no place any more.
    const input = await patchCells(full, SHEET.criteria, { A3: '<c r="A3"/>', B3: '<c r="B3"/>', C3: '<c r="C3"/>' });
    await writeFile(join(dir, 'cum.xlsx'), input);
    const run = await runCli(['cap-nhat', 'cum.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toEqual([
      'Trang "Điểm đã gỡ" không còn chỗ cho 3 dòng điểm phải gỡ ra (đã có giá trị ở dòng 1.048.576; Excel có tối đa 1.048.576 dòng). Chưa có gì thay đổi. Hãy xóa các ô thừa ở cuối trang đó rồi lưu lại.',
    ]);
    expect(new Uint8Array(await readFile(join(dir, 'cum.xlsx')))).toEqual(input);
    expect(await readdir(dir)).toEqual(['cum.xlsx']);
  });
});

describe('nam-moi, which still rewrites the workbook through exceljs', () => {
  it('refuses a cell exceljs would not copy as stored, at that cell: exit 1, no file written, the input untouched', async () => {
    const dir = await tempDir();
    folders.push(dir);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(EXAMPLE_PATH)) as unknown as ExcelJS.Buffer);
    workbook.addWorksheet(OWN).getCell('A1').value = 'ghi chú';
    // A boolean stored as "false", which exceljs reads as TRUE.
    const input = await patchCells(new Uint8Array(await workbook.xlsx.writeBuffer()), OWN, { B2: '<c r="B2" t="b"><v>false</v></c>' });
    await writeFile(join(dir, 'cum-2021.xlsx'), input);
    const run = await runCli(['nam-moi', 'cum-2021.xlsx'], dir);
    expect(run.code, run.out.join('\n')).toBe(1);
    expect(run.out.join('\n')).toContain(`${OWN}!B2`);
    expect(await readdir(dir)).toEqual(['cum-2021.xlsx']);
    expect(new Uint8Array(await readFile(join(dir, 'cum-2021.xlsx')))).toEqual(input);
  });
});
