/**
 * Every year-bound value knows its year, and one of another year is an error at its
 * cell naming both years (a copy of last year's workbook with only `Năm` changed
 * would otherwise print last year's report number and meeting on this year's papers):
 *   - a date of the year's documents (report, vote) belongs to the emulation year
 *     whose year-end it falls in: from 1 July of that year to 30 June of the next
 *     (the 2021 report is dated 05/01/2022, its vote 28/12/2021);
 *   - a document number belongs to the past year whose results kept it
 *     (`Các năm trước`, one column per number);
 *   - a year in `Các năm trước` at or after `Năm` cannot be a past year;
 *   - a workbook whose `Năm` differs from its latest run in `Lịch sử` is told so;
 *   - a text kept from the year before for review (the summary line, the intro, a
 *     criterion's narrative…) that says "năm 2021" in 2022 gets a warning at its cell:
 *     the words may be last year's, or may rightly speak of it.
 * Ballots carry their own year (their sheet records the ranking they were laid for).
 */
import { CODE, IssueList } from '../model/issues';
import { cleanText, nameKey } from '../model/text';
import type { Criterion, Grid, Settings } from '../model/types';
import { parseDate } from '../read/parse-settings';
import type { PastYears } from '../read/past-years';
import type { Guide } from '../model/guide';
import { CRITERIA_COL, HISTORY_HEADER, SETTINGS, SHEET } from '../model/template';
import { REVIEWED_SETTINGS, YEAR_BOUND_SETTINGS } from '../sheets/year-bound-settings';
import { a1 } from '../model/a1';
import { formatDate } from '../model/dates';

/** The first month of the window of a year's documents (July): months before it belong to the year before. */
const YEAR_END_FROM_MONTH = 6;

/** The emulation year a document date belongs to. */
export function yearOfDocumentDate(date: Date): number {
  return date.getMonth() >= YEAR_END_FROM_MONTH ? date.getFullYear() : date.getFullYear() - 1;
}

const shown = formatDate;
const labelOf = (key: string): string => SETTINGS.find((d) => d.key === key)?.label ?? key;

function checkDates(settings: Settings, year: number, issues: IssueList): void {
  for (const [key, kind] of Object.entries(YEAR_BOUND_SETTINGS)) {
    if (kind !== 'date') continue;
    const date = parseDate(settings.values[key]);
    if (!(date instanceof Date)) continue;
    const belongs = yearOfDocumentDate(date);
    if (belongs === year) continue;
    issues.error(
      CODE.otherYear,
      SHEET.settings,
      settings.cells[key],
      `Mục "${labelOf(key)}": ngày ${shown(date)} thuộc năm thi đua ${belongs}, còn "Năm" ở trang "${SHEET.settings}" là ${year} (văn bản cuối năm ${year} đề ngày từ 01/07/${year} đến 30/06/${year + 1}). Hãy ghi ngày của năm ${year}, hoặc sửa "Năm".`,
    );
  }
}

function checkNumbers(settings: Settings, year: number, past: PastYears | null, issues: IssueList): void {
  for (const used of past?.numbers ?? []) {
    if (used.year === year) continue;
    const value = cleanText(settings.values[used.key]);
    if (value === '' || nameKey(value) !== nameKey(used.value)) continue;
    issues.error(
      CODE.otherYear,
      SHEET.settings,
      settings.cells[used.key],
      `Mục "${labelOf(used.key)}": "${value}" là số của năm ${used.year} (trang "${SHEET.past}", ô ${used.cell}), còn "Năm" ở trang "${SHEET.settings}" là ${year}. Hãy ghi số văn bản của năm ${year}.`,
    );
  }
}

function checkPastYears(settings: Settings, year: number, past: PastYears | null, issues: IssueList): void {
  for (const y of past?.years ?? []) {
    if (y < year) continue;
    const row = [...(past?.byYear.get(y)?.values() ?? [])][0]?.row ?? 2;
    issues.error(
      CODE.otherYear,
      SHEET.past,
      a1(row - 1, 0),
      `Trang "${SHEET.past}" có kết quả năm ${y}, không phải năm trước năm ${year} ghi ở trang "${SHEET.settings}" (ô ${settings.cells.year ?? 'A1'}). Hãy sửa "Năm" cho đúng năm đang thi đua.`,
    );
  }
}

const HISTORY_YEAR = HISTORY_HEADER.indexOf('Năm');

function checkHistory(settings: Settings, year: number, history: Grid | undefined, guide: Guide, issues: IssueList): void {
  if (!history || history.length < 2) return;
  const col = (history[0] ?? []).findIndex((cell) => nameKey(cell) === nameKey(HISTORY_HEADER[HISTORY_YEAR]));
  if (col < 0) return;
  for (let r = history.length - 1; r >= 1; r--) {
    const cell = history[r]?.[col];
    const last = typeof cell === 'number' ? cell : Number.parseInt(cleanText(cell), 10);
    if (!Number.isInteger(last)) continue;
    if (last !== year) {
      issues.warning(
        CODE.yearDiffersFromHistory,
        SHEET.settings,
        settings.cells.year ?? 'A1',
        `"Năm" ở trang "${SHEET.settings}" là ${year}, còn lần chạy gần nhất trong trang "${SHEET.history}" (dòng ${r + 1}) là của năm ${last}. Nếu đây là năm mới, hãy mở bảng tính của năm ${last} và chạy ${guide.newYear}: số liệu, phiếu bầu và các mục của năm ${last} được xóa, kết quả năm ${last} được giữ để so sánh. Nếu không, hãy sửa lại "Năm".`,
      );
    }
    return;
  }
}

/** "năm 2021", "Năm 2021": how a text names a year (a document's number "30/2020" is not one). */
const YEAR_IN_TEXT = /năm\s+(\d{4})/giu;

function earlierYearIn(text: string, year: number): number | null {
  for (const m of text.matchAll(YEAR_IN_TEXT)) if (Number(m[1]) < year) return Number(m[1]);
  return null;
}

function checkTexts(settings: Settings, criteria: readonly Criterion[], year: number, issues: IssueList): void {
  const warn = (sheet: string, cell: string, what: string, said: number): void =>
    issues.warning(
      CODE.earlierYearText,
      sheet,
      cell,
      `${what} nhắc "năm ${said}", còn "Năm" ở trang "${SHEET.settings}" là ${year}: có thể là chữ của năm trước. Hãy xem lại; nếu câu đúng là nói về năm ${said}, để nguyên.`,
    );
  for (const key of REVIEWED_SETTINGS) {
    const said = earlierYearIn(cleanText(String(settings.values[key] ?? '')), year);
    if (said !== null) warn(SHEET.settings, settings.cells[key], `Mục "${labelOf(key)}"`, said);
  }
  for (const c of criteria) {
    const said = earlierYearIn(c.narrative, year);
    if (said !== null) warn(SHEET.criteria, a1(c.row - 1, CRITERIA_COL.narrative), `Nội dung báo cáo của tiêu chí ${c.code}`, said);
  }
}

export function checkYearBound(settings: Settings, criteria: readonly Criterion[], past: PastYears | null, history: Grid | undefined, issues: IssueList): void {
  const year = settings.year;
  if (year === null) return;
  checkTexts(settings, criteria, year, issues);
  checkDates(settings, year, issues);
  checkNumbers(settings, year, past, issues);
  checkPastYears(settings, year, past, issues);
  checkHistory(settings, year, history, issues.guide, issues);
}
