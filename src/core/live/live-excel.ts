/**
 * The live columns of `Bảng điểm` in an .xlsx, as native formulas that Excel and
 * LibreOffice compute as the cells change: one formula per live column, shared by
 * its rows (its relative addresses move row by row), referring to the row's score
 * cells, the maxima in `Tiêu chí`, the places in `Đơn vị` and the settings in
 * `Cấu hình` by address. A cell shows a number only where the formula gives the
 * command's number exactly; where it cannot, it says so in Vietnamese and sends
 * the user to the command, never showing a number the command would not give:
 *
 * - totals are rounded to the thousandth (exact), with the caps of `Cấu hình`;
 *   a banded criterion's bonus follows the unit's place by the bands laid with the
 *   formulas (a change of bands or of the place column asks for `cap-nhat`);
 * - the check names blank, non-numeric, out-of-range, off-step and too precise
 *   cells and a bonus typed against its band ("Lỗi ở …"), a number typed as text
 *   ("Cảnh báo ở …": the command reads it, a formula cannot read it exactly), and
 *   what the command says of a row that it still scores: the bonuses the cap on
 *   total bonus cut, a deduction without its reason, and a criterion at 0 that
 *   keeps a total past the top threshold from the top grade;
 * - while any row has an error, every rank says why there is none (as the menu);
 * - a row `Cụm chấm` scores again, a score typed as text, a tie the ladder or the
 *   council's ballots may settle (and, in dense ranks, the ranks below it): the
 *   cell says to run the command.
 */
import { columnLetter } from '../model/a1';
import { GRADE, zeroGradeNote } from '../rules/grade';
import { bonusCapWords } from '../rules/score';
import type { ExcelLiveLayout, LiveKey } from '../sheets/live-columns';
import { CRITERIA_COL, DEDUCTION_REASON_HEADER, SHEET, UNITS_COL } from '../model/template';
import { toNumber } from '../model/numbers';

const MAX_BASE_COLUMN = columnLetter(CRITERIA_COL.maxBase);
const MAX_BONUS_COLUMN = columnLetter(CRITERIA_COL.maxBonus);
const BANDS_COLUMN = columnLetter(CRITERIA_COL.bands);
const RANK_COMPETITION = ['cách', 'cach', 'competition', 'cách quãng'];

const quoted = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;
const text = (s: string): string => `"${s.replace(/"/g, '""')}"`;
/**
 * A number of `Cấu hình` as the command reads it: a number, or a number typed as text
 * with either decimal mark ("0,25" where the spreadsheet's locale takes it for text, as
 * `Cấu hình`'s own example suggests); unreadable: 0 (the command errs at that cell).
 */
const settingNumber = (cell: string): string => `IF(ISNUMBER(${cell}),${cell},IFERROR(_xlfn.NUMBERVALUE(SUBSTITUTE(TRIM(${cell}),",","."),"."," "),0))`;
/** The start of the check's words for a row the formulas cannot total (a score typed as text, a row Cụm chấm scores again). */
const LEFT_TO_COMMAND = 'Cảnh báo:';
/** `'Tiêu chí'!$C$4`: a fixed cell of another sheet. */
const fixed = (sheet: string, letter: string, row: number): string => `${quoted(sheet)}!$${letter}$${row}`;

/** What the cells say instead of a number the formulas cannot give exactly. */
export const EXCEL_SAYS = {
  blocked: 'Chưa xếp hạng: còn lỗi, xem cột Kiểm tra.',
  command: 'Công thức không tính được dòng này (xem cột Kiểm tra): hãy chạy lệnh tinh-diem.',
  unranked: 'Chưa xếp hạng bằng công thức: có dòng công thức không tính được tổng điểm; hãy chạy lệnh tinh-diem.',
  tie: 'Bằng điểm: thứ tự xét khi bằng điểm hoặc kết quả bỏ phiếu quyết định; hãy chạy lệnh tinh-diem.',
  lists: 'Thưởng theo hạng ngoài hoặc cột Hạng ngoài đã đổi sau khi lập công thức: hãy chạy lệnh tinh-diem cap-nhat.',
  agreed: `${LEFT_TO_COMMAND} Cụm chấm đã chấm lại dòng này; tổng điểm theo lệnh tinh-diem`,
  asText: `${LEFT_TO_COMMAND} ô chữ được lệnh tinh-diem đọc nếu viết đúng một số (9,5), nếu không là lỗi; hãy gõ lại dạng số`,
} as const;

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
    return cell ? `IF(LEN(${cell})=0,${fallback},${settingNumber(cell)})` : fallback;
  };
  const capped = (key: string, sum: string): string => {
    const cell = setting(key);
    // The sum written once (a banded bonus's lookup is long and slow): a blank cap is no cap.
    return cell ? `MIN(${sum},IF(LEN(${cell})=0,1E+9,${settingNumber(cell)}))` : sum;
  };
  const style = setting('rankStyle');
  const competition = style ? `OR(${RANK_COMPETITION.map((s) => `LOWER(TRIM(${style}))=${text(s)}`).join(',')})` : 'FALSE';
  const totalCol = col(layout.firstLive);
  const checkCol = col(layout.firstLive + 3);
  const span = (letter: string): string => `$${letter}$${layout.firstRow}:$${letter}$${layout.lastRow}`;
  const totals = span(totalCol);
  const checks = span(checkCol);
  const codes = span(col(layout.code));

  const r = layout.firstRow;
  const at = (c: number): string => `${col(c)}${r}`;
  const empty = [layout.code, layout.name].filter((c) => c >= 0).map((c) => `$${col(c)}${r}=""`);
  const guard = (formula: string): string => (empty.length === 0 ? formula : `IF(AND(${empty.join(',')}),"",${formula})`);
  const sum = (parts: string[]): string => (parts.length === 0 ? '0' : `(${parts.join('+')})`);
  const bases = layout.criteria.map((c) => at(c.base));
  const bonuses = layout.criteria.filter((c) => c.bonus >= 0).map((c) => (c.bands ? bandPoints(layout, c.bands, r) : at(c.bonus)));
  const bonusSum = sum(bonuses);
  const bonus = capped('maxTotalBonus', bonusSum);
  const deduction = layout.deduction >= 0 ? capped('maxTotalDeduction', `ABS(${at(layout.deduction)})`) : '0';
  const total = `${totalCol}${r}`;
  const check = `${checkCol}${r}`;
  const notZero = bases.map((b) => `${b}<>0`);
  const excellentAt = orDefault('gradeExcellent', '95');
  const excellent = `AND(${[`${total}>=${excellentAt}`, ...notZero].join(',')})`;
  const grade = `IF(${excellent},${text(GRADE.excellent)},IF(${total}>=${orDefault('gradeGood', '85')},${text(GRADE.good)},IF(${total}>=${orDefault('gradePass', '75')},${text(GRADE.pass)},${text(GRADE.fail)})))`;

  // The lists as the formulas were laid from them: each criterion's bands (none: blank) and each place column's title.
  const listsAsLaid = layout.criteria.flatMap((c) => {
    const bands = `TRIM(${fixed(SHEET.criteria, BANDS_COLUMN, c.row)})=${text(c.bands?.text ?? '')}`;
    return c.bands && c.bands.placeColumn >= 0 ? [bands, `TRIM(${fixed(SHEET.units, col(c.bands.placeColumn), 1)})=${text(c.bands.placeHeader)}`] : [bands];
  });
  const hasError = (cell: string): string => `ISNUMBER(SEARCH("Lỗi ở",${cell}))`;
  const number = `ROUND(${sum(bases)}+${bonus}-${deduction},3)`;
  // What the check says of a row it still totals (a cap, a missing reason, a note) leaves the total a number.
  const leftToCommand = `ISNUMBER(SEARCH(${text(LEFT_TO_COMMAND)},${check}))`;
  const totalFormula = `IF(${hasError(check)},"",IF(${leftToCommand},${text(EXCEL_SAYS.command)},${listsAsLaid.length > 0 ? `IF(AND(${listsAsLaid.join(',')}),${number},${text(EXCEL_SAYS.lists)})` : number}))`;

  // A tie the ladder or the ballots may settle: the tied rows and, in dense ranks, every row below a tie.
  const ladder = setting('tieBreaks');
  const settles = [ladder ? `LEN(${ladder})>0` : '', layout.ballots ? `COUNTA(${quoted(SHEET.ballots)}!$A$2:$A$${layout.lastRow})>0` : ''].filter(Boolean);
  const dense = `SUMPRODUCT(ISNUMBER(${totals})*(${totals}>${total})/(COUNTIF(${totals},${totals})+1-ISNUMBER(${totals})))+1`;
  const tied = `OR(COUNTIF(${totals},${total})>1,AND(NOT(${competition}),SUMPRODUCT(ISNUMBER(${totals})*(${totals}>${total})*(COUNTIF(${totals},${totals})>1))>0))`;
  const ranked = `IF(${competition},RANK(${total},${totals},0),${dense})`;
  const rank = settles.length > 0 ? `IF(AND(OR(${settles.join(',')}),${tied}),${text(EXCEL_SAYS.tie)},${ranked})` : ranked;
  // Rows with a unit but no number: errors block the ranking (as the menu); otherwise the formulas cannot rank them.
  const unitRows = `SUMPRODUCT((${codes}<>"")*1)`;
  const numbers = `SUMPRODUCT(ISNUMBER(${totals})*(${codes}<>""))`;
  return {
    total: guard(totalFormula),
    rank: guard(
      `IF(SUMPRODUCT(ISNUMBER(SEARCH("Lỗi ở",${checks}))*1)>0,${text(EXCEL_SAYS.blocked)},IF(${numbers}<${unitRows},${text(EXCEL_SAYS.unranked)},${rank}))`,
    ),
    grade: `IF(ISNUMBER(${total}),${grade},"")`,
    check: guard(
      `MID(${checkParts(layout, at, setting('scoreStep'), scoredRowParts(layout, at, { bonusSum, cap: setting('maxTotalBonus'), number, excellentAt }))},3,4000)`,
    ),
  };
}

/** The check's parts for what the command says of a row it scores ('' where the layout has nothing to say it of). */
interface ScoredRowParts {
  cap: string;
  reason: string;
  zero: string;
}

/**
 * What the command says of a row it scores, each as a part of the check: the bonuses the
 * cap on total bonus cut (a warning), a deduction typed without its reason (a warning at
 * `Lý do trừ`), and the criteria at 0 base points that keep a total reaching the top
 * threshold from the top grade (a note). A part a formula cannot work out (a score typed
 * as text) is left out: that row is the command's anyway.
 */
function scoredRowParts(
  layout: ExcelLiveLayout,
  at: (c: number) => string,
  row: { bonusSum: string; cap: string | null; number: string; excellentAt: string },
): ScoredRowParts {
  const parts: ScoredRowParts = { cap: '', reason: '', zero: '' };
  // An error value or a text in a cell these read gives no words here: the cell's own part names it.
  const safe = (part: string): string => `IFERROR(${part},"")`;
  if (row.cap && layout.criteria.some((c) => c.bonus >= 0)) {
    const cap = settingNumber(row.cap);
    // The cap as typed ("10", or 10): shown as the cell shows it.
    const words = `${text(`; Cảnh báo ở dòng này: ${bonusCapWords(null, '')}`)}&${row.cap}`;
    parts.cap = safe(`IF(LEN(${row.cap})=0,"",IF(${row.bonusSum}>${cap},${words},""))`);
  }
  if (layout.deduction >= 0) {
    const d = at(layout.deduction);
    const noReason = layout.reason >= 0 ? [`LEN(TRIM(${at(layout.reason)}))=0`] : [];
    parts.reason = safe(
      `IF(AND(${[`ISNUMBER(${d})`, ...noReason].join(',')}),IF(${d}<>0,${text(`; Cảnh báo ở ${DEDUCTION_REASON_HEADER}: bị trừ `)}&ABS(${d})&${text(' điểm nhưng chưa ghi lý do')},""),"")`,
    );
  }
  const bases = layout.criteria.map((c) => at(c.base));
  if (bases.length > 0) {
    // The codes at 0 (", 2, 5"): evaluated once, then the words without any code taken out again.
    // `&""="0"`: a number 0, not a blank cell (no score yet: an error of its own).
    const codes = layout.criteria.map((c) => `IF(${at(c.base)}&""="0",${text(`, ${c.code}`)},"")`).join('&');
    const [before, after] = zeroGradeNote('\u0000').split('\u0000');
    const note = `SUBSTITUTE(${text(`; Ghi chú: ${before}`)}&MID(${codes},3,4000)&${text(after)},${text(`; Ghi chú: ${before}${after}`)},"")`;
    parts.zero = safe(`IF(OR(${bases.map((b) => `${b}=0`).join(',')}),IF(${row.number}>=${row.excellentAt},${note},""),"")`);
  }
  return parts;
}

/** The bonus of a banded criterion from the unit's place in `Đơn vị` (found by its code): the bands' points, 0 outside them. */
function bandPoints(layout: ExcelLiveLayout, bands: NonNullable<ExcelLiveLayout['criteria'][number]['bands']>, r: number): string {
  if (bands.placeColumn < 0) return '0';
  const units = (c: number): string => `${quoted(SHEET.units)}!$${columnLetter(c)}$2:$${columnLetter(c)}$${layout.lastRow}`;
  // The place as the command reads it: a number, or a whole number typed as text; anything else has no band.
  const place = `IFERROR(_xlfn.NUMBERVALUE(TRIM(INDEX(${units(bands.placeColumn)},MATCH($${columnLetter(layout.code)}${r},${units(UNITS_COL.code)},0))&""),".",","),0)`;
  // One lookup of the place in the bands' steps (the bands are whole places, apart): no band, 0. The place is looked up once,
  // not once per band, which keeps the formula short and its MATCH over the units from running several times a row.
  const steps: [number, number][] = [[-1e9, 0]];
  for (const band of [...bands.rules].sort((x, y) => x.from - y.from)) {
    if (steps[steps.length - 1][0] === band.from) steps.pop();
    steps.push([band.from, toNumber(band.points)], [band.to + 1, 0]);
  }
  return `LOOKUP(${place},{${steps.map(([at]) => (at === -1e9 ? '-1E+9' : at)).join(',')}},{${steps.map(([, points]) => points).join(',')}})`;
}

/**
 * "; Lỗi ở Chuẩn 1: …" for each cell that is blank where a score is due, not a
 * number, out of range, a bonus typed against its band; once for the row, scores off
 * the step or finer than a thousandth; "; Cảnh báo ở …" for a score typed as text,
 * quoted (the command reads "9,5" as a number, with a warning, and refuses "mười":
 * a formula cannot tell them apart exactly, so the row is left to the command) and
 * a row `Cụm chấm` scores again. Excel takes at most 8,192 characters in a formula:
 * each cell's part is kept short, and the row-wide checks are written once.
 */
function checkParts(layout: ExcelLiveLayout, at: (c: number) => string, step: string | null, scored: ScoredRowParts): string {
  const all = [scored.cap, scored.reason, scored.zero].filter((p) => p !== '');
  const fits = (f: string): boolean => f.length <= EXCEL_FORMULA_LIMIT - 200;
  const named = [checkPartsOf(layout, at, step, false), ...all].join('&');
  if (fits(named)) return named;
  // Many criteria: each cell's text is no longer named (the row's part still says a cell holds text), to stay within Excel's limit;
  // more still (past 21 criteria without bands): the cap's cut and the criterion at 0 are left to the command (the total and grade
  // stay its own).
  const compact = [checkPartsOf(layout, at, step, true), ...all].join('&');
  return fits(compact) ? compact : [checkPartsOf(layout, at, step, true), scored.reason].filter((p) => p !== '').join('&');
}

/** Excel refuses a formula longer than this many characters. */
const EXCEL_FORMULA_LIMIT = 8192;

function checkPartsOf(layout: ExcelLiveLayout, at: (c: number) => string, step: string | null, compact: boolean): string {
  const parts: string[] = [];
  const maxOf = (letter: string, row: number): string => `N(${fixed(SHEET.criteria, letter, row)})`;
  /** The checks of one cell: blank (`blank`: its message, "" when blank is fine), a number out of 0..max, text, anything else. */
  const cell = (v: string, header: string, blank: string, max: string | null): string => {
    const number = max === null ? '""' : `IF(OR(${v}<0,${v}>${max}),${text(`; Lỗi ở ${header}: ngoài 0 đến tối đa`)},"")`;
    if (compact) return blank === '""' ? `IF(ISNUMBER(${v}),${number},"")` : `IF(ISNUMBER(${v}),${number},IF(ISBLANK(${v}),${blank},""))`;
    return `IF(ISBLANK(${v}),${blank},IF(ISNUMBER(${v}),${number},IF(ISTEXT(${v}),${text(`; Cảnh báo ở ${header}: chữ "`)}&${v}&"""",${text(`; Lỗi ở ${header}: không phải số`)})))`;
  };
  for (const c of layout.criteria) {
    parts.push(cell(at(c.base), c.baseHeader, text(`; Lỗi ở ${c.baseHeader}: chưa có điểm`), maxOf(MAX_BASE_COLUMN, c.row)));
    if (c.bonus < 0) continue;
    const bonus = at(c.bonus);
    if (c.bands) {
      const points = bandPoints(layout, c.bands, layout.firstRow);
      const missing = c.bands.placeColumn < 0 ? text(`; Lỗi ở ${c.bonusHeader}: trang "${SHEET.units}" chưa có cột "${c.bands.placeHeader}"`) : '""';
      parts.push(
        `${missing}&IF(ISBLANK(${bonus}),"",IF(ISNUMBER(${bonus}),IF(${bonus}<>${points},${text(`; Lỗi ở ${c.bonusHeader}: khác điểm theo hạng ngoài (`)}&${points}&")",""),${text(`; Lỗi ở ${c.bonusHeader}: không phải số`)}))`,
      );
      continue;
    }
    parts.push(cell(bonus, c.bonusHeader, '""', `N(${fixed(SHEET.criteria, MAX_BONUS_COLUMN, c.row)})`));
  }
  // Compact, the deduction has nothing of its own to say: any number is fine, a text is the row's part.
  if (layout.deduction >= 0 && !compact) parts.push(cell(at(layout.deduction), 'Điểm trừ', '""', null));
  // Off the step or finer than a thousandth, anywhere from the first score to the deduction: in thousandths, a remainder.
  const first = layout.criteria[0]?.base ?? layout.deduction;
  const last = layout.deduction >= 0 ? layout.deduction : (layout.criteria[layout.criteria.length - 1]?.bonus ?? first);
  if (first >= 0) {
    const scores = `${at(first)}:${at(last)}`;
    parts.push(`IF(SUMPRODUCT(--ISTEXT(${scores}))>0,${text(`; ${EXCEL_SAYS.asText}`)},"")`);
    // The step as the command reads it; unreadable (0): no check (the command errs there).
    const thousandths = step ? `IF(LEN(${step})=0,1,MAX(1,ROUND(${settingNumber(step)}*1000,0)))` : '1';
    parts.push(
      `IF(IFERROR(SUMPRODUCT(--(MOD(ROUND(${scores}*1000,6),${thousandths})<>0)),0)>0,${text('; Lỗi ở dòng này: có điểm lệch bước điểm hoặc quá ba chữ số thập phân')},"")`,
    );
  }
  if (layout.agreed) {
    const row = layout.firstRow;
    const agreed = `${quoted(SHEET.agreed)}!${columnLetter(first)}${row}:${columnLetter(layout.deduction)}${row}`;
    parts.push(`IF(COUNTA(${agreed})>0,${text(`; ${EXCEL_SAYS.agreed}`)},"")`);
  }
  return parts.length === 0 ? '""' : parts.join('&');
}
