/**
 * A relayout plan (src/core/plans/relayout-plan.ts) applied to an .xlsx workbook read
 * from the user's file: `Bảng điểm` (and `Cụm chấm`) laid out as the template
 * draws them, in the same place among the sheets, with each cell's note and fill
 * moved with its value; the kept-aside rows appended to `Điểm đã gỡ`.
 */
import type ExcelJS from 'exceljs';
import { DATE_FORMAT, keptAsideFormat } from '../core/sheets/cell-formats';
import type { RelayoutPlan } from '../core/plans/relayout-plan';
import type { ScoreLayout } from '../core/plans/relayout-scores';
import { KEPT_ASIDE_HEADER, SHEET } from '../core/model/template';
import { IssueList } from '../core/model/issues';
import { parseSettings } from '../core/read/parse-settings';
import { placeColumns } from '../core/read/parse-lists';
import { scoresSheet, type LiveSources } from '../core/sheets/template-sheets';
import type { CellValue, Grid } from '../core/model/types';
import { ballotTemplateSheet } from '../core/vote/ballot-sheet';
import { outputLayout } from '../core/sheets/print-layout';
import type { OutCell, OutputSheet } from '../core/model/output-sheet';
import { cleanText } from '../core/model/text';
import { applyLayout, setLiteral, styleHeader } from './formats';
import { fromExcelCell } from './cell-value';
import { isDateFormat } from './read-package';
import { WorkbookError, findSheet } from './read-workbook';
import { addTemplateSheet } from './write-template';

type Note = ExcelJS.Cell['note'];
/** exceljs orders sheets by `orderNo`, which its type declarations leave out. */
type Ordered = { orderNo: number };
type Fill = ExcelJS.Cell['fill'];

/**
 * One property of the old sheet's cells, moved the way the layout moves the values:
 * each new cell looks up the old cell it comes from, so only the new block is visited
 * and no empty old cell is created.
 */
function movedProperty<T>(old: ExcelJS.Worksheet, layout: ScoreLayout, read: (cell: ExcelJS.Cell) => T | undefined): (T | undefined)[][] {
  return layout.grid.map((row, r) =>
    row.map((_, c) => {
      const from = layout.rowFrom[r];
      const col = layout.columnFrom[c];
      const cell = from >= 0 && col >= 0 ? old.findCell(from + 1, col + 1) : undefined;
      return cell && read(cell);
    }),
  );
}

/** What the live formulas read besides `Bảng điểm`: the input sheets as read exactly, and whether `Phiếu bầu` is written. */
export interface LiveInputs {
  settings?: Grid;
  units?: Grid;
  ballots: boolean;
}

/** Where the live formulas of `Bảng điểm` read the settings and the places, and which optional sheets there are. */
function liveSources(inputs: LiveInputs, plan: RelayoutPlan): LiveSources {
  return {
    agreed: plan.sheets.some((s) => s.role === 'agreed'),
    ballots: inputs.ballots,
    places: placeColumns(inputs.units),
    ...(inputs.settings ? { settingCells: parseSettings(inputs.settings, new IssueList()).cells } : {}),
  };
}

/** An error value (#N/A, #DIV/0!), stored as such or as a formula's cached result; the reader hands over its text. */
function errorOf(cell: ExcelJS.Cell): string | undefined {
  const value = cell.formula ? cell.result : cell.value;
  return value && typeof value === 'object' && 'error' in value ? value.error : undefined;
}

/** A moved date keeps showing as a date: in its old format when that was one, else as a day. */
const dateFormat = (old: string | undefined): string => (old && isDateFormat(old) ? old : DATE_FORMAT);

function layOut(workbook: ExcelJS.Workbook, plan: RelayoutPlan, inputs: LiveInputs): void {
  const sources = liveSources(inputs, plan);
  for (const { sheet: name, layout } of plan.sheets) {
    const old = findSheet(workbook, name);
    const notes = old ? movedProperty<Note>(old, layout, (c) => c.note) : [];
    const fills = old ? movedProperty<Fill>(old, layout, (c) => (c.fill?.type === 'pattern' && c.fill.pattern !== 'none' ? c.fill : undefined)) : [];
    const formats = old ? movedProperty<string>(old, layout, (c) => c.numFmt) : [];
    const errors = old ? movedProperty<string>(old, layout, errorOf) : [];
    const orderNo = old ? (old as unknown as Ordered).orderNo : undefined;
    if (old) workbook.removeWorksheet(old.id);
    const spec = { ...scoresSheet(plan.criteria, old?.name ?? name, plan.units.length, sources), rows: layout.grid.slice(1) };
    const sheet = addTemplateSheet(workbook, spec);
    if (orderNo !== undefined) (sheet as unknown as Ordered).orderNo = orderNo;
    layout.grid.forEach((row, r) => {
      if (r === 0) return;
      row.forEach((value, c) => {
        const cell = sheet.getCell(r + 1, c + 1);
        const note = notes[r]?.[c];
        const fill = fills[r]?.[c];
        if (note) cell.note = note;
        if (fill) cell.fill = fill;
        if (value instanceof Date) cell.numFmt = dateFormat(formats[r]?.[c]);
        // An error value stays one, not text that reads the same.
        if (typeof value === 'string' && errors[r]?.[c] === value) cell.value = { error: value } as ExcelJS.CellErrorValue;
      });
    });
  }
}

/** The last row holding a value, visiting only the rows exceljs stores (a stray far cell costs nothing). */
export function lastValueRow(sheet: ExcelJS.Worksheet): number {
  let last = 0;
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell) => {
      if (fromExcelCell(cell) !== '') last = Math.max(last, rowNumber);
    });
  });
  return last;
}

/** The last row of an Excel sheet. */
const EXCEL_ROWS = 1_048_576;

/** A kept-aside value as the width it needs: text, numbers and date-times as they are, anything else as its text. */
const sizedAs = (v: CellValue): OutCell => (typeof v === 'string' || typeof v === 'number' || v instanceof Date ? v : cleanText(v));

function appendKeptAside(workbook: ExcelJS.Workbook, rows: readonly CellValue[][]): void {
  if (rows.length === 0) return;
  let sheet = findSheet(workbook, SHEET.keptAside);
  if (!sheet) {
    sheet = workbook.addWorksheet(SHEET.keptAside);
    KEPT_ASIDE_HEADER.forEach((h, c) => setLiteral((sheet as ExcelJS.Worksheet).getCell(1, c + 1), h));
    styleHeader(sheet.getRow(1));
    // Sized by the first rows too: by the header alone the date-time showed as ### and the sheet's name was cut.
    const opening: OutputSheet = { rows: [[...KEPT_ASIDE_HEADER], ...rows.map((r) => r.map(sizedAs))], headerRows: [0], titleRows: [] };
    const layout = outputLayout(opening);
    applyLayout(sheet, layout, opening.rows, layout.wraps);
  }
  const first = lastValueRow(sheet) + 1;
  if (first + rows.length - 1 > EXCEL_ROWS) {
    throw new WorkbookError(
      `Trang "${SHEET.keptAside}" không còn chỗ cho ${rows.length.toLocaleString('vi-VN')} dòng điểm phải gỡ ra (đã có giá trị ở dòng ${(first - 1).toLocaleString('vi-VN')}; Excel có tối đa ${EXCEL_ROWS.toLocaleString('vi-VN')} dòng). Chưa có gì thay đổi. Hãy xóa các ô thừa ở cuối trang đó rồi lưu lại.`,
    );
  }
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      const cell = (sheet as ExcelJS.Worksheet).getCell(first + r, c + 1);
      cell.numFmt = keptAsideFormat(value, c);
      setLiteral(cell, value);
    }),
  );
}

/** `inputs`: what the live formulas read besides the score sheet (where the settings and places are, whether there are ballots). */
export function applyRelayout(workbook: ExcelJS.Workbook, plan: RelayoutPlan, keptRows: readonly CellValue[][], inputs: LiveInputs): void {
  // The live formulas just laid carry no cached results: computed on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  appendKeptAside(workbook, keptRows);
  layOut(workbook, plan, inputs);
}

/** `Phiếu bầu` written as laid out (src/core/plans/relay-ballots.ts), in the place the old one had among the sheets. */
export function replaceBallotSheet(workbook: ExcelJS.Workbook, grid: Grid): void {
  const old = findSheet(workbook, SHEET.ballots);
  const orderNo = old ? (old as unknown as Ordered).orderNo : undefined;
  if (old) workbook.removeWorksheet(old.id);
  const sheet = addTemplateSheet(workbook, ballotTemplateSheet(grid));
  if (orderNo !== undefined) (sheet as unknown as Ordered).orderNo = orderNo;
}
