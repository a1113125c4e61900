/**
 * "Cập nhật Bảng điểm": lays `Bảng điểm` (and `Cụm chấm`) out again from the lists,
 * every typed value moving with its unit and criterion (src/core/relayout-*.ts).
 * The question comes first, with no lock held (a dialog can stay open for minutes);
 * the writing run then re-reads under the lock and goes on only if the sheets are
 * still the ones the user was asked about.
 */
import { HEADER_BACKGROUND, keptAsideFormat } from '../core/sheets/cell-formats';
import { MENU_ITEMS, MENU_TITLE } from '../core/model/guide';
import {
  RELAYOUT_ATTEMPTS,
  keptAsideAdded,
  keptAsideRows,
  planRelayout,
  relayoutShape,
  relayoutSummary,
  typedMeanwhileMessage,
  type RelayoutPlan,
} from '../core/plans/relayout-plan';
import { changedBlock, typedMeanwhile } from '../core/plans/typed-meanwhile';
import { cellRef } from '../core/model/a1';
import { moveCells } from '../core/plans/relayout-scores';
import { guardsMessage, isOurs, relayoutGuards, type GuardWork } from '../core/plans/permissions';
import { KEPT_ASIDE_HEADER, SHEET, isStatusHeader } from '../core/model/template';
import { scoresSheet, type LiveSources, type TemplateSheet } from '../core/sheets/template-sheets';
import { relayBallots } from '../core/plans/relay-ballots';
import type { CellValue, Grid } from '../core/model/types';
import { PLAIN_BACKGROUND, ensureSize } from './block';
import { GUIDE } from './build-kind';
import { evaluateInputs, readInputs, type Inputs } from './inputs';
import type { Outcome } from './outcome';
import { Guarding, guardScoreRows, insertSheet } from './protections';
import { rowLocks, withStatusColumn } from '../core/plans/submission';
import { fromMenu } from './run';
import { layTemplateSheet, type LayOptions } from './template-sheet';
import { writeBallotSheet } from './vote';
import { liveSheets, relayLiveFormulas } from './live-formulas';
import { NOT_SECRETARIAT, isSecretariat } from './secretariat';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

function plan(inputs: Inputs): RelayoutPlan {
  return planRelayout(inputs.grids, GUIDE);
}

/** Appends the kept-aside values under the earlier ones; the sheet is made on first use. */
function appendKeptAside(ss: Spreadsheet, rows: CellValue[][]): void {
  if (rows.length === 0) return;
  const existing = ss.getSheetByName(SHEET.keptAside);
  const sheet = existing ?? insertSheet(ss, SHEET.keptAside);
  const block: CellValue[][] = existing ? rows : [[...KEPT_ASIDE_HEADER], ...rows];
  const first = existing ? existing.getLastRow() + 1 : 1;
  ensureSize(sheet, first + block.length - 1, KEPT_ASIDE_HEADER.length);
  const range = sheet.getRange(first, 1, block.length, KEPT_ASIDE_HEADER.length);
  range.setNumberFormats(block.map((r) => r.map(keptAsideFormat)));
  range.setValues(block);
  if (existing) return;
  const header = sheet.getRange(1, 1, 1, KEPT_ASIDE_HEADER.length);
  header.setFontWeight('bold');
  header.setBackground(HEADER_BACKGROUND);
  sheet.setFrozenRows(1);
}

/** The score sheet laid from the plan; `sources`: what its live formulas read (their text does not change its columns). */
const specOf = (p: RelayoutPlan, name: string, sources: LiveSources = {}): TemplateSheet => scoresSheet(p.criteria, name, p.units.length, sources);

/** Thrown by a sheet's value writer when cells changed since the plan's read: the plan is made again. */
class TypedMeanwhile extends Error {
  constructor(readonly cells: string[]) {
    super('typed meanwhile');
  }
}

/**
 * Writes a laid-out score sheet's values: reads the block again right before, stops if
 * any cell differs from what the plan was made from, and otherwise writes only the
 * block of cells whose value must change (nothing when the sheet is in order), then the
 * live columns, which hold no typed value.
 */
function valueWriter(read: Grid, name: string): LayOptions['writeValues'] {
  return (block, cells, live) => {
    const now = block.getValues();
    const typed = typedMeanwhile(read, now);
    if (typed.length > 0) throw new TypedMeanwhile(typed.map((cell) => cellRef(name, cell)));
    const isLive = (c: number): boolean => live !== null && c >= live.first && c < live.first + live.count;
    const change = changedBlock(now, cells, isLive);
    const sheet = block.getSheet();
    if (change) {
      const part = cells.slice(change.row - 1, change.row - 1 + change.rows).map((r) => r.slice(change.column - 1, change.column - 1 + change.columns));
      sheet.getRange(change.row, change.column, change.rows, change.columns).setValues(part);
    }
    if (live) sheet.getRange(1, live.first + 1, cells.length, live.count).setValues(cells.map((r) => r.slice(live.first, live.first + live.count)));
  };
}

function layOut(ss: Spreadsheet, inputs: Inputs, p: RelayoutPlan): void {
  // After `Phiếu bầu` is written: the formulas read it whenever it exists, and every list sheet whole.
  const sheets = { ...liveSheets(ss), agreed: p.sheets.some((s) => s.role === 'agreed'), decimalMark: inputs.separator };
  for (const { role, sheet: name, layout } of p.sheets) {
    const range = inputs.ranges[role];
    const sheet: Sheet = range ? range.getSheet() : insertSheet(ss, name);
    const before = range ? { rows: range.getNumRows(), columns: range.getNumColumns() } : undefined;
    const moved = range
      ? { notes: moveCells(range.getNotes(), layout, '').slice(1), backgrounds: moveCells(range.getBackgrounds(), layout, PLAIN_BACKGROUND).slice(1) }
      : undefined;
    const read = inputs.grids[role];
    const spec = specOf(p, name, sheets);
    // The status column from the log, as `cap-nhat` writes it (the layout empties it, as the product's own).
    const grid =
      role === 'scores'
        ? withStatusColumn(
            layout.grid,
            spec.columns.findIndex((c) => isStatusHeader(c.header)),
            inputs.grids,
            p.units,
          )
        : layout.grid;
    layTemplateSheet(sheet, spec, grid.slice(1), {
      fresh: !range,
      before,
      moved,
      writeValues: range && read ? valueWriter(read, name) : undefined,
    });
  }
}

/**
 * What the row protections of "Phân quyền nhập liệu" need once the rows move; null
 * when none exist or nothing moved. Nothing is asked of Google unless a unit changed
 * rows, rows came or went, or the typed columns changed.
 */
function guardWork(inputs: Inputs, p: RelayoutPlan): GuardWork | null {
  const range = inputs.ranges.scores;
  const after = p.sheets.find((s) => s.role === 'scores')?.layout.grid;
  if (!range || !after) return null;
  const before = inputs.grids.scores;
  const locks = rowLocks(inputs.grids.submissions, p.units);
  if (!relayoutGuards(before, after, p.units, false, locks).touched) return null;
  const sheet = range.getSheet();
  const sheetGuard = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  if (!sheetGuard || !isOurs(sheetGuard.getDescription())) return null;
  // A row guard spans the sheet's width when it was made: a wider sheet needs every one made again.
  const grew = specOf(p, SHEET.scores).columns.length > sheet.getMaxColumns();
  return relayoutGuards(before, after, p.units, grew, locks);
}

const CHANGED_MEANWHILE = `Trong lúc chờ xác nhận, danh sách hoặc "${SHEET.scores}" đã thay đổi. Chưa có gì thay đổi; hãy chạy lại ${GUIDE.update}.`;

/**
 * The values move, the row protections follow. A value typed between the plan's read
 * and the write makes the writer stop before writing: the sheets are read and planned
 * again (the same layout, the new value moving with its unit and criterion), up to
 * RELAYOUT_ATTEMPTS times, then the run stops without overwriting anything.
 */
function layAndGuard(ss: Spreadsheet, inputs: Inputs, p: RelayoutPlan, state: { guarding: boolean }): { made: number; refused: string[] } | null {
  let work = guardWork(inputs, p);
  const after = p.sheets.find((s) => s.role === 'scores')?.layout.grid;
  // An earlier attempt may have made new row guards and stopped before removing the old: compare them all now.
  if (!work && state.guarding && after) work = { ...relayoutGuards(undefined, after, p.units, false), read: true };
  if (!work) {
    layOut(ss, inputs, p);
    return null;
  }
  state.guarding = true;
  // The rows whose unit changes carry both guards (so only the owner edits them) while the values move.
  return guardScoreRows(new Guarding(ss), (inputs.ranges.scores as Range).getSheet(), work, () => layOut(ss, inputs, p));
}

function applyUpdate(ss: Spreadsheet, asked: string): Outcome {
  let inputs = readInputs(ss);
  let p = plan(inputs);
  const done = (message: string, refused: boolean): Outcome => ({ ev: evaluateInputs(readInputs(ss)), action: 'open', message, refused, reportUrl: '' });
  if (p.refusal !== null) return done(p.refusal, true);
  if (p.basis !== asked) return done(CHANGED_MEANWHILE, true);
  const shape = relayoutShape(p);
  const first = p;
  let kept = p.keptAside;
  appendKeptAside(ss, keptAsideRows(kept, new Date()));
  const typed: string[] = [];
  const state = { guarding: false };
  let guards: { made: number; refused: string[] } | null = null;
  for (let attempt = 1; ; attempt++) {
    try {
      guards = layAndGuard(ss, inputs, p, state);
      break;
    } catch (e) {
      if (!(e instanceof TypedMeanwhile)) throw e;
      typed.push(...e.cells);
      if (attempt === RELAYOUT_ATTEMPTS) return done(typedMeanwhileMessage(typed, true, kept.length, GUIDE), true);
      inputs = readInputs(ss);
      p = plan(inputs);
      if (p.refusal !== null || relayoutShape(p) !== shape) return done(CHANGED_MEANWHILE, true);
      const added = keptAsideAdded(kept, p.keptAside);
      appendKeptAside(ss, keptAsideRows(added, new Date()));
      kept = [...kept, ...added];
    }
  }
  const ballots = relayBallots(inputs.grids, p, { defaultDecimalSeparator: inputs.separator, guide: GUIDE });
  const old = inputs.ranges.ballots;
  if (ballots.grid) writeBallotSheet(ss, ballots.grid, old ? { rows: old.getNumRows(), columns: old.getNumColumns() } : undefined);
  // A `Phiếu bầu` laid for the first time: the live ranks settle ties by its ballots, as the count does.
  if (ballots.grid && !old) relayLiveFormulas(ss);
  const lines = [
    first.changed
      ? `Đã cập nhật ${relayoutSummary(first)}`
      : `"${SHEET.scores}" đã theo đúng danh sách; đã làm mới định dạng, ghi chú và giới hạn điểm của từng cột.`,
  ];
  if (typed.length > 0) lines.push(typedMeanwhileMessage(typed, false, 0, GUIDE));
  if (ballots.message !== null) lines.push(ballots.message);
  if (guards) lines.push(guardsMessage(guards.made, guards.refused));
  return done(lines.join('\n'), false);
}

/** The menu item: plan and ask with no lock held, then write under the lock. */
export function menuUpdateScores(): void {
  const ui = SpreadsheetApp.getUi();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!isSecretariat(ss)) {
    ui.alert(MENU_TITLE, NOT_SECRETARIAT, ui.ButtonSet.OK);
    return;
  }
  const p = plan(readInputs(ss));
  if (p.refusal !== null) {
    ui.alert(MENU_TITLE, p.refusal, ui.ButtonSet.OK);
    return;
  }
  if (p.changed) {
    const question = `Xếp lại ${relayoutSummary(p)}\n\nXếp lại ngay?`;
    if (ui.alert(MENU_ITEMS.update, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) {
      ss.toast('Chưa có gì thay đổi.', MENU_TITLE);
      return;
    }
  }
  fromMenu((locked) => applyUpdate(locked, p.basis));
}
