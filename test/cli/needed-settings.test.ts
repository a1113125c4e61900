/**
 * Settings a new year clears ("Cần điền cho năm …") and a document needs: left blank,
 * every run says so at each cell — the one that writes the documents, the check that
 * writes none (`--json`) and the dossier (`ho-so`) alike — and the documents keep room
 * to write them by hand, never the day of the run, which may even fall in another
 * competition year.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { SETTINGS, SHEET } from '../../src/core/model/template';
import { docxParts, docxPlainText } from '../report/docx-xml';
import { editWorkbook, runCli, tempDir, type Run } from './run-cli';

const CLEARED = ['reportNumber', 'reportDate', 'voteDate', 'votePlace', 'minutesNumber'];
/** A setting's value cell in `Cấu hình`: column B of its row (row 1 is the header). */
const cellOf = (key: string): string => `B${SETTINGS.findIndex((d) => d.key === key) + 2}`;

describe('blank settings a document needs', () => {
  let dir: string;
  let run: Run;
  let check: Run;
  let dossier: Run;
  beforeAll(async () => {
    dir = await tempDir();
    await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
    await editWorkbook(dir, 'cum.xlsx', (workbook) => {
      const settings = workbook.getWorksheet(SHEET.settings) as ExcelJS.Worksheet;
      for (const key of CLEARED) settings.getCell(cellOf(key)).value = null;
    });
    run = await runCli(['cum.xlsx', '--out', 'kq'], dir);
    check = await runCli(['cum.xlsx', '--json'], dir);
    // Without LibreOffice: the .docx files alone, which is all this test needs.
    const saved = process.env.TINH_DIEM_SOFFICE;
    process.env.TINH_DIEM_SOFFICE = '';
    try {
      dossier = await runCli(['ho-so', 'cum.xlsx', '--out', 'hs'], dir);
    } finally {
      if (saved === undefined) delete process.env.TINH_DIEM_SOFFICE;
      else process.env.TINH_DIEM_SOFFICE = saved;
    }
  });

  /** The message at a blank setting of the report (`báo cáo`) or the minutes (`biên bản kiểm phiếu`), worked out from its label. */
  const said = (label: string, paper: string): string =>
    `Mục "${label}" còn trống: ${paper} để trống chỗ này (số, ngày chừa "……" để ghi tay; đoạn văn bỏ qua), không tự điền. Hãy điền mục này trước khi in và ký.`;

  it('warns at each blank one’s cell and still writes the documents', () => {
    expect(run.code).toBe(0);
    const warned = run.out.filter((l) => l.includes('còn trống:')).map((l) => l.trim().replace(/:.*/, ''));
    expect(warned.sort()).toEqual(CLEARED.map((k) => `Cảnh báo ${SHEET.settings}!${cellOf(k)}`).sort());
    expect(run.out.find((l) => l.includes(`${SHEET.settings}!${cellOf('reportDate')}:`))?.trim()).toBe(
      `Cảnh báo ${SHEET.settings}!${cellOf('reportDate')}: Mục "Ngày báo cáo" còn trống: báo cáo để trống chỗ này (số, ngày chừa "……" để ghi tay; đoạn văn bỏ qua), không tự điền. Hãy điền mục này trước khi in và ký.`,
    );
  });

  it('warns the same in the check that writes no file (--json), the minutes’ settings too once the example’s ballots are counted', () => {
    expect(check.code).toBe(0);
    const issues = (JSON.parse(check.out.join('\n')) as { issues: { severity: string; code: string; sheet: string; cell: string; message: string }[] }).issues;
    // The report's first, then the minutes' (its number first, as the minutes print them).
    expect(issues.filter((i) => i.code === 'NEEDED_SETTING').map((i) => [i.severity, i.sheet, i.cell, i.message])).toEqual([
      ['warning', SHEET.settings, cellOf('reportNumber'), said('Số báo cáo', 'báo cáo')],
      ['warning', SHEET.settings, cellOf('reportDate'), said('Ngày báo cáo', 'báo cáo')],
      ['warning', SHEET.settings, cellOf('minutesNumber'), said('Số biên bản kiểm phiếu', 'biên bản kiểm phiếu')],
      ['warning', SHEET.settings, cellOf('voteDate'), said('Ngày bỏ phiếu', 'biên bản kiểm phiếu')],
      ['warning', SHEET.settings, cellOf('votePlace'), said('Địa điểm họp', 'biên bản kiểm phiếu')],
    ]);
  });

  it('warns the same in tinh-diem ho-so, which writes the dossier holding the report and the minutes', () => {
    expect(dossier.code).toBe(0);
    const warned = dossier.out.filter((l) => l.includes('còn trống:')).map((l) => l.trim());
    expect(warned.sort()).toEqual(
      [
        `Cảnh báo ${SHEET.settings}!${cellOf('reportNumber')}: ${said('Số báo cáo', 'báo cáo')}`,
        `Cảnh báo ${SHEET.settings}!${cellOf('reportDate')}: ${said('Ngày báo cáo', 'báo cáo')}`,
        `Cảnh báo ${SHEET.settings}!${cellOf('voteDate')}: ${said('Ngày bỏ phiếu', 'biên bản kiểm phiếu')}`,
        `Cảnh báo ${SHEET.settings}!${cellOf('votePlace')}: ${said('Địa điểm họp', 'biên bản kiểm phiếu')}`,
        `Cảnh báo ${SHEET.settings}!${cellOf('minutesNumber')}: ${said('Số biên bản kiểm phiếu', 'biên bản kiểm phiếu')}`,
      ].sort(),
    );
  });

  it('leaves the report’s number and date and the minutes’ day to write by hand', async () => {
    const report = docxPlainText((await docxParts(await readFile(join(dir, 'kq/cum-bao-cao.docx'))))['word/document.xml']);
    expect(report).toContain('Số:        /BC');
    expect(report).toContain('An Giang, ngày …… tháng …… năm ……');
    const minutes = docxPlainText((await docxParts(await readFile(join(dir, 'kq/cum-bien-ban-kiem-phieu.docx'))))['word/document.xml']);
    // The meeting's time is still set (14 giờ 00); its day is not, and no other day stands in for it.
    expect(minutes).toContain('Vào lúc 14 giờ 00 ngày …… tháng …… năm ……');
    expect(minutes).toContain('Số:        /BB');
    expect(minutes).not.toMatch(/ngày \d\d tháng \d+ năm 2022/);
  });
});
