/**
 * `cap-nhat`'s new workbook, written as a copy of the input package: a valid
 * package (every part typed, every relationship present) that LibreOffice opens,
 * every sheet it does not lay out byte for byte, and what a moved value's old cell
 * showed (its note, its fill) moved with it. Files the main command reads (cells
 * without an address, a prefixed namespace) are read by `cap-nhat` the same way.
 */
import { spawnSync } from 'node:child_process';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbook } from '../../src/xlsx/read-workbook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEET, UNITS_COL } from '../../src/core/model/template';
import { EXAMPLE_PATH } from '../../scripts/make-example';
import { runCli, tempDir } from '../cli/run-cli';
import { expectWellFormed, parts } from '../helpers/package-check';
import { CORPUS } from '../robustness/corpus';
import { workbookOf } from '../robustness/offline-path';
import { sheetPath } from '../robustness/patch-xlsx';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The example with Long An and Tiền Giang swapped in `Đơn vị` (so every score of theirs moves), a note and a fill on Long An's Chuẩn 1. */
async function exampleWithMoves(): Promise<Uint8Array> {
  const workbook = await loadWorkbook(new Uint8Array(await readFile(EXAMPLE_PATH)), 'cum.xlsx');
  const units = workbook.getWorksheet(SHEET.units) as ExcelJS.Worksheet;
  const [first, second] = [units.getRow(2), units.getRow(3)];
  const a = (first.values as unknown[]).slice(1);
  const b = (second.values as unknown[]).slice(1);
  b.forEach((v, i) => (first.getCell(i + 1).value = v as ExcelJS.CellValue));
  a.forEach((v, i) => (second.getCell(i + 1).value = v as ExcelJS.CellValue));
  const scores = workbook.getWorksheet(SHEET.scores) as ExcelJS.Worksheet;
  expect(scores.getCell('A2').value).toBe('LA');
  scores.getCell('C2').note = 'Đã đối chiếu minh chứng';
  scores.getCell('C2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  expect(units.getCell(2, UNITS_COL.code + 1).value).toBe('TG');
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('cap-nhat writes the package it copies', () => {
  it('valid and typed part by part, the sheets it does not lay out byte for byte, a moved value with its note and fill, and LibreOffice opens it', async () => {
    const input = await exampleWithMoves();
    await writeFile(join(dir, 'cum.xlsx'), input);
    const run = await runCli(['cap-nhat', 'cum.xlsx'], dir);
    expect(run.code, run.out.join('\n')).toBe(0);
    const output = new Uint8Array(await readFile(join(dir, 'cum-cap-nhat.xlsx')));
    await expectWellFormed(output);

    const zip = await JSZip.loadAsync(input);
    const laidOut = await Promise.all([SHEET.scores, SHEET.ballots].map((name) => sheetPath(zip, name)));
    const before = await parts(input);
    const after = await parts(output);
    const edited = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', ...laidOut];
    for (const [name, data] of before) {
      if (edited.includes(name) || laidOut.some((p) => name.includes(p.split('/').pop() as string)) || /comments|vmlDrawing/.test(name)) continue;
      expect(Buffer.from(after.get(name) ?? []).equals(Buffer.from(data)), name).toBe(true);
    }

    const back = await loadWorkbook(output, 'cum-cap-nhat.xlsx');
    expect(back.worksheets.map((s) => s.name)).toEqual(['Cấu hình', 'Tiêu chí', 'Đơn vị', 'Bảng điểm', 'Phiếu bầu']);
    const scores = back.getWorksheet(SHEET.scores) as ExcelJS.Worksheet;
    // Long An is now the second unit: its row, its note and its fill are in row 3.
    expect(scores.getCell('A3').value).toBe('LA');
    const note = scores.getCell('C3').note as ExcelJS.Comment | string;
    expect(typeof note === 'string' ? note : note.texts?.map((t) => t.text).join('')).toBe('Đã đối chiếu minh chứng');
    expect(scores.getCell('C3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
    expect(scores.getCell('C2').note).toBeUndefined();
    // The header's notes and the columns' validation, as the template lays them.
    expect(scores.getCell('C1').note).toBeDefined();
    expect(scores.getCell('C2').dataValidation).toMatchObject({ type: 'decimal', operator: 'between' });

    const converted = spawnSync(
      'soffice',
      [
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,4',
        '--outdir',
        join(dir, 'lo'),
        join(dir, 'cum-cap-nhat.xlsx'),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(converted.status, converted.stderr).toBe(0);
    const csv = (await readdir(join(dir, 'lo'))).find((n) => n.includes('Bảng điểm') || n.includes('B'));
    expect(csv).toBeDefined();
    const all = await Promise.all((await readdir(join(dir, 'lo'))).map((n) => readFile(join(dir, 'lo', n), 'utf8')));
    expect(all.some((text) => text.startsWith('Mã đơn vị,Đơn vị,Chuẩn 1') && text.includes('LA,Long An'))).toBe(true);
  }, 120_000);
});

/** The clean corpus workbook with its `Bảng điểm` part rewritten by `rewrite`. */
async function withScoresXml(rewrite: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await workbookOf(CORPUS[0]).xlsx.writeBuffer());
  const path = await sheetPath(zip, SHEET.scores);
  zip.file(path, rewrite((await zip.file(path)?.async('string')) ?? ''));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

describe('files the main command reads, cap-nhat reads as well', () => {
  it.each([
    // The header row, whose cells follow each other from A with no gap, as a generator that leaves addresses out writes them.
    ['cells without an r attribute', (xml: string) => xml.replace(/<row r="1"[^>]*>.*?<\/row>/, (row) => row.replace(/<c r="[A-Z]+1"/g, '<c'))],
    [
      'the spreadsheet namespace under a prefix (x:)',
      (xml: string) =>
        xml
          .replace(/<(\/?)([a-zA-Z]+)([ >/])/g, (m, slash: string, name: string, after: string) => (name === 'xml' ? m : `<${slash}x:${name}${after}`))
          .replace('xmlns="', 'xmlns:x="'),
    ],
  ])('%s', async (_, rewrite) => {
    const folder = await tempDir();
    try {
      await writeFile(join(folder, 'cum.xlsx'), await withScoresXml(rewrite));
      const computed = await runCli(['cum.xlsx', '--json'], folder);
      expect(computed.code, computed.err.join('\n')).toBe(0);
      const updated = await runCli(['cap-nhat', 'cum.xlsx'], folder);
      expect(updated.code, [...updated.out, ...updated.err].join('\n')).toBe(0);
      // The scores moved are the ones the main command read: the same ranking from the new file.
      const again = await runCli(['cum-cap-nhat.xlsx', '--json'], folder);
      const units = (out: string[]): unknown =>
        (JSON.parse(out.join('\n')) as { units: { code: string; total: number }[] }).units.map((u) => [u.code, u.total]);
      expect(units(again.out)).toEqual(units(computed.out));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
