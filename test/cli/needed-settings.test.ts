/**
 * Settings a new year clears ("Cần điền cho năm …") and a document needs: left blank,
 * the run says so at each cell, and the documents keep room to write them by hand —
 * never the day of the run, which may even fall in another competition year.
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
  beforeAll(async () => {
    dir = await tempDir();
    await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
    await editWorkbook(dir, 'cum.xlsx', (workbook) => {
      const settings = workbook.getWorksheet(SHEET.settings) as ExcelJS.Worksheet;
      for (const key of CLEARED) settings.getCell(cellOf(key)).value = null;
    });
    run = await runCli(['cum.xlsx', '--out', 'kq'], dir);
  });

  it('warns at each blank one’s cell and still writes the documents', () => {
    expect(run.code).toBe(0);
    const warned = run.out.filter((l) => l.includes('còn trống:')).map((l) => l.trim().replace(/:.*/, ''));
    expect(warned.sort()).toEqual(CLEARED.map((k) => `Cảnh báo ${SHEET.settings}!${cellOf(k)}`).sort());
    expect(run.out.find((l) => l.includes(`${SHEET.settings}!${cellOf('reportDate')}:`))?.trim()).toBe(
      `Cảnh báo ${SHEET.settings}!${cellOf('reportDate')}: Mục "Ngày báo cáo" còn trống: báo cáo để trống chỗ này (số, ngày chừa "……" để ghi tay; đoạn văn bỏ qua), không tự điền. Hãy điền mục này trước khi in và ký.`,
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
