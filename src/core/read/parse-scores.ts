/**
 * `Bảng điểm` (and `Cụm chấm`, same layout) → one `UnitScores` per unit row.
 * Columns are found by their header text, so inserted or reordered columns still
 * work; a criterion without its columns is reported, never guessed.
 */
import { a1, columnLetter } from '../model/a1';
import { CODE, IssueList } from '../model/issues';
import { MILLI, exactMilli, formatPoints, parseNumber } from '../model/numbers';
import { isLiveHeader } from '../sheets/live-columns';
import { isBlankRow, warnInvisible } from './parse-lists';
import {
  DEDUCTION_HEADER,
  DEDUCTION_REASON_HEADER,
  EXPLANATION_HEADER,
  HEADER_ROWS,
  SCORES_FIXED_HEADER,
  SHEET,
  baseHeader,
  bonusHeader,
  correctionReasonHeader,
  evidenceHeader,
  isStatusHeader,
  scoresHeader,
} from '../model/template';
import { boundedList } from '../model/bounded-list';
import { cleanText, nameKey } from '../model/text';
import type { Criterion, Grid, Milli, ScoreColumns, Unit, UnitScores } from '../model/types';

export interface ParsedScores {
  columns: ScoreColumns;
  rows: UnitScores[];
  /** The sheet as read, for the texts of a row (evidence links, reasons, explanation) the rules read where they need them. */
  grid: Grid;
}

/** The template's column before `title` that the sheet has, and where it is: a missing column is named beside it, a cell the user sees. */
function beside(title: string, template: readonly string[], where: ReadonlyMap<string, number>): { col: number; before: string } | null {
  const before = template
    .slice(0, template.indexOf(title))
    .reverse()
    .find((t) => where.has(nameKey(t)));
  return before === undefined ? null : { col: where.get(nameKey(before)) as number, before };
}

/** " (đứng sau cột C "Chuẩn 1")", naming `title` too when `named`. */
const besideText = (place: { col: number; before: string }, named = ''): string =>
  ` (${named ? `cột "${named}" ` : ''}đứng sau cột ${columnLetter(place.col)} "${place.before}")`;

function findColumns(header: readonly unknown[], criteria: readonly Criterion[], sheet: string, issues: IssueList): ScoreColumns | null {
  const template = scoresHeader(criteria, sheet === SHEET.agreed ? 'agreed' : 'scores');
  const where = new Map<string, number>();
  header.forEach((cell, col) => {
    const key = nameKey(cell);
    if (key !== '' && !where.has(key)) where.set(key, col);
  });
  const known = new Set<number>();
  /** Required titles missing, each an error already. */
  const reported = new Set<string>();
  // The first free cell after the last title: Sheets hands an empty sheet over as
  // [['']] and a file reader as [], and both must name the same cell.
  let nextFree = header.length;
  while (nextFree > 0 && cleanText(header[nextFree - 1]) === '') nextFree--;
  const find = (title: string, required: boolean): number => {
    const col = where.get(nameKey(title));
    if (col !== undefined) {
      known.add(col);
      return col;
    }
    if (required) {
      reported.add(nameKey(title));
      const place = beside(title, template, where);
      issues.error(
        CODE.missingColumn,
        sheet,
        a1(0, place ? place.col : nextFree),
        `Trang "${sheet}" thiếu cột "${title}"${place ? besideText(place) : ''}: trang chưa theo danh sách tiêu chí. Hãy chạy ${issues.guide.update} để xếp lại cột theo trang "${SHEET.criteria}" (điểm đã nhập đi theo đơn vị và tiêu chí của nó).`,
      );
    }
    return -1;
  };
  const columns: ScoreColumns = {
    unitCode: find(SCORES_FIXED_HEADER[0], true),
    unitName: find(SCORES_FIXED_HEADER[1], false),
    base: criteria.map((c) => find(baseHeader(c.code), true)),
    // A criterion without bonus points needs no bonus column.
    bonus: criteria.map((c) => find(bonusHeader(c.code), c.maxBonus !== null)),
    deduction: find(DEDUCTION_HEADER, false),
    deductionReason: find(DEDUCTION_REASON_HEADER, false),
    // The review's columns, known on both sheets (a Cụm chấm copied from Bảng điểm keeps the links); optional: a sheet laid out before them has none.
    evidence: criteria.map((c) => find(evidenceHeader(c.code), false)),
    reasons: criteria.map((c) => find(correctionReasonHeader(c.code), false)),
    explanation: find(EXPLANATION_HEADER, false),
  };
  header.forEach((cell, col) => {
    const title = cleanText(cell);
    // The live columns are computed from the others: known, never read as input.
    if (title === '' || known.has(col) || isLiveHeader(title) || isStatusHeader(title)) return;
    const first = where.get(nameKey(title));
    if (first !== undefined && first !== col && known.has(first)) {
      issues.warning(
        CODE.duplicateColumn,
        sheet,
        a1(0, col),
        `Cột "${title}" trùng tiêu đề với cột ${columnLetter(first)}; chỉ cột ${columnLetter(first)} được tính điểm. Hãy xóa hoặc đổi tên cột thừa.`,
      );
    } else {
      issues.warning(
        CODE.unknownColumn,
        sheet,
        a1(0, col),
        `Cột "${title}" không thuộc bảng mẫu và không được tính điểm. Nếu đây là cột điểm, hãy sửa tiêu đề cho khớp mã tiêu chí (ví dụ "${baseHeader('1')}").`,
      );
    }
  });
  if (columns.unitCode < 0 || columns.base.some((c) => c < 0)) return null;
  noteMissingTemplateColumns(where, reported, template, sheet, issues);
  return columns;
}

/**
 * A column of the template that may be missing without stopping the scores (a bonus column of a
 * criterion without bonus points, `Điểm trừ`, `Minh chứng`…) was still deleted by someone: the
 * sheet no longer follows the lists, and the clerk is told where, with the step that lays it again.
 */
function noteMissingTemplateColumns(
  where: ReadonlyMap<string, number>,
  reported: ReadonlySet<string>,
  template: readonly string[],
  sheet: string,
  issues: IssueList,
): void {
  const missing = template.filter((title) => !where.has(nameKey(title)) && !reported.has(nameKey(title)));
  if (missing.length === 0) return;
  const place = beside(missing[0], template, where);
  const one = missing.length === 1;
  const titles = boundedList(
    missing.map((title) => `"${title}"`),
    'cột',
  );
  issues.note(
    CODE.templateColumnMissing,
    sheet,
    a1(0, place ? place.col : 0),
    `Trang "${sheet}" thiếu ${one ? 'cột' : 'các cột'} ${titles} của bảng mẫu${place ? besideText(place, one ? '' : missing[0]) : ''}: điểm vẫn được tính khi thiếu ${one ? 'cột' : 'các cột'} này, nhưng trang không còn theo bảng mẫu. Hãy chạy ${issues.guide.update} để xếp lại cột theo trang "${SHEET.criteria}".`,
  );
}

/** Finds which unit a row is about: by code, else by full or short name (typing-insensitive). */
function unitIndex(units: readonly Unit[]): Map<string, Unit> {
  const index = new Map<string, Unit>();
  for (const u of units) {
    for (const key of [`c:${nameKey(u.code)}`, `n:${nameKey(u.name)}`, `n:${nameKey(u.shortName)}`]) {
      if (!index.has(key)) index.set(key, u);
    }
  }
  return index;
}

export function parseScores(
  grid: Grid,
  sheet: string,
  criteria: readonly Criterion[],
  units: readonly Unit[],
  issues: IssueList,
  options: { partial: boolean; separator?: '.' | ','; sheetMark?: '.' | ',' },
): ParsedScores | null {
  const columns = findColumns(grid[0] ?? [], criteria, sheet, issues);
  if (!columns) return null;
  const index = unitIndex(units);
  const seenUnits = new Map<string, string>();
  const rows: UnitScores[] = [];
  let negativeDeduction: string | null = null;
  let textNumbers = 0;
  let firstTextNumber = '';
  // A number typed as text in the decimal mark the spreadsheet does not read (Sheets knows its own): named first.
  const otherMark = options.sheetMark === undefined ? null : options.sheetMark === ',' ? '.' : ',';
  let firstOtherMark: { cell: string; text: string } | null = null;
  // The unit whose row holds the cell a sheet-wide warning points at, so that `Kiểm tra` and the sidebar name it.
  const unitAt = new Map<string, string>();
  const codes = criteria.map((c) => c.code);
  // Blank rows with a unit row below them: someone inserted them among the units (trailing blank rows, live formulas only, are the template's).
  let blankFrom = -1;
  let blankRun = 0;
  const inserted = { first: -1, count: 0 };

  for (let r = HEADER_ROWS; r < grid.length; r++) {
    const row = grid[r];
    if (isBlankRow(row)) {
      if (blankRun++ === 0) blankFrom = r;
      continue;
    }
    if (blankRun > 0) {
      if (inserted.first < 0) inserted.first = blankFrom;
      inserted.count += blankRun;
      blankRun = 0;
    }
    warnInvisible(row, r, [columns.unitCode, columns.unitName], sheet, issues);
    const codeCell = a1(r, columns.unitCode);
    const typedCode = cleanText(row[columns.unitCode]);
    const typedName = columns.unitName >= 0 ? cleanText(row[columns.unitName]) : '';
    const unit = typedCode !== '' ? index.get(`c:${nameKey(typedCode)}`) : index.get(`n:${nameKey(typedName)}`);
    if (!unit) {
      const shown = typedCode || typedName;
      issues.error(
        CODE.unknownUnit,
        sheet,
        codeCell,
        shown === ''
          ? `Dòng ${r + 1} có điểm nhưng chưa ghi mã đơn vị. Hãy gõ mã đơn vị như trong trang "Đơn vị".`
          : `Đơn vị "${shown}" ở dòng ${r + 1} không có trong trang "Đơn vị". Hãy gõ đúng mã đơn vị, hoặc thêm đơn vị vào danh sách.`,
      );
      continue;
    }
    if (seenUnits.has(unit.code)) {
      issues.error(
        CODE.duplicateUnit,
        sheet,
        codeCell,
        `Đơn vị "${unit.shortName}" đã có điểm ở dòng ${seenUnits.get(unit.code)}. Mỗi đơn vị chỉ một dòng; hãy xóa dòng thừa.`,
        unit.code,
      );
      continue;
    }
    seenUnits.set(unit.code, String(r + 1));
    // A unit merged from others (`Mã cũ` with two codes or more) starts blank; its row says where the old scores went.
    if ((unit.oldCodes?.length ?? 0) > 1 && [...columns.base, ...columns.bonus].every((c) => c < 0 || cleanText(row[c]) === '')) {
      issues.warning(
        CODE.mergedUnit,
        sheet,
        codeCell,
        `Đơn vị ${unit.shortName} được gộp từ ${(unit.oldCodes ?? []).join(', ')} (cột "Mã cũ" trang "${SHEET.units}"): điểm đã nhập của các đơn vị cũ ở trang "${SHEET.keptAside}", không tự cộng sang. Hãy nhập điểm của ${unit.shortName} cho cả năm.`,
        unit.code,
      );
    }
    if (typedCode !== '' && typedName !== '') {
      const named = index.get(`n:${nameKey(typedName)}`);
      if (named && named !== unit) {
        issues.warning(
          CODE.nameContradictsCode,
          sheet,
          a1(r, columns.unitName),
          `Dòng ${r + 1} ghi mã "${typedCode}" (${unit.shortName}) nhưng tên "${typedName}" là của đơn vị mã "${named.code}" (${named.shortName}). Điểm của dòng này được tính cho ${unit.shortName}, theo mã; nếu đây là điểm của ${named.shortName}, hãy sửa mã thành ${named.code}.`,
          unit.code,
        );
      }
    }

    // Numeric cells, most of a sheet, take the short way (no object per cell). The
    // field's name is put together only for a bad cell: building it for each of a
    // large sheet's million cells costs more than parsing them.
    const read = (col: number, what: string, code = '', blankAllowed = true): Milli | null => {
      if (col < 0) return null;
      const cell = row[col];
      if (typeof cell === 'number') {
        const exact = exactMilli(cell);
        if (exact !== null) return exact;
      }
      const parsed = parseNumber(cell);
      if (parsed.kind === 'error') issues.badNumber(parsed, sheet, a1(r, col), `${what}${code} của ${unit.shortName}`, unit.code, blankAllowed);
      if (parsed.kind !== 'number') return null;
      if (parsed.fromText && textNumbers++ === 0) {
        firstTextNumber = a1(r, col);
        unitAt.set(firstTextNumber, unit.code);
      }
      if (parsed.fromText && otherMark !== null && firstOtherMark === null && String(cell).includes(otherMark)) {
        firstOtherMark = { cell: a1(r, col), text: cleanText(cell) };
        unitAt.set(firstOtherMark.cell, unit.code);
      }
      return parsed.value;
    };
    const scores: UnitScores = {
      unitCode: unit.code,
      row: r + 1,
      base: new Array(codes.length),
      bonus: new Array(codes.length),
      deduction: null,
      deductionReason: '',
    };
    for (let j = 0; j < codes.length; j++) {
      scores.base[j] = read(columns.base[j], 'điểm chuẩn tiêu chí ', codes[j], false);
      scores.bonus[j] = read(columns.bonus[j], 'điểm thưởng tiêu chí ', codes[j]);
    }
    const deduction = read(columns.deduction, 'điểm trừ');
    if (deduction !== null) {
      if (deduction < 0 && negativeDeduction === null) {
        negativeDeduction = a1(r, columns.deduction);
        unitAt.set(negativeDeduction, unit.code);
      }
      scores.deduction = Math.abs(deduction);
    }
    if (columns.deductionReason >= 0) scores.deductionReason = cleanText(row[columns.deductionReason]);
    rows.push(scores);
  }

  if (negativeDeduction !== null) {
    // Written with the cluster's decimal mark, like the ranking printed beside it.
    const half = formatPoints(MILLI / 2, options.separator ?? ',');
    issues.note(
      CODE.deductionSign,
      sheet,
      negativeDeduction,
      `Điểm trừ ghi số âm (như -${half}) hay số dương (${half}) đều được hiểu là trừ ${half} điểm; không cần sửa.`,
      unitAt.get(negativeDeduction),
    );
  }
  if (firstOtherMark !== null && options.sheetMark !== undefined) {
    const { cell, text } = firstOtherMark;
    const mark = options.sheetMark === ',' ? 'dấu phẩy (9,5)' : 'dấu chấm (9.5)';
    issues.warning(
      CODE.numberAsText,
      sheet,
      cell,
      `${textNumbers} ô điểm được nhập dạng văn bản (đầu tiên ghi "${text}" ở ô ${cell}): bảng tính này dùng ${mark} làm dấu thập phân. Đã hiểu là số; hãy gõ lại theo ${mark} để ô là số.`,
      unitAt.get(cell),
    );
  } else if (textNumbers > 0) {
    issues.warning(
      CODE.numberAsText,
      sheet,
      firstTextNumber,
      `${textNumbers} ô điểm được nhập dạng văn bản (đầu tiên: ô ${firstTextNumber}), thường do dấu thập phân không khớp vùng của bảng tính; đã hiểu là số. Nên định dạng các ô này là số.`,
      unitAt.get(firstTextNumber),
    );
  }
  if (inserted.count > 0) {
    issues.note(
      CODE.blankRow,
      sheet,
      a1(inserted.first, columns.unitCode),
      `Dòng ${inserted.first + 1} của trang "${sheet}" để trống giữa các dòng đơn vị${inserted.count > 1 ? ` (cùng ${inserted.count - 1} dòng trống khác)` : ''}: điểm vẫn được đọc theo mã đơn vị, nhưng trang không còn theo bảng mẫu (mỗi đơn vị một dòng, liền nhau). Hãy chạy ${issues.guide.update} để xếp lại các dòng theo trang "${SHEET.units}".`,
    );
  }
  if (!options.partial) {
    for (const u of units) {
      if (!seenUnits.has(u.code)) {
        issues.error(
          CODE.missingUnit,
          sheet,
          a1(grid.length, columns.unitCode),
          `Đơn vị "${u.name}" (mã ${u.code}) chưa có dòng điểm. Hãy chạy ${issues.guide.update} để thêm dòng cho mọi đơn vị trong trang "${SHEET.units}", rồi nhập điểm của đơn vị.`,
          u.code,
        );
      }
    }
  }
  return { columns, rows, grid };
}

/** The cell address of one score of a parsed row; `j` is the criterion's index. */
export function scoreCell(columns: ScoreColumns, row: UnitScores, kind: 'base' | 'bonus', j: number): string {
  return a1(row.row - 1, columns[kind][j]);
}
