/**
 * Batched I/O: every action except "Phân quyền" makes the same Sheets calls for
 * the 12 units of the example as for 2,000 units (one read per input sheet, one
 * write per output block and format kind); "Tạo báo cáo" adds Docs calls that grow
 * by at most a few per unit (the ranking table has a row per unit). "Cập nhật Bảng
 * điểm" makes constant calls too, as long as no row protections must follow the rows.
 */
import { describe, expect, it } from 'vitest';
import { SHEET } from '../../src/core/model/template';
import type { WorkbookGrids } from '../../src/core/model/types';
import { fakeDocumentApp } from '../fakes/document-app';
import { loadBuilt } from './harness';
import { exampleGrids, fillWorkbook, grownGrids } from './workbook';

const small = exampleGrids();
const large = grownGrids(2000);

/** The calls one action makes, after a first run has created the output sheets (so both runs take the same path). */
function callsOf(grids: WorkbookGrids, action: string, prepare?: string): string[] {
  const { google, call } = loadBuilt({}, { DocumentApp: fakeDocumentApp().app });
  fillWorkbook(google.spreadsheet, grids);
  if (prepare) call(prepare);
  google.calls.reset();
  call(action);
  expect(
    google.ui.alerts.filter((a) => a.title === 'Tính điểm'),
    'no refusal or failure dialog',
  ).toEqual([]);
  return google.calls.list();
}

function withBadCell(grids: WorkbookGrids): WorkbookGrids {
  const scores = (grids.scores ?? []).map((r) => [...r]);
  scores[3][2] = 'mười';
  return { ...grids, scores };
}

function withCriteriaSwapped(grids: WorkbookGrids): WorkbookGrids {
  const criteria = (grids.criteria ?? []).map((r) => [...r]);
  [criteria[1], criteria[2]] = [criteria[2], criteria[1]];
  return { ...grids, criteria };
}

function withoutScores(grids: WorkbookGrids): WorkbookGrids {
  const { scores: _, ...rest } = grids;
  return rest;
}

describe('service calls do not grow with the number of units', () => {
  it('has the grown cluster really at 2,000 units, ranked', () => {
    const { google, call } = loadBuilt({}, { DocumentApp: fakeDocumentApp().app });
    fillWorkbook(google.spreadsheet, large);
    call('menuTinhDiem');
    const summary = google.spreadsheet.sheet(SHEET.summary).grid();
    expect(summary.filter((r) => typeof r[1] === 'string' && /^U\d{4}$/.test(r[1])).length).toBeGreaterThanOrEqual(2000);
  });

  for (const [label, action, prepare] of [
    ['Kiểm tra dữ liệu', 'menuKiemTra', 'menuKiemTra'],
    ['Tính điểm và xếp hạng', 'menuTinhDiem', 'menuTinhDiem'],
    ['Tạo báo cáo', 'menuTaoBaoCao', 'menuTinhDiem'],
    ['Tính điểm from the sidebar', 'sidebarCompute', undefined],
    ['Mở bảng kết quả', 'menuMoThanhBen', undefined],
  ] as const) {
    // Each runs two actions on 2,000 units through the built bundle: seconds alone, far more on a busy machine.
    it(
      label,
      () => {
        expect(callsOf(large, action, prepare)).toEqual(callsOf(small, action, prepare));
      },
      90000,
    );
  }

  it('Kiểm tra dữ liệu with a bad cell', () => {
    expect(callsOf(withBadCell(large), 'menuKiemTra')).toEqual(callsOf(withBadCell(small), 'menuKiemTra'));
  });

  it('Cập nhật Bảng điểm moving every value after two criteria swapped', () => {
    expect(callsOf(withCriteriaSwapped(large), 'menuCapNhatBangDiem')).toEqual(callsOf(withCriteriaSwapped(small), 'menuCapNhatBangDiem'));
  });

  it('Tạo bảng mẫu building Bảng điểm from the lists', () => {
    expect(callsOf(withoutScores(large), 'menuTaoBangMau')).toEqual(callsOf(withoutScores(small), 'menuTaoBangMau'));
  });
});

describe('Tạo báo cáo, Sheets and Docs calls together', () => {
  function reportCalls(grids: WorkbookGrids): number {
    const docs = fakeDocumentApp();
    const { google, call } = loadBuilt({}, { DocumentApp: docs.app });
    fillWorkbook(google.spreadsheet, grids);
    call('menuTinhDiem');
    google.calls.reset();
    docs.log.reset();
    call('menuTaoBaoCao');
    expect(docs.documents).toHaveLength(1);
    return google.calls.total() + docs.log.total();
  }

  it('costs at most 3 more calls per extra unit, measured between 12 and 300 units', () => {
    const at12 = reportCalls(small);
    const at300 = reportCalls(grownGrids(300));
    expect((at300 - at12) / (300 - 12), `${at12} calls at 12 units, ${at300} at 300`).toBeLessThanOrEqual(3);
  });
});
