/**
 * Applies the guards of the permissions plan (src/core/plans/permissions.ts) with as
 * few calls as the Protection API allows, and in an order that never opens a cell: a
 * new protection is made, restricted and named before the one it replaces goes, and
 * the blocks the score sheet leaves to the units shrink before rows change and grow
 * only after. Protections are ours by their description's prefix; a user's own are
 * never changed.
 */
import {
  commonBlocks,
  isOurs,
  newSheetGuard,
  protectionsOn,
  rowGuard,
  rowGuardChanges,
  type Block,
  type RowGuard,
  type SheetGuard,
} from '../core/plans/permissions';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type User = GoogleAppsScript.Base.User;

/**
 * One run's knowledge, asked once: the spreadsheet's editors (a new protection mirrors
 * them until its editors change, Google's reference for Range.protect) and whether
 * domain edit is on (the same for every new protection of the spreadsheet).
 */
export class Guarding {
  private editors: User[] | null = null;
  private domain: boolean | null = null;
  constructor(private readonly ss: Spreadsheet) {}

  /** Leaves the owner and whoever runs as the only editors (Google keeps both), domain edit off. */
  restrict(p: Protection): void {
    if (this.editors === null) this.editors = this.ss.getEditors();
    p.removeEditors(this.editors);
    if (this.domain === null) this.domain = p.canDomainEdit();
    if (this.domain) p.setDomainEdit(false);
  }
}

export type SheetResult = 'done' | 'user';

/** The sheet's protection as the guard says; 'user' when the sheet carries a protection of the user's own, left as it is. */
export function guardSheet(g: Guarding, sheet: Sheet, guard: SheetGuard): SheetResult {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  if (existing) {
    const description = existing.getDescription();
    if (!isOurs(description)) return 'user';
    if (description === guard.description) return 'done';
    setBlocks(existing, sheet, guard.unprotected);
    existing.setDescription(guard.description);
    return 'done';
  }
  // Sheet.protect() returns the existing protection when there is one: asked first above.
  const p = sheet.protect();
  g.restrict(p);
  if (guard.unprotected.length > 0) setBlocks(p, sheet, guard.unprotected);
  p.setDescription(guard.description);
  return 'done';
}

function setBlocks(p: Protection, sheet: Sheet, blocks: readonly Block[]): void {
  p.setUnprotectedRanges(blocks.map((b) => sheet.getRange(b.row, b.column, b.rows, b.columns)));
}

const sameBlocks = (a: readonly Block[], b: readonly Block[]): boolean => JSON.stringify(a) === JSON.stringify(b);

function blocksOf(p: Protection): Block[] {
  return p.getUnprotectedRanges().map((r) => ({ row: r.getRow(), column: r.getColumn(), rows: r.getNumRows(), columns: r.getNumColumns() }));
}

/**
 * A row guard across the whole row: restricted before it is named, so that a run
 * stopped between the two leaves an unnamed owner-only protection (stricter), never
 * one of ours that still lets everyone in. False when Google refused an address: the
 * row then stays owner-only, and its description says so.
 */
function makeRowGuard(g: Guarding, sheet: Sheet, guard: RowGuard, width: number): boolean {
  const p = sheet.getRange(guard.row, guard.span?.column ?? 1, 1, guard.span?.columns ?? width).protect();
  g.restrict(p);
  let taken = true;
  if (guard.editors.length > 0) {
    try {
      p.addEditors(guard.editors);
    } catch {
      taken = false;
    }
  }
  p.setDescription(
    taken ? guard.description : `${rowGuard(guard.row, guard.unitCode, [], null).description}${guard.span ? ` (cột ${guard.span.column})` : ''}`,
  );
  return taken;
}

export interface RowWork {
  guard: SheetGuard;
  rows: readonly RowGuard[];
  /** Read the existing row guards and replace those the plan no longer wants. */
  read: boolean;
  /** Replace every row guard of ours. */
  force: boolean;
}

/**
 * The score sheet's row guards and blocks made to match the plan: its sheet guard
 * first (a new one leaves nothing open), the open blocks narrowed to what the old and
 * new layouts both leave open, the new row guards, `between` (the values of an update),
 * the old row guards removed, and the new blocks opened last. Returns the units whose
 * addresses Google refused.
 */
export function guardScoreRows(
  g: Guarding,
  sheet: Sheet,
  work: RowWork,
  between: () => void = () => undefined,
): { made: number; refused: string[]; user: boolean } {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  const ours = existing !== undefined && isOurs(existing.getDescription());
  let sheetGuard: Protection | null = ours ? existing : null;
  let open: Block[] = [];
  let named = ours ? existing.getDescription() : '';
  if (!existing) {
    sheetGuard = sheet.protect();
    g.restrict(sheetGuard);
    sheetGuard.setDescription(work.guard.description);
    named = work.guard.description;
  } else if (ours) {
    open = blocksOf(existing);
    const common = commonBlocks(open, work.guard.unprotected);
    if (!sameBlocks(common, open)) setBlocks(existing, sheet, common);
    open = common;
  }
  let old: Protection[] = [];
  let make: readonly RowGuard[] = work.rows;
  if (work.read) {
    old = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
    const descriptions = old.map((p) => p.getDescription());
    const changes = rowGuardChanges(work.rows, work.force ? descriptions.map(() => '') : descriptions);
    make = changes.make;
    // With `force`, every guard of ours goes; a user's own protections stay.
    old = work.force ? old.filter((_, i) => isOurs(descriptions[i])) : changes.remove.map((i) => old[i]);
  }
  const width = make.length > 0 ? sheet.getMaxColumns() : 0;
  const refused: string[] = [];
  for (const r of make) if (!makeRowGuard(g, sheet, r, width)) refused.push(r.unitCode);
  between();
  for (const p of old) p.remove();
  if (sheetGuard) {
    if (!sameBlocks(open, work.guard.unprotected)) setBlocks(sheetGuard, sheet, work.guard.unprotected);
    if (named !== work.guard.description) sheetGuard.setDescription(work.guard.description);
  }
  return { made: make.length, refused, user: existing !== undefined && !ours };
}

/** Whether "Phân quyền nhập liệu" has run on this spreadsheet: a sheet protection of ours exists. */
export function guarded(ss: Spreadsheet): boolean {
  return protectionsOn(ss.getProtections(SpreadsheetApp.ProtectionType.SHEET).map((p) => p.getDescription()));
}

/**
 * Every sheet the product creates goes through here: once protections are on it is
 * born owner-only (named for `name`, the name it ends with), before anything is written.
 */
export function insertSheet(ss: Spreadsheet, name: string, index?: number, finalName = name): Sheet {
  const sheet = index === undefined ? ss.insertSheet(name) : ss.insertSheet(name, index);
  if (guarded(ss)) guardSheet(new Guarding(ss), sheet, newSheetGuard(finalName));
  return sheet;
}
