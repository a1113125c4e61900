/**
 * Apps Script calls of the two actions that handle protections, at 12 and 300 units
 * (the other actions' counts: call-counts.test.ts). "Phân quyền nhập liệu" needs one
 * protection per unit (Google has no batch call for protections) and makes each with
 * as few calls as the API allows; run again, it only reads. "Cập nhật Bảng điểm" makes
 * no protection call when no row moved, and touches protections only for the rows
 * that moved: the same calls at 12 and 300 units, apart from one read per protection
 * when a unit changed rows.
 */
import { describe, expect, it } from 'vitest';
import type { Grid, WorkbookGrids } from '../../src/core/model/types';
import { fakeDocumentApp } from '../fakes/document-app';
import { loadBuilt } from './harness';
import { exampleGrids, fillWorkbook, grownGrids } from './workbook';

function withEmails(grids: WorkbookGrids): WorkbookGrids {
  const units = (grids.units as Grid).map((r, i) => (i === 0 ? r : [...r.slice(0, 3), `nhap${i}@stttt.example.vn`, ...r.slice(4)]));
  return { ...grids, units };
}

const atSize = (n: number): WorkbookGrids => withEmails(n === 12 ? exampleGrids() : grownGrids(n));

/** Moves list rows of `Đơn vị` or `Tiêu chí` (a change the secretariat makes mid-year). */
type Change = (grids: WorkbookGrids) => WorkbookGrids;

const unitsSwapped: Change = (g) => {
  const units = (g.units as Grid).map((r) => [...r]);
  [units[2], units[5]] = [units[5], units[2]];
  return { ...g, units };
};
const unitAdded: Change = (g) => ({ ...g, units: [...(g.units as Grid), ['MOI', 'Đơn vị mới', 'Mới', 'moi@stttt.example.vn']] });
const criterionAdded: Change = (g) => {
  const criteria = (g.criteria as Grid).map((r) => [...r]);
  criteria.push(['99', 'Tiêu chí mới', 5]);
  return { ...g, criteria };
};

interface Counts {
  all: string[];
  /** Calls that make, change or remove a protection. */
  writes: number;
  /** Every call on a protection, and the calls that list or make one. */
  protection: number;
  total: number;
}

function count(lines: string[]): Counts {
  const n = (re: RegExp): number => lines.filter((l) => re.test(l)).reduce((s, l) => s + Number(l.split(': ')[1]), 0);
  return {
    all: lines,
    writes: n(/^(Protection\.(set|add|remove)|\w+\.protect:)/),
    protection: n(/^(Protection\.|\w+\.protect:|\w+\.getProtections:)/),
    total: n(/./),
  };
}

/** Phân quyền once, the lists changed (or not), then the calls of `action`. */
function callsOf(units: number, action: 'menuPhanQuyen' | 'menuCapNhatBangDiem', change?: Change): Counts {
  const grids = atSize(units);
  const { google, call } = loadBuilt({}, { DocumentApp: fakeDocumentApp().app });
  const ss = google.spreadsheet;
  fillWorkbook(ss, grids);
  // The year as it goes: the score sheet laid out (and Phiếu bầu with it), then the permissions.
  call('menuCapNhatBangDiem');
  call('menuPhanQuyen');
  if (change) {
    const changed = change(grids);
    for (const role of ['units', 'criteria'] as const) {
      const sheet = ss.sheet(role === 'units' ? 'Đơn vị' : 'Tiêu chí');
      (changed[role] as Grid).forEach((row, r) => row.forEach((v, c) => (sheet.cell(r + 1, c + 1, true).value = v)));
    }
    ss.changed();
  }
  google.calls.reset();
  call(action);
  expect(
    google.ui.alerts.filter((a) => a.title === 'Tính điểm'),
    'no refusal or failure dialog',
  ).toEqual([]);
  return count(google.calls.list());
}

/** The first run of Phân quyền on a spreadsheet without protections. */
function firstRun(units: number): Counts {
  const { google, call } = loadBuilt({}, { DocumentApp: fakeDocumentApp().app });
  fillWorkbook(google.spreadsheet, atSize(units));
  google.calls.reset();
  call('menuPhanQuyen');
  return count(google.calls.list());
}

describe('Phân quyền nhập liệu', () => {
  it('makes one row protection per unit in at most 6 calls (range, protect, editors out, domain edit off, unit’s editors in, description)', () => {
    const [at12, at300] = [firstRun(12), firstRun(300)];
    const perUnit = (at300.total - at12.total) / (300 - 12);
    expect(perUnit, `${at12.total} calls at 12 units, ${at300.total} at 300`).toBeLessThanOrEqual(6);
    expect(at12.total).toBeLessThan(160);
  }, 60000);

  it('run again on unchanged lists only reads: one description per protection, nothing made or removed', () => {
    const [at12, at300] = [callsOf(12, 'menuPhanQuyen'), callsOf(300, 'menuPhanQuyen')];
    expect(at12.writes).toBe(0);
    expect(at300.writes).toBe(0);
    expect((at300.total - at12.total) / (300 - 12)).toBeLessThanOrEqual(1);
  }, 60000);
});

describe('Cập nhật Bảng điểm once rows are protected', () => {
  it('makes no protection call when no row moved', () => {
    expect(callsOf(12, 'menuCapNhatBangDiem').protection).toBe(0);
    expect(callsOf(300, 'menuCapNhatBangDiem').protection).toBe(0);
  }, 60000);

  for (const [label, change] of [
    ['a criterion added: only the sheet’s open block widens', criterionAdded],
    ['a unit added at the end: one new row protection', unitAdded],
  ] as const) {
    it(`${label}, the same calls at 12 and 300 units`, () => {
      const [at12, at300] = [callsOf(12, 'menuCapNhatBangDiem', change), callsOf(300, 'menuCapNhatBangDiem', change)];
      expect(at300.protection).toBe(at12.protection);
      expect(at300.all).toEqual(at12.all);
    }, 60000);
  }

  it('two units swapped: protections made and removed for those two rows only, at 12 and 300 units', () => {
    const [at12, at300] = [callsOf(12, 'menuCapNhatBangDiem', unitsSwapped), callsOf(300, 'menuCapNhatBangDiem', unitsSwapped)];
    expect(at12.writes).toBe(at300.writes);
    expect(at12.all.find((l) => l.startsWith('Protection.remove:'))).toBe('Protection.remove: 2');
    // Finding the two old protections reads each protection's description once.
    expect((at300.protection - at12.protection) / (300 - 12)).toBeLessThanOrEqual(1);
  }, 60000);
});
