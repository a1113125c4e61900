/**
 * "Phân quyền nhập liệu": each unit's row of `Bảng điểm` can be edited only by
 * that unit's emails (from `Đơn vị`) and the owner; the settings, lists and
 * output sheets only by the owner. Earlier protections of ours are replaced.
 *
 * Unlike the other actions, the number of calls grows with the number of units:
 * Google has no batch call for protections, so each unit's row costs one
 * protection and its editor calls.
 */
import { boundedList } from '../core/model/bounded-list';
import { typedWidth } from '../core/sheets/live-columns';
import { nameKey } from '../core/model/text';
import { INPUT_ROLES, OCCASIONAL_OUTPUT_ROLES, OUTPUT_ROLES, SCORES_FIXED_HEADER, SHEET } from '../core/model/template';
import type { Unit } from '../core/model/types';
import { GUIDE } from './build-kind';
import { evaluateInputs, readInputs } from './inputs';
import type { Outcome } from './outcome';
import { isOurs, protectSheetForOwner, restrictTo } from './protections';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function removeOurs(ss: Spreadsheet): void {
  for (const type of [SpreadsheetApp.ProtectionType.RANGE, SpreadsheetApp.ProtectionType.SHEET]) {
    for (const p of ss.getProtections(type)) if (isOurs(p)) p.remove();
  }
}

function unitFinder(units: readonly Unit[]): (typed: unknown) => Unit | undefined {
  const index = new Map<string, Unit>();
  for (const u of units) for (const key of [u.code, u.shortName, u.name]) if (!index.has(nameKey(key))) index.set(nameKey(key), u);
  return (typed) => index.get(nameKey(typed));
}

const names = (list: readonly string[]): string => list.map((n) => `"${n}"`).join(', ');

export function runPermissions(ss: Spreadsheet): Outcome {
  const inputs = readInputs(ss);
  const ev = evaluateInputs(inputs);
  const outcome = (message: string, refused = false): Outcome => ({ ev, action: 'open', message, refused, reportUrl: '' });
  const range = inputs.ranges.scores;
  const grid = inputs.grids.scores;
  const layOutFirst = `hãy chạy ${GUIDE.update} trước, rồi chạy lại ${GUIDE.permissions}. Chưa có gì thay đổi.`;
  if (!range || !grid) return outcome(`Chưa có trang "${SHEET.scores}": ${layOutFirst}`, true);
  const codeCol = grid[0].findIndex((h) => nameKey(h) === nameKey(SCORES_FIXED_HEADER[0]));
  const nameCol = grid[0].findIndex((h) => nameKey(h) === nameKey(SCORES_FIXED_HEADER[1]));
  if (codeCol < 0 && nameCol < 0) return outcome(`Trang "${SHEET.scores}" không có cột "${SCORES_FIXED_HEADER[0]}": không biết dòng nào của đơn vị nào; ${layOutFirst}`, true);
  const find = unitFinder(ev.units);
  const unitOfRow = (row: (typeof grid)[number], r: number): Unit | undefined => (r === 0 ? undefined : (find(codeCol >= 0 ? row[codeCol] : '') ?? find(nameCol >= 0 ? row[nameCol] : '')));
  // Protecting a sheet with no unit row would leave it to the owner alone: say what comes first instead.
  if (!grid.some((row, r) => unitOfRow(row, r))) {
    return outcome(
      ev.units.length === 0
        ? `Trang "${SHEET.units}" chưa có đơn vị nào: hãy nhập danh sách đơn vị và email người nhập, chạy ${GUIDE.update}, rồi chạy lại ${GUIDE.permissions}. Chưa có gì thay đổi.`
        : `Trang "${SHEET.scores}" chưa có dòng nào của các đơn vị trong "${SHEET.units}": ${layOutFirst}`,
      true,
    );
  }

  removeOurs(ss);
  const sheet = range.getSheet();
  const width = grid[0].length;
  // Units type left of the live columns; the live columns stay the owner's, so a
  // value typed there cannot block the formula that fills them.
  const typed = typedWidth(grid[0]);
  restrictTo(sheet.getRange(1, 1, 1, width).protect(), `dòng tiêu đề ${SHEET.scores}`, []);
  if (typed < width) restrictTo(sheet.getRange(2, typed + 1, sheet.getMaxRows() - 1, width - typed).protect(), `các cột tự tính của ${SHEET.scores}`, []);
  // The empty rows below too: a row added there could claim another unit's code.
  const below = sheet.getMaxRows() - grid.length;
  if (below > 0) restrictTo(sheet.getRange(grid.length + 1, 1, below, width).protect(), `các dòng trống của ${SHEET.scores}`, []);
  const protectedUnits = new Set<string>();
  const withRow = new Set<string>();
  const failed: string[] = [];
  grid.forEach((row, r) => {
    const unit = unitOfRow(row, r);
    if (!unit) return;
    withRow.add(unit.code);
    try {
      restrictTo(sheet.getRange(r + 1, 1, 1, typed).protect(), `${SHEET.scores}, đơn vị ${unit.code}`, unit.emails);
      protectedUnits.add(unit.code);
    } catch {
      // Google refuses an address it does not know; the row then stays owner-only.
      failed.push(unit.shortName || unit.code);
    }
  });

  const sheets = [...INPUT_ROLES.filter((r) => r !== 'scores'), ...OUTPUT_ROLES, ...OCCASIONAL_OUTPUT_ROLES].map((role) => SHEET[role]);
  const done: string[] = [];
  for (const name of sheets) {
    const s = ss.getSheetByName(name);
    if (!s) continue;
    protectSheetForOwner(s, name);
    done.push(name);
  }

  const noEmail = ev.units.filter((u) => u.emails.length === 0).map((u) => u.shortName || u.code);
  const noRow = ev.units.filter((u) => !withRow.has(u.code)).map((u) => u.shortName || u.code);
  return outcome(
    [
      `Đã bảo vệ ${protectedUnits.size} dòng đơn vị trong "${SHEET.scores}" (mỗi dòng chỉ email của đơn vị đó và chủ bảng tính được sửa) và các trang ${names(done)} (chỉ chủ bảng tính).`,
      noEmail.length > 0 ? `Đơn vị chưa có email trong "${SHEET.units}" (chỉ chủ bảng tính nhập được): ${boundedList(noEmail, 'đơn vị')}.` : '',
      failed.length > 0 ? `Google không nhận email của: ${boundedList(failed, 'email')}; hãy sửa email trong "${SHEET.units}".` : '',
      noRow.length > 0 ? `Đơn vị chưa có dòng trong "${SHEET.scores}": ${boundedList(noRow, 'đơn vị')}; hãy chạy ${GUIDE.update} rồi chạy lại ${GUIDE.permissions}.` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}
