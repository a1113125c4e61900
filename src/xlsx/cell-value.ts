/**
 * exceljs cell values ↔ the core's `CellValue`, so that a workbook read from an
 * .xlsx file looks exactly like what `Range.getValues()` gives in Sheets.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../core/types';

/**
 * exceljs stores a date's wall-clock time as if it were UTC; Sheets hands out the
 * same wall-clock time in the script's time zone. Moving the fields keeps
 * "05/01/2022" the fifth of January wherever the command runs.
 */
function wallClock(d: Date): Date {
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}

export function toExcelDate(d: Date): Date {
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()));
}

/** One exceljs value (possibly a formula, rich text, hyperlink or error object) → CellValue. */
export function fromExcelValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  if (value instanceof Date) return wallClock(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return fromExcelValue(value.result as ExcelJS.CellValue | undefined);
  // Hyperlinks: the text the user sees, which exceljs may keep as rich text.
  if ('hyperlink' in value) return fromExcelValue(value.text as ExcelJS.CellValue);
  return '';
}

/** A cell as `getValues()` would give it: merged cells other than the master read as ''. */
export function fromExcelCell(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return '';
  return fromExcelValue(cell.value);
}
