/**
 * A score cell whose format makes it show something else than the number it holds,
 * as Excel makes them: "9.5" typed in a comma locale becomes the date 09/05, 28%
 * typed is stored as 0.28. The command names what the cell shows, never a serial
 * number or a bare 0.28 the clerk cannot find on the screen.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { SHEET } from '../../src/core/model/template';
import { editWorkbook, runCli, tempDir, type Run } from './run-cli';

/** A value and its own number format, in a style object of its own (ExcelJS shares one between cells otherwise). */
function put(sheet: ExcelJS.Worksheet, address: string, value: ExcelJS.CellValue, numFmt: string): void {
  const cell = sheet.getCell(address);
  cell.value = value;
  cell.style = { ...cell.style, numFmt };
}

describe('score cells shown as a date or a percent', () => {
  let run: Run;
  beforeAll(async () => {
    const dir = await tempDir();
    await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
    await editWorkbook(dir, 'cum.xlsx', (workbook) => {
      const scores = workbook.getWorksheet(SHEET.scores) as ExcelJS.Worksheet;
      // Long An's Chuẩn 1: 28% (0.28, off the example's step 0.25); Tiền Giang's Chuẩn 2: 25% (0.25, on the step);
      // Bến Tre's Chuẩn 3: "9.5" typed where the decimal mark is a comma, which Excel made the date 09/05/2027.
      put(scores, 'C2', 0.28, '0%');
      put(scores, 'E3', 0.25, '0%');
      put(scores, 'G4', new Date(Date.UTC(2027, 4, 9)), 'dd/mm/yyyy');
    });
    run = await runCli(['cum.xlsx', '--out', 'kq'], dir);
  });

  const line = (cell: string): string => run.out.find((l) => l.includes(`${SHEET.scores}!${cell}:`))?.trim() ?? '';

  it('says a date cell holds the date as shown, and why a typed 9.5 becomes one', () => {
    expect(line('G4')).toBe(
      'Lỗi Bảng điểm!G4: Ô điểm chuẩn tiêu chí 3 của Bến Tre chứa ngày tháng (09/05/2027), không phải số điểm; có thể do gõ "9.5" trong bảng tính dùng dấu phẩy thập phân. Hãy định dạng ô là số rồi gõ lại, ví dụ 9,5.',
    );
  });

  it('names what a percent cell shows beside the number it holds: in the error about it, and as a warning when the number itself is fine', () => {
    // The example's decimal mark is the point: 0.28 is 280 thousandths, not a multiple of 250.
    expect(line('C2')).toBe(
      'Lỗi Bảng điểm!C2: Điểm chuẩn tiêu chí 1 của Long An là 0.28, không theo bước điểm 0.25. Hãy làm tròn theo bước 0.25. (Ô định dạng phần trăm nên hiển thị 28%: hãy định dạng ô là số rồi gõ lại.)',
    );
    expect(line('E3')).toBe(
      'Cảnh báo Bảng điểm!E3: Ô Bảng điểm!E3 định dạng phần trăm nên hiển thị 25%, nhưng được tính là 0.25 điểm. Hãy định dạng ô là số rồi gõ lại điểm.',
    );
    expect(run.code).toBe(1);
  });
});
