/**
 * `tinh-diem mau <tệp.xlsx>`: the blank template, identical in layout to the add-in's
 * "Tạo bảng mẫu". An existing file is replaced only with --force, and never when it
 * holds anything but a blank template: a filled workbook is not silently lost.
 */
import { resolve } from 'node:path';
import { templateSheets, type TemplateSheet } from '../core/sheets/template-sheets';
import { cleanText } from '../core/model/text';
import type { CellValue } from '../core/model/types';
import { WorkbookError, eachSheet } from '../xlsx/read-workbook';
import { templateWorkbook } from '../xlsx/write-template';
import type { Command } from './args';
import { FileError, exists, pathShower, readInput, refuseOverwrite, writeOutputs } from './files';
import { EXIT, type CliIo } from './io';

/** A row as one text, trailing blanks dropped. */
const rowText = (row: readonly CellValue[]): string =>
  Array.from(row, (cell) => cleanText(cell ?? ''))
    .join('\u0001')
    .replace(/\u0001+$/, '');

/** The rows holding something, by index, as text. */
type RowTexts = Map<number, string>;

/** The rows of a grid holding a value, by index, as text. */
function gridRows(grid: readonly (readonly CellValue[])[]): RowTexts {
  const rows: RowTexts = new Map();
  grid.forEach((row, r) => {
    const text = rowText(row);
    if (text !== '') rows.set(r, text);
  });
  return rows;
}

const blankRows = (spec: TemplateSheet): RowTexts => gridRows([spec.columns.map((c) => c.header), ...spec.rows]);

const sameRows = (a: RowTexts, b: RowTexts): boolean => a.size === b.size && [...a].every(([r, text]) => b.get(r) === text);

/**
 * Sheets of an existing .xlsx holding something a blank template does not, read by the
 * commands' own reader (a value beyond its limits is data too). A file it cannot read is
 * not replaced: what it holds cannot be known.
 */
async function sheetsWithData(path: string, shown: string): Promise<string[]> {
  const blank = new Map(templateSheets().map((spec) => [spec.name, blankRows(spec)]));
  const filled: string[] = [];
  try {
    await eachSheet(await readInput(path, () => shown), shown, (name, { grid, beyond }) => {
      const expected = blank.get(name);
      const rows = gridRows(grid);
      if (beyond || (expected ? !sameRows(rows, expected) : rows.size > 0)) filled.push(`"${name}"`);
    });
  } catch (err) {
    if (!(err instanceof WorkbookError || err instanceof FileError)) throw err;
    throw new FileError(
      `Tệp "${shown}" đã có nhưng không đọc được để biết có dữ liệu hay không, nên "mau" không ghi đè: ${err.message} Hãy chọn tên tệp khác, hoặc tự xóa tệp đó nếu chắc chắn không cần.`,
    );
  }
  return filled;
}

export async function makeTemplate(command: Extract<Command, { kind: 'template' }>, io: CliIo): Promise<number> {
  const path = resolve(io.cwd, command.file);
  const show = pathShower(io.cwd);
  const otherwise = 'hoặc đặt tên tệp khác';
  await refuseOverwrite([path], command.force, show, otherwise);
  if (await exists(path)) {
    const filled = await sheetsWithData(path, show(path));
    if (filled.length > 0) {
      throw new FileError(
        `Tệp "${show(path)}" đã có dữ liệu (trang ${filled.join(', ')}); "mau" không ghi đè một bảng tính đã có dữ liệu, kể cả với --force. Hãy chọn tên tệp khác, hoặc chạy "tinh-diem cap-nhat ${command.file}" để xếp lại "Bảng điểm" theo danh sách.`,
      );
    }
  }
  const bytes = new Uint8Array(await (await templateWorkbook(templateSheets())).xlsx.writeBuffer());
  await writeOutputs([{ path, bytes }], command.force, show, otherwise);
  io.out(
    `Đã tạo bảng mẫu ${show(path)}. Bước tiếp theo: điền "Cấu hình", nhập danh sách "Tiêu chí" và "Đơn vị", rồi chạy "tinh-diem cap-nhat ${command.file}" để có "Bảng điểm" theo danh sách.`,
  );
  return EXIT.ok;
}
