/**
 * The years after the 2021 example in the new-year journeys (through the built
 * add-in and through the command), with every expected value worked out by hand.
 *
 * 2021 (the example with its ballots): LA 1, HG 2, TG 3, BT 4, DT 5, VL 6, BL 7,
 * TV 8, AG 9, KG 10, CM 11, ST 12; every unit "Hoàn thành xuất sắc" (totals 101.5 to
 * 117.5, no criterion at 0).
 *
 * 2022: every base full (100) but Cà Mau's criterion 9 (0 of 5: base 95, and a
 * criterion at 0 is never "xuất sắc"); bonuses as BONUS_2022 on criteria 1, 3, 7, 8, 9,
 * 10 in turn (caps 5, 8, 5, 5, 5, 5; the banded criteria 4-6 get none, as the places
 * were cleared); no deduction. Totals = 100 + bonus (Cà Mau 95 + 7 = 102).
 *
 * 2023: An Giang and Kiên Giang merge into AK, "An Giang (mới)", `Kế thừa từ` "AG, KG";
 * every base full, bonuses as BONUS_2023; a proposal needs 2 years in a row at
 * "Hoàn thành xuất sắc" (`Số năm liên tục…` = 2).
 */
import type { CellValue } from '../../src/core/model/types';
import { baseHeader, bonusHeader } from '../../src/core/model/template';
import { example } from './journey';

const EXCELLENT = 'Hoàn thành xuất sắc';
const GOOD = 'Hoàn thành tốt';

export const BONUS_2022: Record<string, number> = { HG: 20, LA: 18, ST: 16, TG: 15, BT: 14, DT: 13, VL: 12, BL: 11, TV: 10, AG: 9, KG: 8, CM: 7 };
export const BONUS_2023: Record<string, number> = { CM: 25, AK: 21, HG: 20, LA: 18, ST: 16, TG: 15, BT: 14, DT: 13, VL: 12, BL: 11, TV: 10 };

/** Criteria that take the typed bonus, in the order it is spread, with their caps. */
const BONUS_CRITERIA: [string, number][] = [
  ['1', 5],
  ['3', 8],
  ['7', 5],
  ['8', 5],
  ['9', 5],
  ['10', 5],
];

/** A unit's row of `Bảng điểm` for a year: full base points, `bonus` spread over the bonus criteria. */
export function typedYear(bonus: number, zeroOn: string | null = null): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  for (const c of example.criteria) cells[baseHeader(c.code)] = c.code === zeroOn ? 0 : c.maxBase;
  let left = bonus;
  for (const [code, cap] of BONUS_CRITERIA) {
    const given = Math.min(left, cap);
    if (given > 0) cells[bonusHeader(code)] = given;
    left -= given;
  }
  return cells;
}

export const typed2022 = (unit: string): Record<string, CellValue> => typedYear(BONUS_2022[unit], unit === 'CM' ? '9' : null);
export const typed2023 = (unit: string): Record<string, CellValue> => typedYear(BONUS_2023[unit]);

export const MERGED = { code: 'AK', name: 'Sở Khoa học và Công nghệ tỉnh An Giang', shortName: 'An Giang (mới)', predecessors: 'AG, KG' };

/** The 2021 ranking as kept in `Các năm trước`: after the council's ballot (rank-5 tie to Đồng Tháp). */
export const RANKS_2021: Record<string, number> = { LA: 1, HG: 2, TG: 3, BT: 4, DT: 5, VL: 6, BL: 7, TV: 8, AG: 9, KG: 10, CM: 11, ST: 12 };

export interface Compared {
  unit: string;
  rank: number;
  total: number;
  grade: string;
  previous: number | '';
  change: string;
  /** Years in a row at this year's grade, from two. */
  streak: number | '';
}

/** `Tổng hợp` of 2022: rank, total, grade, then `Hạng 2021`, `So với 2021`, `Số năm liên tục`. */
export const EXPECTED_2022: Compared[] = [
  { unit: 'HG', rank: 1, total: 120, grade: EXCELLENT, previous: 2, change: '↑1', streak: 2 },
  { unit: 'LA', rank: 2, total: 118, grade: EXCELLENT, previous: 1, change: '↓1', streak: 2 },
  { unit: 'ST', rank: 3, total: 116, grade: EXCELLENT, previous: 12, change: '↑9', streak: 2 },
  { unit: 'TG', rank: 4, total: 115, grade: EXCELLENT, previous: 3, change: '↓1', streak: 2 },
  { unit: 'BT', rank: 5, total: 114, grade: EXCELLENT, previous: 4, change: '↓1', streak: 2 },
  { unit: 'DT', rank: 6, total: 113, grade: EXCELLENT, previous: 5, change: '↓1', streak: 2 },
  { unit: 'VL', rank: 7, total: 112, grade: EXCELLENT, previous: 6, change: '↓1', streak: 2 },
  { unit: 'BL', rank: 8, total: 111, grade: EXCELLENT, previous: 7, change: '↓1', streak: 2 },
  { unit: 'TV', rank: 9, total: 110, grade: EXCELLENT, previous: 8, change: '↓1', streak: 2 },
  { unit: 'AG', rank: 10, total: 109, grade: EXCELLENT, previous: 9, change: '↓1', streak: 2 },
  { unit: 'KG', rank: 11, total: 108, grade: EXCELLENT, previous: 10, change: '↓1', streak: 2 },
  { unit: 'CM', rank: 12, total: 102, grade: GOOD, previous: 11, change: '↓1', streak: '' },
];

/** The report's comparison of 2022, line by line. */
export const REPORT_2022 = [
  'So với kết quả năm 2021:',
  '- 02/12 đơn vị tăng hạng: Hậu Giang (↑1, từ hạng 2 lên hạng 1); Sóc Trăng (↑9, từ hạng 12 lên hạng 3).',
  '- 10/12 đơn vị giảm hạng: Long An (↓1, từ hạng 1 xuống hạng 2); Tiền Giang (↓1, từ hạng 3 xuống hạng 4); Bến Tre (↓1, từ hạng 4 xuống hạng 5); Đồng Tháp (↓1, từ hạng 5 xuống hạng 6); Vĩnh Long (↓1, từ hạng 6 xuống hạng 7); Bạc Liêu (↓1, từ hạng 7 xuống hạng 8); Trà Vinh (↓1, từ hạng 8 xuống hạng 9); An Giang (↓1, từ hạng 9 xuống hạng 10); Kiên Giang (↓1, từ hạng 10 xuống hạng 11); Cà Mau (↓1, từ hạng 11 xuống hạng 12).',
  `- ${EXCELLENT} 2 năm liên tục: Hậu Giang, Long An, Sóc Trăng, Tiền Giang, Bến Tre, Đồng Tháp, Vĩnh Long, Bạc Liêu, Trà Vinh, An Giang, Kiên Giang.`,
];

/** `Tổng hợp` of 2023: AK against the better of AG (10) and KG (11) in 2022. */
export const EXPECTED_2023: Compared[] = [
  { unit: 'CM', rank: 1, total: 125, grade: EXCELLENT, previous: 12, change: '↑11', streak: '' },
  { unit: 'AK', rank: 2, total: 121, grade: EXCELLENT, previous: 10, change: '↑8 (kế thừa AG, KG)', streak: 3 },
  { unit: 'HG', rank: 3, total: 120, grade: EXCELLENT, previous: 1, change: '↓2', streak: 3 },
  { unit: 'LA', rank: 4, total: 118, grade: EXCELLENT, previous: 2, change: '↓2', streak: 3 },
  { unit: 'ST', rank: 5, total: 116, grade: EXCELLENT, previous: 3, change: '↓2', streak: 3 },
  { unit: 'TG', rank: 6, total: 115, grade: EXCELLENT, previous: 4, change: '↓2', streak: 3 },
  { unit: 'BT', rank: 7, total: 114, grade: EXCELLENT, previous: 5, change: '↓2', streak: 3 },
  { unit: 'DT', rank: 8, total: 113, grade: EXCELLENT, previous: 6, change: '↓2', streak: 3 },
  { unit: 'VL', rank: 9, total: 112, grade: EXCELLENT, previous: 7, change: '↓2', streak: 3 },
  { unit: 'BL', rank: 10, total: 111, grade: EXCELLENT, previous: 8, change: '↓2', streak: 3 },
  { unit: 'TV', rank: 11, total: 110, grade: EXCELLENT, previous: 9, change: '↓2', streak: 3 },
];

export const REPORT_2023 = [
  'So với kết quả năm 2022:',
  '- 02/11 đơn vị tăng hạng: Cà Mau (↑11, từ hạng 12 lên hạng 1); An Giang (mới) (↑8, từ hạng 10 lên hạng 2).',
  '- 09/11 đơn vị giảm hạng: Hậu Giang (↓2, từ hạng 1 xuống hạng 3); Long An (↓2, từ hạng 2 xuống hạng 4); Sóc Trăng (↓2, từ hạng 3 xuống hạng 5); Tiền Giang (↓2, từ hạng 4 xuống hạng 6); Bến Tre (↓2, từ hạng 5 xuống hạng 7); Đồng Tháp (↓2, từ hạng 6 xuống hạng 8); Vĩnh Long (↓2, từ hạng 7 xuống hạng 9); Bạc Liêu (↓2, từ hạng 8 xuống hạng 10); Trà Vinh (↓2, từ hạng 9 xuống hạng 11).',
  '- Đơn vị kế thừa (so sánh với hạng cao nhất của các đơn vị được kế thừa năm 2022): An Giang (mới) kế thừa An Giang hạng 10, Kiên Giang hạng 11.',
  `- ${EXCELLENT} 3 năm liên tục: An Giang (mới), Hậu Giang, Long An, Sóc Trăng, Tiền Giang, Bến Tre, Đồng Tháp, Vĩnh Long, Bạc Liêu, Trà Vinh.`,
  `- Theo mục "Số năm liên tục Hoàn thành xuất sắc để đề nghị" của Cụm, đơn vị được đề nghị phải ${EXCELLENT} 2 năm liên tục; Cà Mau (hạng 1) chưa đủ nên không được đề nghị.`,
];

/** 2023's units: the 2022 list without AG and KG, AK last, its predecessors in `Kế thừa từ`. */
export function units2023(): { code: string; name: string; shortName: string; predecessors: string }[] {
  return [
    ...example.units.filter((u) => u.code !== 'AG' && u.code !== 'KG').map((u) => ({ code: u.code, name: u.name, shortName: u.shortName, predecessors: '' })),
    MERGED,
  ];
}

/** The rows of a ranking table with the three comparison columns, as the journeys read them. */
export function comparedRows(grid: readonly CellValue[][], header: readonly string[]): Compared[] {
  const start = grid.findIndex((r) => r[0] === header[0] && r[1] === header[1]);
  const titles = grid[start].map(String);
  const at = (title: string): number => titles.indexOf(title);
  const previous = titles.findIndex((t) => /^Hạng \d{4}$/.test(t));
  const change = titles.findIndex((t) => /^So với \d{4}$/.test(t));
  const rows: Compared[] = [];
  for (const r of grid.slice(start + 1)) {
    if (r.every((c) => c === '' || c === null || c === undefined)) break;
    rows.push({
      unit: String(r[at('Mã đơn vị')]),
      rank: Number(r[at('Hạng')]),
      total: Number(r[at('Tổng điểm')]),
      grade: String(r[at('Xếp loại')]),
      previous: r[previous] === '' ? '' : Number(r[previous]),
      change: String(r[change]),
      streak: r[at('Số năm liên tục')] === '' ? '' : Number(r[at('Số năm liên tục')]),
    });
  }
  return rows;
}
