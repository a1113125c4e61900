/** The header of the report: a borderless two-column table, then the draft mark, "BÁO CÁO" and its summary line. */
import { dateInWords } from '../model/dates';
import type { Evaluation } from '../model/evaluation';
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

/** "An Giang, ngày 05 tháng 01 năm 2022"; without a place: "Ngày 05 tháng 01 năm 2022". */
export function placeAndDate(place: string, date: Date): string {
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
  /** The type's symbol in a blank number: "BC", "BB", "TTr". */
  symbol: string;
  summary: string;
}

export function headerBlocks(ev: Evaluation, date: Date, kind?: DocumentKind): Block[] {
  const { parentBody, report } = ev.settings;
  const doc = kind ?? { docType: 'BÁO CÁO', number: report.number, symbol: 'BC', summary: summaryLine(ev) };
  const left = [
    ...(parentBody ? [paragraph('header', upper(parentBody))] : []),
    paragraph('headerBold', upper(report.issuer)),
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
      [{ blocks: [paragraph('number', numberLine(doc.number, doc.symbol))] }, { blocks: [paragraph('placeDate', placeAndDate(report.place, date))] }],
    ],
    headerRows: 0,
  };
  return [
    table,
    ...(report.draft ? [paragraph('draft', 'DỰ THẢO')] : []),
    paragraph('docType', doc.docType),
    paragraph('summary', doc.summary),
    { kind: 'rule', widthMm: SUMMARY_RULE_MM },
  ];
}
