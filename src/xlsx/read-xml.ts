/**
 * One part of an .xlsx package streamed through an XML tokenizer: the part is
 * inflated chunk by chunk and never held whole, so a sheet of millions of cells
 * (or a zip bomb) costs the memory of what the handlers keep, not of its text.
 */
import { createInflateRaw } from 'node:zlib';
import type JSZip from 'jszip';
import { WorkbookError } from './workbook-error';
import { type XmlHandlers, XmlScanner } from './xml-scanner';

export type { XmlHandlers } from './xml-scanner';

/** Most inflated bytes read from one part: far above any real cluster sheet (10,000 units × 100 criteria is about 80 MB). */
export const MAX_PART_BYTES = 512 * 1024 * 1024;

/** A part of the package in words a secretary knows, and what to do when it is too large to read. */
export interface PartName {
  what: string;
  advice: string;
}

/** A worksheet, by the name on its tab when the workbook gives one. */
export const sheetPart = (name?: string): PartName => ({
  what: name === undefined ? 'một trang tính' : `trang tính "${name}"`,
  advice: 'Hãy xóa các dòng, cột thừa rồi lưu lại.',
});

/** The shared strings: every text typed in the cells, kept once for the whole workbook (Excel drops unused ones on saving). */
export const SHARED_STRINGS_PART: PartName = {
  what: 'bảng chuỗi dùng chung (nơi Excel cất mọi chữ gõ trong các ô)',
  advice: 'Hãy xóa các trang tính, cột hoặc ô chứa nhiều chữ không dùng đến, rồi lưu lại bằng Excel.',
};

/** The styles: fonts, colours, borders and number formats, which grow with each paste from another workbook and which saving does not shrink. */
export const STYLES_PART: PartName = {
  what: 'bảng định dạng (nơi Excel cất phông chữ, màu, đường kẻ và kiểu số của các ô)',
  advice:
    'Tệp có quá nhiều kiểu định dạng, thường do dán nhiều lần từ các tệp khác: hãy tạo tệp mới bằng lệnh "tinh-diem mau <tệp mới.xlsx>" rồi dán dữ liệu sang bằng Dán đặc biệt › Giá trị.',
};

/** The workbook part and the relationships: small in any file Excel saved, so a huge one means a damaged or forged file. */
export const INDEX_PART: PartName = { what: 'phần mục lục của tệp', advice: 'Tệp có thể bị hỏng; hãy mở bằng Excel và lưu lại.' };

/** What JSZip keeps (undocumented, on `_data`) of an entry as the file stored it, until the program writes the entry anew. */
interface StoredData {
  uncompressedSize?: number;
  compressedContent?: unknown;
  compression?: { magic?: string };
}
const storedData = (entry: JSZip.JSZipObject): StoredData | undefined => (entry as unknown as { _data?: StoredData })._data;

/** The size the zip's directory declares for an entry once inflated. */
const declaredSize = (entry: JSZip.JSZipObject): number => storedData(entry)?.uncompressedSize ?? 0;

/** JSZip's mark of a deflated entry (the method's number as two bytes). */
const DEFLATED = '\x08\x00';
const INFLATED_CHUNK = 64 * 1024;

/**
 * The entry's inflated bytes, chunk by chunk, to `take` (which returns false to stop
 * early; what it throws ends the stream and is thrown). An entry deflated in the file is
 * inflated by Node's native zlib, a chunk at a time on its worker thread, each chunk parsed
 * before the next is inflated (JSZip's JavaScript inflater took about 0.3 s of CPU on a
 * sheet of 10,000 units × 100 criteria); any other entry (stored, or one the program
 * wrote) through JSZip's own stream. Inflated bytes that are not the size the zip
 * declares make a damaged file, as JSZip's stream says.
 */
function inflated(entry: JSZip.JSZipObject, take: (chunk: Uint8Array) => boolean): Promise<void> {
  const stored = storedData(entry);
  return new Promise<void>((resolve, reject) => {
    const taken = (chunk: Uint8Array, stop: () => void): void => {
      let more = false;
      try {
        more = take(chunk);
      } catch (err) {
        stop();
        reject(err);
        return;
      }
      if (!more) {
        stop();
        resolve();
      }
    };
    if (stored?.compression?.magic === DEFLATED && stored.compressedContent instanceof Uint8Array) {
      const inflater = createInflateRaw({ chunkSize: INFLATED_CHUNK });
      let size = 0;
      inflater
        .on('data', (chunk: Buffer) => {
          size += chunk.length;
          taken(chunk, () => inflater.destroy());
        })
        .on('error', reject)
        .on('end', () => (size === stored.uncompressedSize ? resolve() : reject(new Error('inflated size differs from the declared one'))))
        .end(stored.compressedContent);
      return;
    }
    // JSZip's own stream (documented as internalStream, not in its typings): chunks as they inflate, no Node stream shim.
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> }).internalStream('uint8array');
    stream
      .on('data', (chunk) => taken(chunk, () => stream.pause()))
      .on('error', reject)
      .on('end', () => resolve())
      .resume();
  });
}

/**
 * Streams `path` of the package to the handlers; a part that is not well-formed XML is a damaged file.
 * A part over `limit` inflated bytes is refused, naming what it is (`part`): at once when the zip
 * declares that size, else when the inflated bytes reach it (a zip may declare less than it holds).
 */
export async function streamXml(zip: JSZip, path: string, handlers: XmlHandlers, fileName: string, part: PartName, limit = MAX_PART_BYTES): Promise<void> {
  const entry = zip.file(path);
  if (!entry) throw damaged(fileName);
  if (declaredSize(entry) > limit) throw tooLarge(fileName, part, limit);
  const scanner = new XmlScanner(handlers);
  const decoder = new TextDecoder('utf-8');
  let read = 0;
  let over = false;
  try {
    await inflated(entry, (chunk) => {
      read += chunk.length;
      if (read > limit) over = true;
      // A part that is not XML is damaged wherever it fails (the scanner throws): the rest is not inflated.
      else scanner.write(decoder.decode(chunk, { stream: true }));
      return !over;
    });
    if (!over) {
      scanner.write(decoder.decode());
      scanner.close();
    }
  } catch (err) {
    throw err instanceof WorkbookError ? err : damaged(fileName);
  }
  if (over) throw tooLarge(fileName, part, limit);
}

/**
 * A text the parser gave, kept apart from the chunk of XML it was cut from. V8 keeps a
 * piece of 13 characters or more of a longer string as a view into it: one such text
 * kept per chunk (a deduction's reason every tenth row) would keep every chunk of the
 * sheet's XML alive, about 65 MB at 10,000 units × 100 criteria. Slicing a joined
 * string makes V8 copy it into a string of its own first.
 */
export const detached = (text: string): string => (text.length < 13 ? text : ` ${text}`.slice(1));

export function notXlsx(fileName: string): WorkbookError {
  return new WorkbookError(`Tệp "${fileName}" không phải tệp Excel .xlsx.`);
}

export function damaged(fileName: string): WorkbookError {
  return new WorkbookError(`Tệp "${fileName}" bị hỏng hoặc không phải tệp Excel .xlsx, không đọc được. Hãy mở bằng Excel và lưu lại.`);
}

function tooLarge(fileName: string, part: PartName, limit: number): WorkbookError {
  return new WorkbookError(`Tệp "${fileName}" có ${part.what} quá lớn (giải nén hơn ${(limit / 1024 / 1024).toLocaleString('vi-VN')} MB). ${part.advice}`);
}
