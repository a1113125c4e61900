/**
 * A relayout plan (src/core/relayout-plan.ts) applied to an .xlsx workbook read
 * from the user's file: `Bảng điểm` (and `Cụm chấm`) laid out as the template
 * draws them, in the same place among the sheets, with each cell's note and fill
 * moved with its value; the kept-aside rows appended to `Điểm đã gỡ`.
 */
import type ExcelJS from 'exceljs';
import { keptAsideFormat } from '../core/cell-formats';
import type { RelayoutPlan } from '../core/relayout-plan';
import { moveCells } from '../core/relayout-scores';
import { KEPT_ASIDE_HEADER, SHEET } from '../core/template';
import { IssueList } from '../core/issues';
import { parseSettings } from '../core/parse-settings';
import { scoresSheet, type LiveSources } from '../core/template-sheets';
import type { CellValue, Grid } from '../core/types';
import { ballotTemplateSheet } from '../core/vote/ballot-sheet';
import { cellWraps, outputLayout } from '../core/print-layout';
import type { OutputSheet } from '../core/outputs';
import { applyLayout, setLiteral, styleHeader } from './formats';
import { findSheet, sheetGrid } from './read-workbook';
import { addTemplateSheet } from './write-template';

type Note = ExcelJS.Cell['note'];
/** exceljs orders sheets by `orderNo`, which its type declarations leave out. */
type Ordered = { orderNo: number };
type Fill = ExcelJS.Cell['fill'];

/** One property of every cell of the sheet's used block, row-major like its grid. */
function cellProperty<T>(sheet: ExcelJS.Worksheet, rows: number, columns: number, read: (cell: ExcelJS.Cell) => T): T[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => read(sheet.getCell(r + 1, c + 1))));
}

/** Where the live formulas of `Bảng điểm` read the settings and whether they read `Cụm chấm`. */
function liveSources(workbook: ExcelJS.Workbook, plan: RelayoutPlan): LiveSources {
  const settings = findSheet(workbook, SHEET.settings);
  return {
    agreed: plan.sheets.some((s) => s.role === 'agreed'),
    ...(settings ? { settingCells: parseSettings(sheetGrid(settings), new IssueList()).cells } : {}),
  };
}

function layOut(workbook: ExcelJS.Workbook, plan: RelayoutPlan): void {
  const sources = liveSources(workbook, plan);
  for (const { sheet: name, layout } of plan.sheets) {
    const old = findSheet(workbook, name);
    const grid = old ? sheetGrid(old) : [];
    const width = grid[0]?.length ?? 0;
    const notes = old ? moveCells(cellProperty<Note | undefined>(old, grid.length, width, (c) => c.note), layout, undefined) : [];
    const fills = old ? moveCells(cellProperty<Fill | undefined>(old, grid.length, width, (c) => (c.fill?.type === 'pattern' && c.fill.pattern !== 'none' ? c.fill : undefined)), layout, undefined) : [];
    const orderNo = old ? (old as unknown as Ordered).orderNo : undefined;
    if (old) workbook.removeWorksheet(old.id);
    const spec = { ...scoresSheet(plan.criteria, old?.name ?? name, plan.units.length, sources), rows: layout.grid.slice(1) };
    const sheet = addTemplateSheet(workbook, spec);
    if (orderNo !== undefined) (sheet as unknown as Ordered).orderNo = orderNo;
    layout.grid.forEach((row, r) => {
      if (r === 0) return;
      row.forEach((_, c) => {
        const cell = sheet.getCell(r + 1, c + 1);
        const note = notes[r]?.[c];
        const fill = fills[r]?.[c];
        if (note) cell.note = note;
        if (fill) cell.fill = fill;
      });
    });
  }
}

function appendKeptAside(workbook: ExcelJS.Workbook, rows: readonly CellValue[][]): void {
  if (rows.length === 0) return;
  let sheet = findSheet(workbook, SHEET.keptAside);
  if (!sheet) {
    sheet = workbook.addWorksheet(SHEET.keptAside);
    KEPT_ASIDE_HEADER.forEach((h, c) => setLiteral((sheet as ExcelJS.Worksheet).getCell(1, c + 1), h));
    styleHeader(sheet.getRow(1));
    const header: OutputSheet = { rows: [[...KEPT_ASIDE_HEADER]], headerRows: [0], titleRows: [] };
    const layout = outputLayout(header);
    applyLayout(sheet, layout, header.rows, cellWraps(header, layout));
  }
  const first = sheetGrid(sheet).length + 1;
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      const cell = (sheet as ExcelJS.Worksheet).getCell(first + r, c + 1);
      cell.numFmt = keptAsideFormat(value, c);
      setLiteral(cell, value);
    }),
  );
}

export function applyRelayout(workbook: ExcelJS.Workbook, plan: RelayoutPlan, keptRows: readonly CellValue[][]): void {
  // The live formulas just laid carry no cached results: computed on opening.
  workbook.calcProperties.fullCalcOnLoad = true;
  appendKeptAside(workbook, keptRows);
  layOut(workbook, plan);
}

/** `Phiếu bầu` written as laid out (src/core/vote/relay-ballots.ts), in the place the old one had among the sheets. */
export function replaceBallotSheet(workbook: ExcelJS.Workbook, grid: Grid): void {
  const old = findSheet(workbook, SHEET.ballots);
  const orderNo = old ? (old as unknown as Ordered).orderNo : undefined;
  if (old) workbook.removeWorksheet(old.id);
  const sheet = addTemplateSheet(workbook, ballotTemplateSheet(grid));
  if (orderNo !== undefined) (sheet as unknown as Ordered).orderNo = orderNo;
}
