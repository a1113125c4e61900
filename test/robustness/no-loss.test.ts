/**
 * No loss through the built add-in: an action that fails half way (the fake
 * throws on the Nth call of a method, as Google does on a quota, a timeout or a
 * protected sheet) leaves every output sheet either as it was or as the complete
 * new one, never a mix; no typed value changes; the lock is released and a rerun
 * gives the normal result. A run refused by the lock changes nothing at all.
 */
import { describe, expect, it } from 'vitest';
import { BUSY_MESSAGE } from '../../src/apps-script/lock';
import { OUTPUT_ROLES, SHEET } from '../../src/core/model/template';
import type { Grid } from '../../src/core/model/types';
import { FakeRange, FakeSheet, FakeSpreadsheet } from '../fakes/spreadsheet';
import { openInFake, sheetNames, typedValues, workbookSnapshot, type InFake } from './addin-path';
import { CORPUS } from './corpus';

const CLEAN = CORPUS.find((c) => c.name === 'a clean workbook');
if (!CLEAN) throw new Error('the corpus has no clean workbook');
const INPUT_NAMES = CLEAN.sheets.map(([name]) => name);
const OUTPUT_NAMES: string[] = OUTPUT_ROLES.map((r) => SHEET[r]);
const HISTORY_TIME_COL = 0;

/** A spreadsheet with outputs from earlier runs, then a score changed so that the next run writes something new. */
function prepared(): InFake {
  const env = openInFake(CLEAN as NonNullable<typeof CLEAN>);
  env.call('menuKiemTra');
  env.call('menuTinhDiem');
  env.ss.sheet(SHEET.scores).cell(2, 3).value = 9;
  env.google.ui.alerts.splice(0);
  return env;
}

/** The output sheets' values; the history's time column and the document ids left out (every run has its own). */
function outputs(env: InFake): Record<string, Grid> {
  const found: Record<string, Grid> = {};
  for (const name of OUTPUT_NAMES) {
    const sheet = env.ss.getSheetByName(name);
    if (!sheet) continue;
    const grid = (sheet as unknown as FakeSheet).grid();
    const stable = grid.map((row) => row.map((cell) => (typeof cell === 'string' ? cell.replace(/fake-doc-\d+/, 'fake-doc') : cell)));
    found[name] = name === SHEET.history ? stable.map((row) => row.filter((_, c) => c !== HISTORY_TIME_COL)) : stable;
  }
  return found;
}

type Target = { prototype: object };
const FAULTS: [what: string, target: Target, method: string][] = [
  ['Range.setValues', FakeRange, 'setValues'],
  ['Range.setNumberFormats', FakeRange, 'setNumberFormats'],
  ['Spreadsheet.insertSheet', FakeSpreadsheet, 'insertSheet'],
  ['Spreadsheet.deleteSheet', FakeSpreadsheet, 'deleteSheet'],
];

/** Runs `work` with the Nth call of the method throwing; says whether it threw. */
function withFault(target: Target, method: string, nth: number, work: () => void): boolean {
  const proto = target.prototype as Record<string, (...args: unknown[]) => unknown>;
  const real = proto[method];
  let calls = 0;
  let fired = false;
  proto[method] = function (this: unknown, ...args: unknown[]) {
    if (++calls === nth) {
      fired = true;
      throw new Error('Service Spreadsheets timed out while accessing document');
    }
    return real.apply(this, args);
  };
  try {
    work();
  } finally {
    proto[method] = real;
  }
  return fired;
}

/** Fails the Nth call of the method for N = 1, 2, … until the action no longer calls it that often. */
function failEachCall(action: string, target: Target, method: string, what: string): void {
  const after = prepared();
  after.call(action);
  expect(after.google.ui.alerts).toEqual([]);
  const complete = outputs(after);
  const finalNames = sheetNames(after.ss);
  // "Tạo báo cáo" first writes Tổng hợp as "Tính điểm" does, then adds the link
  // to the new document: stopping in between leaves that whole, unlinked sheet.
  const computed = prepared();
  computed.call('menuTinhDiem');
  const steps = action === 'menuTaoBaoCao' ? [outputs(computed)] : [];

  let nth = 1;
  for (; nth < 200; nth++) {
    const env = prepared();
    const before = outputs(env);
    const typed = typedValues(env.ss, INPUT_NAMES);
    if (!withFault(target, method, nth, () => env.call(action))) break;

    expect(env.google.ui.alerts.map((a) => a.prompt)).toEqual([expect.stringMatching(/^Không thực hiện được: /)]);
    expect(env.google.lock.heldByScript, 'lock released').toBe(false);
    expect(typedValues(env.ss, INPUT_NAMES)).toEqual(typed);
    const now = outputs(env);
    for (const name of OUTPUT_NAMES) {
      if (!(name in before) && !(name in complete)) continue;
      // Each output sheet is the previous one or the complete new one, never a mix.
      expect([before[name], complete[name], ...steps.map((o) => o[name])], `${name} after ${what} #${nth}`).toContainEqual(now[name]);
    }

    env.google.ui.alerts.splice(0);
    env.call(action);
    expect(env.google.ui.alerts).toEqual([]);
    expect(outputs(env)).toEqual(complete);
    expect(sheetNames(env.ss)).toEqual(finalNames);
  }
  expect(nth, 'the action calls the method at least once').toBeGreaterThan(1);
}

describe('an action that fails half way loses nothing', () => {
  for (const action of ['menuKiemTra', 'menuTinhDiem', 'menuTaoBaoCao']) {
    for (const [what, target, method] of FAULTS) {
      it(`${action}, ${what} failing at each of its calls`, () => failEachCall(action, target, method, what));
    }
  }

  // The swap renames the old sheet aside, renames the new one, and deletes the old one
  // last, so a failing rename at any point leaves one whole output under the name.
  it('menuTinhDiem, Sheet.setName failing at each of its calls', () => failEachCall('menuTinhDiem', FakeSheet, 'setName', 'Sheet.setName'));
});

describe('a run refused by the lock', () => {
  it('changes nothing, not even the outputs of earlier runs', () => {
    const env = prepared();
    const snapshot = workbookSnapshot(env.ss);
    env.google.lock.heldByOther = true;
    for (const action of ['menuKiemTra', 'menuTinhDiem', 'menuTaoBaoCao', 'menuPhanQuyen', 'menuTaoBangMau']) env.call(action);
    expect(env.google.ui.alerts.map((a) => a.prompt)).toEqual(Array(5).fill(BUSY_MESSAGE));
    expect(workbookSnapshot(env.ss)).toEqual(snapshot);
  });
});

describe('a run stopped mid-swap (six-minute limit: no code of ours runs after the stop)', () => {
  it('leaves the old output beside the name, and the next run puts everything right', () => {
    const expected = prepared();
    expected.call('menuTinhDiem');
    const complete = outputs(expected);
    const finalNames = sheetNames(expected.ss);

    const env = prepared();
    const summary = env.ss.getSheetByName(SHEET.summary) as unknown as FakeSheet;
    const before = summary.grid();
    // The state between "old set aside" and "new takes the name".
    summary.setName(`${SHEET.summary} (cũ)`);
    env.ss.insertSheet(`${SHEET.summary} (đang tạo)`);
    expect((env.ss.getSheetByName(`${SHEET.summary} (cũ)`) as unknown as FakeSheet).grid()).toEqual(before);

    env.call('menuTinhDiem');
    expect(env.google.ui.alerts).toEqual([]);
    expect(sheetNames(env.ss)).toEqual(finalNames);
    expect(outputs(env)).toEqual(complete);
  });
});
