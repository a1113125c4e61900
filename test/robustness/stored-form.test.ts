/**
 * What a sheet stores, read exactly or named at its cell: each case is a real
 * .xlsx whose cells were written by hand the way other generators write them,
 * run through the command. Each asserts the exit status, the cell, the message,
 * and that the input file is byte-identical afterwards.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { JsonResult } from '../../src/cli/json-output';
import { SHEET } from '../../src/core/model/template';
import { runCli, tempDir } from '../cli/run-cli';
import { CORPUS } from './corpus';
import { workbookOf } from './offline-path';
import { patchCells } from './patch-xlsx';

const S = SHEET.scores;
const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

interface Case {
  name: string;
  cells: Record<string, string>;
  sheet?: string;
  exit: 0 | 1;
  /** The issues expected at cells (of `sheet` unless they name theirs), with a piece of each message. */
  issues: { code: string; cell: string; says: string; sheet?: string }[];
}

// Bảng điểm of the clean case: A Mã đơn vị | B Đơn vị | C Chuẩn 1 | D Thưởng 1 | E Chuẩn 2 | F Thưởng 2 | G Điểm trừ | H Lý do trừ; units in rows 2–4.
const CASES: Case[] = [
  {
    name: 'a decimal comma stored as a number (<v>9,5</v>)',
    cells: { C2: '<c r="C2"><v>9,5</v></c>' },
    exit: 1,
    issues: [{ code: 'UNREAD_CELL', cell: 'C2', says: '"9,5"' }],
  },
  {
    name: 'a hexadecimal number (<v>0x10</v>)',
    cells: { C2: '<c r="C2"><v>0x10</v></c>' },
    exit: 1,
    issues: [{ code: 'UNREAD_CELL', cell: 'C2', says: '"0x10"' }],
  },
  {
    name: 'a number with letters after it (<v>9abc</v>)',
    cells: { E3: '<c r="E3"><v>9abc</v></c>' },
    exit: 1,
    issues: [{ code: 'UNREAD_CELL', cell: 'E3', says: '"9abc"' }],
  },
  {
    name: 'a date cell (t="d") as a deduction',
    cells: { G2: '<c r="G2" t="d"><v>2024-03-05T00:00:00Z</v></c>' },
    exit: 1,
    issues: [{ code: 'DATE_VALUE', cell: 'G2', says: '05/03/2024' }],
  },
  {
    name: 'a formula shared with the cell above, saved without its result',
    cells: { E3: '<c r="E3"><f t="shared" si="0"/></c>' },
    exit: 1,
    issues: [{ code: 'UNREAD_CELL', cell: 'E3', says: 'Ô Bảng điểm!E3 có công thức chưa được tính; hãy mở tệp bằng Excel và lưu lại' }],
  },
  { name: 'a formula whose cached result is 0 counts as 0', cells: { C2: '<c r="C2"><f>10-10</f><v>0</v></c>' }, exit: 0, issues: [] },
  {
    name: 'a formula saved without its result',
    cells: { E3: '<c r="E3"><f>SUM(4,4)</f></c>' },
    exit: 1,
    issues: [{ code: 'UNREAD_CELL', cell: 'E3', says: 'công thức chưa được tính (=SUM(4,4)); hãy mở tệp bằng Excel và lưu lại' }],
  },
  {
    name: 'too many decimals stored (<v>9.9996</v>)',
    cells: { C2: '<c r="C2"><v>9.9996</v></c>' },
    exit: 1,
    issues: [{ code: 'TOO_PRECISE', cell: 'C2', says: '(9,9996)' }],
  }, // quoted in the cluster's decimal mark (blank: "," in the command)
  {
    name: 'a boolean (t="b") as a score',
    cells: { C3: '<c r="C3" t="b"><v>1</v></c>' },
    exit: 1,
    issues: [{ code: 'NOT_A_NUMBER', cell: 'C3', says: 'TRUE' }],
  },
  {
    name: 'an error value (t="e")',
    cells: { C4: '<c r="C4" t="e"><v>#DIV/0!</v></c>' },
    exit: 1,
    issues: [{ code: 'ERROR_VALUE', cell: 'C4', says: '#DIV/0!' }],
  },
  {
    name: 'a bad boolean (t="b", <v>2</v>)',
    cells: { C3: '<c r="C3" t="b"><v>2</v></c>' },
    exit: 1,
    issues: [{ code: 'UNREAD_CELL', cell: 'C3', says: '"2"' }],
  },
  {
    name: 'a shared string index that does not exist',
    cells: { A2: '<c r="A2" t="s"><v>99999</v></c>' },
    exit: 1,
    issues: [{ code: 'UNREAD_CELL', cell: 'A2', says: '"99999"' }],
  },
  {
    name: 'a stray value at XFD1048576',
    cells: { XFD1048576: '<c r="XFD1048576"><v>1</v></c>' },
    exit: 1,
    issues: [{ code: 'BEYOND_LIMITS', cell: 'XFD1048576', says: 'tối đa 50.000 dòng, 1.000 cột' }],
  },
  {
    name: 'a formula filled down to the last row without results is no value',
    cells: { J2: '<c r="J2"><f>C2+E2</f></c>', J1048576: '<c r="J1048576"><f>C1048576+E1048576</f></c>' },
    exit: 0,
    issues: [],
  },
  {
    name: "a formula column of the user's own beside the template, without results",
    cells: { J1: '<c r="J1" t="inlineStr"><is><t>Tổng của tôi</t></is></c>', J2: '<c r="J2"><f>C2+E2</f></c>' },
    exit: 0,
    // Typed over the title of Minh chứng 2 (J), which the sheet then lacks: named beside Minh chứng 1 (I).
    issues: [
      { code: 'UNKNOWN_COLUMN', cell: 'J1', says: 'Tổng của tôi' },
      { code: 'TEMPLATE_COLUMN_MISSING', cell: 'I1', says: '"Minh chứng 2"' },
    ],
  },
  {
    name: 'an inline string "9,5" reads as text that looks like a number',
    cells: { C2: '<c r="C2" t="inlineStr"><is><t>9,5</t></is></c>' },
    exit: 0,
    issues: [{ code: 'NUMBER_AS_TEXT', cell: 'C2', says: 'C2' }],
  },
  {
    name: 'a unit code formula saved without its result, in the list of units',
    sheet: SHEET.units,
    cells: { A3: '<c r="A3" t="str"><f>"B"</f></c>' },
    exit: 1,
    issues: [
      { code: 'UNREAD_CELL', cell: 'A3', says: 'công thức chưa được tính' },
      // Without its code, unit B is not in the list, so its score row names an unknown unit.
      { code: 'UNKNOWN_UNIT', cell: 'A3', says: '"B"', sheet: S },
    ],
  },
];

describe('cells read from their stored form', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const dir = await tempDir();
    folders.push(dir);
    const clean = new Uint8Array(await workbookOf(CORPUS[0]).xlsx.writeBuffer());
    const input = await patchCells(clean, c.sheet ?? S, c.cells);
    await writeFile(join(dir, 'cum.xlsx'), input);
    const run = await runCli(['cum.xlsx', '--json', '--out', 'kq'], dir);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(c.exit);
    const result = JSON.parse(run.out.join('\n')) as JsonResult;
    const found = result.issues.filter((i) => i.code !== 'UNKNOWN_COLUMN' || c.issues.some((e) => e.code === 'UNKNOWN_COLUMN'));
    expect(found.map((i) => `${i.code} ${i.sheet}!${i.cell}`).sort()).toEqual(c.issues.map((i) => `${i.code} ${i.sheet ?? c.sheet ?? S}!${i.cell}`).sort());
    for (const e of c.issues) expect(found.find((i) => i.code === e.code && i.cell === e.cell)?.message).toContain(e.says);
    expect(new Uint8Array(await readFile(join(dir, 'cum.xlsx')))).toEqual(input);
    expect((await readdir(dir)).sort()).toEqual(c.exit === 0 ? ['cum.xlsx', 'kq'] : ['cum.xlsx']);
  });
});
