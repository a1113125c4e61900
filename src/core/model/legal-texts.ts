/**
 * The legal texts a proposal letter stands on, as data with the date they were
 * checked: laws and decrees change (Nghị định 98/2023 gave way to 152/2025 on
 * 1 July 2025), so the letter's bases are a setting whose default is this list, and
 * a basis citing a text known to be replaced is a warning at its cell.
 */

/** The default bases, current as checked in late 2026: the Law, its implementing decree, the cluster's own regulation. */
export const LEGAL_BASES_DEFAULT: readonly string[] = [
  'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022',
  'Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
  'Quy chế hoạt động của Cụm thi đua',
];

export interface ReplacedText {
  /** How the number is cited: "98/2023" matches "98/2023/NĐ-CP" and "số 98/2023". */
  number: string;
  name: string;
  /** What replaced it, for the message. */
  replacedBy: string;
}

/** Texts on emulation and commendation known to be replaced (no longer a basis for a new proposal). */
export const REPLACED_TEXTS: readonly ReplacedText[] = [
  { number: '91/2017', name: 'Nghị định số 91/2017/NĐ-CP', replacedBy: 'Nghị định số 98/2023/NĐ-CP, nay là Nghị định số 152/2025/NĐ-CP' },
  { number: '98/2023', name: 'Nghị định số 98/2023/NĐ-CP', replacedBy: 'Nghị định số 152/2025/NĐ-CP (từ ngày 01/7/2025)' },
  { number: '28/2024', name: 'Nghị định số 28/2024/NĐ-CP', replacedBy: 'Nghị định số 152/2025/NĐ-CP (từ ngày 01/7/2025)' },
];

/** The replaced text a line cites, or null. "198/2023" or "98/20234" is another number. */
export function replacedTextIn(line: string): ReplacedText | null {
  return REPLACED_TEXTS.find((t) => new RegExp(`(^|[^0-9])${t.number.replace('/', '\\/')}($|[^0-9])`).test(line)) ?? null;
}
