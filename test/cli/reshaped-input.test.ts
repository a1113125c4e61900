/**
 * Inputs a clerk's year brings that are not the template as laid: a `Bảng điểm` the
 * units reshaped (cells merged, a column deleted, a row inserted), the summary the
 * command wrote run on again by mistake, a CSV renamed .xlsx. Each is said at its place,
 * through the command on real .xlsx files (the example cluster, edited with exceljs as
 * Excel would save it).
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonResult } from '../../src/cli/json-output';
import { HISTORY_HEADER, SHEET } from '../../src/core/model/template';
import { loadWorkbook, sheetGrid } from '../../src/xlsx/read-workbook';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { editWorkbook, runCli, tempDir } from './run-cli';
import { sheetOf } from './workbook-edit';

const UPDATE = 'lệnh "tinh-diem cap-nhat <tệp.xlsx>"';
const RESHAPE_CODES = ['MERGED_CELLS', 'TEMPLATE_COLUMN_MISSING', 'BLANK_ROW'];

async function issuesOf(dir: string, file: string): Promise<{ code: number; issues: JsonResult['issues'] }> {
  const run = await runCli([file, '--json'], dir);
  return { code: run.code, issues: (JSON.parse(run.out.join('\n')) as JsonResult).issues };
}

describe('a Bảng điểm the units reshaped', { timeout: 60000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
    await editWorkbook(dir, 'cum.xlsx', (workbook) => {
      // Criterion 9 gives no bonus (no unit has one in the example), so its column may go.
      sheetOf(workbook, SHEET.criteria).getCell(10, 4).value = null;
      const scores = sheetOf(workbook, SHEET.scores);
      // The live columns' shared formulas do not survive exceljs moving cells: a clerk's Excel keeps them, the command does not read them.
      const isFormula = (value: ExcelJS.CellValue): boolean => typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
      scores.eachRow((row) => row.eachCell((cell) => void (isFormula(cell.value) ? (cell.value = null) : undefined)));
      expect(scores.getCell(1, 20).value).toBe('Thưởng 9');
      scores.spliceColumns(20, 1);
      // An empty row inserted between Tiền Giang (row 3) and Bến Tre, which moves down to row 5.
      scores.insertRow(4, []);
      expect([scores.getCell(5, 1).value, scores.getCell(6, 1).value, scores.getCell(10, 1).value]).toEqual(['BT', 'TV', 'KG']);
      // Bến Tre and Trà Vinh both have 10 for Chuẩn 5 (K): merged, 10 shows on both rows; Kiên Giang merges Chuẩn 1 (18) with Thưởng 1 (4).
      expect([scores.getCell('K5').value, scores.getCell('K6').value, scores.getCell('C10').value, scores.getCell('D10').value]).toEqual([10, 10, 18, 4]);
      scores.mergeCells('K5:K6');
      scores.mergeCells('C10:D10');
    });
  });

  it('says that a merged score cell reads blank, naming the range, and names the deleted column and the inserted row', async () => {
    const { code, issues } = await issuesOf(dir, 'cum.xlsx');
    expect(code).toBe(1);
    expect(issues.filter((i) => i.sheet === SHEET.scores && (i.cell === 'K6' || RESHAPE_CODES.includes(i.code)))).toEqual([
      {
        severity: 'note',
        code: 'TEMPLATE_COLUMN_MISSING',
        sheet: SHEET.scores,
        cell: 'S1',
        unit: null,
        message: `Trang "Bảng điểm" thiếu cột "Thưởng 9" của bảng mẫu (đứng sau cột S "Chuẩn 9"): điểm vẫn được tính khi thiếu cột này, nhưng trang không còn theo bảng mẫu. Hãy chạy ${UPDATE} để xếp lại cột theo trang "Tiêu chí".`,
      },
      {
        severity: 'note',
        code: 'BLANK_ROW',
        sheet: SHEET.scores,
        cell: 'A4',
        unit: null,
        message: `Dòng 4 của trang "Bảng điểm" để trống giữa các dòng đơn vị: điểm vẫn được đọc theo mã đơn vị, nhưng trang không còn theo bảng mẫu (mỗi đơn vị một dòng, liền nhau). Hãy chạy ${UPDATE} để xếp lại các dòng theo trang "Đơn vị".`,
      },
      {
        severity: 'error',
        code: 'BLANK_BASE',
        sheet: SHEET.scores,
        cell: 'K6',
        unit: 'TV',
        message:
          'Ô K6 nằm trong vùng gộp K5:K6; chỉ ô đầu K5 giữ giá trị (giá trị ấy hiện trên cả vùng), ô K6 được đọc là trống. Hãy bỏ gộp ô rồi gõ vào từng ô. Trà Vinh chưa chấm điểm chuẩn tiêu chí 5. Hãy gõ điểm từ 0 đến 10.',
      },
      {
        severity: 'warning',
        code: 'MERGED_CELLS',
        sheet: SHEET.scores,
        cell: 'D10',
        unit: 'KG',
        message:
          'Ô D10 (cột "Thưởng 1") nằm trong vùng gộp C10:D10; chỉ ô đầu C10 giữ giá trị (giá trị ấy hiện trên cả vùng), ô D10 được đọc là trống. Hãy bỏ gộp ô rồi gõ vào từng ô.',
      },
    ]);
  });

  it('ranks once the cells are unmerged and typed, and cap-nhat lays the sheet out again: nothing left to say', async () => {
    await editWorkbook(dir, 'cum.xlsx', (workbook) => {
      const scores = sheetOf(workbook, SHEET.scores);
      scores.unMergeCells('K5:K6');
      scores.unMergeCells('C10:D10');
      scores.getCell('K6').value = 10;
      scores.getCell('D10').value = 4;
    });
    const typed = await issuesOf(dir, 'cum.xlsx');
    expect(typed.code).toBe(0);
    // Read right all along: only the reshaping is left to say.
    expect(typed.issues.filter((i) => RESHAPE_CODES.includes(i.code)).map((i) => `${i.code} ${i.cell}`)).toEqual([
      'TEMPLATE_COLUMN_MISSING S1',
      'BLANK_ROW A4',
    ]);
    const update = await runCli(['cap-nhat', 'cum.xlsx'], dir);
    expect(update.code, update.err.join('\n')).toBe(0);
    const laid = await loadWorkbook(await readFile(join(dir, 'cum-cap-nhat.xlsx')), 'cum-cap-nhat.xlsx');
    const grid = sheetGrid(sheetOf(laid, SHEET.scores));
    expect(grid[0].slice(18, 22)).toEqual(['Chuẩn 9', 'Thưởng 9', 'Chuẩn 10', 'Thưởng 10']);
    expect(grid.slice(1, 4).map((r) => r[0])).toEqual(['LA', 'TG', 'BT']);
    const after = await issuesOf(dir, 'cum-cap-nhat.xlsx');
    expect(after.code).toBe(0);
    expect(after.issues.filter((i) => RESHAPE_CODES.includes(i.code))).toEqual([]);
  });
});

describe('a file that is not the cluster’s', { timeout: 60000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
  });

  it('warns when run on the summary it wrote, naming the run and the file to use, and not on the cluster’s file', async () => {
    const first = await runCli(['cum.xlsx'], dir);
    expect(first.code).toBe(0);
    expect(first.out.filter((l) => l.startsWith('Lưu ý: tệp'))).toEqual([]);
    const again = await runCli(['cum-tong-hop.xlsx'], dir);
    expect(again.code).toBe(0);
    // The run's time as Lịch sử holds it: the test clock's 05/01/2022 08:30.
    expect(again.out.at(-1)).toBe(
      'Lưu ý: tệp "cum-tong-hop.xlsx" là bảng tổng hợp do tinh-diem ghi (trang "Lịch sử" có lần chạy lúc 05/01/2022 08:30 trên đúng dữ liệu của tệp, kết quả ở trang "Tổng hợp"), nên lần chạy này chỉ chép lại kết quả đó sang "cum-tong-hop-tong-hop.xlsx". Hãy chạy trên tệp của Cụm (tệp các đơn vị nhập điểm), không chạy trên tệp tổng hợp.',
    );
  });

  it('says nothing of the kind on a Google Sheets download of the same data, whose Lịch sử names a link or no report', async () => {
    for (const report of ['https://docs.google.com/document/d/abc/edit', '']) {
      await editWorkbook(dir, 'cum-tong-hop.xlsx', (workbook: ExcelJS.Workbook) => {
        const history = sheetOf(workbook, SHEET.history);
        history.getCell(history.rowCount, HISTORY_HEADER.indexOf('Báo cáo') + 1).value = report;
      });
      const run = await runCli(['cum-tong-hop.xlsx', '--force'], dir);
      expect(run.code).toBe(0);
      expect(run.out.filter((l) => l.startsWith('Lưu ý: tệp'))).toEqual([]);
    }
  });

  it('says nothing of the kind once the summary’s data is edited (a former summary the clerk goes on typing into)', async () => {
    await editWorkbook(dir, 'cum-tong-hop.xlsx', (workbook: ExcelJS.Workbook) => {
      sheetOf(workbook, SHEET.scores).getCell('C2').value = 19;
    });
    const run = await runCli(['cum-tong-hop.xlsx', '--force'], dir);
    expect(run.code).toBe(0);
    expect(run.out.filter((l) => l.startsWith('Lưu ý: tệp'))).toEqual([]);
  });

  it('tells a CSV renamed .xlsx, saved in a one-byte code page as Excel and LibreOffice save it, to be saved as .xlsx', async () => {
    // "Mục,Giá trị" in Windows-1258 (ụ = u + combining dot below 0xF2, á = 0xE1): not UTF-8.
    const csv = Buffer.from([
      ...Buffer.from('M', 'latin1'),
      0x75,
      0xf2,
      0x63,
      0x2c,
      0x47,
      0x69,
      0xe1,
      0x20,
      0x74,
      0x72,
      0x3f,
      0x0d,
      0x0a,
      ...Buffer.from('Nam,2021\r\n', 'latin1'),
    ]);
    await writeFile(join(dir, 'csv.xlsx'), csv);
    const run = await runCli(['csv.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.err.at(-1)).toBe(
      'Tệp "csv.xlsx" là văn bản CSV (.csv), không phải tệp Excel .xlsx mà chương trình đọc. Hãy mở tệp bằng Excel, LibreOffice Calc hoặc Google Sheets, chọn Lưu thành (Save As) với kiểu "Sổ làm việc Excel (.xlsx)", rồi chạy lại lệnh với tệp .xlsx vừa lưu.',
    );
  });
});
