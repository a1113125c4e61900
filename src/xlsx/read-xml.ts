/**
 * One part of an .xlsx package streamed through an XML tokenizer: the part is
 * inflated chunk by chunk and never held whole, so a sheet of millions of cells
 * (or a zip bomb) costs the memory of what the handlers keep, not of its text.
 */
import type JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { WorkbookError } from './workbook-error';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Most inflated bytes read from one part: far above any real cluster sheet (10,000 units × 100 criteria is about 80 MB). */
export const MAX_PART_BYTES = 512 * 1024 * 1024;

/** "x:c" and "c" are the same element: some generators prefix the spreadsheet namespace. */
const local = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** The size the zip's directory declares for an entry once inflated (JSZip keeps it, undocumented, on `_data`). */
const declaredSize = (entry: JSZip.JSZipObject): number => (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;

/**
 * Streams `path` of the package to the handlers; a part that is not well-formed XML is a damaged file.
 * A part over `limit` inflated bytes is refused: at once when the zip declares that size, else
 * when the inflated bytes reach it (a zip may declare less than it holds).
 */
export async function streamXml(zip: JSZip, path: string, handlers: XmlHandlers, fileName: string, limit = MAX_PART_BYTES): Promise<void> {
  const entry = zip.file(path);
  if (!entry) throw damaged(fileName);
  if (declaredSize(entry) > limit) throw tooLarge(fileName, limit);
  const parser = new SaxesParser();
  let failed: Error | null = null;
  parser.on('error', (err) => {
    failed ??= err;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => handlers.open(local(tag.name), tag.attributes, tag.isSelfClosing));
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(local(tag.name)));
  }
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  const decoder = new TextDecoder('utf-8');
  let read = 0;
  // JSZip's own stream (documented as internalStream, not in its typings): chunks as they inflate, no Node stream shim.
  const stream = (entry as unknown as { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> }).internalStream('uint8array');
  await new Promise<void>((resolve, reject) => {
    stream
      .on('data', (chunk) => {
        if (failed) return;
        read += chunk.length;
        if (read > limit) {
          stream.pause();
          reject(tooLarge(fileName, limit));
          return;
        }
        parser.write(decoder.decode(chunk, { stream: true }));
      })
      .on('error', () => reject(damaged(fileName)))
      .on('end', () => resolve())
      .resume();
  });
  if (!failed) parser.write(decoder.decode()).close();
  if (failed) throw damaged(fileName);
}

export function notXlsx(fileName: string): WorkbookError {
  return new WorkbookError(`Tệp "${fileName}" không phải tệp Excel .xlsx.`);
}

export function damaged(fileName: string): WorkbookError {
  return new WorkbookError(`Tệp "${fileName}" bị hỏng hoặc không phải tệp Excel .xlsx, không đọc được. Hãy mở bằng Excel và lưu lại.`);
}

function tooLarge(fileName: string, limit: number): WorkbookError {
  return new WorkbookError(`Tệp "${fileName}" có một trang tính quá lớn (giải nén hơn ${(limit / 1024 / 1024).toLocaleString('vi-VN')} MB). Hãy xóa các dòng, cột thừa rồi lưu lại.`);
}
