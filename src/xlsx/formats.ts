/** Cell formats and the page setup of the sheets written through exceljs (the template, `cap-nhat`), and the constants the summary's own writer shares with them. */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/model/types';
import { UnreadCell } from '../core/model/unread-cell';
import { HEADER_BACKGROUND } from '../core/sheets/cell-formats';
import { PAGE_MARGINS, PAPER, rowHeights, type SheetLayout } from '../core/sheets/print-layout';
import { toExcelDate } from './cell-value';
import { columnLetter } from '../core/model/a1';

/** The header shade of every sheet we write, as Excel's ARGB (exceljs here, the summary's own styles in styles-part.ts). */
export const HEADER_ARGB = `FF${HEADER_BACKGROUND.slice(1).toUpperCase()}`;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_ARGB } };

/** Section titles of the output sheets: bold, in points. */
export const TITLE_POINTS = 13;

/**
 * The font exceljs writes as a workbook's default (font 0 of styles.xml), the one
 * a cell without a font of its own shows; the summary's writer falls back to it too
 * when the input declares no font.
 */
export const DEFAULT_FONT = { name: 'Calibri', size: 11, family: 2, scheme: 'minor', color: { theme: 1 } } as const satisfies Partial<ExcelJS.Font>;

/** Excel's column width is in characters; the template gives pixels (about 7 per character). */
export const widthInCharacters = (pixels: number): number => Math.round(pixels / 7);

/**
 * Writes a value as data, never as a formula: exceljs stores a JavaScript string
 * as a string cell whatever it starts with ("=IMPORTXML(…)", "+1", "@x").
 */
export function setLiteral(cell: ExcelJS.Cell, value: CellValue): void {
  // An unread cell (only a file reader makes one) has no value to write.
  if (value === null || value === undefined || value === '' || value instanceof UnreadCell) {
    cell.value = null;
  } else if (value instanceof Date) {
    cell.value = toExcelDate(value);
  } else {
    cell.value = value;
  }
}

export function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    // Bold added to the cell's font, never a font of bold alone: one without a face
    // and a size showed in LibreOffice's serif fallback font.
    cell.font = { ...DEFAULT_FONT, ...cell.font, bold: true };
    cell.fill = HEADER_FILL;
  });
}

/** Excel's codes for paper sizes. */
export const EXCEL_PAPER = { A4: 9 } as const;

/**
 * The core's layout as the .xlsx carries it: A4, one page wide (as many pages
 * down as needed) or at the core's scale across pages, the header rows (and the
 * unit's columns of a sheet split across) printed on every page, frozen panes, column
 * widths, and wrapped cells aligned to the top of their row.
 */
export function applyLayout(
  sheet: ExcelJS.Worksheet,
  layout: SheetLayout,
  rows: readonly (readonly unknown[])[],
  wraps: readonly (readonly boolean[])[],
): void {
  const { repeatRows, repeatColumns } = layout;
  sheet.pageSetup = {
    paperSize: EXCEL_PAPER[PAPER],
    orientation: layout.landscape ? 'landscape' : 'portrait',
    ...(layout.scale === null ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: layout.scale }),
    margins: { ...PAGE_MARGINS },
    ...(repeatRows ? { printTitlesRow: `${repeatRows.first}:${repeatRows.last}` } : {}),
    ...(repeatColumns ? { printTitlesColumn: `${columnLetter(repeatColumns.first - 1)}:${columnLetter(repeatColumns.last - 1)}` } : {}),
  };
  if (layout.frozenRows > 0 || layout.frozenColumns > 0) sheet.views = [{ state: 'frozen', xSplit: layout.frozenColumns, ySplit: layout.frozenRows }];
  layout.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = widthInCharacters(c.width);
  });
  for (const r of layout.spanRows) sheet.mergeCells(r + 1, 1, r + 1, layout.columns.length);
  layoutRows(sheet, 1, layout, rows, wraps);
}

/** Rows from `firstRow` (1-based) top-aligned, the cells marked in `wraps` wrapped, each row as high as its wrapped text. */
function layoutRows(
  sheet: ExcelJS.Worksheet,
  firstRow: number,
  layout: SheetLayout,
  rows: readonly (readonly unknown[])[],
  wraps: readonly (readonly boolean[])[],
): void {
  const heights = rowHeights(rows, layout, wraps);
  wraps.forEach((row, r) => {
    row.forEach((wrap, c) => {
      const cell = sheet.getCell(firstRow + r, c + 1);
      // A merged cell's style is its first cell's: the others would overwrite it.
      if (cell.isMerged && cell.master !== cell) return;
      cell.alignment = { vertical: 'top', ...(wrap ? { wrapText: true } : {}) };
    });
    const height = heights[r];
    if (height) sheet.getRow(firstRow + r).height = height;
  });
}
