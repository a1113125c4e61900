/**
 * The blank template (or a filled one, for the example) as .xlsx sheets, drawn
 * from `templateSheets()`: the same sheets, headers, formats, validation and notes
 * as the add-in's "Tạo bảng mẫu".
 */
import type ExcelJS from 'exceljs';
import { loadExcelJS } from './exceljs';
import { columnLetter } from '../core/model/a1';
import { LIVE_COLUMNS } from '../core/sheets/live-columns';
import { excelLiveFormulas } from '../core/live/live-excel';
import type { TemplateSheet } from '../core/sheets/template-sheets';
import { TEXT_FORMAT, columnFormat } from '../core/sheets/cell-formats';
import { templateLayout, templatePrinted, templateWraps } from '../core/sheets/print-layout';
import { applyLayout, setLiteral, styleHeader } from './formats';

/** A new sheet at the end of the workbook, laid out as `spec` with its starting rows. */
export function addTemplateSheet(workbook: ExcelJS.Workbook, spec: TemplateSheet): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(spec.name);
  sheet.columns = spec.columns.map((c) => ({ style: { numFmt: columnFormat(c.format) } }));
  const header = sheet.getRow(1);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.numFmt = TEXT_FORMAT;
    setLiteral(cell, c.header);
    const note = c.excelNote ?? c.note;
    if (note) cell.note = note;
  });
  styleHeader(header);

  const dataRows = Math.max(spec.dataRows, spec.rows.length);
  const layout = templateLayout(spec);
  const grid = [spec.columns.map((c) => c.header), ...spec.rows];
  applyLayout(sheet, layout, grid, templateWraps(layout, dataRows));
  const printed = templatePrinted(spec, grid);
  // exceljs writes a '$' before each corner only (A1 → $A1, a row relative to the selected cell): the rows' own '$' make the corners absolute.
  if (printed) sheet.pageSetup.printArea = `A$1:${columnLetter(printed.columns - 1)}$${printed.rows}`;
  spec.rows.forEach((values, r) => {
    values.forEach((value, c) => setLiteral(sheet.getCell(r + 2, c + 1), value));
  });
  if (spec.live) {
    // One shared formula per column, written once: its relative addresses move row
    // by row as in a copied formula, so the file holds it once, not per row.
    const { firstColumn, excel } = spec.live;
    const formulas = excelLiveFormulas(excel);
    LIVE_COLUMNS.forEach((c, i) => {
      const letter = columnLetter(firstColumn + i);
      sheet.fillFormula(`${letter}${excel.firstRow}:${letter}${excel.lastRow}`, formulas[c.key]);
    });
  }
  spec.columns.forEach((c, i) => {
    const numFmt = columnFormat(c.format);
    for (let r = 2; r <= dataRows + 1; r++) sheet.getCell(r, i + 1).numFmt = numFmt;
    const { validation } = c;
    if (!validation) return;
    const letter = columnLetter(i);
    validations(sheet).add(`${letter}2:${letter}${dataRows + 1}`, {
      type: 'decimal',
      operator: 'between',
      formulae: [validation.min, validation.max],
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Điểm không hợp lệ',
      error: validation.help,
      showInputMessage: true,
      prompt: validation.help,
    });
  });
  return sheet;
}

/**
 * The sheet's validations by address, which exceljs keeps but leaves out of its types.
 * A column's validation is given as one range: set cell by cell, exceljs joins the
 * cells sorted as text (C10 before C2) and wrote both C10:C201 and C2:C201, two
 * overlapping validations of the same cells, which Excel never writes.
 */
function validations(sheet: ExcelJS.Worksheet): { add(address: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}

/** A new workbook holding the template sheets, in order. */
export async function templateWorkbook(sheets: readonly TemplateSheet[]): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcelJS()).Workbook();
  workbook.creator = 'Tính điểm thi đua';
  // The live formulas carry no cached results: Excel and LibreOffice compute them on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const spec of sheets) addTemplateSheet(workbook, spec);
  return workbook;
}
