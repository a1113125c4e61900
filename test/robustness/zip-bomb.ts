/**
 * A real .xlsx whose one sheet part inflates to more than a given size: the part
 * is deflated as a stream from a repeated chunk (513 MB of sheet XML deflate to
 * about 2 MB, built in about half a second), so neither the test nor the file
 * needs that memory or disk. The zip is written by hand (local headers, central
 * directory) because JSZip would need the whole part in memory to compress it.
 */
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
}

/** `head`, then `filler` repeated until the part exceeds `bytes`, then `tail`, deflated chunk by chunk. */
async function deflatedPart(head: string, filler: string, tail: string, bytes: number): Promise<Omit<Entry, 'name'>> {
  const deflate = createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const chunk = Buffer.from(filler.repeat(Math.ceil((1 << 20) / filler.length)));
  let crc = 0;
  let size = 0;
  const write = async (data: Buffer): Promise<void> => {
    crc = crc32(data, crc);
    size += data.length;
    if (!deflate.write(data)) await new Promise((resolve) => deflate.once('drain', resolve));
  };
  await write(Buffer.from(head));
  while (size <= bytes) await write(chunk);
  await write(Buffer.from(tail));
  // 'end' (not end()'s callback, called on 'finish') comes once the last deflated chunk has been read.
  const ended = new Promise((resolve) => deflate.once('end', resolve));
  deflate.end();
  await ended;
  return { crc, size, data: Buffer.concat(out) };
}

function zipOf(entries: readonly Entry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(e.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, e.name, e.data);
    centrals.push(central, e.name);
    offset += local.length + e.name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A part's XML as the start, an element repeated, and the end. */
export interface RepeatedXml {
  head: string;
  filler: string;
  tail: string;
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
export const WORKSHEET_XML: RepeatedXml = {
  head: `${DECLARATION}<worksheet ${MAIN}><sheetData>`,
  filler: '<row><c><v>1</v></c></row>',
  tail: '</sheetData></worksheet>',
};
/** Shared strings: one typed text after another. */
export const SHARED_STRINGS_XML: RepeatedXml = { head: `${DECLARATION}<sst ${MAIN}>`, filler: '<si><t>Sở Thông tin và Truyền thông</t></si>', tail: '</sst>' };
/** Styles: cell formats piled up, as pasting from other workbooks leaves them. */
export const STYLES_XML: RepeatedXml = {
  head: `${DECLARATION}<styleSheet ${MAIN}><cellXfs>`,
  filler: '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>',
  tail: '</cellXfs></styleSheet>',
};

/**
 * `xlsx` with the part at `path` replaced by more than `bytes` inflated bytes of
 * `xml` (a worksheet of one row repeated, unless told), every other part kept as it was.
 * `declared`: the size the zip's directory states for it, when it should lie.
 */
export async function withHugePart(xlsx: Uint8Array, path: string, bytes: number, declared?: number, xml: RepeatedXml = WORKSHEET_XML): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const entries: Entry[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const name = Buffer.from(file.name);
    if (file.name === path) {
      const part = await deflatedPart(xml.head, xml.filler, xml.tail, bytes);
      entries.push({ name, ...part, size: declared ?? part.size });
      continue;
    }
    const data = Buffer.from(await file.async('uint8array'));
    entries.push({ name, crc: crc32(data), size: data.length, data: deflateRawSync(data) });
  }
  return zipOf(entries);
}
