/** exceljs cells read back exactly as `getValues()` would give them in Sheets. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { WorkbookError, readInputGrids, loadWorkbook, sheetGrid, workbookGrids } from '../../src/xlsx/read-workbook';

async function roundTrip(fill: (sheet: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Bảng điểm'));
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const loaded = await loadWorkbook(bytes, 'a.xlsx');
  return loaded.getWorksheet('Bảng điểm') as ExcelJS.Worksheet;
}

describe('reading cells', () => {
  it('gives numbers, booleans, strings, and "" for blanks inside the used range', async () => {
    const sheet = await roundTrip((s) => {
      s.getCell('A1').value = 9.5;
      s.getCell('B1').value = true;
      s.getCell('C1').value = 'Long An';
      s.getCell('B2').value = '=IMPORTXML("x")';
    });
    expect(sheetGrid(sheet)).toEqual([
      [9.5, true, 'Long An'],
      ['', '=IMPORTXML("x")', ''],
    ]);
  });

  it('starts at A1 and ends at the last cell holding a value, like getDataRange()', async () => {
    const sheet = await roundTrip((s) => {
      s.getCell('C3').value = 1;
      s.getCell('A5').numFmt = '@'; // formatted but empty: not part of the data
      s.getCell('E4').value = '';
    });
    expect(sheetGrid(sheet)).toEqual([
      ['', '', ''],
      ['', '', ''],
      ['', '', 1],
    ]);
  });

  it('reads a formula as its cached result, including an error result', async () => {
    const sheet = await roundTrip((s) => {
      s.getCell('A1').value = { formula: 'B1+C1', result: 19.5 };
      s.getCell('A2').value = { formula: 'VLOOKUP(1,X1:Y2,2,0)', result: { error: '#N/A' } };
      s.getCell('A3').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue; // never calculated: no result to show
      s.getCell('A4').value = 1;
    });
    expect(sheetGrid(sheet)).toEqual([[19.5], ['#N/A'], [''], [1]]);
  });

  it('turns rich text and hyperlinks into their plain text and error cells into their code', async () => {
    const sheet = await roundTrip((s) => {
      s.getCell('A1').value = { richText: [{ text: 'Sở ', font: { bold: true } }, { text: 'Long An' }] };
      s.getCell('A2').value = { text: 'Trang chủ', hyperlink: 'https://example.org' };
      s.getCell('A3').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    });
    expect(sheetGrid(sheet)).toEqual([['Sở Long An'], ['Trang chủ'], ['#DIV/0!']]);
  });

  it('keeps the value only in the master cell of a merged range', async () => {
    const sheet = await roundTrip((s) => {
      s.getCell('A1').value = 'Tiêu chí 1';
      s.mergeCells('A1:B2');
      s.getCell('C2').value = 'x';
    });
    expect(sheetGrid(sheet)).toEqual([
      ['Tiêu chí 1', '', ''],
      ['', '', 'x'],
    ]);
  });

  it('reads a date as the same calendar day and time in the local time zone', async () => {
    const sheet = await roundTrip((s) => {
      s.getCell('A1').value = new Date(Date.UTC(2022, 0, 5, 8, 30)); // exceljs keeps wall-clock time as UTC
    });
    const value = sheetGrid(sheet)[0][0] as Date;
    expect(value).toBeInstanceOf(Date);
    expect([value.getFullYear(), value.getMonth(), value.getDate(), value.getHours(), value.getMinutes()]).toEqual([2022, 0, 5, 8, 30]);
  });
});

describe('refusing files that are not a readable .xlsx', () => {
  const refusal = async (bytes: Uint8Array): Promise<string> => {
    const error = await readInputGrids(bytes, 'x.xlsx').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkbookError);
    return (error as Error).message;
  };

  it('names a text file as not an .xlsx, and one laid out as a table as a CSV to save as .xlsx', async () => {
    expect(await refusal(new TextEncoder().encode('Đây là một tệp văn bản đổi đuôi.\n'))).toBe('Tệp "x.xlsx" không phải tệp Excel .xlsx.');
    expect(await refusal(new TextEncoder().encode('Mã đơn vị;Tên\nLA;Long An\n'))).toMatch(
      /^Tệp "x\.xlsx" là văn bản CSV \(\.csv\), không phải tệp Excel \.xlsx mà chương trình đọc\. Hãy mở tệp/,
    );
  });

  it('names another kind of zip (a Word file renamed .xlsx) as not an .xlsx', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    expect(await refusal(await zip.generateAsync({ type: 'uint8array' }))).toBe('Tệp "x.xlsx" không phải tệp Excel .xlsx.');
  });

  it('names a broken zip as corrupted', async () => {
    const good = new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer());
    expect(await refusal(good.slice(0, 200))).toMatch(/bị hỏng/);
  });

  it('tells a password-protected workbook from an old .xls file', async () => {
    const ole = (extra: string): Uint8Array => {
      const bytes = new Uint8Array(2048);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set(Buffer.from(extra, 'utf16le'), 1024);
      return bytes;
    };
    expect(await refusal(ole('EncryptionInfo\0EncryptedPackage'))).toMatch(/mật khẩu/);
    expect(await refusal(ole('Workbook'))).toMatch(/Excel cũ \(\.xls, Excel 97–2003\)/);
  });
});

describe('the input sheets of a workbook', () => {
  it('are found by name whatever the case or Unicode form, the optional Cụm chấm included', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Ghi chú').getCell('A1').value = 'không phải trang nhập';
    workbook.addWorksheet('BẢNG ĐIỂM'.normalize('NFD')).getCell('A1').value = 'Mã đơn vị';
    workbook.addWorksheet('Cụm chấm').getCell('A1').value = 'Mã đơn vị';
    workbook.addWorksheet('Đơn vị').getCell('B2').value = 'Long An';
    const grids = workbookGrids(await loadWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()), 'x.xlsx'));
    expect(grids).toEqual({
      scores: [['Mã đơn vị']],
      agreed: [['Mã đơn vị']],
      units: [
        ['', ''],
        ['', 'Long An'],
      ],
    });
  });
});
