/**
 * The live columns of `Bảng điểm` in an .xlsx, as native formulas that Excel and
 * LibreOffice compute as the cells change: one formula per live column, shared by
 * its rows (its relative addresses move row by row), referring to the row's score cells, the maxima in `Tiêu chí` and the
 * settings in `Cấu hình` by address (Excel moves the addresses when rows are
 * inserted). Totals are rounded to the thousandth, so they are exact. What native
 * formulas cannot do — the tie-break ladder, Cụm chấm, the step and name checks —
 * is left to the command, whose ranking is the authority (said in the headers' notes).
 */
import { columnLetter } from '../model/a1';
import { GRADE } from '../rules/grade';
import type { ExcelLiveLayout, LiveKey } from '../sheets/live-columns';
import { CRITERIA_COL, SHEET } from '../model/template';


const MAX_BASE_COLUMN = columnLetter(CRITERIA_COL.maxBase);
const MAX_BONUS_COLUMN = columnLetter(CRITERIA_COL.maxBonus);
const RANK_COMPETITION = ['cách', 'cach', 'competition', 'cách quãng'];

const quoted = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;
const text = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** The formula (without "=") of each live column as written in its first row. */
export function excelLiveFormulas(layout: ExcelLiveLayout): Record<LiveKey, string> {
  const col = (c: number): string => columnLetter(c);
  const setting = (key: string): string | null => {
    const cell = layout.settingCells[key];
    return cell ? `${quoted(SHEET.settings)}!$${cell.replace(/^([A-Z]+)(\d+)$/, '$1$$$2')}` : null;
  };
  /** A threshold or cap: the cell's value, or `fallback` when it is blank (null: no cap). */
  const orDefault = (key: string, fallback: string): string => {
    const cell = setting(key);
    return cell ? `IF(LEN(${cell})=0,${fallback},${cell})` : fallback;
  };
  const capped = (key: string, sum: string): string => {
    const cell = setting(key);
    return cell ? `IF(LEN(${cell})=0,${sum},MIN(${sum},${cell}))` : sum;
  };
  const style = setting('rankStyle');
  const competition = style ? `OR(${RANK_COMPETITION.map((s) => `LOWER(TRIM(${style}))=${text(s)}`).join(',')})` : 'FALSE';
  const totalCol = col(layout.firstLive);
  const totals = `${totalCol}$${layout.firstRow}:${totalCol}$${layout.lastRow}`;

  const r = layout.firstRow;
  const at = (c: number): string => `${col(c)}${r}`;
  const empty = [layout.code, layout.name].filter((c) => c >= 0).map((c) => `$${col(c)}${r}=""`);
  const guard = (formula: string): string => (empty.length === 0 ? formula : `IF(AND(${empty.join(',')}),"",${formula})`);
  const sum = (cells: number[]): string => (cells.length === 0 ? '0' : `(${cells.map(at).join('+')})`);
  const bases = layout.criteria.map((c) => c.base);
  const bonus = capped('maxTotalBonus', sum(layout.criteria.map((c) => c.bonus).filter((c) => c >= 0)));
  const deduction = layout.deduction >= 0 ? capped('maxTotalDeduction', `ABS(${at(layout.deduction)})`) : '0';
  const total = `${totalCol}${r}`;
  const notZero = bases.map((c) => `${at(c)}<>0`);
  const excellent = `AND(${[`${total}>=${orDefault('gradeExcellent', '95')}`, ...notZero].join(',')})`;
  const grade = `IF(${excellent},${text(GRADE.excellent)},IF(${total}>=${orDefault('gradeGood', '85')},${text(GRADE.good)},IF(${total}>=${orDefault('gradePass', '75')},${text(GRADE.pass)},${text(GRADE.fail)})))`;
  const dense = `SUMPRODUCT(ISNUMBER(${totals})*(${totals}>${total})/(COUNTIF(${totals},${totals})+1-ISNUMBER(${totals})))+1`;
  return {
    total: guard(`ROUND(${sum(bases)}+${bonus}-${deduction},3)`),
    rank: `IF(ISNUMBER(${total}),IF(${competition},RANK(${total},${totals},0),${dense}),"")`,
    grade: `IF(ISNUMBER(${total}),${grade},"")`,
    check: guard(`MID(${checkParts(layout, at)},3,2000)`),
  };
}

/** "; Chuẩn 1: …" for each cell that is blank where a score is due, not a number, or out of range. */
function checkParts(layout: ExcelLiveLayout, at: (c: number) => string): string {
  const parts: string[] = [];
  const maxOf = (letter: string, row: number): string => `N(${quoted(SHEET.criteria)}!$${letter}$${row})`;
  for (const c of layout.criteria) {
    const base = at(c.base);
    const max = maxOf(MAX_BASE_COLUMN, c.row);
    parts.push(
      `IF(ISBLANK(${base}),${text(`; ${c.baseHeader}: chưa có điểm`)},IF(NOT(ISNUMBER(${base})),${text(`; ${c.baseHeader}: không phải số`)},IF(OR(${base}<0,${base}>${max}),${text(`; ${c.baseHeader}: ngoài 0–`)}&${max},"")))`,
    );
    if (c.bonus < 0) continue;
    const bonus = at(c.bonus);
    const maxBonus = maxOf(MAX_BONUS_COLUMN, c.row);
    parts.push(
      `IF(ISBLANK(${bonus}),"",IF(NOT(ISNUMBER(${bonus})),${text(`; ${c.bonusHeader}: không phải số`)},IF(OR(${bonus}<0,${bonus}>${maxBonus}),${text(`; ${c.bonusHeader}: ngoài 0–`)}&${maxBonus},"")))`,
    );
  }
  if (layout.deduction >= 0) {
    const d = at(layout.deduction);
    parts.push(`IF(OR(ISBLANK(${d}),ISNUMBER(${d})),"",${text('; Điểm trừ: không phải số')})`);
  }
  return parts.length === 0 ? '""' : parts.join('&');
}
