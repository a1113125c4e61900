/** The header of the report: a borderless two-column table, then the draft mark, "BÁO CÁO" and its summary line. */
import { dateInWords } from '../model/dates';
import type { Evaluation } from '../model/evaluation';
import { nameKey } from '../model/text';
import { TEXT_WIDTH_MM, paragraph } from './layout';
import type { Block, Table } from './model';

/** Wide enough for "BỘ THÔNG TIN VÀ TRUYỀN THÔNG" and the national name in 12 pt on one line each. */
const LEFT_MM = 80;
const RIGHT_MM = 95;
/** Width of the rules: about a third of the issuer line, and the motto's width. */
const ISSUER_RULE_MM = 22;
const MOTTO_RULE_MM = 60;
const SUMMARY_RULE_MM = 30;

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const upper = (text: string): string => text.toLocaleUpperCase('vi');

/** "An Giang, ngày 05 tháng 01 năm 2022"; without a place: "Ngày 05 tháng 01 năm 2022"; without a date: "ngày …… tháng …… năm ……". */
export function placeAndDate(place: string, date: Date | null): string {
  const words = dateInWords(date);
  return place ? `${place}, ${words}` : words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Số: 05/BC-CTĐ08"; blank room for the number (before the document's symbol) when the secretariat has none yet. */
export function numberLine(number: string, symbol = 'BC'): string {
  return `Số: ${number || `       /${symbol}`}`;
}

/** The `Trích yếu`, or "Kết quả thi đua, khen thưởng năm 2021 của Cụm thi đua số 08" when it is blank. */
export function summaryLine(ev: Evaluation): string {
  const { report, year, clusterName } = ev.settings;
  return report.summary || `Kết quả thi đua, khen thưởng${year ? ` năm ${year}` : ''} của ${clusterName || 'Cụm thi đua'}`;
}

/** What sets one document apart in the shared header: its type, number and summary line. */
export interface DocumentKind {
  /** "BÁO CÁO", "BIÊN BẢN", "TỜ TRÌNH". */
  docType: string;
  number: string;
  /** The type's symbol in a blank number: "BC", "BB", "TTr"; '' for a paper without a number (a table attached). */
  symbol: string;
  summary: string;
  /** "DỰ THẢO" above the type: only when `Dự thảo` asks it for this document. */
  draft: boolean;
  /** The issuing body's lines when another body issues it (a unit's achievement report): parent, then issuer. */
  issuer?: { parent: string; name: string };
  /** Place and date as printed, when not the cluster's place and a known date ("……, ngày … tháng … năm 2022"). */
  placeDate?: string;
}

/** The documents of the dossier, by the word `Dự thảo` names them with. */
export type DocumentRole = 'report' | 'minutes' | 'letter' | 'achievement' | 'table';
const ROLE_WORDS: Record<DocumentRole, RegExp> = {
  report: /báo cáo(?! thành tích)/,
  minutes: /biên bản/,
  letter: /tờ trình/,
  achievement: /thành tích/,
  table: /bảng tổng hợp/,
};

/**
 * Whether `Dự thảo` asks a draft mark on this document: "có" marks the report only (a
 * signed minutes or letter is never a draft); a list names each document ("báo cáo,
 * tờ trình"), "tất cả" marks every one.
 */
export function isDraft(ev: Evaluation, role: DocumentRole): boolean {
  const typed = nameKey(ev.settings.values.draft);
  if (typed === '') return false;
  if (role === 'report' && ev.settings.report.draft) return true;
  return /tất cả/.test(typed) || ROLE_WORDS[role].test(typed);
}

export function headerBlocks(ev: Evaluation, date: Date | null, kind?: DocumentKind): Block[] {
  const { parentBody, report } = ev.settings;
  const doc = kind ?? { docType: 'BÁO CÁO', number: report.number, symbol: 'BC', summary: summaryLine(ev), draft: isDraft(ev, 'report') };
  const issuer = doc.issuer ?? { parent: parentBody, name: report.issuer };
  const left = [
    ...(issuer.parent ? [paragraph('header', upper(issuer.parent))] : []),
    paragraph('headerBold', upper(issuer.name)),
    { kind: 'rule' as const, widthMm: ISSUER_RULE_MM },
  ];
  const right = [paragraph('headerBold', NATION), paragraph('motto', MOTTO), { kind: 'rule' as const, widthMm: MOTTO_RULE_MM }];
  const table: Table = {
    kind: 'table',
    style: 'layout',
    widthsMm: [LEFT_MM, RIGHT_MM],
    outdentMm: LEFT_MM + RIGHT_MM - TEXT_WIDTH_MM,
    rows: [
      [{ blocks: left }, { blocks: right }],
      [
        { blocks: doc.symbol ? [paragraph('number', numberLine(doc.number, doc.symbol))] : [] },
        { blocks: [paragraph('placeDate', doc.placeDate ?? placeAndDate(report.place, date))] },
      ],
    ],
    headerRows: 0,
  };
  return [
    table,
    ...(doc.draft ? [paragraph('draft', 'DỰ THẢO')] : []),
    paragraph('docType', doc.docType),
    paragraph('summary', doc.summary),
    { kind: 'rule', widthMm: SUMMARY_RULE_MM },
  ];
}
