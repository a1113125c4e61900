/**
 * "Tạo bảng mẫu": creates the input sheets that are missing, never touching a
 * sheet that already holds data. On an empty spreadsheet that is the guided start:
 * settings with their defaults, empty lists, and `Bảng điểm` with its fixed columns
 * only, to be laid out by "Cập nhật Bảng điểm" once the lists are typed. With
 * `Tiêu chí` and `Đơn vị` already filled, a missing `Bảng điểm` is built from them.
 * The question comes before the lock is taken; the writing run checks that the
 * sheets it was asked about are still the missing ones.
 */
import { IssueList } from '../core/model/issues';
import { MENU_ITEMS, MENU_TITLE } from '../core/model/guide';
import { parseCriteria, parseUnits } from '../core/read/parse-lists';
import { planRelayout } from '../core/plans/relayout-plan';
import { SHEET } from '../core/model/template';
import { scoreRowsFor, templateSheets, type TemplateSheet } from '../core/sheets/template-sheets';
import type { Grid, WorkbookGrids } from '../core/model/types';
import { GUIDE } from './build-kind';
import { evaluateInputs, readInputs } from './inputs';
import type { Outcome } from './outcome';
import { insertSheet } from './protections';
import { fromMenu } from './run';
import { layTemplateSheet } from './template-sheet';
import { liveSheets } from './live-formulas';
import { localeDecimalMark } from '../core/model/numbers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Existing {
  spec: TemplateSheet;
  sheet: Sheet | null;
  grid: Grid;
}

const hasData = (e: Existing): boolean => e.grid.some((row) => row.some((cell) => cell !== '' && cell !== null));
const quoted = (list: readonly Existing[]): string => list.map((e) => `"${e.spec.name}"`).join(', ');

function survey(ss: Spreadsheet): { kept: Existing[]; missing: Existing[] } {
  const all = templateSheets().map((spec) => {
    const sheet = ss.getSheetByName(spec.name);
    return { spec, sheet, grid: sheet ? sheet.getDataRange().getValues() : [] };
  });
  return { kept: all.filter(hasData), missing: all.filter((e) => !hasData(e)) };
}

const NEXT_STEPS = `Bước tiếp theo: điền "${SHEET.settings}", nhập danh sách "${SHEET.criteria}" và "${SHEET.units}", rồi chạy ${GUIDE.update} để "${SHEET.scores}" có hai cột điểm cho mỗi tiêu chí và một dòng cho mỗi đơn vị; sau đó ${GUIDE.permissions}.`;

function applyTemplate(ss: Spreadsheet, asked: string): Outcome {
  const { kept, missing } = survey(ss);
  const done = (message: string, refused = false): Outcome => ({ ev: evaluateInputs(readInputs(ss)), action: 'open', message, refused, reportUrl: '' });
  if (quoted(missing) !== asked) return done(`Trong lúc chờ xác nhận, bảng tính đã thay đổi. Chưa có gì thay đổi; hãy chạy lại ${GUIDE.template}.`, true);
  if (missing.length === 0) {
    const grids: WorkbookGrids = Object.fromEntries(kept.map((e) => [e.spec.role, e.grid]));
    const p = planRelayout(grids, GUIDE);
    const follow = p.refusal === null && p.changed ? ` "${SHEET.scores}" chưa theo danh sách tiêu chí và đơn vị: hãy chạy ${GUIDE.update}.` : '';
    return done(`Các trang ${quoted(kept)} đã có dữ liệu; không có gì thay đổi.${follow}`);
  }
  const keptRoles = new Set(kept.map((e) => e.spec.role));
  const gridOf = (role: string): Grid | undefined => kept.find((e) => e.spec.role === role)?.grid;
  const issues = new IssueList(GUIDE);
  const criteria = keptRoles.has('criteria') ? parseCriteria(gridOf('criteria'), issues) : [];
  const units = keptRoles.has('units') ? parseUnits(gridOf('units'), issues) : [];
  // The sheets that exist keep their widths; a new one has at least a new sheet's 26 columns.
  const specs = templateSheets(criteria, { ...liveSheets(ss), decimalMark: localeDecimalMark(ss.getSpreadsheetLocale()) });
  for (const e of missing) {
    const spec = specs.find((s) => s.role === e.spec.role) as TemplateSheet;
    layTemplateSheet(e.sheet ?? insertSheet(ss, spec.name), spec, spec.role === 'scores' ? scoreRowsFor(units) : spec.rows, { fresh: true });
  }
  const fromLists = missing.some((e) => e.spec.role === 'scores') && criteria.length > 0 && units.length > 0;
  return done(
    fromLists
      ? `Đã tạo ${quoted(missing)}. "${SHEET.scores}" có sẵn ${units.length} đơn vị và ${criteria.length} tiêu chí theo danh sách; các đơn vị nhập điểm vào đó.`
      : `Đã tạo ${quoted(missing)}. ${NEXT_STEPS}`,
  );
}

/** The menu item: survey and ask with no lock held, then create under the lock. */
export function menuCreateTemplate(): void {
  const ui = SpreadsheetApp.getUi();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { kept, missing } = survey(ss);
  if (kept.length > 0 && missing.length > 0) {
    const question = `Các trang ${quoted(kept)} đã có dữ liệu và sẽ được giữ nguyên. Tạo các trang còn thiếu: ${quoted(missing)}?`;
    if (ui.alert(MENU_ITEMS.template, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) {
      ss.toast('Chưa có gì thay đổi.', MENU_TITLE);
      return;
    }
  }
  fromMenu((locked) => applyTemplate(locked, quoted(missing)));
}
