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
import { KEPT_ASIDE_HEADER, SHEET } from '../core/model/template';
import { scoresSheet } from '../core/sheets/template-sheets';
import { relayBallots } from '../core/plans/relay-ballots';
import type { CellValue } from '../core/model/types';
import { PLAIN_BACKGROUND, ensureSize } from './block';
import { GUIDE } from './build-kind';
import { evaluateInputs, readInputs, type Inputs } from './inputs';
import type { Outcome } from './outcome';
import { runPermissions } from './permissions';
import { isOurs, protectOutputLikeTheRest } from './protections';
import { fromMenu } from './run';
import { layTemplateSheet } from './template-sheet';
import { writeBallotSheet } from './vote';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function plan(inputs: Inputs): RelayoutPlan {
  return planRelayout(inputs.grids, GUIDE);
}

/** Appends the kept-aside values under the earlier ones; the sheet is made on first use. */
function appendKeptAside(ss: Spreadsheet, rows: CellValue[][]): void {
  if (rows.length === 0) return;
  const existing = ss.getSheetByName(SHEET.keptAside);
  const sheet = existing ?? ss.insertSheet(SHEET.keptAside);
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
  protectOutputLikeTheRest(ss, sheet, SHEET.keptAside);
}

function layOut(ss: Spreadsheet, inputs: Inputs, p: RelayoutPlan): void {
  for (const { role, sheet: name, layout } of p.sheets) {
    const range = inputs.ranges[role];
    const sheet: Sheet = range ? range.getSheet() : ss.insertSheet(name);
    const before = range ? { rows: range.getNumRows(), columns: range.getNumColumns() } : undefined;
    const moved = range ? { notes: moveCells(range.getNotes(), layout, '').slice(1), backgrounds: moveCells(range.getBackgrounds(), layout, PLAIN_BACKGROUND).slice(1) } : undefined;
    layTemplateSheet(sheet, scoresSheet(p.criteria, name, p.units.length, { agreed: p.sheets.some((s) => s.role === 'agreed'), ballots: !!inputs.grids.ballots }), layout.grid.slice(1), { fresh: !range, before, moved });
  }
}

/** Row protections of "Phân quyền nhập liệu" on `Bảng điểm`, which must follow the rows. */
function rowsProtected(ss: Spreadsheet): boolean {
  return ss.getProtections(SpreadsheetApp.ProtectionType.RANGE).some((p) => isOurs(p) && p.getRange().getSheet().getName() === SHEET.scores);
}

const CHANGED_MEANWHILE = `Trong lúc chờ xác nhận, danh sách hoặc "${SHEET.scores}" đã thay đổi. Chưa có gì thay đổi; hãy chạy lại ${GUIDE.update}.`;

function applyUpdate(ss: Spreadsheet, asked: string): Outcome {
  const inputs = readInputs(ss);
  const p = plan(inputs);
  const done = (message: string, refused: boolean): Outcome => ({ ev: evaluateInputs(readInputs(ss)), action: 'open', message, refused, reportUrl: '' });
  if (p.refusal !== null) return done(p.refusal, true);
  if (p.basis !== asked) return done(CHANGED_MEANWHILE, true);
  const protectedRows = rowsProtected(ss);
  appendKeptAside(ss, keptAsideRows(p.keptAside, new Date()));
  layOut(ss, inputs, p);
  const ballots = relayBallots(inputs.grids, p, { defaultDecimalSeparator: inputs.separator, guide: GUIDE });
  const old = inputs.ranges.ballots;
  if (ballots.grid) writeBallotSheet(ss, ballots.grid, old ? { rows: old.getNumRows(), columns: old.getNumColumns() } : undefined);
  const lines = [p.changed ? `Đã cập nhật ${relayoutSummary(p)}` : `"${SHEET.scores}" đã theo đúng danh sách; đã làm mới định dạng, ghi chú và giới hạn điểm của từng cột.`];
  if (ballots.message !== null) lines.push(ballots.message);
  if (protectedRows) lines.push(runPermissions(ss).message.replace(/^Đã bảo vệ/, 'Phân quyền theo dòng mới: đã bảo vệ'));
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
