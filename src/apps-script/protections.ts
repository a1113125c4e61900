/**
 * Protections the add-in owns are recognised by their description prefix, so a
 * new run replaces them instead of stacking more, and protections a user made are
 * never touched.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

export const PROTECTION_PREFIX = 'Tính điểm: ';

/**
 * Leaves `emails` (plus the owner and the person running, whom Google always
 * keeps) as the only editors, and turns off edit-by-domain.
 */
export function restrictTo(protection: Protection, description: string, emails: readonly string[]): Protection {
  protection.setDescription(PROTECTION_PREFIX + description);
  protection.removeEditors(protection.getEditors());
  if (emails.length > 0) protection.addEditors([...emails]);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
  return protection;
}

export function isOurs(protection: Protection): boolean {
  return protection.getDescription().startsWith(PROTECTION_PREFIX);
}

export function protectSheetForOwner(sheet: Sheet, name: string): Protection {
  return restrictTo(sheet.protect(), `trang ${name}, chỉ chủ bảng tính`, []);
}

/**
 * Once "Phân quyền nhập liệu" has run (some sheet carries a protection of ours), an
 * output sheet made later, or rebuilt, is owner-only too: member units must not be
 * able to edit a ranking or the history, whether it existed at that time or not.
 */
export function protectOutputLikeTheRest(ss: Spreadsheet, sheet: Sheet, name: string): void {
  if (ss.getProtections(SpreadsheetApp.ProtectionType.SHEET).some(isOurs)) protectSheetForOwner(sheet, name);
}
