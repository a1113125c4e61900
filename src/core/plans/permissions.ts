/**
 * The permissions plan ("Phân quyền nhập liệu"): which sheets and rows are protected,
 * who may edit each, and the description that names each protection, computed from
 * the sheets alone. The add-in (src/apps-script/permissions.ts) only applies it, and
 * "Cập nhật Bảng điểm" and every action that creates a sheet keep it true.
 *
 * What a Google protection can express (Apps Script reference: Sheet.protect,
 * Range.protect, Protection) shapes the plan: a sheet has at most one sheet
 * protection, with editors and unprotected ranges; range protections may overlap, and
 * where several cover a cell the one that denies a user wins; the owner and the person
 * running the script are always editors. So every sheet is owner-only, and in
 * `Bảng điểm` the typed cells of the unit rows (score, deduction and reason columns)
 * are left out of the sheet's protection while each unit row carries a range
 * protection, across the whole row, that only the unit's emails pass: a unit edits
 * exactly the cells both let it edit — its own scores, never its code or name, the live
 * columns, another row, a row below or a column right of the template.
 *
 * Protections are matched by description: a description states all that its
 * protection grants, so an unchanged one is left as it is and a changed one replaced.
 */
import { a1 } from '../model/a1';
import { boundedList } from '../model/bounded-list';
import { EXPLANATION_HEADER, HEADER_ROWS, SCORES_FIXED_HEADER, SHEET } from '../model/template';
import { nameKey } from '../model/text';
import type { CellValue, Grid, Unit } from '../model/types';
import { LIVE_HEADERS, typedWidth } from '../sheets/live-columns';

/** Every protection the add-in makes starts so; a user's own protections never do, and are never touched. */
const PROTECTION_PREFIX = 'Tính điểm: ';

/** 1-based, as Sheets counts. */
export interface Block {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** A sheet protection: only the owner (and whoever runs) edits the sheet, except its unprotected blocks. */
export interface SheetGuard {
  sheet: string;
  /** Left out of the sheet's protection; each still lies under the row guards of its rows. */
  unprotected: Block[];
  description: string;
}

/** A range protection across one whole row of `Bảng điểm`: the unit's emails (none when locked) edit it. */
export interface RowGuard {
  row: number;
  unitCode: string;
  editors: string[];
  /** Why the unit may not edit its row now (a lock), or null. */
  lock: string | null;
  description: string;
  /** The columns it covers (1-based first, count); absent: the whole row. */
  span?: { column: number; columns: number };
}

/**
 * A row made owner-only whatever its unit's emails: the way another step (e.g. rows
 * locked once submitted) extends the plan. The row stays covered; only its editors change,
 * except its `Giải trình` cell, which stays the unit's: the explanation answers the
 * cluster's review, which comes after the lock.
 */
export interface RowLock {
  unitCode: string;
  /** Vietnamese, shown in the protection's description: "đã nộp ngày 05/01/2022". */
  why: string;
}

export interface PermissionsPlan {
  /** Why nothing can be protected yet (no score sheet, no unit row); null when the plan applies. */
  refusal: string | null;
  /** Every sheet of the spreadsheet, `Bảng điểm` with its unit blocks unprotected. */
  sheets: SheetGuard[];
  rows: RowGuard[];
  /** Units without an email (their row is owner-only) and without a row, by short name. */
  noEmail: string[];
  noRow: string[];
  /** Columns `Bảng điểm` must have before its row guards are made: they span the sheet as wide as it is then. */
  width: number;
}

/**
 * A row guard covers its row only as wide as the sheet was when it was made, and a
 * typed cell beyond it would be open to every editor: the sheet is first widened to
 * leave room for this many columns more than its layout (ten criteria added mid-year),
 * so that an update adding criteria needs no row guard made again.
 */
export const SPARE_COLUMNS = 20;

function rowGuardWidth(header: readonly CellValue[]): number {
  return Math.max(header.length, typedWidth(header) + LIVE_HEADERS.length) + SPARE_COLUMNS;
}

export interface PermissionsInput {
  /** `Bảng điểm` as read (header first), or undefined when there is none. */
  scores: Grid | undefined;
  units: readonly Unit[];
  /** Every sheet of the spreadsheet, in order. */
  sheetNames: readonly string[];
  locks?: readonly RowLock[];
  /** The menu items the refusals name. */
  guide: { update: string; permissions: string };
}

const ownerOnly = (name: string): string => `${PROTECTION_PREFIX}trang ${name}, chỉ chủ bảng tính`;

/** The guard of a sheet the product creates once protections are on: born owner-only. */
export function newSheetGuard(name: string): SheetGuard {
  return { sheet: name, unprotected: [], description: ownerOnly(name) };
}

/** Whether "Phân quyền nhập liệu" has run: some sheet protection is ours. */
export function protectionsOn(sheetDescriptions: readonly string[]): boolean {
  return sheetDescriptions.some(isOurs);
}

export function isOurs(description: string): boolean {
  return description.startsWith(PROTECTION_PREFIX);
}

const blockText = (b: Block): string => `${a1(b.row - 1, b.column - 1)}:${a1(b.row + b.rows - 2, b.column + b.columns - 2)}`;

export function scoresGuard(unprotected: Block[]): SheetGuard {
  const cells = unprotected.length > 0 ? ` ngoài ô điểm ${unprotected.map(blockText).join(', ')} (mỗi dòng của đơn vị mình)` : '';
  return { sheet: SHEET.scores, unprotected, description: `${ownerOnly(SHEET.scores)}${cells}` };
}

export function rowGuard(row: number, unitCode: string, emails: readonly string[], lock: string | null): RowGuard {
  const editors = lock === null ? [...emails] : [];
  const who = lock !== null ? `đã khóa (${lock})` : editors.length > 0 ? editors.join(', ') : 'chỉ chủ bảng tính';
  return { row, unitCode, editors, lock, description: `${PROTECTION_PREFIX}${SHEET.scores} dòng ${row}, đơn vị ${unitCode}: ${who}` };
}

/** Finds a unit by code, short or full name, as a row of `Bảng điểm` names it. */
function unitFinder(units: readonly Unit[]): (typed: CellValue) => Unit | undefined {
  const index = new Map<string, Unit>();
  for (const u of units) for (const key of [u.code, u.shortName, u.name]) if (!index.has(nameKey(key))) index.set(nameKey(key), u);
  return (typed) => index.get(nameKey(typed));
}

/** The unit of each body row of `Bảng điểm` (by code, else by name); a unit's second row has none. */
function unitRows(scores: Grid, units: readonly Unit[]): (Unit | undefined)[] {
  const header = scores[0] ?? [];
  const codeCol = header.findIndex((h) => nameKey(h) === nameKey(SCORES_FIXED_HEADER[0]));
  const nameCol = header.findIndex((h) => nameKey(h) === nameKey(SCORES_FIXED_HEADER[1]));
  const find = unitFinder(units);
  const taken = new Set<string>();
  return scores.map((row, r) => {
    if (r < HEADER_ROWS) return undefined;
    const unit = find(codeCol >= 0 ? row[codeCol] : '') ?? find(nameCol >= 0 ? row[nameCol] : '');
    if (!unit || taken.has(unit.code)) return undefined;
    taken.add(unit.code);
    return unit;
  });
}

/** The typed cells of consecutive unit rows, one block per run of such rows. */
function unitBlocks(rowsOfUnits: readonly (Unit | undefined)[], firstTyped: number, typed: number): Block[] {
  const blocks: Block[] = [];
  if (typed < firstTyped) return blocks;
  rowsOfUnits.forEach((unit, r) => {
    if (!unit) return;
    const last = blocks[blocks.length - 1];
    if (last && last.row + last.rows === r + 1) last.rows++;
    else blocks.push({ row: r + 1, column: firstTyped, rows: 1, columns: typed - firstTyped + 1 });
  });
  return blocks;
}

/** First typed column a unit may edit (1-based): right of `Mã đơn vị` and `Đơn vị`. */
const FIRST_SCORE_COLUMN = SCORES_FIXED_HEADER.length + 1;

/** The row guards and the blocks the score sheet leaves to them, for a `Bảng điểm` grid. */
function scoreGuards(scores: Grid, units: readonly Unit[], locks: readonly RowLock[] = []): { rows: RowGuard[]; blocks: Block[] } {
  const rowsOfUnits = unitRows(scores, units);
  const lockOf = new Map(locks.map((l) => [nameKey(l.unitCode), l.why]));
  const explanation = (scores[0] ?? []).findIndex((h) => nameKey(h) === nameKey(EXPLANATION_HEADER)) + 1;
  const rows: RowGuard[] = [];
  rowsOfUnits.forEach((unit, r) => {
    if (!unit) return;
    const lock = lockOf.get(nameKey(unit.code)) ?? null;
    if (lock === null || explanation < 1) {
      rows.push(rowGuard(r + 1, unit.code, unit.emails, lock));
      return;
    }
    // Locked, left of its explanation; the explanation cell the unit's own.
    rows.push({ ...rowGuard(r + 1, unit.code, unit.emails, lock), span: { column: 1, columns: explanation - 1 } });
    const open = rowGuard(r + 1, unit.code, unit.emails, null);
    rows.push({ ...open, span: { column: explanation, columns: 1 }, description: `${open.description}, cột ${EXPLANATION_HEADER}` });
  });
  return { rows, blocks: unitBlocks(rowsOfUnits, FIRST_SCORE_COLUMN, typedWidth(scores[0] ?? [])) };
}

export function planPermissions(input: PermissionsInput): PermissionsPlan {
  const { scores, units, guide } = input;
  const refused = (refusal: string): PermissionsPlan => ({ refusal, sheets: [], rows: [], noEmail: [], noRow: [], width: 0 });
  const layOutFirst = `hãy chạy ${guide.update} trước, rồi chạy lại ${guide.permissions}. Chưa có gì thay đổi.`;
  if (!scores) return refused(`Chưa có trang "${SHEET.scores}": ${layOutFirst}`);
  const header = scores[0] ?? [];
  if (!SCORES_FIXED_HEADER.some((title) => header.some((h) => nameKey(h) === nameKey(title)))) {
    return refused(`Trang "${SHEET.scores}" không có cột "${SCORES_FIXED_HEADER[0]}": không biết dòng nào của đơn vị nào; ${layOutFirst}`);
  }
  const { rows, blocks } = scoreGuards(scores, units, input.locks);
  // Protecting a sheet with no unit row would leave it to the owner alone: say what comes first instead.
  if (rows.length === 0) {
    return refused(
      units.length === 0
        ? `Trang "${SHEET.units}" chưa có đơn vị nào: hãy nhập danh sách đơn vị và email người nhập, chạy ${guide.update}, rồi chạy lại ${guide.permissions}. Chưa có gì thay đổi.`
        : `Trang "${SHEET.scores}" chưa có dòng nào của các đơn vị trong "${SHEET.units}": ${layOutFirst}`,
    );
  }
  const withRow = new Set(rows.map((r) => r.unitCode));
  const sheets = input.sheetNames.map((name) => (name === SHEET.scores ? scoresGuard(blocks) : newSheetGuard(name)));
  return {
    refusal: null,
    sheets,
    rows,
    noEmail: units.filter((u) => u.emails.length === 0).map((u) => u.shortName || u.code),
    noRow: units.filter((u) => !withRow.has(u.code)).map((u) => u.shortName || u.code),
    width: rowGuardWidth(header),
  };
}

/** Which existing row guards stay (same description), which to make and which to remove (indices into `existing`). */
export function rowGuardChanges(wanted: readonly RowGuard[], existing: readonly string[]): { make: RowGuard[]; remove: number[] } {
  const have = new Map<string, number[]>();
  existing.forEach((d, i) => isOurs(d) && have.set(d, [...(have.get(d) ?? []), i]));
  const make: RowGuard[] = [];
  for (const g of wanted) {
    const at = have.get(g.description);
    if (at && at.length > 0) at.shift();
    else make.push(g);
  }
  const remove = [...have.values()].flat().sort((a, b) => a - b);
  return { make, remove };
}

/** The cells of both block lists: while a layout changes, the score sheet leaves open only what both leave open. */
export function commonBlocks(a: readonly Block[], b: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const x of a) {
    for (const y of b) {
      const row = Math.max(x.row, y.row);
      const column = Math.max(x.column, y.column);
      const rows = Math.min(x.row + x.rows, y.row + y.rows) - row;
      const columns = Math.min(x.column + x.columns, y.column + y.columns) - column;
      if (rows > 0 && columns > 0) out.push({ row, column, rows, columns });
    }
  }
  return out;
}

export interface PermissionsDone {
  /** Units whose row guard lets their emails edit (Google took every address). */
  units: number;
  /** Units whose addresses Google refused: their row stays owner-only. */
  refused: string[];
  /** Sheets protected owner-only, `Bảng điểm` included. */
  sheets: string[];
  /** Sheets already carrying a protection of the user's own, left as they are. */
  userProtected: string[];
}

const quoted = (list: readonly string[]): string =>
  boundedList(
    list.map((n) => `"${n}"`),
    'trang',
  );

/** What "Phân quyền nhập liệu" did, in Vietnamese. */
export function permissionsSummary(plan: PermissionsPlan, done: PermissionsDone, guide: { update: string; permissions: string }): string {
  const units = done.units;
  return [
    `Đã bảo vệ ${units} dòng đơn vị trong "${SHEET.scores}" (mỗi dòng chỉ email của đơn vị đó và chủ bảng tính được sửa, và chỉ ở các cột điểm, điểm trừ, lý do trừ, minh chứng, giải trình) và các trang ${quoted(done.sheets.filter((s) => s !== SHEET.scores))} (chỉ chủ bảng tính); mã, tên đơn vị, các cột tự tính, dòng trống và cột ngoài bảng mẫu chỉ chủ bảng tính sửa được.`,
    plan.noEmail.length > 0 ? `Đơn vị chưa có email trong "${SHEET.units}" (chỉ chủ bảng tính nhập được): ${boundedList(plan.noEmail, 'đơn vị')}.` : '',
    done.refused.length > 0
      ? `Google không nhận email của: ${boundedList(done.refused, 'đơn vị')}; dòng của các đơn vị này chỉ chủ bảng tính sửa được. Hãy sửa email trong "${SHEET.units}" rồi chạy lại ${guide.permissions}.`
      : '',
    done.userProtected.length > 0
      ? `Các trang ${quoted(done.userProtected)} đã có bảo vệ riêng do người dùng đặt: giữ nguyên, hãy tự kiểm tra ai được sửa.`
      : '',
    plan.noRow.length > 0
      ? `Đơn vị chưa có dòng trong "${SHEET.scores}": ${boundedList(plan.noRow, 'đơn vị')}; hãy chạy ${guide.update} rồi chạy lại ${guide.permissions}.`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** What "Cập nhật Bảng điểm" does to the protections of `Bảng điểm` once protections are on. */
export interface GuardWork {
  /** False when no unit changed rows, no row came or went and the typed columns stayed: no protection is touched, not even read. */
  touched: boolean;
  /** The row guards to make: every unit row's when the existing ones must be read and compared, else only the added rows'. */
  rows: RowGuard[];
  /** Whether the existing row guards are read to find those to replace (a unit changed rows, rows went, or `force`). */
  read: boolean;
  /** Every row guard is made again: the sheet grew columns that the existing ones, as wide as the sheet was, do not span. */
  force: boolean;
  /** The score sheet's guard after the update. */
  guard: SheetGuard;
}

const sameBlocks = (a: readonly Block[], b: readonly Block[]): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Compares the unit of each row before and after a relayout: only rows whose unit
 * changed, rows added or rows gone need their guard made again; the rest keep theirs.
 */
export function relayoutGuards(before: Grid | undefined, after: Grid, units: readonly Unit[], columnsGrew: boolean, locks: readonly RowLock[] = []): GuardWork {
  const was = before ? rowKeys(before) : [];
  const now = rowKeys(after);
  const { rows, blocks } = scoreGuards(after, units, locks);
  const oldBlocks = before ? unitBlocks(unitRows(before, units), FIRST_SCORE_COLUMN, typedWidth(before[0] ?? [])) : [];
  const guard = scoresGuard(blocks);
  // A row that named a unit before and names another (or none) now may carry that unit's guard: find it.
  let changed = false;
  for (let r = HEADER_ROWS; r < was.length; r++) if (was[r] !== '' && was[r] !== (now[r] ?? '')) changed = true;
  const added = rows.filter((g) => (was[g.row - 1] ?? '') === '');
  if (columnsGrew || changed) return { touched: true, rows, read: true, force: columnsGrew, guard };
  return { touched: added.length > 0 || !sameBlocks(oldBlocks, blocks), rows: added, read: false, force: false, guard };
}

/** What names the unit of each row of a `Bảng điểm` grid: its code, else its name ('' for a blank row). */
function rowKeys(grid: Grid): string[] {
  const header = grid[0] ?? [];
  const codeCol = header.findIndex((h) => nameKey(h) === nameKey(SCORES_FIXED_HEADER[0]));
  const nameCol = header.findIndex((h) => nameKey(h) === nameKey(SCORES_FIXED_HEADER[1]));
  return grid.map((row, r) => (r < HEADER_ROWS ? '' : nameKey(codeCol >= 0 ? row[codeCol] : '') || nameKey(nameCol >= 0 ? row[nameCol] : '')));
}

/** The update's line about row protections: how many rows got a guard again, and any address Google refused. */
export function guardsMessage(made: number, refused: readonly string[]): string {
  const again =
    made > 0
      ? `Phân quyền theo dòng mới: đã bảo vệ lại ${made} dòng đơn vị trong "${SHEET.scores}"; các dòng khác giữ nguyên bảo vệ.`
      : `Phân quyền theo dòng mới: các dòng đơn vị giữ nguyên bảo vệ.`;
  return refused.length > 0 ? `${again} Google không nhận email của: ${boundedList(refused, 'đơn vị')}; các dòng này chỉ chủ bảng tính sửa được.` : again;
}
