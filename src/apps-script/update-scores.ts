/**
 * "Cập nhật Bảng điểm": lays `Bảng điểm` (and `Cụm chấm`) out again from the lists,
 * every typed value moving with its unit and criterion (src/core/relayout-*.ts).
 * The question comes first, with no lock held (a dialog can stay open for minutes);
 * the writing run then re-reads under the lock and goes on only if the sheets are
 * still the ones the user was asked about.
 */
import { HEADER_BACKGROUND, keptAsideFormat } from '../core/sheets/cell-formats';
import { MENU_ITEMS, MENU_TITLE } from '../core/model/guide';
import { keptAsideRows, planRelayout, relayoutSummary, type RelayoutPlan } from '../core/plans/relayout-plan';
import { moveCells } from '../core/plans/relayout-scores';
import { guardsMessage, isOurs, relayoutGuards, type GuardWork } from '../core/plans/permissions';
import { KEPT_ASIDE_HEADER, SHEET } from '../core/model/template';
import { scoresSheet, type TemplateSheet } from '../core/sheets/template-sheets';
import { relayBallots } from '../core/plans/relay-ballots';
import type { CellValue } from '../core/model/types';
import { PLAIN_BACKGROUND, ensureSize } from './block';
import { GUIDE } from './build-kind';
import { evaluateInputs, readInputs, type Inputs } from './inputs';
import type { Outcome } from './outcome';
import { Guarding, guardScoreRows, insertSheet } from './protections';
import { fromMenu } from './run';
import { layTemplateSheet } from './template-sheet';
import { writeBallotSheet } from './vote';

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

const specOf = (inputs: Inputs, p: RelayoutPlan, name: string): TemplateSheet =>
  scoresSheet(p.criteria, name, p.units.length, { agreed: p.sheets.some((s) => s.role === 'agreed'), ballots: !!inputs.grids.ballots });

function layOut(ss: Spreadsheet, inputs: Inputs, p: RelayoutPlan): void {
  for (const { role, sheet: name, layout } of p.sheets) {
    const range = inputs.ranges[role];
    const sheet: Sheet = range ? range.getSheet() : insertSheet(ss, name);
    const before = range ? { rows: range.getNumRows(), columns: range.getNumColumns() } : undefined;
    const moved = range ? { notes: moveCells(range.getNotes(), layout, '').slice(1), backgrounds: moveCells(range.getBackgrounds(), layout, PLAIN_BACKGROUND).slice(1) } : undefined;
    layTemplateSheet(sheet, specOf(inputs, p, name), layout.grid.slice(1), { fresh: !range, before, moved });
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
  if (!relayoutGuards(before, after, p.units, false).touched) return null;
  const sheet = range.getSheet();
  const sheetGuard = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  if (!sheetGuard || !isOurs(sheetGuard.getDescription())) return null;
  // A row guard spans the sheet's width when it was made: a wider sheet needs every one made again.
  const grew = specOf(inputs, p, SHEET.scores).columns.length > sheet.getMaxColumns();
  return relayoutGuards(before, after, p.units, grew);
}

const CHANGED_MEANWHILE = `Trong lúc chờ xác nhận, danh sách hoặc "${SHEET.scores}" đã thay đổi. Chưa có gì thay đổi; hãy chạy lại ${GUIDE.update}.`;

function applyUpdate(ss: Spreadsheet, asked: string): Outcome {
  const inputs = readInputs(ss);
  const p = plan(inputs);
  const done = (message: string, refused: boolean): Outcome => ({ ev: evaluateInputs(readInputs(ss)), action: 'open', message, refused, reportUrl: '' });
  if (p.refusal !== null) return done(p.refusal, true);
  if (p.basis !== asked) return done(CHANGED_MEANWHILE, true);
  const work = guardWork(inputs, p);
  appendKeptAside(ss, keptAsideRows(p.keptAside, new Date()));
  // With row protections, the rows whose unit changes carry both guards (so only the owner edits them) while the values move.
  const guards = work ? guardScoreRows(new Guarding(ss), (inputs.ranges.scores as Range).getSheet(), work, () => layOut(ss, inputs, p)) : null;
  if (!guards) layOut(ss, inputs, p);
  const ballots = relayBallots(inputs.grids, p, { defaultDecimalSeparator: inputs.separator, guide: GUIDE });
  const old = inputs.ranges.ballots;
  if (ballots.grid) writeBallotSheet(ss, ballots.grid, old ? { rows: old.getNumRows(), columns: old.getNumColumns() } : undefined);
  const lines = [p.changed ? `Đã cập nhật ${relayoutSummary(p)}` : `"${SHEET.scores}" đã theo đúng danh sách; đã làm mới định dạng, ghi chú và giới hạn điểm của từng cột.`];
  if (ballots.message !== null) lines.push(ballots.message);
  if (guards) lines.push(guardsMessage(guards.made, guards.refused));
  return done(lines.join('\n'), false);
}

/** The menu item: plan and ask with no lock held, then write under the lock. */
export function menuUpdateScores(): void {
  const ui = SpreadsheetApp.getUi();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
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
