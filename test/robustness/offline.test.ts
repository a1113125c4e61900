/**
 * The corpus through the offline command: `tinh-diem --json` on the case written
 * as an .xlsx reports exactly the core's issues, with the exit status they call
 * for, in the shape docs/tinh-diem-json.schema.json describes. A workbook missing a template sheet is not a cluster workbook for the
 * command: it refuses with one line naming the sheet (exit 2) instead.
 */
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/evaluate';
import { COMMAND_GUIDE } from '../../src/core/model/guide';
import { INPUT_ROLES, OPTIONAL_ROLES, SHEET } from '../../src/core/model/template';
import type { JsonResult } from '../../src/cli/json-output';
import { schemaErrors } from '../helpers/json-schema';
import { CORPUS } from './corpus';
import { runOffline } from './offline-path';
import { inputGrids, issueKeys, mergedRanges } from './workbook';

const REQUIRED_SHEETS: string[] = INPUT_ROLES.filter((r) => !OPTIONAL_ROLES.includes(r)).map((r) => SHEET[r]);

describe('bad workbooks through the offline command (--json)', () => {
  const folders: string[] = [];
  afterEach(async () => {
    await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const run = await runOffline(c);
    folders.push(run.dir);
    const missing = c.issues.filter((i) => i.code === 'MISSING_SHEET' && REQUIRED_SHEETS.includes(i.sheet));
    if (missing.length > 0) {
      expect(run.code).toBe(2);
      expect(run.out).toEqual([]);
      expect(run.err).toHaveLength(1);
      for (const i of missing) expect(run.err[0]).toContain(`"${i.sheet}"`);
      return;
    }
    expect(run.err).toEqual([]);
    expect(run.code).toBe(c.blocked ? 1 : 0);
    const result = JSON.parse(run.out.join('\n')) as JsonResult;
    expect(schemaErrors(result)).toBe('');
    expect(issueKeys(result.issues as never)).toEqual(issueKeys(c.issues));
    // The command names its own way out (`tinh-diem cap-nhat`), not a menu, and writes a decimal comma when Cấu hình leaves the separator blank.
    const core = evaluate(inputGrids(c), { defaultDecimalSeparator: ',', guide: COMMAND_GUIDE, merged: mergedRanges(c) });
    expect(result.issues).toEqual(core.issues.map((i) => ({ ...i, unit: i.unit ?? null })));
    expect(result.units.map((u) => u.code)).toEqual(core.ranking.map((r) => r.unit.code));
  });
});
