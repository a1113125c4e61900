/** Cell formats shared by the template and the output sheets written to .xlsx. */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/types';
import { toExcelDate } from './cell-value';

/** Plain text: whatever is typed stays text and is never evaluated. */
export const TEXT_FORMAT = '@';
/**
 * Points: a number with up to three decimals ("10.0", "9.5", "9.25"). The add-in
 * uses "0.###", which Excel shows as "10." for whole numbers; fractional values look
 * the same under both.
 */
export const POINTS_FORMAT = '0.0##';
export const INTEGER_FORMAT = '0';

/** The add-in's header shade (#d9e2f3). */
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };

/** Excel's column width is in characters; the template gives pixels (about 7 per character). */
export const widthInCharacters = (pixels: number): number => Math.round(pixels / 7);

/**
 * Writes a value as data, never as a formula: exceljs stores a JavaScript string
 * as a string cell whatever it starts with ("=IMPORTXML(…)", "+1", "@x").
 */
export function setLiteral(cell: ExcelJS.Cell, value: CellValue): void {
  if (value === null || value === undefined || value === '') {
    cell.value = null;
  } else if (value instanceof Date) {
    cell.value = toExcelDate(value);
  } else {
    cell.value = value;
  }
}

export function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
}

export function freezeHeader(sheet: ExcelJS.Worksheet): void {
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
}
