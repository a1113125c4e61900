/**
 * An .xlsx whose live columns an earlier version laid: the command says so once, at
 * the cell whose formula holds words only that version wrote, and sends the user to
 * `tinh-diem cap-nhat`, which lays them anew. The files are the example workbook
 * as `npm run example` wrote it at commits c04a888 (the first native columns, no rank
 * bands), 7635a12 (bands read, text judged in the formula) and 5bf0ed5 (a cap typed as
 * text not read, the check silent on caps, reasons and criteria at 0), kept unchanged in
 * test/robustness/files. Today's example, and a person's own formula, are never called old.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { JsonResult } from '../../src/cli/json-output';
import { SHEET } from '../../src/core/model/template';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { editWorkbook, runCli, tempDir } from './run-cli';

const FILES = fileURLToPath(new URL('../robustness/files/', import.meta.url));

async function olderIssues(dir: string, file: string): Promise<JsonResult['issues']> {
  const run = await runCli([file, '--json'], dir);
  return (JSON.parse(run.out.join('\n')) as JsonResult).issues.filter((i) => i.code === 'OLDER_LIVE_FORMULAS');
}

describe('live columns laid by an earlier version', () => {
  it.each(['c04a888', '7635a12'])('in the example made at %s: one warning at the check formula, gone once cap-nhat has laid them anew', async (commit) => {
    const dir = await tempDir();
    await copyFile(join(FILES, `example-${commit}.xlsx`), join(dir, 'cum.xlsx'));
    const issues = await olderIssues(dir, 'cum.xlsx');
    expect(issues).toHaveLength(1);
    // AB2: the check column (Kiểm tra), first unit row, in those versions' layout.
    expect(issues[0]).toMatchObject({ severity: 'warning', sheet: SHEET.scores, cell: 'AB2' });
    expect(issues[0].message).toContain('của trang "Bảng điểm" do một phiên bản cũ của chương trình lập');
    expect(issues[0].message).toContain('Hãy chạy lệnh "tinh-diem cap-nhat <tệp.xlsx>" để lập lại các cột tính');
    const plain = await runCli(['cum.xlsx', '--out', 'kq'], dir);
    expect(plain.out.filter((l) => l.includes('phiên bản cũ của chương trình lập'))).toHaveLength(1);
    expect((await runCli(['cap-nhat', 'cum.xlsx'], dir)).code).toBe(0);
    expect(await olderIssues(dir, 'cum-cap-nhat.xlsx')).toEqual([]);
  });

  it('in the example made at 5bf0ed5: one warning at the total formula, whose words that version alone wrote, gone once cap-nhat has laid them anew', async () => {
    const dir = await tempDir();
    await copyFile(join(FILES, 'example-5bf0ed5.xlsx'), join(dir, 'cum.xlsx'));
    const issues = await olderIssues(dir, 'cum.xlsx');
    // AJ2: the total column (Tổng điểm), first unit row: 2 unit columns, 20 scores, Điểm trừ, Lý do trừ, 10 Minh chứng, Giải trình.
    expect(issues.map((i) => [i.severity, i.sheet, i.cell])).toEqual([['warning', SHEET.scores, 'AJ2']]);
    expect((await runCli(['cap-nhat', 'cum.xlsx'], dir)).code).toBe(0);
    expect(await olderIssues(dir, 'cum-cap-nhat.xlsx')).toEqual([]);
  });

  it('is never said of today’s example, nor of a person’s own formula in the first unit row', async () => {
    const dir = await tempDir();
    await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
    expect(await olderIssues(dir, 'cum.xlsx')).toEqual([]);
    await editWorkbook(dir, 'cum.xlsx', (workbook) => {
      const sheet = workbook.getWorksheet(SHEET.scores);
      if (!sheet) throw new Error('no Bảng điểm');
      // Right of the live columns: a note of the secretary's, computed.
      sheet.getCell(2, sheet.columnCount + 2).value = { formula: 'IF(C2>10,"Chuẩn 1: ngoài 0–10","")', result: '' };
    });
    expect(await olderIssues(dir, 'cum.xlsx')).toEqual([]);
  });
});
