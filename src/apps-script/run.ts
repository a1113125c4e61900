/**
 * How the menu and the sidebar run an action: under the document lock, with
 * failures turned into Vietnamese messages. The menu answers with a toast (or a
 * dialog when it refused) and opens the sidebar; the sidebar gets the data.
 */
import { sidebarData, type SidebarData } from '../core/outputs/sidebar-data';
import { BUSY_MESSAGE, withDocumentLock, type Locked } from './lock';
import type { Outcome } from './outcome';
import { openSidebar } from './sidebar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Action = (ss: Spreadsheet) => Outcome;

const TITLE = 'Tính điểm';
const TOAST_SECONDS = 10;

function failure(e: unknown): string {
  const message = typeof e === 'object' && e !== null && typeof (e as Error).message === 'string' ? (e as Error).message : String(e);
  return [
    `Không thực hiện được: ${message.replace(/[.\s]+$/, '')}.`,
    'Các trang kết quả giữ nguyên bản cũ hoặc đã có bản mới đầy đủ, không trang nào bị ghi dở.',
    'Nếu lỗi nói về vùng được bảo vệ: sau khi phân quyền nhập liệu, chỉ chủ bảng tính chạy được các chức năng ghi dữ liệu.',
  ].join('\n');
}

function attempt(action: Action, ss: Spreadsheet): Locked<Outcome> {
  try {
    return withDocumentLock(() => action(ss));
  } catch (e) {
    throw new Error(failure(e));
  }
}

export function fromMenu(action: Action): void {
  const ui = SpreadsheetApp.getUi();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let result: Locked<Outcome>;
  try {
    result = attempt(action, ss);
  } catch (e) {
    ui.alert(TITLE, (e as Error).message, ui.ButtonSet.OK);
    return;
  }
  if (!result.ran) {
    ui.alert(TITLE, BUSY_MESSAGE, ui.ButtonSet.OK);
    return;
  }
  const outcome = result.value;
  if (outcome.refused) ui.alert(TITLE, outcome.message, ui.ButtonSet.OK);
  else ss.toast(outcome.message, TITLE, TOAST_SECONDS);
  openSidebar(sidebarData(outcome.ev, { reportUrl: outcome.reportUrl, action: outcome.action, now: new Date() }));
}

/**
 * For `google.script.run`: a thrown Error's message reaches the page's failure handler.
 * `refusalThrows`: an action whose refusal the page must show as such (a submission), not as data.
 */
export function fromSidebar(action: Action, refusalThrows = false): SidebarData {
  const result = attempt(action, SpreadsheetApp.getActiveSpreadsheet());
  if (!result.ran) throw new Error(BUSY_MESSAGE);
  const outcome = result.value;
  if (refusalThrows && outcome.refused) throw new Error(outcome.message);
  return sidebarData(outcome.ev, { reportUrl: outcome.reportUrl, action: outcome.action, now: new Date(), message: refusalThrows ? outcome.message : '' });
}
