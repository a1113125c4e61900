/**
 * "Bắt đầu năm mới" / `tinh-diem nam-moi` as one pure plan: from the workbook of the
 * year that ends, what the next year's workbook keeps, clears and marks.
 *   kept:    the settings, the criteria, the units, the layout of every sheet;
 *   cleared: every score (Bảng điểm, Cụm chấm), every ballot, each unit's outside
 *            places, pledge and `Kế thừa từ`, and the year-bound settings
 *            (sheets/year-bound-settings.ts), each marked "Cần điền cho năm N" in
 *            its Ghi chú with last year's value; reviewed settings marked "Xem lại"
 *            (the council list loses its "(vắng…)" marks: attendance was last year's);
 *   moved:   `Năm` to the new year;
 *   dropped: the output sheets of the year that ends (the next run writes them anew)
 *            and its submission log `Nộp bài`;
 *   kept for comparison: this year's results appended to `Các năm trước`, and a
 *            `Lịch sử` row saying the year started.
 * A year whose data still has errors has no results to keep: the plan refuses.
 */
import { agreeText } from '../vote/vote-text';
import { evaluate } from '../evaluate';
import type { Evaluation } from '../model/evaluation';
import { fingerprint } from '../model/fingerprint';
import type { Guide } from '../model/guide';
import { deductionNumber, toNumber } from '../model/numbers';
import { SheetRows, type OutCell, type OutputSheet } from '../model/output-sheet';
import { historyRow } from '../outputs/outputs';
import {
  DEDUCTION_HEADER,
  DEDUCTION_REASON_HEADER,
  EXPLANATION_HEADER,
  HEADER_ROWS,
  OLD_CODE_HEADER,
  SETTINGS,
  SHEET,
  SUCCESSOR_HEADER,
  UNITS_COL,
  baseHeader,
  bonusHeader,
  correctionReasonHeader,
  evidenceHeader,
  isStatusHeader,
} from '../model/template';
import { cleanText, nameKey } from '../model/text';
import type { CellValue, Grid, UnitResult, WorkbookGrids } from '../model/types';
import { placeColumns, successorColumn } from '../read/parse-lists';
import { parseDate } from '../read/parse-settings';
import { PAST_HEADER, PAST_NUMBER_HEADERS, pastCriterionHeaders } from '../sheets/past-years';
import { REVIEWED_SETTINGS, YEAR_BOUND_SETTINGS } from '../sheets/year-bound-settings';
import { IssueList } from '../model/issues';
import { reportNotCopied } from '../read/unread-issues';
import { firstErrorLines, type RelayoutReading } from './relayout-plan';
import { formatDate } from '../model/dates';
import { withoutAttendance } from '../vote/vote-settings';

/** A cell to write, 0-based. */
export interface CellEdit {
  row: number;
  col: number;
  value: CellValue;
}

/** A block whose values are cleared (formats, notes and validation stay), 0-based. */
export interface ClearedBlock {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SheetEdits {
  sheet: string;
  cells: CellEdit[];
  cleared: ClearedBlock[];
}

export interface NewYearPlan {
  /** Why the year cannot start (errors, no year); null when the plan can be applied. */
  refusal: string | null;
  /** The refusal is about the year asked for, not the data: a bad argument to the command. */
  badYear: boolean;
  fromYear: number;
  toYear: number;
  /** Edits of the input sheets, one entry per sheet that changes. */
  edits: SheetEdits[];
  /** Output sheets of the year that ends, removed where the workbook has them. */
  dropped: string[];
  /** `Các năm trước` as a whole: its earlier rows and this year's. */
  past: OutputSheet;
  historyRow: OutCell[];
  /** What was done, for the user. */
  message: string;
  /** The inputs the plan was made from: a plan is applied only to the same inputs. */
  basis: string;
}

export interface NewYearOptions {
  guide: Guide;
  /** The new year (`--nam`); the next one when not given. */
  year?: number;
  now: Date;
  user: string;
  defaultDecimalSeparator?: '.' | ',';
  /** What a file reader found that the grids cannot show (Google Sheets hands over every value: none). */
  reading?: RelayoutReading;
}

/** Last year's value as the Ghi chú quotes it: a date as a date, a long text cut. */
function quoted(value: CellValue): string {
  const date = parseDate(value);
  const text = date instanceof Date ? formatDate(date) : cleanText(String(value ?? '').replace(/\r?\n/g, ' / '));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

const BY_LABEL = new Map(SETTINGS.map((d) => [nameKey(d.label), d]));

function settingsEdits(grid: Grid, from: number, to: number): { edits: SheetEdits; cleared: string[]; reviewed: string[] } {
  const edits: SheetEdits = { sheet: SHEET.settings, cells: [], cleared: [] };
  const cleared: string[] = [];
  const reviewed: string[] = [];
  for (let r = HEADER_ROWS; r < grid.length; r++) {
    const def = BY_LABEL.get(nameKey(grid[r]?.[0]));
    if (!def) continue;
    const value = grid[r]?.[1];
    const filled = cleanText(value instanceof Date ? 'd' : value) !== '';
    if (def.key === 'year') edits.cells.push({ row: r, col: 1, value: to });
    else if (def.key in YEAR_BOUND_SETTINGS) {
      if (filled) edits.cells.push({ row: r, col: 1, value: '' });
      const before = filled ? ` (năm ${from}: ${quoted(value)})` : '';
      edits.cells.push({ row: r, col: 2, value: `Cần điền cho năm ${to}${before}. ${def.help}` });
      cleared.push(def.label);
    } else if (REVIEWED_SETTINGS.includes(def.key) && filled) {
      const attendance = def.key === 'councilMembers' && typeof value === 'string' ? withoutAttendance(value) : { text: value, marked: [] };
      if (attendance.marked.length > 0) edits.cells.push({ row: r, col: 1, value: attendance.text });
      const unmarked = attendance.marked.length > 0 ? ` Đã bỏ ghi chú vắng mặt của năm ${from} sau tên: ${attendance.marked.join('; ')}.` : '';
      edits.cells.push({ row: r, col: 2, value: `Xem lại cho năm ${to}: giá trị của năm ${from} được giữ.${unmarked} ${def.help}` });
      reviewed.push(def.label);
    }
  }
  return { edits, cleared, reviewed };
}

/** The data rows of the given columns, one block per run of adjacent columns. */
function columnBlocks(columns: readonly number[], rows: number): ClearedBlock[] {
  const sorted = [...new Set(columns)].filter((c) => c >= 0).sort((a, b) => a - b);
  const blocks: ClearedBlock[] = [];
  for (const col of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last.col + last.cols === col) last.cols++;
    else blocks.push({ row: HEADER_ROWS, col, rows, cols: 1 });
  }
  return rows > 0 ? blocks : [];
}

function hasValue(grid: Grid, col: number): boolean {
  return grid.slice(HEADER_ROWS).some((row) => cleanText(row?.[col] instanceof Date ? 'd' : row?.[col]) !== '');
}

/** The `Mã cũ` column of a list: renames within the year that ends, applied by its updates and meaningless after it. */
function oldCodeColumn(grid: Grid): number[] {
  const col = (grid[0] ?? []).findIndex((h) => nameKey(h) === nameKey(OLD_CODE_HEADER));
  return col >= 0 && hasValue(grid, col) ? [col] : [];
}

/** A criterion's old code belongs to the year that ends: kept, it would forbid reusing that code next year. */
function criteriaEdits(grid: Grid | undefined): SheetEdits | null {
  const columns = grid ? oldCodeColumn(grid) : [];
  return grid && columns.length > 0 ? { sheet: SHEET.criteria, cells: [], cleared: columnBlocks(columns, grid.length - HEADER_ROWS) } : null;
}

/** Places, pledges, predecessors and old codes are the year's; a `Kế thừa từ` column is added when missing, for the units that merge. */
function unitsEdits(grid: Grid): SheetEdits {
  const edits: SheetEdits = { sheet: SHEET.units, cells: [], cleared: [] };
  const successor = successorColumn(grid);
  const columns = [UNITS_COL.pledged, ...placeColumns(grid).values(), ...(successor >= 0 ? [successor] : []), ...oldCodeColumn(grid)].filter((c) =>
    hasValue(grid, c),
  );
  edits.cleared = columnBlocks(columns, grid.length - HEADER_ROWS);
  if (successor < 0) {
    const header = grid[0] ?? [];
    let width = header.length;
    while (width > 0 && cleanText(header[width - 1]) === '') width--;
    edits.cells.push({ row: 0, col: Math.max(width, UNITS_COL.pledged + 1), value: SUCCESSOR_HEADER });
  }
  return edits;
}

/** The typed columns of a score sheet (base, bonus, deduction, reason, evidence, the cluster's reasons, the explanation): the unit columns and live formulas stay. */
function scoreEdits(sheet: string, grid: Grid | undefined): SheetEdits | null {
  if (!grid || grid.length <= HEADER_ROWS) return null;
  const typed = (cell: CellValue): boolean => {
    const title = cleanText(cell);
    return (
      [baseHeader(''), bonusHeader(''), evidenceHeader(''), correctionReasonHeader('')].some((prefix) => title.startsWith(prefix)) ||
      [DEDUCTION_HEADER, DEDUCTION_REASON_HEADER, EXPLANATION_HEADER].includes(title) ||
      // The year's submission statuses go with its log.
      isStatusHeader(title)
    );
  };
  const columns = (grid[0] ?? []).map((cell, c) => (typed(cell) ? c : -1)).filter((c) => c >= 0 && hasValue(grid, c));
  const cleared = columnBlocks(columns, grid.length - HEADER_ROWS);
  return cleared.length > 0 ? { sheet, cells: [], cleared } : null;
}

/** The ballots and their header: the header names last year's candidates, and the vote lays the sheet again from the new ranking. */
function ballotEdits(grid: Grid | undefined): SheetEdits | null {
  if (!grid || grid.length === 0) return null;
  const width = Math.max(...grid.map((row) => row.length));
  return width > 0 ? { sheet: SHEET.ballots, cells: [], cleared: [{ row: 0, col: 0, rows: grid.length, cols: width }] } : null;
}

/** What the year that ends gave each unit about the award, in words. */
function awardOutcome(ev: Evaluation, r: UnitResult): string {
  const award = ev.settings.awardName;
  if (ev.awards.proposed.includes(r)) return `Đề nghị ${award}`;
  if (ev.awards.tiedAtCutoff.includes(r)) return `Đồng hạng ở ngưỡng đề nghị ${award}, chờ bỏ phiếu`;
  const count = ev.vote?.counted ? ev.vote.awards.find((a) => a.unit === r) : undefined;
  // The share with the votes it is of: a bare "(0)" said neither what nor of how many.
  if (count && ev.vote && !count.passed) return `Không đạt tỷ lệ phiếu đề nghị ${award} (${agreeText(count, ev.vote.denominator)})`;
  return '';
}

/** `Các năm trước` with this year's results after the earlier years' rows (a sheet holding this year already is an error the plan refused), columns the union of all years'. */
function pastSheet(existing: Grid | undefined, ev: Evaluation, year: number): OutputSheet {
  const oldHeader = (existing?.[0] ?? []).map((cell) => cleanText(cell));
  const header: string[] = [...PAST_HEADER, ...PAST_NUMBER_HEADERS.map((n) => n.header)];
  const add = (title: string): void => {
    if (title !== '' && !header.some((h) => nameKey(h) === nameKey(title))) header.push(title);
  };
  for (const title of oldHeader) add(title);
  for (const c of ev.criteria) pastCriterionHeaders(c.code).forEach(add);
  const at = new Map(header.map((h, i) => [nameKey(h), i]));
  const sheet = new SheetRows();
  sheet.header(header);
  for (const row of (existing ?? []).slice(HEADER_ROWS)) {
    if (row.every((cell) => cleanText(cell instanceof Date ? 'd' : cell) === '')) continue;
    const moved: OutCell[] = header.map(() => '');
    oldHeader.forEach((title, c) => {
      const to = at.get(nameKey(title));
      const value = row[c];
      if (to !== undefined) moved[to] = typeof value === 'number' || typeof value === 'string' || value instanceof Date ? value : cleanText(value);
    });
    sheet.rows.push(moved);
  }
  const numbers = PAST_NUMBER_HEADERS.map((n) => cleanText(ev.settings.values[n.key]));
  for (const r of ev.ranking) {
    const row: OutCell[] = header.map(() => '');
    const put = (title: string, value: OutCell): void => {
      const c = at.get(nameKey(title));
      if (c !== undefined) row[c] = value;
    };
    put('Năm', year);
    put('Mã đơn vị', r.unit.code);
    put('Đơn vị', r.unit.shortName);
    put('Kế thừa từ', (r.unit.predecessors ?? []).join(', '));
    put('Hạng', r.rank);
    put('Tổng điểm', toNumber(r.total));
    put('Điểm chuẩn', toNumber(r.base));
    put('Điểm thưởng', toNumber(r.bonus));
    put('Điểm trừ', deductionNumber(r.deduction));
    put('Xếp loại', r.grade);
    put('Khen thưởng', awardOutcome(ev, r));
    PAST_NUMBER_HEADERS.forEach((n, i) => put(n.header, numbers[i]));
    ev.criteria.forEach((c, j) => {
      const [base, bonus] = pastCriterionHeaders(c.code);
      put(base, toNumber(r.criterionBase[j]));
      put(bonus, c.maxBonus === null && !c.bands ? '' : toNumber(r.criterionBonus[j]));
    });
    sheet.rows.push(row);
  }
  return sheet.done(3);
}

const refused = (refusal: string, from = 0, to = 0, badYear = false): NewYearPlan => ({
  refusal,
  badYear,
  fromYear: from,
  toYear: to,
  edits: [],
  dropped: [],
  past: { rows: [], headerRows: [], titleRows: [] },
  historyRow: [],
  message: '',
  basis: '',
});

export function planNewYear(grids: WorkbookGrids, options: NewYearOptions): NewYearPlan {
  const ev = evaluate(grids, { guide: options.guide, defaultDecimalSeparator: options.defaultDecimalSeparator, beyond: options.reading?.beyond });
  // A cell the new file would not hold as stored: the year is not started on a changed copy.
  const notCopied = new IssueList(options.guide);
  reportNotCopied(options.reading?.notCopied ?? [], notCopied);
  if (notCopied.items.length > 0)
    return refused(
      [`Chưa bắt đầu năm mới: tệp có ô mà bản chép sang tệp năm mới sẽ mang giá trị khác. Chưa có gì thay đổi.`, ...firstErrorLines(notCopied.items)].join(
        '\n',
      ),
    );
  const from = ev.settings.year;
  if (from === null)
    return refused(
      `Chưa bắt đầu năm mới: mục "Năm" ở trang "${SHEET.settings}" còn trống hoặc sai, nên không biết năm nào kết thúc. Hãy ghi năm thi đua (ví dụ 2021). Chưa có gì thay đổi.`,
    );
  const to = options.year ?? from + 1;
  if (to <= from)
    return refused(`Chưa bắt đầu năm mới: năm mới (${to}) phải sau năm ${from} ghi ở trang "${SHEET.settings}". Chưa có gì thay đổi.`, from, to, true);
  if (ev.blocked) {
    const errors = ev.issues.filter((i) => i.severity === 'error');
    const why =
      errors.length > 0
        ? `dữ liệu năm ${from} còn ${errors.length} lỗi nên chưa có kết quả xếp hạng để giữ lại so sánh`
        : `năm ${from} chưa có kết quả xếp hạng để giữ lại so sánh`;
    return refused(
      [`Chưa bắt đầu năm mới: ${why}. Hãy sửa rồi chạy ${options.guide.compute} trước. Chưa có gì thay đổi.`, ...firstErrorLines(errors)].join('\n'),
      from,
      to,
    );
  }
  const settings = settingsEdits(grids.settings ?? [], from, to);
  const edits: SheetEdits[] = [settings.edits, unitsEdits(grids.units ?? [])];
  for (const e of [criteriaEdits(grids.criteria), scoreEdits(SHEET.scores, grids.scores), scoreEdits(SHEET.agreed, grids.agreed), ballotEdits(grids.ballots)])
    if (e) edits.push(e);
  const ballots = Math.max(0, (grids.ballots?.length ?? 0) - HEADER_ROWS);
  const lines = [
    `Đã bắt đầu năm ${to}: giữ cấu hình, ${ev.criteria.length} tiêu chí và ${ev.units.length} đơn vị; "Năm" chuyển từ ${from} sang ${to}.`,
    `Đã xóa điểm ở "${SHEET.scores}"${grids.agreed ? ` và "${SHEET.agreed}"` : ''}${ballots > 0 ? `, ${ballots} dòng "${SHEET.ballots}"` : ''}, hạng ngoài, ký giao ước và "${SUCCESSOR_HEADER}" ở "${SHEET.units}", và các mục của năm ${from} ở "${SHEET.settings}" (cột Ghi chú ghi "Cần điền cho năm ${to}" kèm giá trị cũ): ${settings.cleared.join(', ')}.`,
    ...(settings.reviewed.length > 0 ? [`Cần xem lại (giữ giá trị năm ${from}, cột Ghi chú ghi "Xem lại"): ${settings.reviewed.join(', ')}.`] : []),
    `Kết quả năm ${from} (hạng, điểm, xếp loại, khen thưởng, điểm từng tiêu chí) của ${ev.ranking.length} đơn vị được giữ ở trang "${SHEET.past}" để so sánh; đơn vị sáp nhập ghi mã các đơn vị cũ ở cột "${SUCCESSOR_HEADER}" trang "${SHEET.units}".`,
  ];
  return {
    refusal: null,
    badYear: false,
    fromYear: from,
    toYear: to,
    edits,
    // The year's submissions go with it: a new year starts with every unit typing again.
    dropped: [SHEET.summary, SHEET.detail, SHEET.checks, SHEET.voteResults, SHEET.submissions],
    past: pastSheet(grids.past, ev, from),
    // In the new year: later runs of the new year agree with the last row of `Lịch sử`.
    historyRow: historyRow(ev, {
      time: options.now,
      user: options.user,
      fingerprint: fingerprint(grids),
      summary: `Bắt đầu năm ${to}; kết quả năm ${from} chuyển sang trang "${SHEET.past}"`,
      year: to,
    }),
    message: lines.join('\n'),
    basis: fingerprint(grids),
  };
}
