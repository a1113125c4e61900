/**
 * The entries of a ZIP package as stored, by name, from its central directory: what a
 * package written from another (the summary from its input) needs to copy a part's
 * compressed bytes without inflating and deflating them again. A package this does
 * not understand (ZIP64, encryption, a method other than store or deflate, sizes
 * that run past the end) gives no entry for it; the writer then deflates the part
 * from its content instead.
 */

export interface StoredEntry {
  /** 0 stored, 8 deflated. */
  method: number;
  /** MS-DOS time and date of the entry, as the package holds them. */
  time: number;
  date: number;
  crc: number;
  /** Inflated size. */
  size: number;
  /** The compressed bytes (a view into the package). */
  data: Uint8Array;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ENCRYPTED = 0x0001;

export function storedEntries(bytes: Uint8Array): Map<string, StoredEntry> {
  const found = new Map<string, StoredEntry>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  // The end record sits within the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return found;
  const count = u16(end + 10);
  let at = u32(end + 16);
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== DIRECTORY_ENTRY) return new Map();
    const flags = u16(at + 8);
    const method = u16(at + 10);
    const compressedSize = u32(at + 20);
    const nameLength = u16(at + 28);
    const next = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
    const local = u32(at + 42);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (local + 30 <= bytes.length && u32(local) === LOCAL_HEADER && !(flags & ENCRYPTED) && (method === 0 || method === 8) && compressedSize !== 0xffffffff) {
      const start = local + 30 + u16(local + 26) + u16(local + 28);
      if (start + compressedSize <= bytes.length) {
        found.set(name, { method, time: u16(at + 12), date: u16(at + 14), crc: u32(at + 16), size: u32(at + 24), data: bytes.subarray(start, start + compressedSize) });
      }
    }
    at = next;
  }
  return found;
}
