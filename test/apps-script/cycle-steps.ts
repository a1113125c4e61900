/**
 * The steps of a year after the scores are typed, through the built add-in on a
 * cluster of any size, each step's Apps Script calls counted apart: a unit's row
 * submitted, reviewed, reopened with a reason and submitted again, the rows locked
 * after the deadline, the dossier, a new year. The workbook's rows are protected by
 * "Phân quyền nhập liệu" and the council's ballots typed, as in a real year. Used by
 * the call-count test (call-counts-cycle.test.ts) and the benchmark's counting.
 */
import { SETTINGS, SHEET } from '../../src/core/model/template';
import type { Grid, WorkbookGrids } from '../../src/core/model/types';
import { fakeDocumentApp } from '../fakes/document-app';
import { loadBuilt } from './harness';
import { exampleGrids, fillWorkbook, grownGrids, withBallots } from './workbook';

/** Each step: its key, the global function the menu item calls, and the menu item. */
export const CYCLE_STEPS = [
  ['submit', 'menuNopBangDiem', 'Nộp bảng điểm của đơn vị'],
  ['review', 'menuThamDinh', 'Xác nhận đã thẩm định'],
  ['reopen', 'menuMoLaiDong', 'Mở lại dòng đã nộp'],
  ['lock', 'menuKhoaDong', 'Khóa các dòng đã nộp (sau hạn)'],
  ['dossier', 'menuLapHoSo', 'Lập hồ sơ đề nghị khen thưởng'],
  ['newYear', 'menuBatDauNamMoi', 'Bắt đầu năm mới'],
] as const;
export type CycleStep = (typeof CYCLE_STEPS)[number][0];

export interface StepCalls {
  /** Sheets calls as sorted "Class.method: n" lines, then the Docs calls alike. */
  sheets: string[];
  docs: string[];
  sheetsTotal: number;
  docsTotal: number;
  /** Docs calls on table cells. */
  docCells: number;
  /** Time of the step against the in-memory fakes. */
  fakeMs: number;
}

function withEmails(grids: WorkbookGrids): WorkbookGrids {
  const units = (grids.units as Grid).map((r, i) => (i === 0 ? r : [...r.slice(0, 3), `nhap${i}@stttt.example.vn`, ...r.slice(4)]));
  return { ...grids, units };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** The steps on the example (12 units) or the example grown to `units`; throws when a step answers with a refusal or a failure. */
export function cycleCalls(units: number): Record<CycleStep, StepCalls> {
  const docs = fakeDocumentApp();
  const { google, call } = loadBuilt({}, { DocumentApp: docs.app });
  const ss = google.spreadsheet;
  fillWorkbook(ss, withEmails(withBallots(units === 12 ? exampleGrids() : grownGrids(units))));
  call('menuCapNhatBangDiem');
  call('menuPhanQuyen');
  call('menuTinhDiem');
  const scores = ss.sheet(SHEET.scores);
  const code = scores.grid()[1][0];
  // The secretariat selects the first unit's row, as each step on a row asks.
  const select = (): void => void scores.getRange(scores.grid().findIndex((r) => r[0] === code) + 1, 2).activate();
  const setting = (key: string, value: string): void => {
    const sheet = ss.sheet(SHEET.settings);
    const row = sheet.grid().findIndex((r) => r[0] === SETTINGS.find((d) => d.key === key)?.label);
    sheet.getRange(row + 1, 2).setValues([[value]]);
  };
  const counted = {} as Record<CycleStep, StepCalls>;
  const count = (step: CycleStep): void => {
    const action = CYCLE_STEPS.find(([s]) => s === step)?.[1] as string;
    google.calls.reset();
    docs.log.reset();
    const said = google.ui.alerts.length;
    const start = performance.now();
    call(action);
    const fakeMs = performance.now() - start;
    // Questions (yes/no, a reason typed) are answered; any other dialog is a refusal or a failure.
    const refusals = google.ui.alerts.slice(said).filter((a) => a.buttons !== 'YES_NO' && a.buttons !== 'OK_CANCEL');
    if (refusals.length > 0) throw new Error(`${action} answered with a dialog: ${refusals.map((a) => a.prompt).join(' | ')}`);
    counted[step] = {
      sheets: google.calls.list(),
      docs: docs.log.list(),
      sheetsTotal: google.calls.total(),
      docsTotal: docs.log.total(),
      docCells: docs.log.total('TABLE_CELL.'),
      fakeMs,
    };
  };
  select();
  count('submit');
  select();
  count('review');
  select();
  google.ui.typed.push('Đơn vị xin sửa điểm chuẩn tiêu chí 1');
  count('reopen');
  select();
  call('menuNopBangDiem');
  // The deadline passed yesterday: the submitted row can be locked.
  const yesterday = new Date(Date.now() - 86_400_000);
  setting('deadline', `${two(yesterday.getDate())}/${two(yesterday.getMonth() + 1)}/${yesterday.getFullYear()}`);
  count('lock');
  count('dossier');
  count('newYear');
  return counted;
}
