/**
 * What a file handed to the command is, told by its bytes: an .xlsx package goes on
 * to be read; a workbook saved in another format (.ods, .xls, Excel 2003 XML, CSV,
 * an .xlsm with its macros) is refused with the one thing to do, save it as .xlsx.
 * The extension only names a format the bytes cannot tell (a text file is a CSV,
 * a TSV or a TXT by its name); a real .xlsx named .ods is read as the .xlsx it is.
 */
import { extname } from 'node:path';
import { notXlsx } from './read-xml';
import { WorkbookError } from './workbook-error';

const SAVE_AS =
  'Hãy mở tệp bằng Excel, LibreOffice Calc hoặc Google Sheets, chọn Lưu thành (Save As) với kiểu "Sổ làm việc Excel (.xlsx)", rồi chạy lại lệnh với tệp .xlsx vừa lưu.';

/** A workbook in a format the command does not read, named as a secretary knows it. */
export function otherFormat(fileName: string, kind: string): WorkbookError {
  return new WorkbookError(`Tệp "${fileName}" là ${kind}, không phải tệp Excel .xlsx mà chương trình đọc. ${SAVE_AS}`);
}

export const FORMAT = {
  ods: 'bảng tính OpenDocument (.ods)',
  xls: 'tệp Excel cũ (.xls, Excel 97–2003)',
  xml2003: 'bảng tính XML của Excel 2003 (.xml)',
  html: 'trang web (HTML) mang tên tệp bảng tính',
  numbers: 'bảng tính Numbers (.numbers)',
  xlsb: 'sổ làm việc Excel nhị phân (.xlsb)',
  template: 'mẫu Excel (.xltx)',
} as const;

/** Text files by the extension they were given; any other text file reads as comma-separated values. */
const TEXT_KINDS: Record<string, string> = { '.tsv': 'văn bản phân cách bằng tab (.tsv)', '.txt': 'văn bản (.txt)' };
const CSV = 'văn bản CSV (.csv)';

/** A macro-enabled workbook: its summary or update would be an .xlsx Excel refuses, and dropping the user's macros unasked is not ours to do. */
export function macroEnabled(fileName: string): WorkbookError {
  return new WorkbookError(
    `Tệp "${fileName}" là sổ làm việc Excel có macro (.xlsm). Chương trình không ghi tệp kết quả có macro và không tự bỏ macro của người dùng. Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) với kiểu "Sổ làm việc Excel (.xlsx)" (tệp .xlsm vẫn giữ nguyên macro), rồi chạy lại lệnh với tệp .xlsx vừa lưu.`,
  );
}

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);
const contains = (bytes: Uint8Array, text: string, encoding: BufferEncoding, within = bytes.length): boolean =>
  Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(within, bytes.byteLength)).includes(Buffer.from(text, encoding));

/**
 * The start of a file as text, when it reads as text: UTF-8 (a BOM or not), UTF-16 with its BOM,
 * or a one-byte code page (Excel's "CSV" in Vietnamese Windows is Windows-1258, LibreOffice's the
 * system's): no NUL byte and hardly a control character, which a binary file is full of.
 */
function leadingText(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 64 * 1024);
  if (head[0] === 0xff && head[1] === 0xfe) return Buffer.from(head.subarray(2)).toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(head.subarray(2)).swap16().toString('utf16le');
  if (head.includes(0)) return null;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head);
  const bad = text.split('\uFFFD').length - 1;
  if (bad <= text.length / 20) return text.replace(/^\uFEFF/, '');
  // Not UTF-8: the separators and line ends a table needs are ASCII in every one-byte code page.
  const controls = head.filter((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d).length;
  return controls > head.length / 100 ? null : Buffer.from(head).toString('latin1');
}

/** Text laid out as a table: its first two lines hold the same separator (a comma, semicolon or tab), as a CSV saved from a sheet does. */
function looksTabular(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 2);
  return lines.length === 2 && [',', ';', '\t'].some((sep) => lines.every((l) => l.includes(sep)));
}

/**
 * Refuses, before any reading, a file that is not a zip package: an old .xls (or a
 * password-protected .xlsx, which is an OLE container too), Excel 2003 XML, a web
 * page, a text file; anything else unrecognised is "not an .xlsx".
 */
export function checkFileKind(bytes: Uint8Array, fileName: string): void {
  if (startsWith(bytes, ZIP)) return;
  if (startsWith(bytes, OLE)) {
    if (contains(bytes, 'EncryptedPackage', 'utf16le')) {
      throw new WorkbookError(`Tệp "${fileName}" được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại.`);
    }
    // An OLE file without a workbook stream is a Word document or another program's.
    if (contains(bytes, 'Workbook', 'utf16le') || contains(bytes, 'Book', 'utf16le')) throw otherFormat(fileName, FORMAT.xls);
    throw notXlsx(fileName);
  }
  const text = leadingText(bytes);
  if (text !== null && text.trim() !== '') {
    const start = text.trimStart().slice(0, 4096);
    if (start.startsWith('<')) {
      if (/urn:schemas-microsoft-com:office:spreadsheet|progid\s*=\s*"Excel\.Sheet"/i.test(start)) {
        // Excel 2003 XML and Excel's "web page" saves carry the same namespace; the root element tells them apart.
        throw otherFormat(fileName, /<html/i.test(start) ? FORMAT.html : FORMAT.xml2003);
      }
      if (/<html|<table|<!doctype html/i.test(start)) throw otherFormat(fileName, FORMAT.html);
      throw notXlsx(fileName);
    }
    const extension = extname(fileName).toLowerCase();
    if (TEXT_KINDS[extension]) throw otherFormat(fileName, TEXT_KINDS[extension]);
    if (extension === '.csv' || looksTabular(text)) throw otherFormat(fileName, CSV);
  }
  throw notXlsx(fileName);
}

/** The kind of a zip that is not an .xlsx, by what it holds (`names`: its entries), or null when unknown. */
export function zipKind(names: readonly string[], mimetype: string | null): string | null {
  if (mimetype !== null && mimetype.trim() === 'application/vnd.oasis.opendocument.spreadsheet') return FORMAT.ods;
  if (names.some((n) => n.startsWith('Index/') && n.endsWith('.iwa'))) return FORMAT.numbers;
  return null;
}

/** The main part's content type → why the package cannot be read as an .xlsx, or null when it can. */
export function workbookTypeProblem(contentType: string | undefined, fileName: string): WorkbookError | null {
  if (contentType === undefined) return null;
  const type = contentType.trim().toLowerCase();
  if (type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml') return null;
  if (type === 'application/vnd.ms-excel.sheet.macroenabled.main+xml' || type === 'application/vnd.ms-excel.template.macroenabled.main+xml')
    return macroEnabled(fileName);
  if (type.startsWith('application/vnd.ms-excel.sheet.binary')) return otherFormat(fileName, FORMAT.xlsb);
  if (type === 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml') return otherFormat(fileName, FORMAT.template);
  return null;
}
