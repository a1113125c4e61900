/** `Cấu hình` sheet → `Settings`. Unknown or bad values become issues, never exceptions. */
import { a1 } from '../model/a1';
import { CODE, IssueList } from '../model/issues';
import { MAX_POINTS, MILLI, formatPoints, parseNumber } from '../model/numbers';
import { HEADER_ROWS, SETTINGS, SHEET } from '../model/template';
import { cleanText, nameKey, withoutBullet } from '../model/text';
import type { CellValue, Grid, Milli, RankStyle, Settings, TieBreak } from '../model/types';

export interface SettingsOptions {
  /** Separator used when the sheet does not set one (the spreadsheet's locale). */
  defaultDecimalSeparator?: '.' | ',';
}

/** Cells of the settings sheet by key, with their address for messages. */
type Entries = Map<string, { value: CellValue; cell: string }>;

const BY_LABEL = new Map(SETTINGS.map((d) => [nameKey(d.label), d.key]));

function readEntries(grid: Grid, issues: IssueList): Entries {
  const entries: Entries = new Map();
  for (let r = HEADER_ROWS; r < grid.length; r++) {
    const label = cleanText(grid[r]?.[0]);
    if (label === '') continue;
    const key = BY_LABEL.get(nameKey(label));
    if (!key) {
      issues.warning(
        CODE.unknownSetting,
        SHEET.settings,
        a1(r, 0),
        `Không nhận ra mục cấu hình "${label}"; mục này được bỏ qua. Hãy dùng đúng tên mục trong bảng mẫu.`,
      );
      continue;
    }
    entries.set(key, { value: grid[r]?.[1], cell: a1(r, 1) });
  }
  return entries;
}

/** Multi-line text: each non-empty line cleaned, joined by "\n" (one paragraph a line). */
export function cleanParagraphs(value: CellValue): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .split(/\r?\n/)
    .map(cleanText)
    .filter((line) => line !== '')
    .join('\n');
}

function recipientList(value: CellValue): string[] {
  return cleanParagraphs(value)
    .split('\n')
    .map((line) =>
      withoutBullet(line)
        .replace(/[;.]+$/, '')
        .trim(),
    )
    .filter((line) => line !== '');
}

/** Years a setting may name: a typo such as 20211 or 201 is an error, not a date. */
const YEARS = { min: 1900, max: 2100 };

const inYears = (d: Date): boolean => d.getFullYear() >= YEARS.min && d.getFullYear() <= YEARS.max;

/** "05/01/2022" (with slashes, dots or dashes): day, month and year, alone in a cell or within a date-time. */
const DAY_MONTH_YEAR = String.raw`(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})`;
const DATE_ALONE = new RegExp(`^${DAY_MONTH_YEAR}$`);
const DATE_WITHIN = new RegExp(`(?:^|\\s)${DAY_MONTH_YEAR}(?:\\s|$)`);

/** Whether the calendar has that day (31/02 rolls over into March, so it has not). */
const isDay = (day: number, month: number, year: number): boolean => new Date(year, month - 1, day).getMonth() === month - 1;

/** A date cell, or a typed "05/01/2022"; null when blank, "bad" when neither or outside 1900–2100. */
export function parseDate(value: CellValue): Date | null | 'bad' {
  if (value instanceof Date) return Number.isNaN(value.getTime()) || !inYears(value) ? 'bad' : value;
  const text = cleanText(value);
  if (text === '') return null;
  const m = DATE_ALONE.exec(text);
  if (!m) return 'bad';
  const [day, month, year] = m.slice(1).map(Number);
  const d = new Date(year, month - 1, day);
  return isDay(day, month, year) && inYears(d) ? d : 'bad';
}

/**
 * Why a date setting cannot be read, `expected` the form it wants: a day the calendar does not
 * have ("31/02/2027" is in the form the message asks for) is named as such.
 */
export function badDate(value: CellValue, expected: string): string {
  const m = DATE_WITHIN.exec(cleanText(value));
  if (!m) return expected;
  const [day, month, year] = m.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || year < YEARS.min || year > YEARS.max || isDay(day, month, year)) return expected;
  return `ngày ${day}/${month}/${year} không có trong lịch (tháng ${month} năm ${year} không có ngày ${day}); ${expected}`;
}

const TIME = /^(\d{1,2})[:h](\d{2})$/;

/**
 * A moment: a date-time cell, or a typed "17:00 10/12/2026" or "10/12/2026 17:00"; a date
 * alone (typed, or a cell at midnight) means the end of that day when `endOfDay`. Null when
 * blank, "bad" when unreadable or outside 1900–2100.
 */
export function parseDateTime(value: CellValue, endOfDay = false): Date | null | 'bad' {
  const end = (d: Date): Date => (endOfDay ? new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 59, 59, 999) : d);
  if (value instanceof Date) {
    const d = parseDate(value);
    if (d === 'bad' || d === null) return d;
    return d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 ? end(d) : d;
  }
  const parts = cleanText(value).split(' ').filter(Boolean);
  if (parts.length === 0) return null;
  const time = parts.length === 2 ? parts.find((p) => TIME.test(p)) : undefined;
  const date = parseDate(parts.length === 1 ? parts[0] : (parts.find((p) => p !== time) ?? ''));
  if (date === 'bad' || date === null || (parts.length === 2 && !time) || parts.length > 2) return 'bad';
  if (!time) return end(date);
  const [, h, m] = TIME.exec(time) as RegExpExecArray;
  if (Number(h) > 23 || Number(m) > 59) return 'bad';
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), Number(h), Number(m));
}

/** The rungs that are not a criterion, by every spelling accepted (compared as `nameKey`s). */
const FEWER_DEDUCTIONS = new Set(['ít điểm trừ', 'it diem tru', 'ít trừ', 'điểm trừ ít']);
const HIGHER_BASE = new Set(['điểm chuẩn cao', 'diem chuan cao', 'chuẩn cao', 'điểm chuẩn cao hơn']);
/** "tiêu chí 1" and the column title "Chuẩn 1" both name criterion 1. */
const CRITERION_PREFIX = /^(?:tiêu chí|tieu chi|chuẩn|chuan)\s*(.+)$/iu;
/** A criterion code as the template allows: letters, digits and dots ("1", "1.2", "A"). */
const CODE_LIKE = /^[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*$/u;

/** One rung of the tie-break ladder as typed, or null when it is none of the accepted forms. */
function tieBreakRung(part: string): TieBreak | null {
  const key = nameKey(part);
  if (FEWER_DEDUCTIONS.has(key)) return { kind: 'fewerDeductions' };
  if (HIGHER_BASE.has(key)) return { kind: 'higherBase' };
  const typed = cleanText(part);
  const code = CRITERION_PREFIX.exec(typed)?.[1] ?? typed;
  return CODE_LIKE.test(code) ? { kind: 'criterion', code } : null;
}

/** More Cờ thi đua proposals than this is a typo (a cluster has dozens of units). */
const MAX_AWARDS = 1000;

/** More years in a row than a cluster has existed is a typo. */
const MAX_STREAK = 100;

/** What a yes/no cell accepts as yes (compared after nameKey). */
export const YES = new Set(['có', 'co', 'x', 'yes', 'true', '1', 'đúng']);

export function parseSettings(grid: Grid | undefined, issues: IssueList, options: SettingsOptions = {}): Settings {
  const entries = grid ? readEntries(grid, issues) : new Map();
  const text = (key: string): string => cleanText(entries.get(key)?.value);
  const paragraphs = (key: string): string => cleanParagraphs(entries.get(key)?.value);
  const bad = (key: string, message: string): void => {
    const label = SETTINGS.find((d) => d.key === key)?.label ?? key;
    issues.error(CODE.badSetting, SHEET.settings, entries.get(key)?.cell ?? 'A1', `Mục "${label}": ${message}`);
  };

  const textNumber = (key: string, value: Milli): void => {
    const label = SETTINGS.find((d) => d.key === key)?.label ?? key;
    const shown = cleanText(entries.get(key)?.value);
    issues.note(
      CODE.numberAsText,
      SHEET.settings,
      entries.get(key)?.cell ?? 'A1',
      `Mục "${label}" được nhập dạng văn bản ("${shown}"), thường do dấu thập phân không khớp vùng của bảng tính; đã hiểu là ${formatPoints(value, issues.decimalSeparator)}. Nên định dạng ô là số.`,
    );
  };

  /** A points setting; `fallback` when blank; `example` what the message suggests. */
  const points = (key: string, fallback: Milli | null, positive: boolean, example: string): Milli | null => {
    const entry = entries.get(key);
    const parsed = parseNumber(entry?.value);
    if (parsed.kind === 'empty') return fallback;
    if (parsed.kind === 'number' && (parsed.value > 0 || (!positive && parsed.value === 0))) {
      // Read as the number it spells, here and in the .xlsx live columns alike; said, because the cell is not a number to the spreadsheet.
      if (parsed.fromText) textNumber(key, parsed.value);
      return parsed.value;
    }
    bad(key, `cần một số${positive ? ' dương' : ' không âm'} (tối đa ${MAX_POINTS.toLocaleString('vi-VN')}), ví dụ ${example}.`);
    return fallback;
  };

  const wholeNumber = (key: string, fallback: number | null, min: number, max: number): number | null => {
    const parsed = parseNumber(entries.get(key)?.value);
    if (parsed.kind === 'empty') return fallback;
    if (parsed.kind === 'number' && parsed.value % MILLI === 0 && parsed.value / MILLI >= min && parsed.value / MILLI <= max) return parsed.value / MILLI;
    bad(key, `cần một số nguyên từ ${min} đến ${max.toLocaleString('vi-VN')}.`);
    return fallback;
  };

  let rankStyle: RankStyle = 'dense';
  const style = nameKey(text('rankStyle'));
  if (['cách', 'cach', 'competition', 'cách quãng'].includes(style)) rankStyle = 'competition';
  else if (!['', 'liền', 'lien', 'dense', 'liền mạch'].includes(style)) bad('rankStyle', 'hãy ghi "liền" (1, 2, 2, 3) hoặc "cách" (1, 2, 2, 4).');

  const tieBreaks: TieBreak[] = [];
  for (const part of text('tieBreaks').split(/[,;]/)) {
    if (cleanText(part) === '') continue;
    const rung = tieBreakRung(part);
    if (rung) tieBreaks.push(rung);
    else
      bad(
        'tieBreaks',
        `không hiểu "${cleanText(part)}". Mỗi mục cách nhau bởi dấu phẩy là một mã tiêu chí (như 1 hoặc "tiêu chí 1"), "ít điểm trừ" hoặc "điểm chuẩn cao".`,
      );
  }

  let decimalSeparator = options.defaultDecimalSeparator ?? '.';
  const sep = text('decimalSeparator');
  if (sep === '.' || sep === ',') decimalSeparator = sep;
  else if (/^(dấu )?phẩy$/i.test(sep)) decimalSeparator = ',';
  else if (/^(dấu )?chấm$/i.test(sep)) decimalSeparator = '.';
  else if (sep !== '') bad('decimalSeparator', 'hãy ghi "." hoặc ",".');

  const date = parseDate(entries.get('reportDate')?.value);
  if (date === 'bad') bad('reportDate', badDate(entries.get('reportDate')?.value ?? '', `cần một ngày dạng 05/01/2022, năm từ ${YEARS.min} đến ${YEARS.max}.`));

  const deadline = parseDateTime(entries.get('deadline')?.value, true);
  if (deadline === 'bad')
    bad(
      'deadline',
      badDate(entries.get('deadline')?.value ?? '', `cần một ngày dạng 10/12/2026, có thể kèm giờ (17:00 10/12/2026), năm từ ${YEARS.min} đến ${YEARS.max}.`),
    );
  // The letterhead puts the superior body in capitals itself; a sentence naming the award ("Cờ thi đua của …") prints it as typed.
  const parent = text('parentBody');
  if (!text('awardName') && /\p{Lu}.*\p{Lu}/u.test(parent) && parent === parent.toLocaleUpperCase('vi') && parent !== parent.toLocaleLowerCase('vi'))
    issues.note(
      CODE.settingInCapitals,
      SHEET.settings,
      entries.get('parentBody')?.cell ?? 'A1',
      `Mục "Cơ quan chủ quản" gõ toàn chữ in hoa ("${parent}"): tiêu đề văn bản tự in hoa, còn câu nêu danh hiệu đề nghị ("Cờ thi đua của ${parent}") in đúng như đã gõ. Nên gõ như trong câu, ví dụ "Ủy ban nhân dân tỉnh Long An", hoặc ghi mục "Tên danh hiệu đề nghị".`,
    );
  const rule = nameKey(text('evidenceRule'));
  const evidenceRule =
    rule === '' ? null : ['lỗi', 'loi', 'error'].includes(rule) ? 'error' : ['cảnh báo', 'canh bao', 'warning'].includes(rule) ? 'warning' : undefined;
  if (evidenceRule === undefined) bad('evidenceRule', 'hãy ghi "lỗi" hoặc "cảnh báo", hoặc để trống nếu không kiểm tra minh chứng.');

  const clusterName = text('clusterName');
  return {
    clusterName,
    parentBody: text('parentBody'),
    year: wholeNumber('year', null, YEARS.min, YEARS.max),
    leaderUnit: text('leaderUnit'),
    declaredBaseTotal: points('declaredBaseTotal', null, true, '100'),
    rankStyle,
    tieBreaks,
    scoreStep: points('scoreStep', null, true, '0,5 hoặc 0,25'),
    maxTotalBonus: points('maxTotalBonus', null, false, '10'),
    maxTotalDeduction: points('maxTotalDeduction', null, false, '5'),
    grades: {
      excellent: points('gradeExcellent', 95 * MILLI, false, '95') ?? 95 * MILLI,
      good: points('gradeGood', 85 * MILLI, false, '85') ?? 85 * MILLI,
      pass: points('gradePass', 75 * MILLI, false, '75') ?? 75 * MILLI,
    },
    awardCount: wholeNumber('awardCount', 1, 0, MAX_AWARDS) ?? 1,
    awardStreak: wholeNumber('awardStreak', null, 1, MAX_STREAK),
    awardName: text('awardName') || (text('parentBody') ? `Cờ thi đua của ${text('parentBody')}` : 'Cờ thi đua'),
    decimalSeparator,
    deadline: deadline === 'bad' ? null : deadline,
    evidenceRule: evidenceRule ?? null,
    cells: Object.fromEntries([...entries].map(([key, entry]) => [key, entry.cell])),
    values: Object.fromEntries([...entries].map(([key, entry]) => [key, entry.value])),
    report: {
      number: text('reportNumber'),
      place: text('place'),
      date: date === 'bad' ? null : date,
      summary: text('summary'),
      basis: paragraphs('basis'),
      intro: paragraphs('intro'),
      section1: paragraphs('section1'),
      section2Intro: paragraphs('section2Intro'),
      section3: paragraphs('section3'),
      closing: paragraphs('closing'),
      recipients: recipientList(entries.get('recipients')?.value),
      signerRole: text('signerRole'),
      signerTitle: text('signerTitle'),
      signerName: text('signerName'),
      issuer: text('issuer') || clusterName,
      // "có", or a list of documents naming the report ("báo cáo, tờ trình"); see documents/header.ts.
      draft: YES.has(nameKey(text('draft'))) || /tất cả|báo cáo(?! thành tích)/.test(nameKey(text('draft'))),
    },
  };
}
