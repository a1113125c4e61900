/**
 * Apps Script calls of every menu and sidebar action (but "Cập nhật Bảng điểm" and
 * "Phân quyền", counted in their own tests) at 12 units (the example) and at 300 (the
 * example grown, every unit scoring like one of the twelve: 25 units share each total,
 * so the ranking has a tie at almost every total). Sheets calls are the same at both
 * sizes; the documents' Docs calls grow only with what the documents hold more of —
 * the report's paragraphs, the minutes' tie tables — and a table costs a bounded number
 * of calls whatever its rows: no Docs call is made per table cell beyond a header's
 * first formatting.
 */
import { describe, expect, it } from 'vitest';
import type { WorkbookGrids } from '../../src/core/model/types';
import type { Calls } from '../fakes/calls';
import { fakeDocumentApp } from '../fakes/document-app';
import { loadBuilt } from './harness';
import { exampleGrids, fillWorkbook, grownGrids, withBallots, withoutBallots } from './workbook';

const SIZES = { small: 12, large: 300 } as const;
const gridsOf = (units: number): WorkbookGrids => (units === 12 ? exampleGrids() : grownGrids(units));

function withoutScores(grids: WorkbookGrids): WorkbookGrids {
  const { scores: _, ...rest } = grids;
  return rest;
}

interface Counted {
  sheets: string[];
  docs: Calls;
}

/** The calls of `action` on a workbook holding `grids`, after `prepare` (so that both sizes take the same path). */
function callsOf(grids: WorkbookGrids, action: string, prepare?: string): Counted {
  const docs = fakeDocumentApp();
  const { google, call } = loadBuilt({}, { DocumentApp: docs.app });
  fillWorkbook(google.spreadsheet, grids);
  if (prepare) call(prepare);
  google.calls.reset();
  docs.log.reset();
  call(action);
  expect(
    google.ui.alerts.filter((a) => a.buttons !== 'YES_NO').map((a) => a.prompt),
    'no refusal or failure dialog',
  ).toEqual([]);
  return { sheets: google.calls.list(), docs: docs.log };
}

describe(`every action's Sheets calls are the same at ${SIZES.small} and ${SIZES.large} units`, () => {
  const small = gridsOf(SIZES.small);
  const large = gridsOf(SIZES.large);
  for (const [label, action, prepare, change] of [
    ['Tạo bảng mẫu (Bảng điểm from the lists)', 'menuTaoBangMau', undefined, withoutScores],
    ['Kiểm tra dữ liệu, first run', 'menuKiemTra', undefined, withoutBallots],
    ['Kiểm tra dữ liệu, later run', 'menuKiemTra', 'menuKiemTra', withoutBallots],
    ['Tính điểm và xếp hạng, first run', 'menuTinhDiem', undefined, withoutBallots],
    ['Tính điểm và xếp hạng, later run', 'menuTinhDiem', 'menuTinhDiem', withoutBallots],
    ['Tạo báo cáo', 'menuTaoBaoCao', 'menuTinhDiem', withoutBallots],
    ['Kiểm phiếu, laying Phiếu bầu out', 'menuKiemPhieu', undefined, withoutBallots],
    ['Mở bảng kết quả', 'menuMoThanhBen', 'menuTinhDiem', withoutBallots],
    ['Hướng dẫn', 'menuHuongDan', undefined, withoutBallots],
    ['Thanh bên: Kiểm tra', 'sidebarCheck', undefined, withoutBallots],
    ['Thanh bên: Tính điểm', 'sidebarCompute', undefined, withoutBallots],
    ['Thanh bên: Tạo báo cáo', 'sidebarReport', 'menuTinhDiem', withoutBallots],
  ] as const) {
    it(
      label,
      () => {
        expect(callsOf(change(large), action, prepare).sheets).toEqual(callsOf(change(small), action, prepare).sheets);
      },
      60000,
    );
  }

  it('Kiểm phiếu, counting the ballots and writing the minutes and the letter', () => {
    expect(callsOf(withBallots(large), 'menuKiemPhieu', 'menuTinhDiem').sheets).toEqual(callsOf(withBallots(small), 'menuKiemPhieu', 'menuTinhDiem').sheets);
  }, 60000);
});

describe('the documents: Docs calls per table bounded, none per cell', () => {
  const cellCalls = (docs: Calls): number => docs.total('TABLE_CELL.');

  it('Tạo báo cáo: the ranking table of 300 rows costs no more cell calls than that of 12; at most 3 more calls per extra unit in all', () => {
    const [small, large] = [SIZES.small, SIZES.large].map((u) => callsOf(withoutBallots(gridsOf(u)), 'menuTaoBaoCao', 'menuTinhDiem').docs);
    expect(cellCalls(large)).toBe(cellCalls(small));
    expect(
      (large.total() - small.total()) / (SIZES.large - SIZES.small),
      `${small.total()} Docs calls at 12 units, ${large.total()} at 300`,
    ).toBeLessThanOrEqual(3);
  }, 60000);

  it('Kiểm phiếu: each tie table more in the minutes costs at most 16 calls, its paragraphs included, and no cell call', () => {
    const [small, large] = [SIZES.small, SIZES.large].map((u) => callsOf(withBallots(gridsOf(u)), 'menuKiemPhieu', 'menuTinhDiem').docs);
    const tables = (docs: Calls): number => docs.of('BODY_SECTION.appendTable');
    // The grown cluster puts more ties to the vote: the minutes hold more tables.
    expect(tables(large)).toBeGreaterThan(tables(small) + 5);
    expect(cellCalls(large)).toBeLessThanOrEqual(cellCalls(small));
    const perTable = (large.total() - small.total()) / (tables(large) - tables(small));
    expect(perTable, `${small.total()} Docs calls with ${tables(small)} tables, ${large.total()} with ${tables(large)}`).toBeLessThanOrEqual(16);
  }, 60000);
});
