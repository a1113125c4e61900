/**
 * The corpus of bad workbooks: what a dozen people typing into one shared sheet
 * produce. Each case is data: the sheets, and the issues the product must report
 * (code, cell, severity), worked out by hand from the rules, not from the output.
 *
 * Every case starts from the same small cluster:
 *   Tiêu chí   1 (max 10, bonus up to 5), 2 (max 10, no bonus)
 *   Đơn vị     A, B, C (rows 2–4)
 *   Bảng điểm  A Mã đơn vị | B Đơn vị | C Chuẩn 1 | D Thưởng 1 | E Chuẩn 2 | F Thưởng 2 | G Điểm trừ | H Lý do trừ
 *              row 2 A: 10, –, 10   row 3 B: 9, +2, 8   row 4 C: 8.5, –, 10
 *   Cấu hình   grade thresholds within the 25 points a unit can reach (twoCriteria); the
 *              report's number, date, basis and parts I and III typed
 */
import { SETTINGS, SHEET, scoresHeader } from '../../src/core/model/template';
import type { CellValue, Grid, WorkbookGrids } from '../../src/core/model/types';
import { twoCriteria } from '../helpers/cluster';
import { put, sheetsOf, type CorpusCase, type CorpusWorkbook, type ExpectedIssue } from './workbook';

type Grids = Required<Pick<WorkbookGrids, 'settings' | 'criteria' | 'units' | 'scores'>> & WorkbookGrids;

const S = SHEET.scores;
const U = SHEET.units;
const T = SHEET.criteria;
const K = SHEET.settings;

function base(): Grids {
  // The report's own settings typed, as a cluster ready to print has them (blank, a run that writes the report warns).
  return twoCriteria(
    [
      { code: 'A', scores: [10, '', 10, ''] },
      { code: 'B', scores: [9, 2, 8, ''] },
      { code: 'C', scores: [8.5, '', 10, ''] },
    ],
    {
      reportNumber: '01/BC-CTĐ',
      reportDate: '05/01/2022',
      basis: 'Căn cứ quy chế hoạt động của Cụm.',
      section1: 'Tổ chức phong trào thi đua.',
      section3: 'Đánh giá chung.',
    },
  );
}

/** The value cell of a setting in `Cấu hình`. */
function setting(key: string): string {
  const index = SETTINGS.findIndex((d) => d.key === key);
  if (index < 0) throw new Error(`no setting ${key}`);
  return `B${index + 2}`;
}

const error = (code: string, sheet: string, cell: string): ExpectedIssue => ({ severity: 'error', code, sheet, cell });
const warning = (code: string, sheet: string, cell: string): ExpectedIssue => ({ severity: 'warning', code, sheet, cell });
const note = (code: string, sheet: string, cell: string): ExpectedIssue => ({ severity: 'note', code, sheet, cell });

/** A case: the base cluster changed by `change` (which may return a whole workbook). */
function variant(name: string, change: (g: Grids) => Partial<CorpusWorkbook> | void, issues: ExpectedIssue[]): CorpusCase {
  const g = base();
  const extra = change(g) ?? {};
  return {
    name,
    sheets: extra.sheets ?? sheetsOf(g),
    hiddenRows: extra.hiddenRows,
    merges: extra.merges,
    issues,
    blocked: issues.some((i) => i.severity === 'error'),
  };
}

const removeColumn = (grid: Grid, col: number): void => grid.forEach((row) => row.splice(col, 1));
const LONG = 50_000;
const long = (seed: string): string => seed.repeat(Math.ceil(LONG / seed.length)).slice(0, LONG);

export const FORMULA_LIKE = ['=IMPORTXML("http://example.com","//a")', '+1', '-x', '@x', '=1+1', '=HYPERLINK("http://example.com")'];

export const CORPUS: CorpusCase[] = [
  variant('a clean workbook', () => {}, []),
  variant('text in a score cell', (g) => put(g.scores, 'E3', 'mười'), [error('NOT_A_NUMBER', S, 'E3')]),
  variant(
    'decimal commas typed as text in an English-locale sheet',
    (g) => {
      put(g.scores, 'C2', '9,5');
      put(g.scores, 'E3', '8,0');
    },
    [warning('NUMBER_AS_TEXT', S, 'C2')],
  ),
  variant(
    'error values left by formulas',
    (g) => {
      put(g.scores, 'C2', '#N/A');
      put(g.scores, 'E4', '#DIV/0!');
    },
    [error('ERROR_VALUE', S, 'C2'), error('ERROR_VALUE', S, 'E4')],
  ),
  variant('a date where a score should be ("9.5" typed in a comma locale)', (g) => put(g.scores, 'C3', new Date(2021, 4, 9)), [error('DATE_VALUE', S, 'C3')]),
  variant(
    'negative and over-maximum scores',
    (g) => {
      put(g.scores, 'C2', -1);
      put(g.scores, 'E3', 10.5);
      put(g.scores, 'D4', -2);
    },
    [error('OUT_OF_RANGE', S, 'C2'), error('OUT_OF_RANGE', S, 'E3'), error('OUT_OF_RANGE', S, 'D4')],
  ),
  variant(
    'blank base scores',
    (g) => {
      put(g.scores, 'C3', '');
      put(g.scores, 'E4', null);
    },
    [error('BLANK_BASE', S, 'C3'), error('BLANK_BASE', S, 'E4')],
  ),
  variant(
    'merged header cells hide a column title',
    (g) => {
      put(g.scores, 'D1', '');
      return { merges: [{ sheet: S, range: 'C1:D1' }] };
    },
    // The missing title is named beside the column it follows (Chuẩn 1, C1), a cell the user sees; the cell the merge hides too, with the range.
    [error('MISSING_COLUMN', S, 'C1'), warning('MERGED_CELLS', S, 'D1')],
  ),
  variant(
    'an extra column',
    (g) => {
      put(g.scores, 'L1', 'Ghi chú');
      put(g.scores, 'L2', 'tốt');
    },
    [warning('UNKNOWN_COLUMN', S, 'L1')],
  ),
  // Chuẩn 2 (E) deleted: named beside Thưởng 1 (D1), where it belongs, not right of the last column.
  variant('a deleted score column', (g) => removeColumn(g.scores, 4), [error('MISSING_COLUMN', S, 'D1')]),
  variant(
    'score columns in another order',
    (g) => {
      for (const row of g.scores) [row[2], row[4]] = [row[4], row[2]];
    },
    [],
  ),
  variant('a column title typed in other case and spacing', (g) => put(g.scores, 'C1', ' chuẩn  1 '), []),
  variant('a renamed score sheet', (g) => ({ sheets: sheetsOf(g).map(([name, grid]) => [name === S ? `${S} 2021` : name, grid]) }), [
    error('MISSING_SHEET', S, 'A1'),
  ]),
  variant('no settings sheet', (g) => ({ sheets: sheetsOf({ ...g, settings: undefined }) }), [error('MISSING_SHEET', K, 'A1')]),
  variant(
    'no criteria sheet',
    (g) => ({ sheets: sheetsOf({ ...g, criteria: undefined }) }),
    // Without criteria every criterion column of the score sheet is unknown, its evidence columns (I, J) too.
    [error('MISSING_SHEET', T, 'A1'), ...['C1', 'D1', 'E1', 'F1', 'I1', 'J1'].map((c) => warning('UNKNOWN_COLUMN', S, c))],
  ),
  variant('no units sheet', (g) => ({ sheets: sheetsOf({ ...g, units: undefined }) }), [
    error('MISSING_SHEET', U, 'A1'),
    ...['A2', 'A3', 'A4'].map((c) => error('UNKNOWN_UNIT', S, c)),
  ]),
  variant('a unit name typed twice in the unit list', (g) => put(g.units, 'B4', 'Sở A'), [error('DUPLICATE_UNIT', U, 'B4'), error('UNKNOWN_UNIT', S, 'A4')]),
  variant(
    'one name in NFC and in NFD with the new tone placement',
    (g) => {
      put(g.units, 'B2', 'Sở Hòa Bình');
      put(g.units, 'B4', 'Sở Hoà Bình'.normalize('NFD'));
    },
    [error('DUPLICATE_UNIT', U, 'B4'), error('UNKNOWN_UNIT', S, 'A4')],
  ),
  variant(
    'a score row found by an NFD short name when its code is blank',
    (g) => {
      put(g.units, 'C3', 'Hòa Bình');
      put(g.scores, 'A3', '');
      put(g.scores, 'B3', 'hoà  bình'.normalize('NFD'));
    },
    [],
  ),
  variant(
    'names, codes and notes that look like formulas',
    (g) => {
      put(g.units, 'B2', FORMULA_LIKE[0]);
      put(g.units, 'C2', FORMULA_LIKE[4]);
      put(g.units, 'B3', FORMULA_LIKE[1]);
      put(g.units, 'C3', FORMULA_LIKE[1]);
      put(g.units, 'B4', FORMULA_LIKE[2]);
      put(g.units, 'A4', FORMULA_LIKE[3]);
      put(g.units, 'C4', FORMULA_LIKE[3]);
      put(g.scores, 'A4', FORMULA_LIKE[3]);
      put(g.scores, 'B2', FORMULA_LIKE[4]);
      put(g.scores, 'H3', FORMULA_LIKE[5]);
      put(g.scores, 'G3', 0.5);
      put(g.criteria, 'B2', FORMULA_LIKE[3]);
      put(g.settings, setting('clusterName'), FORMULA_LIKE[0]);
    },
    [],
  ),
  variant('a unit without a score row', (g) => void g.scores.splice(3, 1), [error('MISSING_UNIT', S, 'A4')]),
  variant(
    'an empty cluster: headers only',
    (g) => {
      g.criteria.splice(1);
      g.units.splice(1);
      g.scores.splice(0, g.scores.length, scoresHeader([]));
    },
    [error('NO_CRITERIA', T, 'A2'), error('NO_UNITS', U, 'A2')],
  ),
  variant('blank input sheets', () => ({ sheets: sheetsOf({ settings: [], criteria: [], units: [], scores: [] }) }), [
    error('NO_CRITERIA', T, 'A2'),
    error('NO_UNITS', U, 'A2'),
    error('MISSING_COLUMN', S, 'A1'),
  ]),
  variant('blank sheets as Sheets hands them over (one empty cell)', () => ({ sheets: [K, T, U, S].map((name) => [name, [['']]] as [string, Grid]) }), [
    error('NO_CRITERIA', T, 'A2'),
    error('NO_UNITS', U, 'A2'),
    error('MISSING_COLUMN', S, 'A1'),
  ]),
  variant(
    'a criterion without a maximum',
    (g) => put(g.criteria, 'C3', ''),
    // Criterion 2 is dropped, so its two score columns are unknown.
    [error('BAD_MAXIMUM', T, 'C3'), warning('UNKNOWN_COLUMN', S, 'E1'), warning('UNKNOWN_COLUMN', S, 'F1'), warning('UNKNOWN_COLUMN', S, 'J1')],
  ),
  variant(
    '50,000-character cells',
    (g) => {
      put(g.units, 'B2', long('Sở Thông tin và Truyền thông '));
      put(g.criteria, 'E2', long('Nội dung báo cáo dài. '));
      put(g.scores, 'H3', long('Lý do trừ điểm. '));
      put(g.scores, 'G3', 0.5);
      put(g.scores, 'E4', long('mười điểm '));
    },
    // Each cell over Excel's 32,767 characters is an error at its place: the summary copies the input sheets.
    [
      error('TEXT_TOO_LONG', U, 'B2'),
      error('TEXT_TOO_LONG', T, 'E2'),
      error('TEXT_TOO_LONG', S, 'E4'),
      error('TEXT_TOO_LONG', S, 'H3'),
      error('NOT_A_NUMBER', S, 'E4'),
    ],
  ),
  variant(
    'hidden rows are still read',
    () => ({
      hiddenRows: [
        { sheet: S, rows: [3] },
        { sheet: U, rows: [3] },
      ],
    }),
    [],
  ),
  variant(
    'values off the score step',
    (g) => {
      put(g.settings, setting('scoreStep'), 0.5);
      put(g.scores, 'C2', 9.25);
      put(g.scores, 'D3', 1.3);
      put(g.scores, 'G4', 0.2);
    },
    // The deduction of row 4 has no reason beside it (H4).
    [error('OFF_STEP', S, 'C2'), error('OFF_STEP', S, 'D3'), error('OFF_STEP', S, 'G4'), warning('DEDUCTION_WITHOUT_REASON', S, 'H4')],
  ),
  variant(
    'a bonus over its cap, and a bonus where none is allowed',
    (g) => {
      put(g.scores, 'D2', 6);
      put(g.scores, 'F3', 1);
    },
    [error('BONUS_OVER_CAP', S, 'D2'), error('BONUS_NOT_ALLOWED', S, 'F3')],
  ),
  variant(
    'caps on the total bonus and the total deduction',
    (g) => {
      put(g.settings, setting('maxTotalBonus'), 1);
      put(g.settings, setting('maxTotalDeduction'), 1);
      put(g.scores, 'G4', 2);
    },
    // With 1 bonus point at most a unit reaches 21, under the 24 of Hoàn thành xuất sắc.
    [
      warning('UNREACHABLE_GRADE', K, setting('gradeExcellent')),
      warning('TOTAL_BONUS_OVER_CAP', S, 'A3'),
      warning('TOTAL_DEDUCTION_OVER_CAP', S, 'G4'),
      warning('DEDUCTION_WITHOUT_REASON', S, 'H4'),
    ],
  ),
  variant('an unknown unit in the score sheet', (g) => void g.scores.push(['Z', 'Z', 10, '', 10, '', '', '']), [error('UNKNOWN_UNIT', S, 'A5')]),
  variant('a unit scored twice', (g) => void g.scores.push([...g.scores[1]]), [error('DUPLICATE_UNIT', S, 'A5')]),
  variant('a criterion code used twice (number and text)', (g) => void g.criteria.push([1, 'Tiêu chí 1 nhập lại', 5, '', '']), [
    error('DUPLICATE_CRITERION', T, 'A4'),
  ]),
  variant(
    'NaN-like and programmer strings',
    (g) => {
      const cells: [string, CellValue][] = [
        ['C2', 'NaN'],
        ['D2', 'null'],
        ['E2', 'Infinity'],
        ['C3', '-Infinity'],
        ['E3', '1e3'],
        ['C4', '0x10'],
        ['E4', 'undefined'],
      ];
      for (const [cell, value] of cells) put(g.scores, cell, value);
    },
    ['C2', 'D2', 'E2', 'C3', 'E3', 'C4', 'E4'].map((c) => error('NOT_A_NUMBER', S, c)),
  ),
  variant(
    'a checkbox, formula text and too many decimals',
    (g) => {
      put(g.scores, 'C2', true);
      put(g.scores, 'E3', '=1+1');
      put(g.scores, 'C4', 8.1234);
    },
    [error('NOT_A_NUMBER', S, 'C2'), error('NOT_A_NUMBER', S, 'E3'), error('TOO_PRECISE', S, 'C4')],
  ),
  variant(
    'huge numbers',
    (g) => {
      put(g.scores, 'C2', 1e300);
      put(g.scores, 'E3', -1e15);
    },
    [error('TOO_LARGE', S, 'C2'), error('TOO_LARGE', S, 'E3')],
  ),
  variant(
    'magnitudes past the exact bound of one million points, as numbers and as text',
    (g) => {
      put(g.scores, 'C4', 1_000_001);
      put(g.scores, 'E3', '1000000,5');
    },
    [error('TOO_LARGE', S, 'C4'), error('TOO_LARGE', S, 'E3')],
  ),
  variant(
    'values a tolerance would round: 9.9996 is not 10, 8.0004 is not 8',
    (g) => {
      put(g.scores, 'C2', 9.9996);
      put(g.scores, 'E3', '8,0004');
    },
    [error('TOO_PRECISE', S, 'C2'), error('TOO_PRECISE', S, 'E3')],
  ),
  variant(
    'codes and names holding invisible characters (zero-width space, BOM, soft hyphen)',
    (g) => {
      put(g.units, 'A2', 'A\u200b');
      put(g.units, 'B3', '\ufeffĐơn vị\u00ad B');
      put(g.scores, 'A4', 'C\u200d');
    },
    [warning('INVISIBLE_CHARACTERS', U, 'A2'), warning('INVISIBLE_CHARACTERS', U, 'B3'), warning('INVISIBLE_CHARACTERS', S, 'A4')],
  ),
  variant(
    'two codes that differ only by a zero-width space are one unit',
    (g) => {
      put(g.scores, 'A5', 'B\u200b');
      put(g.scores, 'C5', 9);
      put(g.scores, 'E5', 8);
    },
    [warning('INVISIBLE_CHARACTERS', S, 'A5'), error('DUPLICATE_UNIT', S, 'A5')],
  ),
  variant(
    'deductions typed negative and positive',
    (g) => {
      put(g.scores, 'G2', -0.5);
      put(g.scores, 'G3', 0.5);
    },
    // Neither deduction has its reason (H2, H3).
    [note('DEDUCTION_SIGN', S, 'G2'), warning('DEDUCTION_WITHOUT_REASON', S, 'H2'), warning('DEDUCTION_WITHOUT_REASON', S, 'H3')],
  ),
  variant(
    'bad and unknown settings',
    (g) => {
      put(g.settings, setting('rankStyle'), 'xyz');
      put(g.settings, setting('year'), 'hai nghìn');
      g.settings.push(['Màu nền', 'xanh', '']);
    },
    [error('BAD_SETTING', K, setting('rankStyle')), error('BAD_SETTING', K, setting('year')), warning('UNKNOWN_SETTING', K, `A${SETTINGS.length + 2}`)],
  ),
  variant('a declared base total that does not add up', (g) => put(g.settings, setting('declaredBaseTotal'), 100), [warning('BASE_TOTAL_MISMATCH', T, 'C2')]),
  variant('a unit with no code', (g) => put(g.units, 'A4', ''), [error('EMPTY_UNIT', U, 'A4'), error('UNKNOWN_UNIT', S, 'A4')]),
  variant('a criterion with no code', (g) => put(g.criteria, 'A3', ''), [
    error('EMPTY_CRITERION_CODE', T, 'A3'),
    warning('UNKNOWN_COLUMN', S, 'E1'),
    warning('UNKNOWN_COLUMN', S, 'F1'),
    warning('UNKNOWN_COLUMN', S, 'J1'),
  ]),
  variant('non-breaking spaces around a number', (g) => put(g.scores, 'C2', '\u00a010\u00a0'), [warning('NUMBER_AS_TEXT', S, 'C2')]),
  variant(
    'a repeated column title',
    (g) => {
      put(g.scores, 'L1', 'Chuẩn 1');
      put(g.scores, 'L2', 1);
    },
    [warning('DUPLICATE_COLUMN', S, 'L1')],
  ),
  variant(
    'agreed scores (Cụm chấm) that differ from the unit’s own',
    (g) => {
      // B's base on criterion 1 corrected from 9 to 8, the reason in "Lý do 1" (I2).
      g.agreed = [scoresHeader([{ code: '1' }, { code: '2' }], 'agreed'), ['B', 'B', 8, '', '', '', '', '', 'Thiếu minh chứng', '']];
    },
    [warning('AGREED_DIFFERS', SHEET.agreed, 'C2')],
  ),
  variant(
    'a correction in Cụm chấm without its reason',
    (g) => {
      g.agreed = [scoresHeader([{ code: '1' }, { code: '2' }], 'agreed'), ['B', 'B', 8]];
    },
    [error('CORRECTION_WITHOUT_REASON', SHEET.agreed, 'C2')],
  ),
  variant(
    'unit codes typed as numbers in one sheet and as text in the other',
    (g) => {
      ['A2', 'A3', 'A4'].forEach((cell, i) => put(g.units, cell, i + 1));
      ['A2', 'A3', 'A4'].forEach((cell, i) => put(g.scores, cell, ` ${i + 1}`));
    },
    [],
  ),
  // Read right (rows go by unit code), but the sheet no longer follows the template: a note at the blank row.
  variant('a blank row between score rows', (g) => void g.scores.splice(2, 0, ['', '', '', '', '', '', '', '']), [note('BLANK_ROW', S, 'A3')]),
];
