/**
 * Who may run the cluster's own steps. A run has the rights of the person who starts
 * it, and Google keeps that person an editor of every protection the run makes: a
 * unit's editor who ran *Phân quyền* or *Cập nhật Bảng điểm* would become an editor of
 * the guards those lay again. So those steps, like reopening and locking rows, are the
 * secretariat's: whoever can edit `Cấu hình` (before *Phân quyền*, everyone can).
 */
import { SHEET } from '../core/model/template';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function isSecretariat(ss: Spreadsheet): boolean {
  const settings = ss.getSheetByName(SHEET.settings);
  return !!settings && settings.getRange(1, 1).canEdit();
}

export const NOT_SECRETARIAT = `Chỉ thư ký cụm (người sửa được trang "${SHEET.settings}") mới làm được việc này. Chưa có gì thay đổi.`;
