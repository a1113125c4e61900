/**
 * A ballot cell that does not hold what was typed from the paper (a formula saved
 * without its result, a stored value that is not a number, an error value, a date)
 * is an error at its cell, and the count waits: no ranking after the vote, no
 * minutes, no letter. Without it, ballot 2's "đồng ý" for Long An saved as a formula
 * without its result read as blank: 9 of 12 agree, 75 %, and Long An silently lost
 * the 80 % the example's council gave it (10 of 12).
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { JsonResult } from '../../src/cli/json-output';
import { evaluate } from '../../src/core/evaluate';
import { SETTINGS, SHEET } from '../../src/core/model/template';
import { fixtureGrids } from '../../scripts/example-data';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { loadBuilt } from '../apps-script/harness';
import { fillWorkbook, fixture } from '../apps-script/workbook';
import { runCli, tempDir } from '../cli/run-cli';
import { fakeDocumentApp } from '../fakes/document-app';
import { patchCells } from '../robustness/patch-xlsx';

const B = SHEET.ballots;

/** Cells written by hand into `Phiếu bầu`, and the one error expected (pieces of its message); null when the count does not read the cell. */
type Case = { name: string; cells: Record<string, string>; issue: { code: string; cell: string; says: string[] } | null };

// Phiếu bầu of the example: A Số phiếu | B Cờ thi đua: Long An | C Đồng hạng 5: Vĩnh Long / Đồng Tháp; ballots 1–12 in rows 2–13.
const AWARD_ADVICE = 'Hãy gõ ý kiến ghi trên phiếu: "đồng ý" hoặc "không đồng ý"';
const WAITS = 'Chưa kiểm phiếu, chưa lập biên bản và tờ trình cho đến khi sửa ô này';
const CASES: Case[] = [
  {
    name: 'an answer saved as a formula without its result',
    cells: { B3: '<c r="B3" t="str"><f>"đồng ý"</f></c>' },
    issue: { code: 'UNREAD_CELL', cell: 'B3', says: [`Ô ${B}!B3 có công thức chưa được tính (="đồng ý")`, AWARD_ADVICE, WAITS] },
  },
  {
    name: 'a tie answer stored as a number that is not one (<v>9,5</v>)',
    cells: { C4: '<c r="C4"><v>9,5</v></c>' },
    issue: { code: 'UNREAD_CELL', cell: 'C4', says: ['"9,5"', 'Hãy gõ tên đơn vị mà phiếu chọn', WAITS] },
  },
  {
    name: 'an error value as an answer',
    cells: { B5: '<c r="B5" t="e"><v>#N/A</v></c>' },
    issue: { code: 'ERROR_VALUE', cell: 'B5', says: [`Ô ${B}!B5 đang báo lỗi #N/A, không phải điều ghi trên phiếu.`, AWARD_ADVICE, WAITS] },
  },
  {
    name: 'a date as a ballot number',
    cells: { A6: '<c r="A6" t="d"><v>2021-12-28T00:00:00Z</v></c>' },
    issue: { code: 'DATE_VALUE', cell: 'A6', says: ['chứa ngày tháng (28/12/2021)', 'Hãy gõ số in trên phiếu, ví dụ 5.', WAITS] },
  },
  {
    name: "a formula without its result in a column of the user's own is not read",
    cells: { D1: '<c r="D1" t="inlineStr"><is><t>Ghi chú</t></is></c>', D3: '<c r="D3"><f>1+1</f></c>' },
    issue: null,
  },
];

describe('tinh-diem on ballot cells it cannot read as typed', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const dir = await tempDir();
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const input = await patchCells(new Uint8Array(await readFile(EXAMPLE_PATH)), B, c.cells);
    await writeFile(join(dir, 'cum.xlsx'), input);
    const run = await runCli(['cum.xlsx', '--json', '--out', 'kq'], dir);
    expect(run.err).toEqual([]);
    // The scores are sound, but a count that waits on a cell states no result: exit 1, the summary only.
    expect(run.code).toBe(c.issue ? 1 : 0);
    const result = JSON.parse(run.out.join('\n')) as JsonResult;
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => `${i.code} ${i.sheet}!${i.cell}`)).toEqual(c.issue ? [`${c.issue.code} ${B}!${c.issue.cell}`] : []);
    // One message about the cell: no spoilt-ballot note or ballot-number error guesses about it as well.
    if (c.issue) expect(result.issues.filter((i) => i.sheet === B && i.cell === c.issue?.cell)).toHaveLength(1);
    for (const piece of c.issue?.says ?? []) expect(errors[0].message).toContain(piece);
    expect(result.vote?.counted).toBe(c.issue === null);
    const written = (await readdir(join(dir, 'kq'))).sort();
    expect(written).toEqual(c.issue ? ['cum-tong-hop.xlsx'] : ['cum-bao-cao.docx', 'cum-bien-ban-kiem-phieu.docx', 'cum-to-trinh.docx', 'cum-tong-hop.xlsx']);
    expect(new Uint8Array(await readFile(join(dir, 'cum.xlsx')))).toEqual(input);
  });
});

describe('Kiểm phiếu và lập biên bản on ballot cells that are not typed answers', () => {
  // Sheets' getValues() computes every formula, so no UnreadCell reaches the add-in; an error value, a date or a checkbox can.
  it.each([
    ['an error value', 'B3', '#N/A', 'ERROR_VALUE'],
    ['a date', 'C3', new Date(2021, 11, 28), 'DATE_VALUE'],
    ['a checkbox where a unit belongs', 'C3', true, 'NOT_A_NUMBER'],
  ] as const)('%s: an error at its cell, no document', (_, cell, value, code) => {
    const docs = fakeDocumentApp();
    const { call, google } = loadBuilt({}, { DocumentApp: docs.app });
    const grids = fixtureGrids(fixture, {}, { ballots: true });
    // Copies: the rows are the fixture's own, shared by every test of the file.
    const ballots = (grids.ballots ?? []).map((r) => [...r]);
    grids.ballots = ballots;
    ballots[Number(cell.slice(1)) - 1][cell.charCodeAt(0) - 65] = value;
    fillWorkbook(google.spreadsheet, grids);
    call('menuKiemPhieu');
    expect(docs.documents).toHaveLength(0);
    expect(JSON.stringify(google.ui.alerts)).toContain('Chưa kiểm phiếu được');
    // The message sends the secretary to Kiểm tra dữ liệu, which lists the cell.
    call('menuKiemTra');
    const checks = google.spreadsheet.sheet(SHEET.checks).grid();
    const row = checks.find((r) => r.includes(B) && r.includes(cell));
    expect(row).toBeDefined();
    expect(row?.join(' ')).toContain(WAITS);
    expect(row?.join(' ')).toContain(
      code === 'ERROR_VALUE' ? 'đang báo lỗi #N/A' : code === 'DATE_VALUE' ? 'chứa ngày tháng (28/12/2021)' : 'là ô đánh dấu (TRUE)',
    );
    expect(JSON.stringify(checks)).not.toContain('Phiếu số 2 ở dòng 3 không hợp lệ');
  });
});

describe('Thành viên Hội đồng holding a date, a checkbox or an error value', () => {
  it.each([
    ['a date', new Date(2021, 11, 28), '28/12/2021'],
    ['a checkbox', true, 'TRUE'],
    ['an error value', '#REF!', '#REF!'],
  ] as const)('%s is an error at its cell, not one member named after it', (_, value, shown) => {
    const grids = fixtureGrids(fixture, {}, { ballots: true });
    const settings = grids.settings ?? [];
    const row = settings.findIndex((r) => r[0] === SETTINGS.find((d) => d.key === 'councilMembers')?.label);
    settings[row][1] = value;
    const ev = evaluate(grids);
    expect(ev.vote?.counted).toBe(false);
    const errors = ev.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => `${i.code} ${i.sheet}!${i.cell}`)).toEqual([`BAD_SETTING ${SHEET.settings}!B${row + 1}`]);
    expect(errors[0].message).toContain(`ô chứa ${shown}, không phải số thành viên. Hãy gõ số thành viên Hội đồng (ví dụ 12)`);
  });
});
