/**
 * A workbook of the robustness corpus: its sheets by tab name, in tab order, plus
 * what a grid cannot hold (hidden rows, merged cells), so each adapter can build
 * the same workbook its own way (fake Sheets, .xlsx) and the core can read it.
 */
import { parseA1 } from '../../src/core/model/a1';
import { INPUT_ROLES, SHEET } from '../../src/core/model/template';
import type { CellValue, Grid, Severity, WorkbookGrids } from '../../src/core/model/types';
import type { MergedRanges } from '../../src/core/read/merged-cells';

export interface ExpectedIssue {
  severity: Severity;
  code: string;
  sheet: string;
  cell: string;
}

export interface CorpusWorkbook {
  sheets: [name: string, grid: Grid][];
  /** 1-based rows hidden by the user; their values are still read. */
  hiddenRows?: { sheet: string; rows: number[] }[];
  /** Merged ranges ("C1:D1"); the grid already holds '' in every cell but the first. */
  merges?: { sheet: string; range: string }[];
}

export interface CorpusCase extends CorpusWorkbook {
  name: string;
  /** Every issue, in any order. */
  issues: ExpectedIssue[];
  blocked: boolean;
}

const isBlank = (cell: CellValue): boolean => cell === '' || cell === null || cell === undefined;

/**
 * What `getDataRange().getValues()` (and the .xlsx reader) hand over: a rectangle
 * from A1 to the last row and column holding a value. The core reads that, so
 * the corpus holds its grids in the same shape.
 */
export function dataRange(grid: Grid): Grid {
  let height = grid.length;
  while (height > 0 && grid[height - 1].every(isBlank)) height--;
  const width = Math.max(0, ...grid.slice(0, height).map((row) => row.reduce<number>((w, cell, c) => (isBlank(cell) ? w : c + 1), 0)));
  return grid.slice(0, height).map((row) => Array.from({ length: width }, (_, c) => (c < row.length ? row[c] : '')));
}

/** The merged ranges as the file reader and Sheets hand them to the core, by sheet. */
export function mergedRanges(workbook: CorpusWorkbook): MergedRanges[] {
  const sheets = [...new Set((workbook.merges ?? []).map((m) => m.sheet))];
  return sheets.map((sheet) => ({ sheet, ranges: (workbook.merges ?? []).filter((m) => m.sheet === sheet).map((m) => m.range) }));
}

/** The input grids as the adapters find them: by the template's exact sheet names. */
export function inputGrids(workbook: CorpusWorkbook): WorkbookGrids {
  const grids: WorkbookGrids = {};
  for (const role of INPUT_ROLES) {
    const found = workbook.sheets.find(([name]) => name === SHEET[role]);
    if (found) grids[role] = found[1];
  }
  return grids;
}

/** The sheets of a set of input grids, in template order, each cut to its data range. */
export function sheetsOf(grids: WorkbookGrids): [string, Grid][] {
  return INPUT_ROLES.flatMap((role) => {
    const grid = grids[role];
    return grid ? [[SHEET[role], dataRange(grid)] as [string, Grid]] : [];
  });
}

/** Writes `value` at an A1 address, growing the grid as a sheet would. */
export function put(grid: Grid, address: string, value: CellValue): void {
  const at = parseA1(address);
  if (!at) throw new Error(`bad address ${address}`);
  while (grid.length <= at.row) grid.push([]);
  const row = grid[at.row];
  while (row.length <= at.col) row.push('');
  row[at.col] = value;
}

/** The issues as compared between paths: what, where, how bad; in a stable order. */
export function issueKeys(issues: readonly ExpectedIssue[]): string[] {
  return issues.map((i) => `${i.severity} ${i.code} ${i.sheet}!${i.cell}`).sort();
}
