/** Cell formats shared by the template and the output sheets written to .xlsx. */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/types';
import { HEADER_BACKGROUND } from '../core/cell-formats';
import { toExcelDate } from './cell-value';

/** The header shade of every sheet we write, as Excel's ARGB. */
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${HEADER_BACKGROUND.slice(1).toUpperCase()}` } };

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
