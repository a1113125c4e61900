/**
 * Apps Script calls per menu action, counted by the in-memory fakes (Sheets and
 * Docs together) around the BUILT dist/Code.js, for a small and larger clusters run
 * through the same sequence of actions (so that each action takes the same path).
 */
import type { WorkbookGrids } from '../src/core/model/types';
import { loadBuilt } from '../test/apps-script/harness';
import { fillWorkbook, grownGrids, withBallots } from '../test/apps-script/workbook';
import { fakeDocumentApp } from '../test/fakes/document-app';
import { CYCLE_STEPS, cycleCalls } from '../test/apps-script/cycle-steps';
import { syntheticCluster } from './synthetic';

export interface ActionCalls {
  action: string;
  label: string;
  /** Calls by "Class.method", sorted. */
  calls: string[];
  total: number;
  /** Time of the action against the in-memory fake (not Google's servers). */
  fakeMs: number;
}

/** In order: each run finds the outputs the earlier ones left, as a secretariat's session would. */
const SEQUENCE: [fn: string, label: string][] = [
  ['menuKiemTra', 'Kiểm tra dữ liệu (lần đầu)'],
  ['menuKiemTra', 'Kiểm tra dữ liệu'],
  ['menuTinhDiem', 'Tính điểm và xếp hạng (lần đầu)'],
  ['menuTinhDiem', 'Tính điểm và xếp hạng'],
  ['menuTaoBaoCao', 'Tạo báo cáo'],
  ['menuMoThanhBen', 'Mở bảng kết quả'],
  ['sidebarCheck', 'Thanh bên: Kiểm tra'],
  ['sidebarCompute', 'Thanh bên: Tính điểm'],
  ['sidebarReport', 'Thanh bên: Tạo báo cáo'],
  ['menuPhanQuyen', 'Phân quyền nhập liệu'],
];

const UPDATE = 'Cập nhật Bảng điểm (thêm một tiêu chí)';
const UPDATE_PROTECTED = 'Cập nhật Bảng điểm (dòng đã phân quyền)';

const LOCK = 'Khóa các dòng đã nộp (sau hạn), một dòng';
const NEW_YEAR = 'Bắt đầu năm mới (dòng đã phân quyền)';

/**
 * Growing with the units by nature, by label: one protection per unit row (Google has
 * no batch call); locking a row and a new year (which lays the copied protections again)
 * read each protection's description. "Cập nhật Bảng điểm" with the rows protected touches
 * only the rows that moved: the same calls at every size.
 */
export const PER_UNIT_ACTIONS = new Set(['Phân quyền nhập liệu', LOCK, NEW_YEAR]);
/** The report's ranking table has a row per unit, the minutes a table per tie, the dossier both: a few Docs calls per unit at most. */
export const REPORT_ACTIONS = new Set(['menuTaoBaoCao', 'sidebarReport', 'menuKiemPhieu', 'menuLapHoSo']);
export const MAX_REPORT_CALLS_PER_UNIT = 3;

function run(grids: WorkbookGrids, sequence: readonly [string, string][]): ActionCalls[] {
  const docs = fakeDocumentApp();
  const { google, call } = loadBuilt({}, { DocumentApp: docs.app });
  fillWorkbook(google.spreadsheet, grids);
  return sequence.map(([action, label]) => {
    google.calls.reset();
    docs.log.reset();
    const start = performance.now();
    call(action);
    const fakeMs = performance.now() - start;
    // A question is answered yes by the fake; any other dialog is a refusal or a failure.
    const refusals = google.ui.alerts.splice(0).filter((a) => a.buttons !== 'YES_NO');
    if (refusals.length > 0) throw new Error(`${action} answered with a dialog: ${refusals.map((a) => a.prompt).join(' | ')}`);
    return { action, label, calls: [...google.calls.list(), ...docs.log.list()], total: google.calls.total() + docs.log.total(), fakeMs };
  });
}

/** The lists with one more criterion at the end (no bonus): "Cập nhật Bảng điểm" then moves every score and adds its columns. */
function withCriterionAdded(grids: WorkbookGrids): WorkbookGrids {
  const criteria = grids.criteria ?? [];
  const code = String(criteria.length);
  return { ...grids, criteria: [...criteria, [code, `Tiêu chí số ${code}`, 10, '', '']] };
}

/** The calls of every action for a cluster of `units` units (10 criteria). */
export function callsPerAction(units: number): ActionCalls[] {
  const grids = syntheticCluster({ units, criteria: 10 });
  const { scores: _, ...lists } = grids;
  const grown = withCriterionAdded(grids);
  return [
    // "Tạo bảng mẫu" builds Bảng điểm from the lists already typed: its large case.
    ...run(lists, [['menuTaoBangMau', 'Tạo bảng mẫu (Bảng điểm từ danh sách)']]),
    ...run(grown, [['menuCapNhatBangDiem', UPDATE]]),
    // With the rows protected by Phân quyền, the update lays the protections on the new rows.
    ...run(grown, [
      ['menuPhanQuyen', 'Phân quyền nhập liệu'],
      ['menuCapNhatBangDiem', UPDATE_PROTECTED],
    ]).slice(1),
    ...run(grids, SEQUENCE),
    // The example cluster grown (its settings hold the council; 1 in 12 units share each total), its ballots typed.
    ...run(withBallots(grownGrids(units)), [
      ['menuTinhDiem', ''],
      ['menuKiemPhieu', 'Kiểm phiếu (biên bản và tờ trình)'],
    ]).slice(1),
    // A unit's row submitted, reviewed and reopened by the secretariat, then the lock, the dossier and a new year (test/apps-script/cycle-steps.ts).
    ...cycleSteps(units),
  ];
}

const CYCLE_LABELS: Record<(typeof CYCLE_STEPS)[number][0], string> = {
  submit: 'Nộp bảng điểm của đơn vị',
  review: 'Xác nhận đã thẩm định',
  reopen: 'Mở lại dòng đã nộp',
  lock: LOCK,
  dossier: 'Lập hồ sơ đề nghị khen thưởng (Sheets + Docs)',
  newYear: NEW_YEAR,
};

function cycleSteps(units: number): ActionCalls[] {
  const steps = cycleCalls(units);
  return CYCLE_STEPS.map(([step, action]) => {
    const s = steps[step];
    return { action, label: CYCLE_LABELS[step], calls: [...s.sheets, ...s.docs], total: s.sheetsTotal + s.docsTotal, fakeMs: s.fakeMs };
  });
}
