/** `Tiêu chí` and `Đơn vị` sheets → criteria and units, with their issues. */
import { a1 } from '../model/a1';
import { CODE, IssueList } from '../model/issues';
import { MILLI, formatPoints, parseNumber } from '../model/numbers';
import { YES, cleanParagraphs } from './parse-settings';
import { CRITERIA_COL, HEADER_ROWS, OLD_CODE_HEADER, SHEET, SUCCESSOR_HEADER, UNITS_COL, placeHeader } from '../model/template';
import { parseBands } from './parse-bands';
import { cleanText, hasInvisible, nameKey } from '../model/text';
import type { CellValue, Criterion, Grid, Unit } from '../model/types';

export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every((cell) => cleanText(cell instanceof Date ? 'd' : cell) === '');
}

/**
 * Warns at a name or code cell that holds characters showing as nothing (a
 * zero-width space pasted with the text): they are ignored, so "AA" and "AA"
 * with one are the same unit, but the user should know the cell is not as it looks.
 */
export function warnInvisible(row: readonly CellValue[], r: number, cols: readonly number[], sheet: string, issues: IssueList): void {
  for (const col of cols) {
    if (col < 0 || !hasInvisible(row[col])) continue;
    issues.warning(
      CODE.invisibleCharacters,
      sheet,
      a1(r, col),
      `Ô ${a1(r, col)} chứa ký tự ẩn (khoảng trắng không độ rộng, dấu nối ẩn, dấu gạch mềm…), thường do dán từ trang web hay tin nhắn; chương trình đã bỏ các ký tự này khi so sánh. Nên xóa ô và gõ lại.`,
    );
  }
}

/** A code as typed: numbers keep their shortest form ("1.2" stays "1.2", 1 stays "1"). */
function codeText(cell: CellValue): string {
  return typeof cell === 'number' ? String(cell) : cleanText(cell);
}

export function parseCriteria(grid: Grid | undefined, issues: IssueList): Criterion[] {
  const sheet = SHEET.criteria;
  if (!grid) {
    issues.missingSheet(sheet);
    return [];
  }
  const criteria: Criterion[] = [];
  const seen = new Map<string, string>();
  for (let r = HEADER_ROWS; r < grid.length; r++) {
    const row = grid[r];
    if (isBlankRow(row)) continue;
    warnInvisible(row, r, [CRITERIA_COL.code, CRITERIA_COL.name], sheet, issues);
    const code = codeText(row[CRITERIA_COL.code]);
    const name = cleanText(row[CRITERIA_COL.name]);
    const label = code ? `tiêu chí ${code}` : `dòng ${r + 1}`;
    if (code === '') {
      issues.error(CODE.emptyCriterionCode, sheet, a1(r, CRITERIA_COL.code), `Tiêu chí ở dòng ${r + 1} chưa có mã. Hãy gõ mã, ví dụ 1 hoặc 1.2.`);
      continue;
    }
    const key = nameKey(code);
    if (seen.has(key)) {
      issues.error(
        CODE.duplicateCriterion,
        sheet,
        a1(r, CRITERIA_COL.code),
        `Mã tiêu chí "${code}" trùng với ô ${seen.get(key)}. Mỗi tiêu chí cần một mã riêng.`,
      );
      continue;
    }
    seen.set(key, a1(r, CRITERIA_COL.code));
    const maxBase = parseNumber(row[CRITERIA_COL.maxBase]);
    if (maxBase.kind !== 'number' || maxBase.value <= 0) {
      issues.error(CODE.badMaximum, sheet, a1(r, CRITERIA_COL.maxBase), `Điểm chuẩn tối đa của ${label} phải là một số dương, ví dụ 10.`);
      continue;
    }
    const maxBonus = parseNumber(row[CRITERIA_COL.maxBonus]);
    if (maxBonus.kind === 'error' || (maxBonus.kind === 'number' && maxBonus.value < 0)) {
      issues.error(
        CODE.badMaximum,
        sheet,
        a1(r, CRITERIA_COL.maxBonus),
        `Điểm thưởng tối đa của ${label} phải là một số không âm, hoặc để trống nếu không có điểm thưởng.`,
      );
      continue;
    }
    const criterion: Criterion = {
      code,
      name,
      maxBase: maxBase.value,
      maxBonus: maxBonus.kind === 'number' && maxBonus.value > 0 ? maxBonus.value : null,
      narrative: cleanParagraphs(row[CRITERIA_COL.narrative]),
      row: r + 1,
    };
    const bandText = cleanText(row[CRITERIA_COL.bands]);
    if (bandText !== '') {
      const bands = parseBands(bandText, criterion.maxBonus);
      if (typeof bands === 'string') issues.error(CODE.badBands, sheet, a1(r, CRITERIA_COL.bands), `Thưởng theo hạng ngoài của ${label}: ${bands}`);
      else Object.assign(criterion, { bands, bandsText: bandText });
    }
    criteria.push(criterion);
  }
  readOldCodes(grid, criteria, sheet, 'tiêu chí', issues);
  if (criteria.length === 0 && seen.size === 0) {
    issues.error(
      CODE.noCriteria,
      sheet,
      a1(HEADER_ROWS, 0),
      `Trang "${sheet}" chưa có tiêu chí nào. Hãy nhập mỗi tiêu chí một dòng từ dòng ${HEADER_ROWS + 1}.`,
    );
  }
  return criteria;
}

export function parseUnits(grid: Grid | undefined, issues: IssueList): Unit[] {
  const sheet = SHEET.units;
  if (!grid) {
    issues.missingSheet(sheet);
    return [];
  }
  const units: Unit[] = [];
  const seen = new Map<string, string>();
  const claim = (key: string, cell: string, what: string, advice = 'Mỗi đơn vị chỉ nhập một lần.'): boolean => {
    const before = seen.get(key);
    if (before) {
      issues.error(CODE.duplicateUnit, sheet, cell, `${what} trùng với ô ${before} (so sánh không phân biệt cách gõ dấu). ${advice}`);
      return false;
    }
    seen.set(key, cell);
    return true;
  };
  const places = placeColumns(grid);
  const successor = successorColumn(grid);
  for (let r = HEADER_ROWS; r < grid.length; r++) {
    const row = grid[r];
    if (isBlankRow(row)) continue;
    warnInvisible(row, r, [UNITS_COL.code, UNITS_COL.name, UNITS_COL.shortName], sheet, issues);
    const code = codeText(row[UNITS_COL.code]);
    const name = cleanText(row[UNITS_COL.name]);
    const shortName = cleanText(row[UNITS_COL.shortName]) || name;
    if (code === '' || name === '') {
      const col = code === '' ? UNITS_COL.code : UNITS_COL.name;
      issues.error(CODE.emptyUnit, sheet, a1(r, col), `Đơn vị ở dòng ${r + 1} thiếu ${code === '' ? 'mã đơn vị' : 'tên đơn vị'}. Hãy nhập đủ mã và tên.`);
      continue;
    }
    if (!claim(`code:${nameKey(code)}`, a1(r, UNITS_COL.code), `Mã đơn vị "${code}"`)) continue;
    if (!claim(`name:${nameKey(name)}`, a1(r, UNITS_COL.name), `Tên đơn vị "${name}"`)) continue;
    // The short name stands for the unit in lists, the report and the ballot's columns: two alike would be one name for two units.
    const shortCell = a1(r, cleanText(row[UNITS_COL.shortName]) ? UNITS_COL.shortName : UNITS_COL.name);
    claim(
      `short:${nameKey(shortName)}`,
      shortCell,
      `Tên ngắn "${shortName}"`,
      'Tên ngắn dùng trong các danh sách, báo cáo và cột phiếu bầu, nên mỗi đơn vị cần một tên ngắn riêng (để trống thì dùng tên đơn vị).',
    );
    const emails = cleanText(row[UNITS_COL.emails])
      .split(/[,;\s]+/)
      .map((e) => e.toLowerCase())
      .filter((e) => e.includes('@'));
    const unit: Unit = { code, name, shortName, emails, row: r + 1 };
    const pledge = nameKey(row[UNITS_COL.pledged]);
    if (pledge !== '') unit.pledged = YES.has(pledge);
    readPlaces(unit, row, r, places, issues);
    const predecessors = successor >= 0 ? codeList(row[successor]) : [];
    if (predecessors.length > 0) unit.predecessors = predecessors;
    units.push(unit);
  }
  readOldCodes(grid, units, sheet, 'đơn vị', issues);
  if (units.length === 0 && seen.size === 0) {
    issues.error(CODE.noUnits, sheet, a1(HEADER_ROWS, 0), `Trang "${sheet}" chưa có đơn vị nào. Hãy nhập mỗi đơn vị một dòng từ dòng ${HEADER_ROWS + 1}.`);
  }
  return units;
}

/**
 * The `Mã cũ` column, found by its header: the code(s) each row had before. An old code
 * that is some row's code now, or that two rows name, cannot say where values go: an
 * error at its cell, and that code is not used.
 */
function readOldCodes(grid: Grid, items: { code: string; row: number; oldCodes?: string[] }[], sheet: string, what: string, issues: IssueList): void {
  const col = (grid[0] ?? []).findIndex((h) => nameKey(h) === nameKey(OLD_CODE_HEADER));
  if (col < 0) return;
  const current = new Map(items.map((it) => [nameKey(it.code), it]));
  const claimed = new Map<string, string>();
  for (const it of items) {
    const cell = a1(it.row - 1, col);
    const typed = grid[it.row - 1][col];
    const codes = (typeof typed === 'number' ? [String(typed)] : cleanText(typed).split(/[,;]/)).map((c) => c.trim()).filter((c) => c !== '');
    const kept: string[] = [];
    for (const code of codes) {
      const key = nameKey(code);
      const now = current.get(key);
      if (now) {
        issues.error(
          CODE.badOldCode,
          sheet,
          cell,
          `Mã cũ "${code}" đang là mã của ${what} ở dòng ${now.row}: một mã chỉ chỉ một ${what}. Hãy xóa mã này khỏi cột "${OLD_CODE_HEADER}" (chỉ ghi mã không còn dùng).`,
        );
        continue;
      }
      if (claimed.has(key)) {
        issues.error(
          CODE.badOldCode,
          sheet,
          cell,
          `Mã cũ "${code}" đã ghi ở ô ${claimed.get(key)}: không biết điểm của mã cũ chuyển sang ${what} nào. Mỗi mã cũ chỉ ghi ở một dòng.`,
        );
        continue;
      }
      claimed.set(key, cell);
      kept.push(code);
    }
    if (kept.length > 0) it.oldCodes = kept;
  }
}

/** The "Hạng ngoài <mã>" columns of the units sheet: criterion code (nameKey) → column. */
export function placeColumns(grid: Grid | undefined): Map<string, number> {
  const columns = new Map<string, number>();
  const prefix = nameKey(placeHeader(''));
  (grid?.[0] ?? []).forEach((cell, col) => {
    const title = nameKey(cell);
    if (title.startsWith(prefix) && title.length > prefix.length) columns.set(title.slice(prefix.length).trim(), col);
  });
  return columns;
}

/** The optional `Kế thừa từ` column of the units sheet; -1 when there is none. */
export function successorColumn(grid: Grid | undefined): number {
  return (grid?.[0] ?? []).findIndex((cell) => nameKey(cell) === nameKey(SUCCESSOR_HEADER));
}

/** A list of unit codes as typed in one cell: "AG, KG", "AG; KG" or one a line. */
export function codeList(cell: CellValue): string[] {
  return String(cell ?? '')
    .split(/[,;\r\n]+/)
    .map((code) => cleanText(code))
    .filter((code) => code !== '');
}

/** A unit's places in outside rankings: whole numbers from 1; blank when it is not ranked. */
function readPlaces(unit: Unit, row: readonly CellValue[], r: number, columns: ReadonlyMap<string, number>, issues: IssueList): void {
  for (const [code, col] of columns) {
    const parsed = parseNumber(row[col]);
    if (parsed.kind === 'empty') continue;
    if (parsed.kind !== 'number' || parsed.value < MILLI || parsed.value % MILLI !== 0) {
      issues.error(
        CODE.badPlace,
        SHEET.units,
        a1(r, col),
        `Hạng ngoài tiêu chí ${code} của ${unit.shortName} phải là số nguyên từ 1; để trống nếu không được xếp hạng.`,
        unit.code,
      );
      continue;
    }
    unit.places = { ...unit.places, [code]: { place: parsed.value / MILLI, cell: a1(r, col) } };
  }
}

/** Warns when the criteria maxima do not add up to the declared base total. */
export function checkBaseTotal(criteria: readonly Criterion[], declared: number | null, separator: '.' | ',', issues: IssueList): void {
  if (declared === null || criteria.length === 0) return;
  const sum = criteria.reduce((s, c) => s + c.maxBase, 0);
  if (sum === declared) return;
  issues.warning(
    CODE.baseTotalMismatch,
    SHEET.criteria,
    a1(HEADER_ROWS, CRITERIA_COL.maxBase),
    `Tổng điểm chuẩn tối đa của các tiêu chí là ${formatPoints(sum, separator)}, khác tổng điểm chuẩn khai báo ${formatPoints(declared, separator)} trong trang "${SHEET.settings}". Hãy kiểm tra lại bảng tiêu chí.`,
  );
}

/**
 * Old code (nameKey) → the index of what it became in `list`: the one new code of a
 * rename, or the new code of a merge. One reading of `Mã cũ` for every step that
 * follows a code: the scores' relayout and the submission log's reading.
 */
export function successors(list: readonly { code: string; oldCodes?: string[] }[]): { renamed: Map<string, number>; merged: Map<string, number> } {
  const renamed = new Map<string, number>();
  const merged = new Map<string, number>();
  list.forEach((item, i) => {
    const old = item.oldCodes ?? [];
    for (const code of old) (old.length === 1 ? renamed : merged).set(nameKey(code), i);
  });
  return { renamed, merged };
}
