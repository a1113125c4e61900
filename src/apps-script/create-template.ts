/**
 * "Tạo bảng mẫu": creates the input sheets that are missing, never touching a
 * sheet that already holds data. With `Tiêu chí` and `Đơn vị` already filled, a
 * missing `Bảng điểm` is built from them (one row per unit, a column pair per
 * criterion).
 */
import { IssueList } from '../core/issues';
import { parseCriteria, parseUnits } from '../core/parse-lists';
import { SHEET } from '../core/template';
import { STARTER_CRITERIA, scoreRowsFor, templateSheets, type TemplateSheet } from '../core/template-sheets';
import type { CellValue, Criterion, Unit } from '../core/types';
import { HEADER_BACKGROUND, TEXT_FORMAT, columnFormat } from '../core/cell-formats';
import { templateLayout, templateWraps } from '../core/print-layout';
import { makeRoom } from './block';
import { applyLayout } from './sheet-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Ui = GoogleAppsScript.Base.Ui;

interface Existing {
  sheet: Sheet | null;
  grid: CellValue[][];
}

function hasData(e: Existing): boolean {
  return e.grid.some((row) => row.some((cell) => cell !== '' && cell !== null));
}

function readExisting(ss: Spreadsheet, name: string): Existing {
  const sheet = ss.getSheetByName(name);
  return { sheet, grid: sheet ? sheet.getDataRange().getValues() : [] };
}

/** Header, formats, notes, layout and validation of one template sheet, each in one call (widths: one per column). */
function fillSheet(sheet: Sheet, spec: TemplateSheet, rows: readonly CellValue[][]): void {
  const width = spec.columns.length;
  const dataRows = Math.max(spec.dataRows, rows.length);
  makeRoom(sheet, dataRows + 1, width);
  const block = sheet.getRange(1, 1, dataRows + 1, width);
  const columnFormats = spec.columns.map((c) => columnFormat(c.format));
  block.setNumberFormats([spec.columns.map(() => TEXT_FORMAT), ...Array.from({ length: dataRows }, () => columnFormats)]);
  const values: CellValue[][] = [spec.columns.map((c) => c.header), ...rows.map((r) => spec.columns.map((_, i) => r[i] ?? ''))];
  sheet.getRange(1, 1, values.length, width).setValues(values);
  const header = sheet.getRange(1, 1, 1, width);
  header.setNotes([spec.columns.map((c) => c.note ?? '')]);
  header.setFontWeight('bold');
  header.setBackground(HEADER_BACKGROUND);
  const layout = templateLayout(spec);
  applyLayout(sheet, layout, block, templateWraps(layout, dataRows));
  const rules = spec.columns.map((c) =>
    c.validation
      ? SpreadsheetApp.newDataValidation().requireNumberBetween(c.validation.min, c.validation.max).setAllowInvalid(false).setHelpText(c.validation.help).build()
      : null,
  );
  if (rules.some((r) => r !== null)) {
    sheet.getRange(2, 1, dataRows, width).setDataValidations(Array.from({ length: dataRows }, () => rules));
  }
}

export function createTemplate(ss: Spreadsheet, ui: Ui): string {
  const probe = templateSheets();
  const existing = new Map(probe.map((spec) => [spec.role, readExisting(ss, spec.name)]));
  const kept = probe.filter((spec) => hasData(existing.get(spec.role) as Existing));
  const missing = probe.filter((spec) => !kept.includes(spec));
  if (missing.length === 0) return `Các trang ${kept.map((s) => `"${s.name}"`).join(', ')} đã có dữ liệu; không có gì thay đổi.`;
  if (kept.length > 0) {
    const question = `Các trang ${kept.map((s) => `"${s.name}"`).join(', ')} đã có dữ liệu và sẽ được giữ nguyên. Tạo các trang còn thiếu: ${missing.map((s) => `"${s.name}"`).join(', ')}?`;
    if (ui.alert('Tạo bảng mẫu', question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return 'Không có gì thay đổi.';
  }
  const issues = new IssueList();
  const keptRoles = new Set(kept.map((s) => s.role));
  const criteria: Pick<Criterion, 'code' | 'name' | 'maxBase' | 'maxBonus'>[] = keptRoles.has('criteria') ? parseCriteria(existing.get('criteria')?.grid, issues) : [];
  const units: Unit[] = keptRoles.has('units') ? parseUnits(existing.get('units')?.grid, issues) : [];
  const specs = templateSheets(criteria.length > 0 ? criteria : STARTER_CRITERIA);
  for (const spec of specs.filter((s) => !keptRoles.has(s.role))) {
    const sheet = existing.get(spec.role)?.sheet ?? ss.insertSheet(spec.name);
    fillSheet(sheet, spec, spec.role === 'scores' ? scoreRowsFor(units) : spec.rows);
  }
  const fromLists = !keptRoles.has('scores') && units.length > 0 ? ` "${SHEET.scores}" có sẵn ${units.length} đơn vị và ${criteria.length || STARTER_CRITERIA.length} tiêu chí.` : '';
  return `Đã tạo ${missing.map((s) => `"${s.name}"`).join(', ')}.${fromLists} Hãy điền "${SHEET.settings}", "${SHEET.criteria}", "${SHEET.units}" rồi nhập điểm vào "${SHEET.scores}".`;
}
