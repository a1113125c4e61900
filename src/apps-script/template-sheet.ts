/**
 * Lays one template sheet (`templateSheets()` / `scoresSheet()`) into a sheet from
 * A1, each kind of cell property in one call, whatever the number of rows: the
 * header (bold, shaded, a note per column), the body, the formats, the validation
 * of every data row, and the screen and print layout (src/core/sheets/print-layout.ts). Used for a new sheet by "Tạo bảng mẫu" and over an
 * existing `Bảng điểm` by "Cập nhật Bảng điểm", whose earlier, larger layout is
 * emptied and whose notes and colours move with the values.
 */
import { HEADER_BACKGROUND, TEXT_FORMAT, columnFormat } from '../core/sheets/cell-formats';
import type { TemplateSheet } from '../core/sheets/template-sheets';
import type { CellValue } from '../core/model/types';
import { templateLayout, templateWraps } from '../core/sheets/print-layout';
import { PLAIN_BACKGROUND, ensureSize, makeRoom } from './block';
import { applyLayout } from './sheet-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface LayOptions {
  /** A sheet just inserted (grows by the block's size, for constant calls) or one that holds data. */
  fresh: boolean;
  /** Rows and columns the sheet used before: cells there outside the new layout are emptied. */
  before?: { rows: number; columns: number };
  /** Per body row and column: the note and colour the cell carried before (moved with its value). */
  moved?: { notes: string[][]; backgrounds: string[][] };
  /** Writes the values instead of one `setValues` over the block: "Cập nhật Bảng điểm" writes only what must change, after checking nothing was typed meanwhile. */
  writeValues?: (block: Range, cells: CellValue[][], live: { first: number; count: number } | null) => void;
}

export function layTemplateSheet(sheet: Sheet, spec: TemplateSheet, body: readonly CellValue[][], options: LayOptions): void {
  const width = spec.columns.length;
  const rows = Math.max(spec.dataRows, body.length) + 1;
  const height = Math.max(rows, options.before?.rows ?? 0);
  const span = Math.max(width, options.before?.columns ?? 0);
  if (options.fresh) makeRoom(sheet, height, span);
  else ensureSize(sheet, height, span);

  const grid = <T>(header: (c: number) => T, cell: (r: number, c: number) => T): T[][] =>
    Array.from({ length: height }, (_, r) => Array.from({ length: span }, (_, c) => (r === 0 ? header(c) : cell(r - 1, c))));
  const inLayout = (c: number): boolean => c < width;
  // The live columns get their formula in the first data row, whence each spills down.
  const live = spec.live;
  const formula = (r: number, c: number): string | undefined => (live && r === 0 && c >= live.firstColumn ? live.sheets[c - live.firstColumn] : undefined);
  const block = sheet.getRange(1, 1, height, span);
  block.setNumberFormats(
    grid(
      () => TEXT_FORMAT,
      (_, c) => (inLayout(c) ? columnFormat(spec.columns[c].format) : TEXT_FORMAT),
    ),
  );
  const cells = grid<CellValue>(
    (c) => (inLayout(c) ? spec.columns[c].header : ''),
    (r, c) => formula(r, c) ?? (inLayout(c) ? (body[r]?.[c] ?? '') : ''),
  );
  if (options.writeValues) options.writeValues(block, cells, live ? { first: live.firstColumn, count: live.sheets.length } : null);
  else block.setValues(cells);
  block.setNotes(
    grid(
      (c) => (inLayout(c) ? (spec.columns[c].note ?? '') : ''),
      (r, c) => options.moved?.notes[r]?.[c] ?? '',
    ),
  );
  block.setBackgrounds(
    grid(
      (c) => (inLayout(c) ? HEADER_BACKGROUND : PLAIN_BACKGROUND),
      (r, c) => options.moved?.backgrounds[r]?.[c] ?? PLAIN_BACKGROUND,
    ),
  );
  sheet.getRange(1, 1, 1, span).setFontWeights([Array.from({ length: span }, (_, c) => (inLayout(c) ? 'bold' : 'normal'))]);
  const layout = templateLayout(spec);
  applyLayout(sheet, layout, sheet.getRange(1, 1, height, width), templateWraps(layout, height - 1));
  const rules = spec.columns.map((c) =>
    c.validation
      ? SpreadsheetApp.newDataValidation()
          .requireNumberBetween(c.validation.min, c.validation.max)
          .setAllowInvalid(false)
          .setHelpText(c.validation.help)
          .build()
      : null,
  );
  const beyond = Array.from({ length: span - width }, () => null);
  sheet.getRange(2, 1, height - 1, span).setDataValidations(Array.from({ length: height - 1 }, () => [...rules, ...beyond]));
}
