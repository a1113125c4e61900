/** The foot of the report: "Nơi nhận:" on the left, the signature block on the right (a borderless table). */
import type { ReportTexts } from '../model/types';
import { TEXT_WIDTH_MM, paragraph } from './layout';
import type { CellBlock, Table } from './model';

const LEFT_MM = 75;

/** "- x;" for each recipient, "- x." for the last (Nghị định 30/2020). */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((r, i) => `- ${r}${i === recipients.length - 1 ? '.' : ';'}`);
}

/** A signature block: the authority and title lines in bold capitals, then room to sign above each name, in bold. */
export function signatureBlock(titles: readonly string[], ...names: string[]): CellBlock[] {
  return [...titles.filter(Boolean).map((t) => paragraph('signer', t.toLocaleUpperCase('vi'))), ...names.map((name) => paragraph('signerName', name))];
}

/** Two columns without borders at the foot of a document. */
export function footTable(left: CellBlock[], right: CellBlock[]): Table {
  return { kind: 'table', style: 'layout', widthsMm: [LEFT_MM, TEXT_WIDTH_MM - LEFT_MM], rows: [[{ blocks: left }, { blocks: right }]], headerRows: 0 };
}

export function signatureTable(report: ReportTexts): Table {
  const left: CellBlock[] =
    report.recipients.length === 0
      ? []
      : [paragraph('recipientsTitle', 'Nơi nhận:'), ...recipientLines(report.recipients).map((l) => paragraph('recipient', l))];
  return footTable(left, signatureBlock([report.signerRole, report.signerTitle], report.signerName));
}
