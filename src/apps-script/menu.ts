/**
 * The menu. `createAddonMenu()` works both as an editor add-on (the submenu takes
 * the add-on's name) and in a bound script (it takes the project's name: name the
 * project "Tính điểm"). It reads no data, so it works in AuthMode.NONE.
 */
import { MENU_FUNCTIONS } from './global-names';

export function buildMenu(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Tạo bảng mẫu', MENU_FUNCTIONS.template)
    .addSeparator()
    .addItem('Kiểm tra dữ liệu', MENU_FUNCTIONS.check)
    .addItem('Tính điểm và xếp hạng', MENU_FUNCTIONS.compute)
    .addItem('Tạo báo cáo', MENU_FUNCTIONS.report)
    .addSeparator()
    .addItem('Phân quyền nhập liệu', MENU_FUNCTIONS.permissions)
    .addSeparator()
    .addItem('Mở bảng kết quả', MENU_FUNCTIONS.sidebar)
    .addItem('Hướng dẫn', MENU_FUNCTIONS.help)
    .addToUi();
}
