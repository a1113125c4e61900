/**
 * Renaming a unit or a criterion with `Mã cũ` after units submitted: `cap-nhat` moves
 * the scores to the new codes, and the submission log, never rewritten, is read under
 * them too — the renamed unit stays submitted, and a renamed criterion's submitted
 * values are compared with its new columns, not reported as changed from blank.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import type { JsonResult } from '../../src/cli/json-output';
import { OLD_CODE_HEADER, SHEET, STATUS_HEADER } from '../../src/core/model/template';
import { loadWorkbook, sheetGrid } from '../../src/xlsx/read-workbook';
import { editWorkbook, runCli, tempDir } from './run-cli';
import { setByHeader } from './workbook-edit';

describe('a unit and a criterion renamed after units submitted', () => {
  let dir: string;
  let result: JsonResult;
  beforeAll(async () => {
    dir = await tempDir();
    await copyFile(EXAMPLE_PATH, join(dir, 'cum.xlsx'));
    // Long An and Tiền Giang submit; the log keeps "LA" and the columns "Chuẩn 5", "Thưởng 5".
    expect((await runCli(['nop', 'cum.xlsx', '--don-vi', 'LA,TG', '--nguoi', 'Thư ký'], dir)).code).toBe(0);
    await editWorkbook(dir, 'cum-cap-nhat.xlsx', (workbook) => {
      const units = workbook.getWorksheet(SHEET.units) as ExcelJS.Worksheet;
      const la = sheetGrid(units).findIndex((row) => row[0] === 'LA') + 1;
      units.getCell(la, 1).value = 'LAN';
      setByHeader(units, la, OLD_CODE_HEADER, 'LA');
      const criteria = workbook.getWorksheet(SHEET.criteria) as ExcelJS.Worksheet;
      const c5 = sheetGrid(criteria).findIndex((row) => String(row[0]) === '5') + 1;
      criteria.getCell(c5, 1).value = '5.1';
      setByHeader(criteria, c5, OLD_CODE_HEADER, '5');
    });
    const update = await runCli(['cap-nhat', 'cum-cap-nhat.xlsx'], dir);
    expect(update.code, update.out.join('\n')).toBe(0);
    expect(update.out.join('\n')).toContain('đơn vị LA → LAN');
    const run = await runCli(['cum-cap-nhat-2.xlsx', '--json'], dir);
    result = JSON.parse(run.out.join('\n')) as JsonResult;
  });

  it('keeps the renamed unit submitted, in the review and in Trạng thái nộp', async () => {
    const status = new Map(result.review.units.map((u) => [u.code, u.statusText]));
    expect([status.get('LAN'), status.get('TG'), status.get('BT')]).toEqual(['đã nộp', 'đã nộp', 'đang nhập']);
    const path = join(dir, 'cum-cap-nhat-2.xlsx');
    const scores = sheetGrid((await loadWorkbook(await readFile(path), path)).getWorksheet(SHEET.scores) as ExcelJS.Worksheet);
    const lan = scores.find((row) => row[0] === 'LAN') ?? [];
    expect(String(lan[scores[0].indexOf(STATUS_HEADER)])).toMatch(/^đã nộp/);
  });

  it('reads the log under the new codes: no row of an unknown unit, no value changed after submission', () => {
    expect(result.issues.filter((i) => i.code === 'BAD_SUBMISSION' || i.code === 'CHANGED_AFTER_SUBMISSION')).toEqual([]);
  });
});
