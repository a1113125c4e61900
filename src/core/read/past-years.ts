/**
 * `Các năm trước` → the results of past years by year and unit code, and the
 * document numbers each year used. The sheet is written by "Bắt đầu năm mới"; a
 * row someone broke by hand (no year, no code) is named at its cell and left out,
 * never guessed.
 */
import { a1 } from '../model/a1';
import { CODE, IssueList } from '../model/issues';
import { MILLI, parseNumber } from '../model/numbers';
import { cleanText, nameKey } from '../model/text';
import type { CellValue, Grid, Milli } from '../model/types';
import { PAST_NUMBER_HEADERS, type PastColumn } from '../sheets/past-years';
import { SHEET } from '../model/template';
import { codeList } from './parse-lists';

export interface PastUnitRow {
  year: number;
  code: string;
  name: string;
  /** Codes of the units of the year before that this one continued ("Kế thừa từ"); empty: itself. */
  predecessors: string[];
  rank: number | null;
  total: Milli | null;
  grade: string;
  award: string;
  /** 1-based row in the sheet. */
  row: number;
}

export interface PastNumber {
  year: number;
  /** Setting key, e.g. `reportNumber`. */
  key: string;
  value: string;
  cell: string;
}

export interface PastYears {
  /** Years in the sheet, oldest first. */
  years: number[];
  /** Rows by year, then by unit code (nameKey). */
  byYear: Map<number, Map<string, PastUnitRow>>;
  numbers: PastNumber[];
}

const YEARS = { min: 1900, max: 2100 };

function wholeNumber(cell: CellValue): number | null {
  const parsed = parseNumber(cell);
  return parsed.kind === 'number' && parsed.value % MILLI === 0 ? parsed.value / MILLI : null;
}

export function parsePastYears(grid: Grid | undefined, issues: IssueList): PastYears | null {
  if (!grid || grid.length < 2) return null;
  const sheet = SHEET.past;
  const col = new Map<string, number>();
  (grid[0] ?? []).forEach((cell, c) => {
    const key = nameKey(cell);
    if (key !== '' && !col.has(key)) col.set(key, c);
  });
  const at = (header: PastColumn): number => col.get(nameKey(header)) ?? -1;
  if (at('Năm') < 0 || at('Mã đơn vị') < 0) {
    issues.error(
      CODE.badPastYears,
      sheet,
      'A1',
      `Trang "${sheet}" thiếu cột "Năm" hoặc "Mã đơn vị" nên không dùng được để so sánh với các năm trước. Trang này do "Bắt đầu năm mới" ghi; hãy lấy lại từ bảng tính của năm trước.`,
    );
    return null;
  }
  const past: PastYears = { years: [], byYear: new Map(), numbers: [] };
  const cellOf = (row: readonly CellValue[], header: PastColumn): CellValue => (at(header) >= 0 ? row[at(header)] : '');
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.every((cell) => cleanText(cell instanceof Date ? 'd' : cell) === '')) continue;
    const year = wholeNumber(cellOf(row, 'Năm'));
    const code = cleanText(typeof cellOf(row, 'Mã đơn vị') === 'number' ? String(cellOf(row, 'Mã đơn vị')) : cellOf(row, 'Mã đơn vị'));
    if (year === null || year < YEARS.min || year > YEARS.max || code === '') {
      const c = year === null || year < YEARS.min || year > YEARS.max ? at('Năm') : at('Mã đơn vị');
      issues.warning(
        CODE.badPastYears,
        sheet,
        a1(r, c),
        `Dòng ${r + 1} của trang "${sheet}" thiếu năm (số từ ${YEARS.min} đến ${YEARS.max}) hoặc mã đơn vị; dòng này không được dùng để so sánh.`,
      );
      continue;
    }
    let rows = past.byYear.get(year);
    if (!rows) {
      rows = new Map();
      past.byYear.set(year, rows);
      past.years.push(year);
      for (const { key, header } of PAST_NUMBER_HEADERS) {
        const c = col.get(nameKey(header));
        const value = c === undefined ? '' : cleanText(row[c]);
        if (value !== '') past.numbers.push({ year, key, value, cell: a1(r, c as number) });
      }
    }
    const total = parseNumber(cellOf(row, 'Tổng điểm'));
    rows.set(nameKey(code), {
      year,
      code,
      name: cleanText(cellOf(row, 'Đơn vị')) || code,
      predecessors: codeList(cellOf(row, 'Kế thừa từ')),
      rank: wholeNumber(cellOf(row, 'Hạng')),
      total: total.kind === 'number' ? total.value : null,
      grade: cleanText(cellOf(row, 'Xếp loại')),
      award: cleanText(cellOf(row, 'Khen thưởng')),
      row: r + 1,
    });
  }
  past.years.sort((a, b) => a - b);
  return past.years.length > 0 ? past : null;
}
