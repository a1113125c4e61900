/**
 * Output sheets are rebuilt whole in a new sheet that then takes the old one's
 * place, so a run stopped half way (six-minute limit, closed tab) leaves either
 * the previous output or the new one, never a mix.
 */
import { insertSheet } from './protections';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Puts back what an earlier run stopped mid-swap left: an old output set aside
 * under "… (cũ)" whose replacement never took its name, and half-built sheets.
 */
function recover(ss: Spreadsheet, name: string, buildingName: string, asideName: string): void {
  const aside = ss.getSheetByName(asideName);
  if (aside) {
    if (ss.getSheetByName(name)) ss.deleteSheet(aside);
    else aside.setName(name);
  }
  const leftover = ss.getSheetByName(buildingName);
  if (leftover) ss.deleteSheet(leftover);
}

/** The new sheet takes the old one's place among the tabs (a new name goes last), or the first place when `first`. */
export function replaceSheet(ss: Spreadsheet, name: string, fill: (sheet: Sheet) => void, first?: boolean): Sheet {
  const buildingName = `${name} (đang tạo)`;
  const asideName = `${name} (cũ)`;
  recover(ss, name, buildingName, asideName);
  const old = ss.getSheetByName(name);
  const sheet = insertSheet(ss, buildingName, first ? 0 : old ? old.getIndex() - 1 : undefined, name);
  let renamedOld = false;
  try {
    fill(sheet);
    if (old) {
      // The old sheet steps aside before the new one takes its name and is deleted
      // last: at every moment one whole output exists under the name or beside it.
      old.setName(asideName);
      renamedOld = true;
    }
    sheet.setName(name);
  } catch (e) {
    // E.g. someone other than the owner cannot rename a protected output sheet: the old one stays, whole.
    if (renamedOld && old) old.setName(name);
    ss.deleteSheet(sheet);
    throw e;
  }
  if (old) ss.deleteSheet(old);
  return sheet;
}
