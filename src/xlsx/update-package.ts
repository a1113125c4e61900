/**
 * `cap-nhat`'s new workbook as a copy of the input package (package-edit.ts): a
 * relayout plan (src/core/plans/relayout-plan.ts) applied without loading the
 * workbook anywhere. Only the parts that change are written — `Bảng điểm` (and
 * `Cụm chấm`) laid out as the template draws them, in their places among the tabs,
 * each moved value keeping its old cell's fill, date format, error value and note;
 * `Phiếu bầu` laid out again when the plan says so; the kept-aside rows appended
 * to `Điểm đã gỡ` (or that sheet added) — and every other sheet is carried over
 * byte for byte, with what exceljs does not model (charts, pivot tables,
 * comments, validations) and what it would have changed (a stored `9,5`, a date
 * stored as text). Memory follows the cells written, not the cells the input stores.
 */
import type { CellValue, Grid } from '../core/model/types';
import type { OutCell } from '../core/model/output-sheet';
import { nameKey } from '../core/model/text';
import { keptAsideFormat } from '../core/sheets/cell-formats';
import type { TemplateSheet } from '../core/sheets/template-sheets';
import { templatePrinted } from '../core/sheets/print-layout';
import { oldCells } from './old-cells';
import { NOTES_DRAWING_ID, addNotes } from './notes-part';
import { PackageEdit } from './package-edit';
import { type CellFormats, readSheet } from './read-sheet';
import { LaidOutSheet } from './sheet-xml';
import { type MovedAt, templateSheetXml } from './template-sheet-xml';
import { WorkbookError } from './workbook-error';

/** A score sheet laid out again: its template, its new grid (header first) and, per new row and column, the old one its cells come from (-1: none). */
export interface LaidScoreSheet {
  spec: TemplateSheet;
  grid: Grid;
  rowFrom: readonly number[];
  columnFrom: readonly number[];
  /** The old sheet's cell formats as the reader recorded them, when there was one. */
  formats: CellFormats | undefined;
}

export interface UpdateContent {
  scores: LaidScoreSheet[];
  /** `Phiếu bầu` laid out (header first), or null to leave it as it is. */
  ballots: { spec: TemplateSheet; grid: Grid } | null;
  keptAside: { name: string; header: readonly string[]; rows: CellValue[][] };
}

/** The last row of an Excel sheet. */
const EXCEL_ROWS = 1_048_576;

/** A kept-aside value as its cell shows it: text, numbers and date-times as they are, anything else as its text. */
const asOutCell = (v: CellValue): OutCell => (typeof v === 'string' || typeof v === 'number' || v instanceof Date ? v : String(v ?? ''));

/** `now`: the time the new package's entries are dated. */
export async function updatedPackage(bytes: Uint8Array, fileName: string, content: UpdateContent, now: Date): Promise<Uint8Array> {
  const edit = await PackageEdit.open(bytes, fileName);
  const { pkg, zip, workbook, styles, contentTypes } = edit;

  // What the old cells showed, read before their parts are replaced.
  const laid: { spec: TemplateSheet; grid: Grid; moved: MovedAt | null }[] = [];
  for (const sheet of content.scores) {
    const part = pkg.sheets.find((p) => nameKey(p.name) === nameKey(sheet.spec.name));
    const old = part && sheet.formats ? await oldCells(pkg, part.path, sheet.formats, (s) => styles.inputFormat(s)) : null;
    laid.push({ spec: sheet.spec, grid: sheet.grid, moved: old && ((r, c) => old(sheet.rowFrom[r] ?? -1, sheet.columnFrom[c] ?? -1)) });
  }
  if (content.ballots) laid.push({ ...content.ballots, moved: null });

  const { keptAside } = content;
  if (keptAside.rows.length > 0) {
    const sheet = new LaidOutSheet(
      { rows: [[...keptAside.header], ...keptAside.rows.map((row) => row.map(asOutCell))], headerRows: [0], titleRows: [] },
      (value, c) => keptAsideFormat(value, c),
    );
    const existing = workbook.find(keptAside.name);
    if (existing && existing.path !== '') {
      const appended = await edit.appendRows(existing.path, await readSheet(pkg, existing.path), sheet);
      if (appended.last > EXCEL_ROWS) {
        throw new WorkbookError(
          `Trang "${keptAside.name}" không còn chỗ cho ${keptAside.rows.length.toLocaleString('vi-VN')} dòng điểm phải gỡ ra (đã có giá trị ở dòng ${(appended.first - 1).toLocaleString('vi-VN')}; Excel có tối đa ${EXCEL_ROWS.toLocaleString('vi-VN')} dòng). Chưa có gì thay đổi. Hãy xóa các ô thừa ở cuối trang đó rồi lưu lại.`,
        );
      }
      zip.file(existing.path, appended.xml);
    } else {
      const entry = edit.place(keptAside.name);
      edit.stream(entry.path, (out) => sheet.writeXml(out, styles, pkg.date1904));
      if (sheet.layout.repeatRows) workbook.printTitle(entry, sheet.layout.repeatRows, sheet.layout.repeatColumns);
    }
  }

  const placed = laid.map((l) => ({ ...l, entry: edit.place(l.spec.name) }));
  await edit.dropReplaced();
  placed.forEach(({ spec, grid, moved, entry }, i) => {
    const { write, notes, layout } = templateSheetXml(spec, grid, styles, pkg.date1904, moved, NOTES_DRAWING_ID);
    edit.stream(entry.path, write);
    addNotes(zip, contentTypes, entry.path, notes, 100 + i);
    if (layout.repeatRows) workbook.printTitle(entry, layout.repeatRows, layout.repeatColumns);
    const printed = templatePrinted(spec, grid);
    if (printed) workbook.printArea(entry, printed.columns, printed.rows);
  });
  // The live formulas just laid carry no results: computed on opening.
  workbook.recalculateOnOpen();
  return edit.finish(now);
}
