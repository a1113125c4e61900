/**
 * The package writer of the .docx and the summary: what it writes is read back by
 * another ZIP reader (jszip, checking every CRC) exactly as pushed — text pushed in
 * many pieces across batch boundaries, bytes, a copied entry's stored bytes, names
 * beyond ASCII — and `storedEntries` finds each entry of a package as stored.
 */
import { inflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { storedEntries } from '../../src/ooxml/zip-entries';
import { ZipWriter } from '../../src/ooxml/zip-writer';

const read = (bytes: Uint8Array): Promise<JSZip> => JSZip.loadAsync(bytes, { checkCRC32: true });

/** Rows of a sheet-like text with Vietnamese letters and a character outside the BMP, about 1.8 million characters. */
const rows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c><is><t>Sở Thông tin và Truyền thông số ${i} 𝔸 &amp; đồng hạng</t></is></c></row>`);

describe('ZipWriter', () => {
  it('writes text pushed in pieces, many batches long, as one part read back exactly', async () => {
    const writer = new ZipWriter(new Date(Date.UTC(2022, 0, 5, 8, 30, 14)));
    await writer.text('xl/worksheets/sheet1.xml', (out) => {
      out.push('<sheetData>');
      for (const row of rows) out.push(row);
      out.push('</sheetData>');
    });
    const zip = await read(writer.bytes());
    expect(await zip.file('xl/worksheets/sheet1.xml')?.async('string')).toBe(`<sheetData>${rows.join('')}</sheetData>`);
    // MS-DOS times count in steps of two seconds.
    expect(zip.file('xl/worksheets/sheet1.xml')?.date.toISOString()).toBe('2022-01-05T08:30:14.000Z');
  });

  it('writes bytes as they are, an empty part, and a name beyond ASCII', async () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256);
    const writer = new ZipWriter(new Date());
    await writer.file('word/media/image1.png', bytes);
    await writer.file('empty.xml', '');
    await writer.file('tệp/Bảng điểm.xml', '<a/>');
    const zip = await read(writer.bytes());
    expect(await zip.file('word/media/image1.png')?.async('uint8array')).toEqual(bytes);
    expect(await zip.file('empty.xml')?.async('string')).toBe('');
    expect(await zip.file('tệp/Bảng điểm.xml')?.async('string')).toBe('<a/>');
    expect(Object.keys(zip.files).filter((n) => !zip.files[n].dir)).toEqual(['word/media/image1.png', 'empty.xml', 'tệp/Bảng điểm.xml']);
  });

  it('copies an entry of another package with its stored bytes, time and checksum', async () => {
    const source = new JSZip();
    source.file('xl/styles.xml', '<styleSheet/>'.repeat(500), { date: new Date(Date.UTC(2021, 11, 28, 14, 0, 0)) });
    source.file('stored.bin', 'as is', { compression: 'STORE' });
    const input = await source.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const stored = storedEntries(input);
    const writer = new ZipWriter(new Date());
    for (const name of ['xl/styles.xml', 'stored.bin']) writer.copy(name, stored.get(name) as NonNullable<ReturnType<typeof stored.get>>);
    const output = writer.bytes();
    const zip = await read(output);
    expect(await zip.file('xl/styles.xml')?.async('string')).toBe('<styleSheet/>'.repeat(500));
    expect(await zip.file('stored.bin')?.async('string')).toBe('as is');
    expect(zip.file('xl/styles.xml')?.date.toISOString()).toBe('2021-12-28T14:00:00.000Z');
    // The very bytes: nothing inflated and deflated again.
    expect(Buffer.from(storedEntries(output).get('xl/styles.xml')?.data ?? []).equals(Buffer.from(stored.get('xl/styles.xml')?.data ?? [1]))).toBe(true);
  });
});

describe('storedEntries', () => {
  it('finds every file of a package with the bytes that inflate to its content', async () => {
    const source = new JSZip();
    source.file('[Content_Types].xml', '<Types/>');
    source.file('xl/worksheets/sheet1.xml', rows.slice(0, 100).join(''));
    const entries = storedEntries(await source.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect([...entries.keys()].filter((n) => !n.endsWith('/'))).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml']);
    const sheet = entries.get('xl/worksheets/sheet1.xml');
    expect(sheet?.method).toBe(8);
    expect(inflateRawSync(sheet?.data ?? new Uint8Array()).toString('utf8')).toBe(rows.slice(0, 100).join(''));
    expect(sheet?.size).toBe(Buffer.byteLength(rows.slice(0, 100).join('')));
  });

  it('finds nothing in bytes that are no ZIP package', () => {
    expect(storedEntries(new TextEncoder().encode('Mã đơn vị,Đơn vị\nLA,Long An\n')).size).toBe(0);
    expect(storedEntries(new Uint8Array(10)).size).toBe(0);
  });
});
