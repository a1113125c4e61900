/** The foot of the report: "Nơi nhận:" on the left, the signature block on the right (a borderless table). */
import type { ReportTexts } from '../types';
import { TEXT_WIDTH_MM, paragraph } from './layout';
import type { CellBlock, Table } from './model';

const LEFT_MM = 75;

/** "- x;" for each recipient, "- x." for the last (Nghị định 30/2020). */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((r, i) => `- ${r}${i === recipients.length - 1 ? '.' : ';'}`);
}

export function signatureTable(report: ReportTexts): Table {
  const left: CellBlock[] = report.recipients.length === 0 ? [] : [paragraph('recipientsTitle', 'Nơi nhận:'), ...recipientLines(report.recipients).map((l) => paragraph('recipient', l))];
  const right: CellBlock[] = [
    ...[report.signerRole, report.signerTitle].filter(Boolean).map((t) => paragraph('signer', t.toLocaleUpperCase('vi'))),
    paragraph('signerName', report.signerName),
  ];
  return { kind: 'table', style: 'layout', widthsMm: [LEFT_MM, TEXT_WIDTH_MM - LEFT_MM], rows: [[{ blocks: left }, { blocks: right }]], headerRows: 0 };
}
