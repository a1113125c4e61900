/**
 * A run that writes no biên bản kiểm phiếu and no tờ trình (the ballots removed,
 * or their count waiting on an error) leaves those of an earlier run untouched
 * and ends by naming them, on the terminal and in --json, so that nobody signs
 * minutes that no longer match the result.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonResult } from '../../src/cli/json-output';
import { SHEET } from '../../src/core/model/template';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { sheetGrid } from '../../src/xlsx/read-workbook';
import { schemaErrors } from '../helpers/json-schema';
import { type Run, runCli, tempDir } from './run-cli';

const MINUTES = 'kq/cum-bien-ban-kiem-phieu.docx';
const LETTER = 'kq/cum-to-trinh.docx';

/** The example cluster, changed by `edit` and saved as cum.xlsx in `dir`. */
async function writeInput(dir: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE_PATH);
  edit(workbook);
  await workbook.xlsx.writeFile(join(dir, 'cum.xlsx'));
}

const readVoteDocs = (dir: string): Promise<Buffer[]> => Promise.all([MINUTES, LETTER].map((f) => readFile(join(dir, f))));

/** A folder where a first run on the example (with ballots) wrote all four files; returns the bytes of the minutes and the letter. */
async function afterCountedRun(dir: string): Promise<Buffer[]> {
  await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
  const first = await runCli(['cum.xlsx', '--out', 'kq'], dir);
  expect(first.code).toBe(0);
  expect(first.out).toContain(`        ${MINUTES}`);
  expect(first.out.join('\n')).not.toContain('Lưu ý');
  return readVoteDocs(dir);
}

interface Rerun {
  dir: string;
  /** The minutes and the letter as the first run wrote them. */
  before: Buffer[];
  run: Run;
}

/** A counted run, then the input changed by `edit` and the command run again with --force. */
async function rerunAfter(edit: (workbook: ExcelJS.Workbook) => void): Promise<Rerun> {
  const dir = await tempDir();
  const before = await afterCountedRun(dir);
  await writeInput(dir, edit);
  return { dir, before, run: await runCli(['cum.xlsx', '--out', 'kq', '--force'], dir) };
}

function expectWarningLast(run: Run): void {
  expect(run.out.slice(-5)).toEqual([
    '',
    'Lưu ý: lần chạy này không có kết quả kiểm phiếu nên không lập các văn bản sau. Các tệp này là của một lần chạy trước và không khớp với kết quả này:',
    `        ${MINUTES}`,
    `        ${LETTER}`,
    'Đừng ký hay gửi các tệp đó; hãy xoá chúng hoặc chuyển sang thư mục khác.',
  ]);
}

describe('minutes and letter left by an earlier run', () => {
  describe('when the ballots are removed', () => {
    let dir: string;
    let before: Buffer[];
    let run: Run;
    beforeAll(async () => {
      ({ dir, before, run } = await rerunAfter((wb) => wb.removeWorksheet(wb.getWorksheet(SHEET.ballots)!.id)));
    });

    it('exits 0 as a normal run, writing the summary and the report only', () => {
      expect(run.code).toBe(0);
      const written = run.out.indexOf('Đã ghi: kq/cum-tong-hop.xlsx');
      expect(run.out.slice(written, written + 3)).toEqual(['Đã ghi: kq/cum-tong-hop.xlsx', '        kq/cum-bao-cao.docx', '']);
    });

    it('ends with a warning naming both files', () => expectWarningLast(run));

    it('leaves the old files as they were', async () => {
      expect(await readVoteDocs(dir)).toEqual(before);
    });

    it('names them in --json as staleFiles', async () => {
      const json = await runCli(['cum.xlsx', '--out', 'kq', '--force', '--json'], dir);
      expect(json.code).toBe(0);
      const result = JSON.parse(json.out[0]) as JsonResult;
      expect(schemaErrors(result)).toBe('');
      expect(result.vote).toBeNull();
      expect(result.staleFiles).toEqual([MINUTES, LETTER]);
    });
  });

  describe('when the count waits on an error in Phiếu bầu', () => {
    let dir: string;
    let before: Buffer[];
    let run: Run;
    beforeAll(async () => {
      // A column for a unit that is no candidate: an error on Phiếu bầu, so the count waits.
      ({ dir, before, run } = await rerunAfter((wb) => {
        wb.getWorksheet(SHEET.ballots)!.getCell('B1').value = 'Cờ thi đua: Không có đơn vị này';
      }));
    });

    it('exits 1 with the count shown as not settled, writing the summary only', async () => {
      expect(run.code).toBe(1);
      const json = await runCli(['cum.xlsx', '--json'], dir);
      const result = JSON.parse(json.out[0]) as JsonResult;
      expect(result.vote?.counted).toBe(false);
      expect(result.staleFiles).toEqual([]);
    });

    it('names the earlier report, minutes and letter as stale, says why none was made, and leaves them as they were', async () => {
      expect(run.out.slice(-8)).toEqual([
        '',
        'Lưu ý: lần chạy này không có kết quả kiểm phiếu nên không lập các văn bản sau. Các tệp này là của một lần chạy trước và không khớp với kết quả này:',
        '        kq/cum-bao-cao.docx',
        `        ${MINUTES}`,
        `        ${LETTER}`,
        'Đừng ký hay gửi các tệp đó; hãy xoá chúng hoặc chuyển sang thư mục khác.',
        '',
        'Trang "Phiếu bầu" hoặc các mục bỏ phiếu của trang "Cấu hình" còn lỗi nên chưa kiểm phiếu được: chưa tạo báo cáo, biên bản kiểm phiếu và tờ trình.',
      ]);
      expect(await readVoteDocs(dir)).toEqual(before);
    });
  });

  describe('when a ballot mark cannot be read', () => {
    let dir: string;
    let run: Run;
    beforeAll(async () => {
      // Ballot 12 (row 13) answers Long An's question with "x": counted as nothing, Long An would have 9 of 12 agreeing,
      // 75 % against the 80 % needed, and the seat would look undecided; but nothing is counted until the cell is fixed.
      ({ dir, run } = await rerunAfter((wb) => {
        wb.getWorksheet(SHEET.ballots)!.getCell('B13').value = 'x';
      }));
    });

    it('names the cell and asks nobody to vote again or to decide on a result not counted', () => {
      expect(run.code).toBe(1);
      expect(run.out.filter((l) => /^\s*(Lỗi|Cảnh báo) /.test(l)).map((l) => l.trim().replace(/:.*/, ''))).toEqual(['Lỗi Phiếu bầu!B13']);
      expect(run.out.join('\n')).not.toMatch(/chưa quyết định được/);
    });

    it('credits no report to this run in Lịch sử and Tổng hợp, the earlier run keeping its own', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(dir, 'kq/cum-tong-hop.xlsx'));
      const history = sheetGrid(workbook.getWorksheet(SHEET.history)!);
      const reportCol = history[0].indexOf('Báo cáo');
      expect(reportCol).toBeGreaterThan(0);
      expect(history.slice(1).map((r) => r[reportCol])).toEqual(['cum-bao-cao.docx', '']);
      const summary = sheetGrid(workbook.getWorksheet(SHEET.summary)!);
      expect(summary.filter((r) => r[0] === 'Báo cáo')).toEqual([]);
    });
  });

  it('says nothing when the run writes the minutes and the letter again', async () => {
    const dir = await tempDir();
    await afterCountedRun(dir);
    const again = await runCli(['cum.xlsx', '--out', 'kq', '--force', '--json'], dir);
    expect((JSON.parse(again.out[0]) as JsonResult).staleFiles).toEqual([]);
  });
});
