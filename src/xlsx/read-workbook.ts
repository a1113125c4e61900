/**
 * An .xlsx file's bytes → the exceljs workbook and the template's input grids.
 * Files that are not a readable .xlsx are refused with one Vietnamese sentence
 * (`WorkbookError`), never with a stack trace.
 */
import ExcelJS from 'exceljs';
import { INPUT_ROLES, SHEET } from '../core/template';
import { nameKey } from '../core/text';
import type { Grid, WorkbookGrids } from '../core/types';
import { fromExcelCell } from './cell-value';

/** A file the command cannot use; `message` is shown to the user as is. */
export class WorkbookError extends Error {}

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** An encrypted .xlsx is an OLE container holding a stream named "EncryptedPackage" (UTF-16). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}

export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  if (startsWith(bytes, OLE)) {
    throw new WorkbookError(
      isEncryptedPackage(bytes)
        ? `Tệp "${fileName}" được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại.`
        : `Tệp "${fileName}" là định dạng Excel cũ (.xls). Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
    );
  }
  const notXlsx = new WorkbookError(`Tệp "${fileName}" không phải tệp Excel .xlsx.`);
  if (!startsWith(bytes, ZIP)) throw notXlsx;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new WorkbookError(`Tệp "${fileName}" bị hỏng hoặc không phải tệp Excel .xlsx, không đọc được. Hãy mở bằng Excel và lưu lại.`);
  }
  // Another zip (a .docx, an .odt renamed .xlsx) loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) throw notXlsx;
  return workbook;
}

/** The sheet from its top-left cell to its last cell holding a value, '' for blanks, as `getDataRange().getValues()`. */
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

export function workbookGrids(workbook: ExcelJS.Workbook): WorkbookGrids {
  const grids: WorkbookGrids = {};
  for (const role of INPUT_ROLES) {
    const sheet = findSheet(workbook, SHEET[role]);
    if (sheet) grids[role] = sheetGrid(sheet);
  }
  return grids;
}
