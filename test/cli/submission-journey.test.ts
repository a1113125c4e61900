/**
 * Submission and review offline, as test/apps-script/submission-journey.test.ts plays
 * it in Sheets: the lists, `cap-nhat`, each unit's row and evidence links typed, the
 * submissions recorded in `Nộp bài` (as the add-in writes it, or as the secretariat
 * types it on receiving a unit's file); one unit changes a submitted value and the
 * command shows it at its cell; a reopening with its reason and a second submission;
 * the deadline passed with one unit missing; corrections in Cụm chấm with and without
 * their reason; the ranking and the report. Same core, same words as the add-in.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonResult } from '../../src/cli/json-output';
import { columnLetter } from '../../src/core/model/a1';
import { isLiveHeader } from '../../src/core/sheets/live-columns';
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
import { loadWorkbook, sheetGrid } from '../../src/xlsx/read-workbook';
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
const minutesAgo = (n: number): Date => new Date(NOW.getTime() - n * 60_000);

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

/**
 * Rows appended to `Nộp bài` (made with its header the first time): an event, and for a
 * submission the unit's row of `Bảng điểm` as it stands, under the same titles.
 */
function log(workbook: ExcelJS.Workbook, events: { at: Date; unit: string; action: string; reason?: string }[]): void {
  const scores = sheetGrid(sheetOf(workbook, SHEET.scores));
  // What the unit typed: right of its code and name, its explanation and the product's columns aside.
  const titles = scores[0].map(String).filter((t, c) => c > 1 && t !== EXPLANATION_HEADER && t !== STATUS_HEADER && !isLiveHeader(t));
  const sheet = workbook.getWorksheet(SHEET.submissions) ?? workbook.addWorksheet(SHEET.submissions);
  if (sheet.rowCount === 0) sheet.addRow([...SUBMISSIONS_HEADER, ...titles]);
  for (const e of events) {
    const row = scores.find((r) => r[0] === e.unit) as CellValue[];
    const values = e.action === 'nộp' ? titles.map((t) => row[scores[0].indexOf(t)]) : [];
    sheet.addRow([e.at, e.unit, e.action, email(e.unit), e.reason ?? '', ...values] as ExcelJS.CellValue[]);
  }
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

  it('reports every status and who has not submitted, with the time left', async () => {
    await edit(file, (workbook) => {
      const scores = sheetOf(workbook, SHEET.scores);
      for (const u of units) type(scores, u.code, { ...year.typedRow(u.code), ...evidence(u.code) });
      log(
        workbook,
        units.filter((u) => u.code !== LATE).map((u, i) => ({ at: minutesAgo(90 - i), unit: u.code, action: 'nộp' })),
      );
    });
    const { code, result } = await json(file);
    expect(code).toBe(0);
    expect(result.review.units.map((u) => [u.code, u.statusText])).toEqual(units.map((u) => [u.code, u.code === LATE ? 'đang nhập' : 'đã nộp']));
    expect(result.review.units.find((u) => u.code === CHANGER)?.submittedBy).toBe(email(CHANGER));
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
        message: `${title} đổi từ ${String(was).replace('.', ',')} thành ${String(was - 1).replace('.', ',')} sau khi nộp (${shortName(CHANGER)} nộp lúc 05/01/2022 07:00). Nếu cần sửa, thư ký mở lại dòng rồi đơn vị nộp lại; nếu không, hãy gõ lại giá trị đã nộp.`,
      },
    ]);
  });

  it('takes the reopening with its reason and the second submission', async () => {
    await edit(file, (workbook) =>
      log(workbook, [
        { at: minutesAgo(20), unit: CHANGER, action: 'mở lại', reason: 'Đơn vị xin sửa điểm chuẩn tiêu chí 1' },
        { at: minutesAgo(10), unit: CHANGER, action: 'nộp' },
      ]),
    );
    const { result } = await json(file);
    expect(result.issues.filter((i) => i.code === 'CHANGED_AFTER_SUBMISSION')).toEqual([]);
    expect(result.review.units.find((u) => u.code === CHANGER)).toMatchObject({
      status: 'submitted',
      reopenReasons: ['Đơn vị xin sửa điểm chuẩn tiêu chí 1'],
      submittedAt: minutesAgo(10).toISOString(),
    });
  });

  it('names the unit that missed the deadline once it has passed', async () => {
    await edit(file, (workbook) => setting(workbook, 'deadline', '04/01/2022'));
    const { result } = await json(file);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'DEADLINE_PASSED',
        message: expect.stringContaining(`(đã quá hạn 8 giờ 30 phút); 1/${units.length} đơn vị chưa nộp: ${shortName(LATE)}.`),
      }),
    );
  });

  it('requires a reason for every correction in Cụm chấm, and the report counts the corrections', async () => {
    await edit(file, (workbook) => workbook.addWorksheet(SHEET.agreed));
    const run = await runCli(['cap-nhat', file], dir);
    expect(run.code, run.err.join('\n')).toBe(0);
    file = 'cum-cap-nhat-2.xlsx';
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
      `Qua thẩm định, Cụm đã điều chỉnh 2 điểm của 02/${units.length} đơn vị, mỗi điểm điều chỉnh đều ghi lý do; ${count} đơn vị có điểm thưởng đã nộp đủ minh chứng cho mọi điểm thưởng.`,
    );
  });
});
