/**
 * Submission and review offline, as test/apps-script/submission-journey.test.ts plays
 * it in Sheets: the lists, `cap-nhat`, each unit's row and evidence links typed; a
 * submission refused while its row has an error; the submissions recorded by
 * `tinh-diem nop` (rows appended to `Nộp bài`, the status column filled, every other
 * part and cell of the file as it was); one unit changes a submitted value and the
 * command shows it at its cell; `mo-lai` with its reason and a second `nop`;
 * `tham-dinh`; the deadline passed with one unit missing; `cap-nhat` keeps the
 * statuses; corrections in Cụm chấm with and without their reason; the ranking and
 * the report; `nam-moi`, after which nothing of the year's submissions counts. Same core,
 * same words as the add-in.
 */
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonResult } from '../../src/cli/json-output';
import { columnLetter } from '../../src/core/model/a1';
import {
  EXPLANATION_HEADER,
  SETTINGS,
  SHEET,
  STATUS_HEADER,
  SUBMISSIONS_HEADER,
  baseHeader,
  bonusHeader,
  correctionReasonHeader,
  evidenceHeader,
} from '../../src/core/model/template';
import type { CellValue, Grid } from '../../src/core/model/types';
import { loadWorkbook, readInputGrids, sheetGrid } from '../../src/xlsx/read-workbook';
import { updatedPath } from '../../src/cli/update-name';
import { newYearPath } from '../../src/cli/new-year-name';
import { docxParts, docxPlainText } from '../report/docx-xml';
import * as year from '../helpers/journey';
import { NOW, editWorkbook, runCli, tempDir } from './run-cli';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});

const units = year.example.units;
const criteria = year.example.criteria;
const LATE = units[units.length - 1].code;
const CHANGER = units[0].code;
const [CORRECTED_WITH_REASON, CORRECTED_LATER] = [units[1].code, units[2].code];
const email = (code: string): string => `nhap.${code.toLowerCase()}@stttt.example.vn`;
const shortName = (code: string): string => units.find((u) => u.code === code)?.shortName ?? code;

const edit = (file: string, change: (workbook: ExcelJS.Workbook) => void): Promise<void> => editWorkbook(dir, file, change);

const sheetOf = (workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => workbook.getWorksheet(name) as ExcelJS.Worksheet;

function setting(workbook: ExcelJS.Workbook, key: string, value: CellValue): void {
  sheetOf(workbook, SHEET.settings).getCell(SETTINGS.findIndex((d) => d.key === key) + 2, 2).value = value as ExcelJS.CellValue;
}

/** A unit's cells of a score sheet, by title. */
function type(sheet: ExcelJS.Worksheet, code: string, values: Record<string, CellValue>): void {
  const grid = sheetGrid(sheet);
  const row = grid.findIndex((r) => r[0] === code) + 1;
  for (const [title, value] of Object.entries(values)) {
    const col = grid[0].indexOf(title) + 1;
    if (col < 1 || row < 1) throw new Error(`no cell ${code} ${title}`);
    sheet.getCell(row, col).value = value as ExcelJS.CellValue;
  }
}

function evidence(code: string): Record<string, CellValue> {
  const row = year.typedRow(code);
  return Object.fromEntries(
    criteria.filter((c) => row[bonusHeader(c.code)]).map((c) => [evidenceHeader(c.code), `https://drive.google.com/drive/folders/${code}-${c.code}`]),
  );
}

/** The next file a writing command makes of `file` (cum-cap-nhat.xlsx → cum-cap-nhat-2.xlsx). */
const next = (file: string): string => updatedPath(join(dir, file), null).slice(dir.length + 1);

const WHO = 'Trần Thị Thư Ký';

/** `tinh-diem <word> <file> --don-vi … --nguoi …` (and `--ly-do`): the file it wrote, or the refusal. */
async function step(
  word: 'nop' | 'mo-lai' | 'tham-dinh',
  file: string,
  unitCodes: string[],
  reason?: string,
): Promise<{ code: number; out: string[]; file: string }> {
  const run = await runCli([word, file, '--don-vi', unitCodes.join(','), '--nguoi', WHO, ...(reason ? ['--ly-do', reason] : [])], dir);
  return { code: run.code, out: [...run.out, ...run.err], file: next(file) };
}

/** Each entry of an .xlsx package, uncompressed. */
async function entries(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await readFile(join(dir, file)));
  const out = new Map<string, string>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('string'));
  return out;
}

/** The status column of `Bảng điểm` by unit code. */
async function statuses(file: string): Promise<Record<string, string>> {
  const grid = await gridOf(file, SHEET.scores);
  const col = grid[0].indexOf(STATUS_HEADER);
  return Object.fromEntries(grid.slice(1).map((r) => [String(r[0]), String(r[col] ?? '')]));
}

async function json(file: string): Promise<{ code: number; result: JsonResult }> {
  const run = await runCli([file, '--json'], dir);
  return { code: run.code, result: JSON.parse(run.out.join('\n')) as JsonResult };
}

async function gridOf(file: string, sheet: string): Promise<Grid> {
  const workbook = await loadWorkbook(await readFile(join(dir, file)), file);
  return sheetGrid(sheetOf(workbook, sheet));
}

describe('units submit, the cluster reviews (Excel, through the command)', { timeout: 60000 }, () => {
  let file = 'cum.xlsx';

  it('lays Bảng điểm out with its evidence and explanation columns', async () => {
    await runCli(['mau', file], dir);
    await edit(file, (workbook) => {
      for (const [key, value] of Object.entries(year.SETTINGS_TYPED)) setting(workbook, key, value);
      setting(workbook, 'deadline', '10/01/2022');
      setting(workbook, 'evidenceRule', 'cảnh báo');
      year.CRITERIA_TYPED.forEach((r, i) => r.forEach((v, c) => (sheetOf(workbook, SHEET.criteria).getCell(i + 2, c + 1).value = v as ExcelJS.CellValue)));
      year.UNITS_TYPED.forEach((r, i) =>
        [...r, email(String(r[0]))].forEach((v, c) => (sheetOf(workbook, SHEET.units).getCell(i + 2, c + 1).value = v as ExcelJS.CellValue)),
      );
    });
    const run = await runCli(['cap-nhat', file], dir);
    expect(run.code, run.err.join('\n')).toBe(0);
    file = 'cum-cap-nhat.xlsx';
    expect((await gridOf(file, SHEET.scores))[0]).toEqual(expect.arrayContaining([evidenceHeader('1'), EXPLANATION_HEADER]));
  });

  it('refuses a submission while the row has an error, naming its cell, and writes nothing', async () => {
    const title = baseHeader(criteria[0].code);
    const max = criteria[0].maxBase;
    await edit(file, (workbook) => {
      const scores = sheetOf(workbook, SHEET.scores);
      for (const u of units) type(scores, u.code, { ...year.typedRow(u.code), ...evidence(u.code) });
      type(scores, CHANGER, { [title]: max + 5 });
    });
    const grid = await gridOf(file, SHEET.scores);
    const address = `${columnLetter(grid[0].indexOf(title))}${grid.findIndex((r) => r[0] === CHANGER) + 1}`;
    const refused = await step('nop', file, [CHANGER]);
    expect(refused.code).toBe(1);
    expect(refused.out[0]).toBe(`Chưa nộp được: dòng của ${shortName(CHANGER)} còn 1 lỗi. Hãy sửa các ô sau rồi nộp lại:`);
    expect(refused.out[1]).toMatch(new RegExp(`^- ${SHEET.scores}!${address}: `));
    expect(refused.out).toContain('Chưa ghi tệp nào.');
    await expect(access(join(dir, refused.file))).rejects.toThrow();
    const nobody = await runCli(['nop', file, '--don-vi', CHANGER], dir);
    expect(nobody.code).toBe(2);
    expect(nobody.err[0]).toContain('--nguoi "Nguyễn Văn An"');
    await edit(file, (workbook) => type(sheetOf(workbook, SHEET.scores), CHANGER, { [title]: year.typedRow(CHANGER)[title] }));
  });

  it('records the submissions with nop: rows appended to Nộp bài, statuses filled, nothing else of the file changed', async () => {
    const before = await entries(file);
    const submitted = units.filter((u) => u.code !== LATE).map((u) => u.code);
    const run = await step('nop', file, submitted);
    expect(run.code, run.out.join('\n')).toBe(0);
    expect(run.out[0]).toBe(
      `Đã nộp bảng điểm của ${shortName(submitted[0])} lúc 05/01/2022 08:30 (${WHO}). Các giá trị đã nộp được lưu ở trang "${SHEET.submissions}"; từ nay mọi thay đổi trên dòng sẽ được nêu tại ô của nó (lệnh "tinh-diem <tệp.xlsx>"). Muốn sửa, hãy đề nghị thư ký mở lại dòng (lệnh "tinh-diem mo-lai <tệp.xlsx> --don-vi <mã> --ly-do <lý do> --nguoi <họ tên>").`,
    );
    const input = file;
    file = run.file;
    expect(await statuses(file)).toEqual(Object.fromEntries(units.map((u) => [u.code, u.code === LATE ? 'đang nhập' : 'đã nộp 05/01/2022 08:30'])));
    // The log: one row a unit, the time as a date-time, the person named, the row's typed values under Bảng điểm's titles.
    const log = await gridOf(file, SHEET.submissions);
    const scores = await gridOf(file, SHEET.scores);
    expect(log[0].slice(0, SUBMISSIONS_HEADER.length)).toEqual([...SUBMISSIONS_HEADER]);
    expect(log.slice(1).map((r) => [r[1], r[2], r[3]])).toEqual(submitted.map((code) => [code, 'nộp', WHO]));
    expect(log[1][0]).toEqual(NOW);
    const titles = log[0].slice(SUBMISSIONS_HEADER.length).map(String);
    expect(titles).toContain(baseHeader(criteria[0].code));
    const row = scores.find((r) => r[0] === submitted[0]) as CellValue[];
    expect(titles.map((t) => log[1][log[0].indexOf(t)] ?? '')).toEqual(titles.map((t) => row[scores[0].indexOf(t)] ?? ''));
    // Every other part byte for byte: only the two sheets written, the workbook's list of sheets for the new one, and the styles the new cells use.
    const after = await entries(file);
    const changed = [...after.keys()].filter((name) => before.get(name) !== after.get(name)).sort();
    const sheetParts = changed.filter((name) => name.startsWith('xl/worksheets/'));
    expect(sheetParts).toHaveLength(2);
    expect(changed.filter((name) => !sheetParts.includes(name)).sort()).toEqual([
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
    ]);
    expect([...before.keys()].filter((name) => !after.has(name))).toEqual([]);
    // Every cell of every input sheet as it was, but the status column.
    const was = (await readInputGrids(await readFile(join(dir, input)), input)).grids;
    const now = (await readInputGrids(await readFile(join(dir, file)), file)).grids;
    const col = scores[0].indexOf(STATUS_HEADER);
    const but = (g: Grid | undefined): Grid => (g ?? []).map((r) => r.filter((_, c) => c !== col));
    expect(but(now.scores)).toEqual(but(was.scores));
    for (const role of ['settings', 'criteria', 'units', 'agreed', 'ballots'] as const) expect(now[role]).toEqual(was[role]);
  });

  it('reports every status and who has not submitted, with the time left', async () => {
    const { code, result } = await json(file);
    expect(code).toBe(0);
    expect(result.review.units.map((u) => [u.code, u.statusText])).toEqual(units.map((u) => [u.code, u.code === LATE ? 'đang nhập' : 'đã nộp']));
    expect(result.review.units.find((u) => u.code === CHANGER)?.submittedBy).toBe(WHO);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        severity: 'note',
        code: 'DEADLINE',
        sheet: SHEET.settings,
        message: `Hạn nộp 10/01/2022 23:59 (còn 5 ngày 15 giờ); 1/${units.length} đơn vị chưa nộp: ${shortName(LATE)}.`,
      }),
    );
    const text = await runCli([file, '--out', 'ket-qua'], dir);
    expect(text.out).toContain(`Nộp bảng điểm: ${units.length - 1}/${units.length} đơn vị đã nộp; hạn nộp 10/01/2022 23:59 (còn 5 ngày 15 giờ).`);
    expect(text.out).toContain(`  ${shortName(LATE)}: đang nhập`);
  });

  it('refuses a second submission of a submitted row, sending to mo-lai', async () => {
    const again = await step('nop', file, [CHANGER]);
    expect(again.code).toBe(1);
    expect(again.out[0]).toContain(
      `${shortName(CHANGER)} đã nộp bảng điểm lúc 05/01/2022 08:30. Muốn sửa, hãy đề nghị thư ký mở lại dòng (lệnh "tinh-diem mo-lai`,
    );
  });

  it('shows a value changed after submission at its cell, in the words of the add-in', async () => {
    const title = baseHeader(criteria[0].code);
    const was = year.typedRow(CHANGER)[title] as number;
    await edit(file, (workbook) => type(sheetOf(workbook, SHEET.scores), CHANGER, { [title]: was - 1 }));
    const { result } = await json(file);
    const grid = await gridOf(file, SHEET.scores);
    const address = `${columnLetter(grid[0].indexOf(title))}${grid.findIndex((r) => r[0] === CHANGER) + 1}`;
    expect(result.issues.filter((i) => i.code === 'CHANGED_AFTER_SUBMISSION')).toEqual([
      {
        severity: 'warning',
        code: 'CHANGED_AFTER_SUBMISSION',
        sheet: SHEET.scores,
        cell: address,
        unit: CHANGER,
        message: `${title} đổi từ ${String(was).replace('.', ',')} thành ${String(was - 1).replace('.', ',')} sau khi nộp (${shortName(CHANGER)} nộp lúc 05/01/2022 08:30). Nếu cần sửa, thư ký mở lại dòng rồi đơn vị nộp lại; nếu không, hãy gõ lại giá trị đã nộp.`,
      },
    ]);
  });

  it('takes the reopening with its reason (mo-lai), the second submission (nop) and the review (tham-dinh)', async () => {
    const reason = 'Đơn vị xin sửa điểm chuẩn tiêu chí 1';
    const noReason = await runCli(['mo-lai', file, '--don-vi', CHANGER, '--nguoi', WHO], dir);
    expect(noReason.code).toBe(2);
    const before = await entries(file);
    const reopened = await step('mo-lai', file, [CHANGER], reason);
    expect(reopened.code, reopened.out.join('\n')).toBe(0);
    // Nộp bài there already: a row appended to it and one status cell, every other part as it was.
    const after = await entries(reopened.file);
    const changed = [...after.keys()].filter((name) => before.get(name) !== after.get(name));
    expect(changed.filter((name) => name !== 'xl/styles.xml')).toHaveLength(2);
    expect(changed.every((name) => name.startsWith('xl/worksheets/') || name === 'xl/styles.xml')).toBe(true);
    expect(reopened.out[0]).toBe(`Đã mở lại dòng của ${shortName(CHANGER)} (lý do: ${reason}). Đơn vị sửa rồi nộp lại.`);
    file = reopened.file;
    expect((await statuses(file))[CHANGER]).toBe(`mở lại: ${reason}`);
    const submitted = await step('nop', file, [CHANGER]);
    expect(submitted.code, submitted.out.join('\n')).toBe(0);
    file = submitted.file;
    const { result } = await json(file);
    expect(result.issues.filter((i) => i.code === 'CHANGED_AFTER_SUBMISSION')).toEqual([]);
    expect(result.review.units.find((u) => u.code === CHANGER)).toMatchObject({ status: 'submitted', reopenReasons: [reason], submittedAt: NOW.toISOString() });
    const reviewed = await step('tham-dinh', file, [CHANGER]);
    expect(reviewed.code, reviewed.out.join('\n')).toBe(0);
    file = reviewed.file;
    expect((await statuses(file))[CHANGER]).toBe('đã thẩm định 05/01/2022 08:30');
    const log = await gridOf(file, SHEET.submissions);
    expect(log.slice(-3).map((r) => [r[1], r[2], r[3], r[4] ?? ''])).toEqual([
      [CHANGER, 'mở lại', WHO, reason],
      [CHANGER, 'nộp', WHO, ''],
      [CHANGER, 'thẩm định', WHO, ''],
    ]);
  });

  it('names the units that missed the deadline once it has passed: the one that has not submitted, and those that submitted after it, with how late', async () => {
    // 04/01/2022 is the end of that day; every submission was made at 05/01/2022 08:30 (the command's clock here), 8 h 30 min later.
    await edit(file, (workbook) => setting(workbook, 'deadline', '04/01/2022'));
    const { result } = await json(file);
    const lateOnes = units.filter((u) => u.code !== LATE).map((u) => `${shortName(u.code)} (8 giờ 30 phút)`);
    expect(lateOnes.length).toBe(11);
    const deadline = result.issues.filter((i) => i.code === 'DEADLINE_PASSED');
    expect(deadline).toEqual([expect.objectContaining({ severity: 'warning', sheet: SHEET.settings })]);
    // The first five named, the other six counted (a message's list stays short).
    expect(deadline[0].message).toMatch(
      new RegExp(
        `^Hạn nộp 04/01/2022 23:59 \\(đã quá hạn 8 giờ 30 phút\\); 1/12 đơn vị chưa nộp: ${shortName(LATE)}; 11/12 đơn vị nộp sau hạn: ${lateOnes.slice(0, 5).join(', ').replace(/[()]/g, '\\$&')} \\S+ 6 đơn vị khác\\.$`,
      ),
    );
    // Each status line says it too, the reopened and resubmitted unit by its first submission after the deadline.
    expect(result.review.units.find((u) => u.code === CHANGER)?.lateAt).toBe(NOW.toISOString());
    const text = await runCli([file, '--out', 'ket-qua', '--force'], dir);
    expect(text.out.some((l) => l.startsWith(`  ${shortName(CHANGER)}: đã thẩm định, nộp sau hạn 8 giờ 30 phút`))).toBe(true);
    expect(text.out).toContain(`  ${shortName(LATE)}: đang nhập`);
    // The status column says it as the status lines do: a submission now (05/01 08:30, the deadline 04/01 23:59 → 24:00) is 8 h 30 min late,
    // and nop writes it for every unit whose text changed since the deadline moved (into a folder apart: the year goes on without it).
    const late = await runCli(['nop', file, '--don-vi', LATE, '--nguoi', WHO, '--out', 'nop-sau-han'], dir);
    expect(late.code, late.out.join('\n')).toBe(0);
    expect(late.out[0]).toContain('Lưu ý: nộp sau hạn 8 giờ 30 phút (hạn nộp 04/01/2022 23:59).');
    const afterDeadline = await statuses(join('nop-sau-han', next(file)));
    expect(afterDeadline[LATE]).toBe('đã nộp 05/01/2022 08:30; nộp sau hạn 8 giờ 30 phút');
    expect(afterDeadline[CHANGER]).toBe('đã thẩm định 05/01/2022 08:30; nộp sau hạn 8 giờ 30 phút');
  });

  it('requires a reason for every correction in Cụm chấm, and the report counts the corrections', async () => {
    await edit(file, (workbook) => workbook.addWorksheet(SHEET.agreed));
    const statusesBefore = await statuses(file);
    const run = await runCli(['cap-nhat', file], dir);
    expect(run.code, run.err.join('\n')).toBe(0);
    file = next(file);
    // Laid out again, the status column is filled from Nộp bài as nop filled it, and judged against Hạn nộp as it now stands:
    // moved to 04/01 after the units submitted on 05/01, it makes every submission 8 h 30 min late, as the status lines say.
    expect(await statuses(file)).toEqual(
      Object.fromEntries(Object.entries(statusesBefore).map(([code, text]) => [code, code === LATE ? text : `${text}; nộp sau hạn 8 giờ 30 phút`])),
    );
    const first = criteria[0].code;
    const base = (code: string): number => year.typedRow(code)[baseHeader(first)] as number;
    await edit(file, (workbook) => {
      const agreed = sheetOf(workbook, SHEET.agreed);
      type(agreed, CORRECTED_WITH_REASON, {
        [baseHeader(first)]: base(CORRECTED_WITH_REASON) - 2,
        [correctionReasonHeader(first)]: 'Thiếu biên bản hội nghị tổng kết',
      });
      type(agreed, CORRECTED_LATER, { [baseHeader(first)]: base(CORRECTED_LATER) - 1 });
    });
    const blocked = await json(file);
    expect(blocked.code).toBe(1);
    const grid = await gridOf(file, SHEET.agreed);
    const reasonCell = `${columnLetter(grid[0].indexOf(correctionReasonHeader(first)))}${grid.findIndex((r) => r[0] === CORRECTED_LATER) + 1}`;
    expect(blocked.result.issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'CORRECTION_WITHOUT_REASON',
        sheet: SHEET.agreed,
        unit: CORRECTED_LATER,
        message: expect.stringContaining(`Hãy ghi lý do điều chỉnh vào ô ${reasonCell}`),
      }),
    );
    await edit(file, (workbook) => type(sheetOf(workbook, SHEET.agreed), CORRECTED_LATER, { [correctionReasonHeader(first)]: 'Sai số liệu báo cáo quý IV' }));
    const run2 = await runCli([file, '--out', 'ket-qua', '--force'], dir);
    expect(run2.code, run2.out.join('\n')).toBe(0);
    // Each status on one line, how late (the deadline is past), its time and author set off by commas: no parentheses inside parentheses.
    expect(
      run2.out
        .filter((l) => /^ {2}.+: đã nộp/.test(l))
        .every((l) => /^ {2}[^(]+: đã nộp, nộp sau hạn 8 giờ 30 phút, nộp lúc \d\d\/\d\d\/\d{4} \d\d:\d\d \([^()]+\)$/.test(l)),
    ).toBe(true);
    expect(run2.out.some((l) => /: đã nộp, nộp sau hạn 8 giờ 30 phút, nộp lúc /.test(l))).toBe(true);
    // Counted as corrections, never "2 điểm" (read as two points).
    expect(run2.out).toContain('Cụm chấm: 2 lượt điều chỉnh điểm số ở 2 đơn vị:');
    expect(run2.out).toContain(
      `  ${shortName(CORRECTED_WITH_REASON)}, Chuẩn ${first}: ${base(CORRECTED_WITH_REASON)} → ${base(CORRECTED_WITH_REASON) - 2}. Lý do: Thiếu biên bản hội nghị tổng kết`,
    );
    const { result } = await json(file);
    expect(result.review.corrections.map((c) => [c.unit, c.criterion, c.own, c.agreed, c.reason])).toEqual([
      [CORRECTED_WITH_REASON, first, base(CORRECTED_WITH_REASON), base(CORRECTED_WITH_REASON) - 2, 'Thiếu biên bản hội nghị tổng kết'],
      [CORRECTED_LATER, first, base(CORRECTED_LATER), base(CORRECTED_LATER) - 1, 'Sai số liệu báo cáo quý IV'],
    ]);
    const report = await docxParts(await readFile(join(dir, 'ket-qua', file.replace(/\.xlsx$/, '-bao-cao.docx'))));
    const withBonus = units.filter((u) => criteria.some((c) => year.typedRow(u.code)[bonusHeader(c.code)])).length;
    const count = `${String(withBonus).padStart(2, '0')}/${String(withBonus).padStart(2, '0')}`;
    expect(docxPlainText(report['word/document.xml'])).toContain(
      `Qua thẩm định, Cụm đã có 2 lượt điều chỉnh điểm số ở 02/${units.length} đơn vị, lượt nào cũng ghi lý do; ${count} đơn vị có điểm thưởng đã nộp đủ minh chứng cho mọi điểm thưởng.`,
    );
  });
  it('starts the next year with nam-moi: no submission of the year that ends counts', async () => {
    const run = await runCli(['nam-moi', file], dir);
    expect(run.code, [...run.out, ...run.err].join('\n')).toBe(0);
    const year2022 = newYearPath(join(dir, file), null, 2021, 2022).slice(dir.length + 1);
    expect((await readInputGrids(await readFile(join(dir, year2022)), year2022)).grids.submissions).toBeUndefined();
    // The statuses went with the log: blank until the first event of 2022.
    expect(Object.values(await statuses(year2022))).toEqual(units.map(() => ''));
    const { result } = await json(year2022);
    expect(result.review.units.filter((u) => u.status !== 'entering')).toEqual([]);
  });
});
