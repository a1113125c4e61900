/**
 * The menu "Tính điểm". The default build is for a script bound to the
 * spreadsheet: `createMenu` puts "Tính điểm" in the menu bar. The add-on build
 * (`npm run build -- --addon`) uses `createAddonMenu`, as Google requires of a
 * published add-on: the menu then sits under Extensions, named after the add-on.
 * It reads no data, so it works in AuthMode.NONE.
 */
import { MENU_ITEMS, MENU_TITLE } from '../core/model/guide';
import { ADDON_BUILD } from './build-kind';
import { MENU_FUNCTIONS } from './global-names';

export function buildMenu(): void {
  const ui = SpreadsheetApp.getUi();
  (ADDON_BUILD ? ui.createAddonMenu() : ui.createMenu(MENU_TITLE))
    .addItem(MENU_ITEMS.template, MENU_FUNCTIONS.template)
    .addItem(MENU_ITEMS.update, MENU_FUNCTIONS.update)
    .addItem(MENU_ITEMS.permissions, MENU_FUNCTIONS.permissions)
    .addSeparator()
    .addItem(MENU_ITEMS.submit, MENU_FUNCTIONS.submit)
    .addItem(MENU_ITEMS.reopen, MENU_FUNCTIONS.reopen)
    .addItem(MENU_ITEMS.review, MENU_FUNCTIONS.review)
    .addItem(MENU_ITEMS.lock, MENU_FUNCTIONS.lock)
    .addSeparator()
    .addItem(MENU_ITEMS.check, MENU_FUNCTIONS.check)
    .addItem(MENU_ITEMS.compute, MENU_FUNCTIONS.compute)
    .addItem(MENU_ITEMS.report, MENU_FUNCTIONS.report)
    .addItem(MENU_ITEMS.vote, MENU_FUNCTIONS.vote)
    .addItem(MENU_ITEMS.dossier, MENU_FUNCTIONS.dossier)
    .addSeparator()
    .addItem(MENU_ITEMS.newYear, MENU_FUNCTIONS.newYear)
    .addSeparator()
    .addItem(MENU_ITEMS.sidebar, MENU_FUNCTIONS.sidebar)
    .addItem(MENU_ITEMS.help, MENU_FUNCTIONS.help)
    .addToUi();
}
