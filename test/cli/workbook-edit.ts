/** Typing into an .xlsx as a unit would, for the command's journeys. */
import ExcelJS from 'exceljs';
import { SHEET } from '../../src/core/model/template';
import type { CellValue } from '../../src/core/model/types';
import { sheetGrid } from '../../src/xlsx/read-workbook';

export const sheetOf = (workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => workbook.getWorksheet(name) as ExcelJS.Worksheet;

/** Each unit types its own cells of `Bảng điểm`, found by its code and the column headers. */
export function typeScores(workbook: ExcelJS.Workbook, values: (unit: string) => Record<string, CellValue>): void {
  const sheet = sheetOf(workbook, SHEET.scores);
  const grid = sheetGrid(sheet);
  grid.slice(1).forEach((row, r) => {
    for (const [header, value] of Object.entries(values(String(row[0])))) {
      const c = grid[0].indexOf(header);
      if (c < 0) throw new Error(`no column ${header}`);
      sheet.getCell(r + 2, c + 1).value = value as ExcelJS.CellValue;
    }
  });
}

/** Sets a cell of a list sheet by its header; a missing header (`Mã cũ`) is added. */
export function setByHeader(sheet: ExcelJS.Worksheet, row: number, title: string, value: ExcelJS.CellValue): void {
  const header = sheetGrid(sheet)[0];
  let c = header.indexOf(title);
  if (c < 0) {
    c = header.length;
    sheet.getCell(1, c + 1).value = title;
  }
  sheet.getCell(row, c + 1).value = value;
}
