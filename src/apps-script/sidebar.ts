/** The results sidebar (page built by the sidebar work into dist/Sidebar.html) and the cell it asks to select. */
import { parseA1 } from '../core/model/a1';
import { sidebarJson, type SidebarData } from '../core/outputs/sidebar-data';

export const SIDEBAR_FILE = 'Sidebar';
export const SIDEBAR_TITLE = 'Tính điểm thi đua';

export function openSidebar(data: SidebarData): void {
  const template = HtmlService.createTemplateFromFile(SIDEBAR_FILE);
  // The page prints it with the scriptlet <?!= initialJson ?>; sidebarJson escapes what could close the script tag.
  (template as GoogleAppsScript.HTML.HtmlTemplate & { initialJson: string }).initialJson = sidebarJson(data);
  SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(SIDEBAR_TITLE));
}

export function selectCell(sheetName: unknown, cell: unknown): void {
  const name = String(sheetName);
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) throw new Error(`Không tìm thấy trang tính "${name}": có thể trang đã bị đổi tên hoặc xóa.`);
  const at = parseA1(String(cell));
  if (!at) throw new Error(`"${String(cell)}" không phải địa chỉ ô.`);
  sheet.activate();
  sheet.getRange(at.row + 1, at.col + 1).activate();
}
