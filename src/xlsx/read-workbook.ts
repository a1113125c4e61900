/**
 * An .xlsx file's bytes → the template's input grids, read from the stored XML
 * of just those sheets (read-package, read-sheet): the one reader of every command
 * that reads a workbook's cells; and → the exceljs workbook `nam-moi` writes into. Files that are not a readable .xlsx are
 * refused with one Vietnamese sentence (`WorkbookError`), never with a stack trace.
 */
import type ExcelJS from 'exceljs';
import { loadExcelJS } from './exceljs';
import { HEADER_ROWS, INPUT_ROLES, READ_BACK_ROLES, SHEET } from '../core/model/template';
import type { StoredFormula } from '../core/sheets/older-live-formulas';
import { nameKey } from '../core/model/text';
import type { Grid, WorkbookGrids } from '../core/model/types';
import type { CellsBeyond } from '../core/read/unread-issues';
import type { PercentCells } from '../core/read/percent-cells';
import type { MergedRanges } from '../core/read/merged-cells';
import { fromExcelCell } from './cell-value';
import { countStoredCells, openPackage } from './read-package';
import { notXlsx } from './read-xml';
import { BALLOT_SHEET_LIMITS, CellFormats, RowFormulas, SHEET_LIMITS, readSheet, type SheetRead } from './read-sheet';
import { WorkbookError } from './workbook-error';

export { WorkbookError };

type InputRole = (typeof INPUT_ROLES)[number];

export interface InputRead {
  grids: WorkbookGrids;
  /** Per sheet, the cells holding a value beyond its readable block. */
  beyond: CellsBeyond[];
  /** Per sheet, the numbers shown as percents. */
  percents: PercentCells[];
  /** Per input sheet, its merged ranges. */
  merged: MergedRanges[];
  /** The cells' formats of the sheets asked for (`formatsOf`), read in the same pass. */
  formats: Partial<Record<InputRole, CellFormats>>;
  /** The formulas stored in the first unit row of `Bảng điểm` (its live columns), read in the same pass. */
  storedFormulas: StoredFormula[];
  /** The names of every sheet of the workbook, in tab order. */
  sheetNames: string[];
}

/** The input sheets of the template, each read exactly as stored (see read-sheet.ts). */
export async function readInputGrids(bytes: Uint8Array, fileName: string, formatsOf: readonly InputRole[] = []): Promise<InputRead> {
  const pkg = await openPackage(bytes, fileName);
  const grids: WorkbookGrids = {};
  const beyond: CellsBeyond[] = [];
  const percents: PercentCells[] = [];
  const merged: MergedRanges[] = [];
  const formats: InputRead['formats'] = {};
  const liveRow = new RowFormulas(HEADER_ROWS);
  for (const role of [...INPUT_ROLES, ...READ_BACK_ROLES]) {
    const key = nameKey(SHEET[role]);
    const part = pkg.sheets.find((s) => nameKey(s.name) === key);
    if (!part) continue;
    if ((formatsOf as readonly string[]).includes(role)) formats[role as InputRole] = new CellFormats();
    const limits = role === 'ballots' ? BALLOT_SHEET_LIMITS : SHEET_LIMITS;
    const read = await readSheet(pkg, part.path, formats[role as InputRole], role === 'scores' ? liveRow : undefined, limits);
    grids[role] = read.grid;
    if (read.beyond) beyond.push({ sheet: SHEET[role], ...read.beyond, ...limits });
    if (read.percents.length > 0) percents.push({ sheet: SHEET[role], cells: read.percents });
    if (read.merges.length > 0) merged.push({ sheet: SHEET[role], ranges: read.merges });
  }
  return { grids, beyond, percents, merged, formats, storedFormulas: liveRow.found, sheetNames: pkg.sheets.map((s) => s.name) };
}

/** Every worksheet of a workbook, one at a time (only one grid held at once), read exactly like the input sheets. */
export async function eachSheet(bytes: Uint8Array, fileName: string, visit: (name: string, read: SheetRead) => void): Promise<void> {
  const pkg = await openPackage(bytes, fileName);
  for (const sheet of pkg.sheets) visit(sheet.name, await readSheet(pkg, sheet.path));
}

/** One sheet of a workbook, read exactly like the input sheets; null when the workbook has no sheet of that name. */
export async function readNamedSheet(bytes: Uint8Array, fileName: string, name: string): Promise<Grid | null> {
  const pkg = await openPackage(bytes, fileName);
  const part = pkg.sheets.find((s) => nameKey(s.name) === nameKey(name));
  if (!part) return null;
  const read = await readSheet(pkg, part.path);
  // Rows past the readable block would be dropped without a word: say so instead.
  if (read.beyond)
    throw new WorkbookError(
      `Trang tính "${part.name}" của tệp "${fileName}" có giá trị ở ô ${read.beyond.first}, ngoài vùng đọc được (${SHEET_LIMITS.rows.toLocaleString('vi-VN')} dòng).`,
    );
  return read.grid;
}

/**
 * Most stored cells in a workbook that exceljs loads whole. It keeps an object per
 * cell: 10,000 units × 20 criteria store about 290,000 cells, which took 260 MB to
 * load and 520 MB to load and write back (about 1.5 KB a cell). A formula filled
 * down two whole columns (2 million cells) took 4 GB and crashed; a million cells
 * stay near 1.5 GB.
 */
export const MAX_LOADED_CELLS = 1_000_000;

/** The whole workbook in exceljs, to write into (the summary is a copy of the input plus the output sheets). */
export async function loadWorkbook(bytes: Uint8Array, fileName: string, maxCells = MAX_LOADED_CELLS): Promise<ExcelJS.Workbook> {
  const stored = await countStoredCells(await openPackage(bytes, fileName));
  if (stored > maxCells) {
    throw new WorkbookError(
      `Tệp "${fileName}" lưu ${stored.toLocaleString('vi-VN')} ô (tối đa ${maxCells.toLocaleString('vi-VN')} ô để chép sang tệp kết quả), thường do công thức hay định dạng kéo xuống hết cột. Hãy xóa các dòng, cột thừa rồi lưu lại.`,
    );
  }
  const workbook = new (await loadExcelJS()).Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookError(`Tệp "${fileName}" bị hỏng hoặc không phải tệp Excel .xlsx, không đọc được. Hãy mở bằng Excel và lưu lại.`);
  }
  // Another zip (a .docx, an .odt renamed .xlsx) loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) throw notXlsx(fileName);
  return workbook;
}

/**
 * The sheet from its top-left cell to its last cell holding a value, '' for blanks, as
 * `getDataRange().getValues()`. It builds that whole block, so it reads back only
 * workbooks this program wrote (the tests); a user's file is read by read-sheet.ts.
 */
export function sheetGrid(sheet: ExcelJS.Worksheet): Grid {
  const rows: Grid = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Grid[number] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = fromExcelCell(cell);
    });
    let end = cells.length;
    while (end > 0 && (cells[end - 1] === '' || cells[end - 1] === undefined)) end--;
    if (end === 0) return;
    rows[rowNumber - 1] = cells.slice(0, end);
    width = Math.max(width, end);
  });
  const grid: Grid = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    grid.push(Array.from({ length: width }, (_, c) => row[c] ?? ''));
  }
  return grid;
}

/** Finds a sheet by name the way a person reads it (case, spaces and Unicode forms do not matter). */
export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = nameKey(name);
  return workbook.worksheets.find((s) => nameKey(s.name) === key);
}

/** The input grids of a workbook already in exceljs (one this program wrote), for tests and `Lịch sử`. */
export function workbookGrids(workbook: ExcelJS.Workbook): WorkbookGrids {
  const grids: WorkbookGrids = {};
  for (const role of INPUT_ROLES) {
    const sheet = findSheet(workbook, SHEET[role]);
    if (sheet) grids[role] = sheetGrid(sheet);
  }
  return grids;
}
