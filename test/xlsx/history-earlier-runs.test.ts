/**
 * `Lịch sử` written with the runs of the summary being replaced: only those the
 * input does not hold (a run is its time and fingerprint together), oldest first,
 * before this run's row, in place of empty formatted rows, with a new row's formats.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DATE_TIME_FORMAT } from '../../src/core/sheets/cell-formats';
import { earlierRuns } from '../../src/core/outputs/earlier-runs';
import { HISTORY_HEADER } from '../../src/core/model/template';
import { UnreadCell } from '../../src/core/model/unread-cell';
import { readNamedSheet } from '../../src/xlsx/read-workbook';
import { summaryPackage } from '../../src/xlsx/summary-package';

const run = (day: number, fingerprint: string): (string | number | Date)[] => [
  new Date(2022, 0, day, 8, 30),
  'thu-ky',
  12,
  0,
  1,
  '1. Long An (117,5)',
  fingerprint,
  'bao-cao.docx',
  2021,
];
const HEADER = [...HISTORY_HEADER];

describe('earlierRuns', () => {
  it('keeps the rows below the header whose time and fingerprint together the input lacks, in order', () => {
    const previous = [HEADER, run(1, 'a'), run(2, 'b'), ['', '', '', '', '', '', '', ''], run(3, 'c')];
    // Same time, other data: another run. Same data, other time: another run too.
    const input = [HEADER, run(1, 'a'), run(2, 'x'), run(4, 'c')];
    expect(earlierRuns(previous, input)).toEqual([run(2, 'b'), run(3, 'c')]);
  });

  it('writes back what the file holds for a cell it could not read as a value', () => {
    const row = [...run(1, 'a').slice(0, 7), new UnreadCell('formula', 'HYPERLINK("bao-cao.docx")'), 2021];
    expect(earlierRuns([HEADER, row], [])[0][7]).toBe('HYPERLINK("bao-cao.docx")');
  });
});

describe('the summary with the earlier runs', () => {
  it('writes them after the input’s rows and before this run’s, over the input’s empty formatted rows, times as date-times', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Lịch sử');
    sheet.addRow(HEADER);
    sheet.addRow(run(1, 'a'));
    // Cells A3 and A7 formatted, holding nothing (exceljs writes no empty row): the first gives way; the other stays after the written rows.
    sheet.getCell('A3').font = { bold: true };
    sheet.getCell('A7').font = { bold: true };
    const input = new Uint8Array(await workbook.xlsx.writeBuffer());
    const bytes = await summaryPackage(input, 'cum.xlsx', {
      sheets: [],
      linkedSheet: 'Kiểm tra',
      history: { name: 'Lịch sử', header: HEADER, row: run(9, 'n'), previous: [HEADER, run(1, 'a'), run(2, 'b'), run(3, 'c')] },
    });
    expect(await readNamedSheet(bytes, 'cum-tong-hop.xlsx', 'Lịch sử')).toEqual([HEADER, run(1, 'a'), run(2, 'b'), run(3, 'c'), run(9, 'n')]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const history = back.getWorksheet('Lịch sử') as ExcelJS.Worksheet;
    for (const r of [3, 4, 5]) expect(history.getCell(`A${r}`).numFmt).toBe(DATE_TIME_FORMAT);
    expect(history.getCell('A7').font).toMatchObject({ bold: true });
    expect(history.getCell('A7').value).toBeNull();
  });
});
