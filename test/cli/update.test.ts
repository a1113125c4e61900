/** `tinh-diem cap-nhat` and `tinh-diem mau --force` on real .xlsx files: the input is never written, nothing typed is lost. */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/core/model/a1';
import { DATE_TIME_FORMAT } from '../../src/core/sheets/cell-formats';
import { KEPT_ASIDE_HEADER, SHEET } from '../../src/core/model/template';
import type { Grid } from '../../src/core/model/types';
import { loadWorkbook, sheetGrid } from '../../src/xlsx/read-workbook';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { patchCells } from '../robustness/patch-xlsx';
import { runCli, tempDir } from './run-cli';

async function gridOf(path: string, sheet: string): Promise<Grid> {
  const workbook = await loadWorkbook(await readFile(path), path);
  return sheetGrid(workbook.getWorksheet(sheet) as ExcelJS.Worksheet);
}

/** Every typed score by unit code and column header. */
function byUnitAndHeader(grid: Grid): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const row of grid.slice(1)) grid[0].forEach((h, c) => c > 1 && row[c] !== '' && cells.set(`${row[0]}|${h}`, row[c]));
  return cells;
}

/** Edits the example's lists: criterion 3 removed, criteria 1 and 2 swapped, a unit added at the top. */
async function editLists(path: string): Promise<void> {
  const workbook = await loadWorkbook(await readFile(path), path);
  const criteria = workbook.getWorksheet(SHEET.criteria) as ExcelJS.Worksheet;
  const rows = sheetGrid(criteria);
  const swapped = [rows[2], rows[1], ...rows.slice(4)];
  for (let r = 2; r <= rows.length; r++)
    for (let c = 1; c <= rows[0].length; c++) criteria.getCell(r, c).value = (swapped[r - 2]?.[c - 1] ?? null) as ExcelJS.CellValue;
  const units = workbook.getWorksheet(SHEET.units) as ExcelJS.Worksheet;
  units.spliceRows(2, 0, ['PQ', 'Sở Thông tin và Truyền thông thành phố Phú Quốc', 'Phú Quốc']);
  await workbook.xlsx.writeFile(path);
}

describe('tinh-diem cap-nhat', () => {
  let dir: string;
  let input: Buffer;
  let run: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    dir = await tempDir();
    await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
    await editLists(join(dir, 'cum.xlsx'));
    input = await readFile(join(dir, 'cum.xlsx'));
    run = await runCli(['cap-nhat', 'cum.xlsx'], dir);
  });

  it('writes the laid-out workbook beside the input under a new name, leaving the input as it was', async () => {
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(run.out.at(-1)).toMatch(/^Đã ghi: cum-cap-nhat\.xlsx \(tệp nhập giữ nguyên\)/);
    expect(await readFile(join(dir, 'cum.xlsx'))).toEqual(input);
  });

  it('keeps every value at its unit and criterion, and the removed criterion’s values in Điểm đã gỡ', async () => {
    const before = byUnitAndHeader(await gridOf(join(dir, 'cum.xlsx'), SHEET.scores));
    const after = await gridOf(join(dir, 'cum-cap-nhat.xlsx'), SHEET.scores);
    expect(after[0].slice(0, 6)).toEqual(['Mã đơn vị', 'Đơn vị', 'Chuẩn 2', 'Thưởng 2', 'Chuẩn 1', 'Thưởng 1']);
    expect(after[1].slice(0, 2)).toEqual(['PQ', 'Phú Quốc']);
    const moved = byUnitAndHeader(after);
    const removed = [...before].filter(([key]) => /\|(Chuẩn|Thưởng) 3$/.test(key));
    expect(removed.length).toBeGreaterThan(0);
    expect(moved).toEqual(new Map([...before].filter(([key]) => !/\|(Chuẩn|Thưởng) 3$/.test(key))));
    const kept = await gridOf(join(dir, 'cum-cap-nhat.xlsx'), SHEET.keptAside);
    expect(kept[0]).toEqual([...KEPT_ASIDE_HEADER]);
    const keptValues = new Map(
      kept
        .slice(1)
        .flatMap((r): [string, unknown][] => [
          [`${r[2]}|Chuẩn ${r[4]}`, r[5]],
          [`${r[2]}|Thưởng ${r[4]}`, r[6]],
        ])
        .filter(([, v]) => v !== ''),
    );
    expect(keptValues).toEqual(new Map(removed));
    expect(run.out[0]).toContain(`${kept.length - 1} dòng điểm không còn chỗ`);
  });

  it("stamps the kept-aside rows with a date-time value shown like Lịch sử's time", async () => {
    const workbook = await loadWorkbook(await readFile(join(dir, 'cum-cap-nhat.xlsx')), 'out');
    const sheet = workbook.getWorksheet(SHEET.keptAside) as ExcelJS.Worksheet;
    const cell = sheet.getCell('A2');
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.numFmt).toBe(DATE_TIME_FORMAT);
    expect(sheet.getCell('A1').value).toBe(KEPT_ASIDE_HEADER[0]);
    // Bold in the workbook's default font: a font of bold alone showed in LibreOffice's serif fallback.
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, name: 'Calibri', size: 11 });
  });

  it('makes Điểm đã gỡ wide enough for what it holds: the date-time, the sheet and the unit are shown whole, not ### or cut', async () => {
    const workbook = await loadWorkbook(await readFile(join(dir, 'cum-cap-nhat.xlsx')), 'out');
    const sheet = workbook.getWorksheet(SHEET.keptAside) as ExcelJS.Worksheet;
    const grid = sheetGrid(sheet);
    // Excel's column width is in characters of the default font; "dd/mm/yyyy hh:mm" is 16 of them.
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual('dd/mm/yyyy hh:mm'.length);
    for (const c of [2, 4]) {
      const longest = Math.max(...grid.slice(1).map((r) => String(r[c - 1]).length));
      expect(sheet.getColumn(c).width, KEPT_ASIDE_HEADER[c - 1]).toBeGreaterThanOrEqual(longest);
    }
  });

  it('keeps the sheets in their places and validates the new columns from the criteria', async () => {
    const workbook = await loadWorkbook(await readFile(join(dir, 'cum-cap-nhat.xlsx')), 'out');
    expect(workbook.worksheets.map((s) => s.name).slice(0, 4)).toEqual([SHEET.settings, SHEET.criteria, SHEET.units, SHEET.scores]);
    const scores = workbook.getWorksheet(SHEET.scores) as ExcelJS.Worksheet;
    expect(scores.getCell(2, 3).dataValidation.formulae.map(Number)).toEqual([0, 10]);
    expect(scores.getCell(2, 5).dataValidation.formulae.map(Number)).toEqual([0, 20]);
  });

  it('refuses to replace an earlier result without --force, and replaces it with it', async () => {
    const again = await runCli(['cap-nhat', 'cum.xlsx'], dir);
    expect(again.code).toBe(2);
    expect(again.err[0]).toMatch(/đã có\. Thêm --force/);
    expect((await runCli(['cap-nhat', 'cum.xlsx', '--force'], dir)).code).toBe(0);
    const out = await runCli(['cap-nhat', 'cum.xlsx', '--out', 'moi'], dir);
    expect(out.code).toBe(0);
    expect(out.out.at(-1)).toMatch(/^Đã ghi: moi\/cum-cap-nhat\.xlsx/);
  });

  it('run on its own output, writes the next number beside it, never -cap-nhat-cap-nhat, and replaces it only with --force', async () => {
    const first = await readFile(join(dir, 'cum-cap-nhat.xlsx'));
    const second = await runCli(['cap-nhat', 'cum-cap-nhat.xlsx'], dir);
    expect(second.code, second.err.join('\n')).toBe(0);
    expect(second.out.at(-1)).toMatch(/^Đã ghi: cum-cap-nhat-2\.xlsx \(tệp nhập giữ nguyên\)/);
    expect(await readFile(join(dir, 'cum-cap-nhat.xlsx'))).toEqual(first);
    expect(byUnitAndHeader(await gridOf(join(dir, 'cum-cap-nhat-2.xlsx'), SHEET.scores))).toEqual(
      byUnitAndHeader(await gridOf(join(dir, 'cum-cap-nhat.xlsx'), SHEET.scores)),
    );
    const again = await runCli(['cap-nhat', 'cum-cap-nhat.xlsx'], dir);
    // The file there may be where the units type now: the way out that loses nothing is named with --force.
    expect([again.code, again.err]).toEqual([
      2,
      [
        'Tệp "cum-cap-nhat-2.xlsx" đã có. Thêm --force để ghi đè, hoặc chọn thư mục khác với --out; nếu các đơn vị đã nhập điểm vào tệp đó, đừng ghi đè mà hãy sửa danh sách trong tệp đó rồi chạy "tinh-diem cap-nhat cum-cap-nhat-2.xlsx".',
      ],
    ]);
    const third = await runCli(['cap-nhat', 'cum-cap-nhat-2.xlsx'], dir);
    expect(third.out.at(-1)).toMatch(/^Đã ghi: cum-cap-nhat-3\.xlsx /);
  });

  it('run on an older file of the chain, names the newest one to run on instead of offering only to overwrite the next', async () => {
    // cum-cap-nhat-2.xlsx and -3 are there (the test above): the newest is -3.
    const update = await runCli(['cap-nhat', 'cum-cap-nhat.xlsx'], dir);
    expect([update.code, update.err]).toEqual([
      2,
      [
        'Tệp "cum-cap-nhat-2.xlsx" đã có. Thêm --force để ghi đè, hoặc chọn thư mục khác với --out; nếu các đơn vị đã nhập điểm vào tệp đó, đừng ghi đè mà hãy sửa danh sách trong tệp mới nhất "cum-cap-nhat-3.xlsx" rồi chạy "tinh-diem cap-nhat cum-cap-nhat-3.xlsx".',
      ],
    ]);
    const submit = await runCli(['nop', 'cum-cap-nhat.xlsx', '--don-vi', 'LA', '--nguoi', 'Nguyễn Văn An'], dir);
    expect([submit.code, submit.err.at(-1)]).toEqual([
      2,
      'Tệp "cum-cap-nhat-2.xlsx" đã có. Thêm --force để ghi đè, hoặc chọn thư mục khác với --out; tệp mới nhất là "cum-cap-nhat-3.xlsx": hãy chạy lệnh trên tệp đó.',
    ]);
  });

  it('prints Bảng điểm down to the last unit’s row, run after run: the header and the 13 units (rows 2 to 14), across every column', async () => {
    for (const name of ['cum-cap-nhat.xlsx', 'cum-cap-nhat-2.xlsx']) {
      const bytes = await readFile(join(dir, name));
      const xml = (await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string')) ?? '';
      const areas = [...xml.matchAll(/<definedName name="_xlnm.Print_Area"[^>]*>([^<]*)</g)].map((m) => m[1].replace(/&apos;/g, "'"));
      const width = (await gridOf(join(dir, name), SHEET.scores))[0].length;
      expect(areas, name).toEqual([`'${SHEET.scores}'!$A$1:$${columnLetter(width - 1)}$14`]);
    }
  });

  it('refuses lists with errors: exit 1, the cells named, no file written', async () => {
    const path = join(dir, 'loi.xlsx');
    await copyFile(EXAMPLE_PATH, path);
    const workbook = await loadWorkbook(await readFile(path), path);
    (workbook.getWorksheet(SHEET.criteria) as ExcelJS.Worksheet).getCell(3, 1).value = '1';
    await workbook.xlsx.writeFile(path);
    const refused = await runCli(['cap-nhat', 'loi.xlsx'], dir);
    expect(refused.code).toBe(1);
    // The cell named as the check and the command's issue lines name it (Tiêu chí!A3), never with the menu's "›".
    expect(refused.out.join('\n')).toContain(`\n- ${SHEET.criteria}!A3: Mã tiêu chí "1" trùng với ô A2.`);
    expect(refused.out.join('\n')).not.toContain('›');
    await expect(readFile(join(dir, 'loi-cap-nhat.xlsx'))).rejects.toThrow();
  });

  it('writes the user’s own validations back as they were, never as two overlapping ranges', async () => {
    const path = join(dir, 'dv.xlsx');
    const workbook = await loadWorkbook(await readFile(EXAMPLE_PATH), path);
    const add = (sheet: string, address: string, formula: string): void =>
      (workbook.getWorksheet(sheet) as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(address, {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
      });
    add(SHEET.units, 'E2:E100', '"có,không"');
    add(SHEET.units, 'G4:H9', '"x"');
    add(SHEET.units, 'J3', '"y"');
    await workbook.xlsx.writeFile(path);
    expect((await runCli(['cap-nhat', 'dv.xlsx'], dir)).code).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(join(dir, 'dv-cap-nhat.xlsx')));
    const sqrefs = async (part: string): Promise<string[]> =>
      [...((await zip.file(part)?.async('string')) ?? '').matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    // Đơn vị is the third sheet, copied byte for byte (exceljs, which rewrote it, wrote E10:E100 beside E2:E100).
    expect((await sqrefs('xl/worksheets/sheet3.xml')).sort()).toEqual(['E2:E100', 'G4:H9', 'J3']);
    const input = await JSZip.loadAsync(await readFile(path));
    expect(await zip.file('xl/worksheets/sheet3.xml')?.async('string')).toBe(await input.file('xl/worksheets/sheet3.xml')?.async('string'));
    for (const part of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
      const columns = (await sqrefs(part)).map((ref) => ref.replace(/\d+/g, ''));
      expect(new Set(columns).size, part).toBe(columns.length);
    }
  });
});

describe('tinh-diem mau --force', () => {
  it('never replaces a workbook that holds data, and says what to run instead', async () => {
    const dir = await tempDir();
    await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
    const before = await readFile(join(dir, 'cum.xlsx'));
    const run = await runCli(['mau', 'cum.xlsx', '--force'], dir);
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(/đã có dữ liệu \(trang "Cấu hình", "Tiêu chí", "Đơn vị", "Bảng điểm", "Phiếu bầu"\)/);
    expect(run.err[0]).toContain('tinh-diem cap-nhat cum.xlsx');
    expect(await readFile(join(dir, 'cum.xlsx'))).toEqual(before);
  });

  it('replaces a blank template', async () => {
    const dir = await tempDir();
    expect((await runCli(['mau', 'mau.xlsx'], dir)).code).toBe(0);
    expect((await runCli(['mau', 'mau.xlsx'], dir)).code).toBe(2);
    expect((await runCli(['mau', 'mau.xlsx', '--force'], dir)).code).toBe(0);
  });

  it('does not replace a file it cannot read, saying why in the reader’s words', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'cu.xlsx'), 'Mã đơn vị;Tên\nLA;Long An\n');
    const run = await runCli(['mau', 'cu.xlsx', '--force'], dir);
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(
      /^Tệp "cu\.xlsx" đã có nhưng không đọc được để biết có dữ liệu hay không, nên "mau" không ghi đè: Tệp "cu\.xlsx" là văn bản CSV \(\.csv\)/,
    );
    expect(await readFile(join(dir, 'cu.xlsx'), 'utf8')).toBe('Mã đơn vị;Tên\nLA;Long An\n');
  });

  it('finds one stray value at XFD1048576 of a blank template without building a grid up to it', async () => {
    const dir = await tempDir();
    expect((await runCli(['mau', 'mau.xlsx'], dir)).code).toBe(0);
    const path = join(dir, 'mau.xlsx');
    await writeFile(path, await patchCells(await readFile(path), SHEET.criteria, { XFD1048576: '<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>' }));
    const before = await readFile(path);
    const run = await runCli(['mau', 'mau.xlsx', '--force'], dir);
    expect(run.code).toBe(2);
    expect(run.err[0]).toMatch(/đã có dữ liệu \(trang "Tiêu chí"\)/);
    expect(await readFile(path)).toEqual(before);
  });
});

describe('tinh-diem cap-nhat and the council ballots', () => {
  it('lays Phiếu bầu out again from the ranking, keeping every typed ballot under its header', async () => {
    const dir = await tempDir();
    await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
    const run = await runCli(['cap-nhat', 'cum.xlsx'], dir);
    expect(run.code, run.err.join('\n')).toBe(0);
    // The example's award candidate and its rank-5 tie (test/helpers/example-vote.ts) are still asked.
    expect(run.out).toContain(
      `Đã lập lại trang "${SHEET.ballots}" theo kết quả xếp hạng (Cờ thi đua: Long An; Đồng hạng 5: Vĩnh Long / Đồng Tháp); phiếu đã nhập được giữ.`,
    );
    const before = await gridOf(join(dir, 'cum.xlsx'), SHEET.ballots);
    const after = await gridOf(join(dir, 'cum-cap-nhat.xlsx'), SHEET.ballots);
    // The same questions, and the stamp the example's sheet was laid with: the ranking has not changed.
    expect(after[0]).toEqual(['Số phiếu', 'Cờ thi đua: Long An', 'Đồng hạng 5: Vĩnh Long / Đồng Tháp', before[0][3]]);
    expect(before[0][3]).toMatch(/^Lập theo xếp hạng năm 2021 · mã [0-9a-f]{8}$/);
    expect(after.length).toBe(13);
    expect(after).toEqual(before.filter((row) => row.some((v) => v !== '')));
  });

  it('leaves Phiếu bầu as it was, and says why, while the scores have errors', async () => {
    const dir = await tempDir();
    const path = join(dir, 'cum.xlsx');
    await copyFile(EXAMPLE_PATH, path);
    const workbook = await loadWorkbook(await readFile(path), path);
    (workbook.getWorksheet(SHEET.scores) as ExcelJS.Worksheet).getCell('C2').value = 'chín';
    await workbook.xlsx.writeFile(path);
    const run = await runCli(['cap-nhat', 'cum.xlsx'], dir);
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(run.out.some((l) => l.startsWith(`Chưa lập lại trang "${SHEET.ballots}": danh sách hoặc bảng điểm còn 1 lỗi`))).toBe(true);
    expect(await gridOf(join(dir, 'cum-cap-nhat.xlsx'), SHEET.ballots)).toEqual(await gridOf(path, SHEET.ballots));
  });
});
