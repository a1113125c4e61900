/**
 * The entries of a ZIP package as stored, by name, from its central directory: what a
 * package written from another (the summary from its input) needs to copy a part's
 * compressed bytes without inflating and deflating them again; and every name the
 * directory lists, so that a part stored twice is seen (the reader refuses it). A package this does
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

/** The fields a zip entry's local header and its central-directory record share (the writer fills them too). */
export interface EntryFields {
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
}

/** One entry of the central directory, as listed. */
interface DirectoryEntry extends EntryFields {
  name: string;
  /** Offset of its local header. */
  local: number;
}

/** The central directory's entries in order, every name as listed (two alike included); null when it cannot be walked. */
function directory(bytes: Uint8Array): DirectoryEntry[] | null {
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
  if (end < 0) return null;
  const count = u16(end + 10);
  let at = u32(end + 16);
  const decoder = new TextDecoder('utf-8');
  const entries: DirectoryEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== DIRECTORY_ENTRY) return null;
    const nameLength = u16(at + 28);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(at + 8),
      method: u16(at + 10),
      time: u16(at + 12),
      date: u16(at + 14),
      crc: u32(at + 16),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      local: u32(at + 42),
    });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/** Every entry name the central directory lists, in order, a name listed twice twice (jszip keeps one of them); [] when there is no directory. */
export function entryNames(bytes: Uint8Array): string[] {
  return directory(bytes)?.map((e) => e.name) ?? [];
}

export function storedEntries(bytes: Uint8Array): Map<string, StoredEntry> {
  const found = new Map<string, StoredEntry>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  for (const e of directory(bytes) ?? []) {
    const { local, method, compressedSize } = e;
    if (
      local + 30 <= bytes.length &&
      u32(local) === LOCAL_HEADER &&
      !(e.flags & ENCRYPTED) &&
      (method === 0 || method === 8) &&
      compressedSize !== 0xffffffff
    ) {
      const start = local + 30 + u16(local + 26) + u16(local + 28);
      if (start + compressedSize <= bytes.length)
        found.set(e.name, { method, time: e.time, date: e.date, crc: e.crc, size: e.size, data: bytes.subarray(start, start + compressedSize) });
    }
  }
  return found;
}
