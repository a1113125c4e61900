/**
 * Data validations as ranges again before exceljs writes a workbook it loaded. exceljs
 * reads `sqref="E2:E100"` as one entry per cell and, writing, joins the cells back in
 * text order ("E10" before "E2"): one validation became two overlapping ones,
 * E10:E100 and E2:E100, which Excel itself never writes. Given as ranges, exceljs
 * writes each as it is.
 */
import type ExcelJS from 'exceljs';
import { columnLetter, parseA1 } from '../core/model/a1';

type Validations = { model: Record<string, ExcelJS.DataValidation> };

/** Each column's run of consecutive cells sharing one validation, as a range address ("E2:E100", or "E5" alone). */
function columnRuns(cells: readonly { row: number; col: number }[]): string[] {
  const byColumn = new Map<number, number[]>();
  for (const { row, col } of cells) byColumn.set(col, [...(byColumn.get(col) ?? []), row]);
  const ranges: string[] = [];
  for (const [col, rows] of [...byColumn].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    const letter = columnLetter(col);
    let first = rows[0];
    rows.forEach((row, i) => {
      if (rows[i + 1] === row + 1) return;
      ranges.push(first === row ? `${letter}${first + 1}` : `${letter}${first + 1}:${letter}${row + 1}`);
      first = rows[i + 1];
    });
  }
  return ranges;
}

export function validationsAsRanges(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    const validations = (sheet as unknown as { dataValidations?: Validations }).dataValidations;
    if (!validations) continue;
    // Cells read from one <dataValidation> share its object; cells set one by one share equal content.
    const groups = new Map<string, { validation: ExcelJS.DataValidation; cells: { row: number; col: number }[] }>();
    const ranges: Record<string, ExcelJS.DataValidation> = {};
    for (const [address, validation] of Object.entries(validations.model)) {
      const cell = parseA1(address);
      if (!cell) {
        ranges[address] = validation;
        continue;
      }
      const key = JSON.stringify(validation);
      const group = groups.get(key) ?? { validation, cells: [] };
      group.cells.push(cell);
      groups.set(key, group);
    }
    for (const { validation, cells } of groups.values()) for (const range of columnRuns(cells)) ranges[range] = validation;
    validations.model = ranges;
  }
}
