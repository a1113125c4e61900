/**
 * A step of the submission cycle recorded in a file (`tinh-diem nop`, `mo-lai`,
 * `tham-dinh`): the input package copied (package-edit.ts) with the plan's rows
 * appended to `Nộp bài` (made, with its header, when there is none; a title its header
 * lacks added at its end) and the changed cells of `Bảng điểm`'s status column written.
 * Every other part, and every other cell of those two sheets, is carried over as stored.
 */
import type { OutCell } from '../core/model/output-sheet';
import { isEmptyCell, type CellValue } from '../core/model/types';
import { TEXT_FORMAT, keptAsideFormat } from '../core/sheets/cell-formats';
import { PackageEdit } from './package-edit';
import { textOf } from './package-parts';
import { type CellPut, putCells } from './put-cells';
import { readSheet } from './read-sheet';
import { LaidOutSheet } from './sheet-xml';
import { WorkbookError } from './workbook-error';

export interface RecordContent {
  /** `Nộp bài`: the rows to append, under `header` (the sheet's own, with `added` at its end). */
  log: { name: string; header: readonly string[]; added: readonly { column: number; title: string }[]; rows: readonly CellValue[][] };
  /** The status cells to write (1-based sheet rows, 0-based columns) in the sheet `name`. */
  status: { name: string; cells: readonly { row: number; col: number; text: string }[] };
}

const asOutCell = (v: CellValue): OutCell => (typeof v === 'string' || typeof v === 'number' || v instanceof Date ? v : String(v ?? ''));

export async function recordedPackage(bytes: Uint8Array, fileName: string, content: RecordContent, now: Date): Promise<Uint8Array> {
  const edit = await PackageEdit.open(bytes, fileName);
  const { pkg, zip, workbook, styles } = edit;
  const style = (numFmt: string, header = false): number =>
    styles.index({ font: header ? 'bold' : 'plain', shaded: header, numFmt, wrap: header, center: false });
  const edited = async (path: string, puts: CellPut[]): Promise<void> => {
    const xml = (await textOf(zip, path)) ?? '';
    try {
      zip.file(path, putCells(xml, puts, pkg.date1904));
    } catch {
      throw new WorkbookError(`Tệp "${fileName}" bị hỏng: không đọc được một trang tính. Hãy mở và lưu lại tệp bằng Excel rồi chạy lại.`);
    }
  };

  const { log, status } = content;
  const existing = workbook.find(log.name);
  if (existing && existing.path !== '') {
    const read = await readSheet(pkg, existing.path);
    if (read.beyond)
      throw new WorkbookError(
        `Trang "${log.name}" có giá trị ngoài vùng đọc được, nên không biết ghi tiếp từ dòng nào. Chưa có gì thay đổi. Hãy xóa các ô thừa ở cuối trang đó rồi lưu lại.`,
      );
    // Below the last row holding a value (and below the header, which an empty sheet gets now).
    const first = Math.max(read.grid.length, 1) + 1;
    await edited(existing.path, [
      ...log.added.map((h) => ({ row: 1, col: h.column, value: h.title, style: style(TEXT_FORMAT, true) })),
      ...log.rows.flatMap((cells, i) =>
        cells.flatMap((value, col) => (isEmptyCell(value) ? [] : [{ row: first + i, col, value, style: style(keptAsideFormat(value, col)) }])),
      ),
    ]);
  } else {
    const sheet = new LaidOutSheet({ rows: [[...log.header], ...log.rows.map((r) => r.map(asOutCell))], headerRows: [0], titleRows: [] }, keptAsideFormat);
    const entry = edit.place(log.name);
    edit.stream(entry.path, (out) => sheet.writeXml(out, styles, pkg.date1904));
    if (sheet.layout.repeatRows) workbook.printTitle(entry, sheet.layout.repeatRows);
  }

  const scores = workbook.find(status.name);
  if (scores && scores.path !== '' && status.cells.length > 0) {
    await edited(
      scores.path,
      status.cells.map((c) => ({
        row: c.row,
        col: c.col,
        value: c.text,
        style: styles.index({ font: 'plain', shaded: false, numFmt: TEXT_FORMAT, wrap: true, center: false }),
      })),
    );
  }
  return edit.finish(now);
}
