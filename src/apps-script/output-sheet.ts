/**
 * Output sheets are rebuilt whole in a new sheet that then takes the old one's
 * place, so a run stopped half way (six-minute limit, closed tab) leaves either
 * the previous output or the new one, never a mix.
 */
import { keepOwnerProtection } from './protections';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function replaceSheet(ss: Spreadsheet, name: string, fill: (sheet: Sheet) => void): Sheet {
  const buildingName = `${name} (đang tạo)`;
  const leftover = ss.getSheetByName(buildingName);
  if (leftover) ss.deleteSheet(leftover);
  const old = ss.getSheetByName(name);
  const sheet = old ? ss.insertSheet(buildingName, old.getIndex() - 1) : ss.insertSheet(buildingName);
  try {
    fill(sheet);
    if (old) {
      keepOwnerProtection(old, sheet);
      ss.deleteSheet(old);
    }
  } catch (e) {
    // E.g. someone other than the owner cannot delete a protected output sheet: the old one stays, whole.
    ss.deleteSheet(sheet);
    throw e;
  }
  sheet.setName(name);
  return sheet;
}
