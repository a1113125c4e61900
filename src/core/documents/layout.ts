/**
 * Page setup and type sizes of an administrative report (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I), and the paragraph kinds the report is made of. Both renderers take
 * every size from the model, so they are decided here once.
 */
import type { Block, PageSetup, Paragraph, Run } from './model';

export const PAGE: PageSetup = {
  widthMm: 210,
  heightMm: 297,
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  font: 'Times New Roman',
  lineSpacing: 1.15,
  firstLineIndentMm: 12.7,
  pageNumberSize: 13,
};

export const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.margins.left - PAGE.margins.right;

/** Font sizes in points. */
export const SIZE = { header: 12, motto: 13, number: 13, body: 14, table: 12, note: 13, recipientsTitle: 12, recipients: 11 } as const;

type Format = Omit<Paragraph, 'kind' | 'runs'> & { bold?: boolean; italic?: boolean };

/** The kinds of paragraph in the report and how each looks. */
export const FORMAT = {
  /** Header table lines. */
  header: { align: 'center', size: SIZE.header, indent: false, spaceBefore: 0, spaceAfter: 0 },
  headerBold: { align: 'center', size: SIZE.header, indent: false, spaceBefore: 0, spaceAfter: 0, bold: true },
  motto: { align: 'center', size: SIZE.motto, indent: false, spaceBefore: 0, spaceAfter: 0, bold: true },
  number: { align: 'center', size: SIZE.number, indent: false, spaceBefore: 6, spaceAfter: 0 },
  placeDate: { align: 'center', size: SIZE.body, indent: false, spaceBefore: 6, spaceAfter: 0, italic: true },
  draft: { align: 'center', size: SIZE.body, indent: false, spaceBefore: 18, spaceAfter: 0, bold: true },
  docType: { align: 'center', size: SIZE.body, indent: false, spaceBefore: 18, spaceAfter: 0, bold: true, keepWithNext: true },
  summary: { align: 'center', size: SIZE.body, indent: false, spaceBefore: 0, spaceAfter: 0, bold: true, keepWithNext: true },
  body: { align: 'justify', size: SIZE.body, indent: true, spaceBefore: 0, spaceAfter: 6 },
  /** "Kính gửi: …" of a tờ trình, centred under the summary line. */
  addressee: { align: 'center', size: SIZE.body, indent: false, spaceBefore: 6, spaceAfter: 12 },
  /** "I. Tổ chức thi đua trong Cụm:" */
  section: { align: 'justify', size: SIZE.body, indent: true, spaceBefore: 6, spaceAfter: 6, bold: true, keepWithNext: true },
  /** "1. Hoàn thành tốt nhiệm vụ chuyên môn:" */
  part: { align: 'justify', size: SIZE.body, indent: true, spaceBefore: 0, spaceAfter: 6, bold: true, keepWithNext: true },
  /** "1.1. …:" inside a narrative. */
  subpart: { align: 'justify', size: SIZE.body, indent: true, spaceBefore: 0, spaceAfter: 6, bold: true, italic: true, keepWithNext: true },
  /** "Kết quả thực hiện:" */
  resultsLabel: { align: 'justify', size: SIZE.body, indent: true, spaceBefore: 0, spaceAfter: 6, italic: true, keepWithNext: true },
  /** The closing sentence, with room before the signature block. */
  closing: { align: 'justify', size: SIZE.body, indent: true, spaceBefore: 0, spaceAfter: 12, keepWithNext: true },
  note: { align: 'justify', size: SIZE.note, indent: true, spaceBefore: 6, spaceAfter: 6, italic: true },
  /** The caption under the chart. */
  caption: { align: 'center', size: SIZE.note, indent: false, spaceBefore: 3, spaceAfter: 12, italic: true },
  tableHead: { align: 'center', size: SIZE.table, indent: false, spaceBefore: 3, spaceAfter: 3, bold: true },
  tableCenter: { align: 'center', size: SIZE.table, indent: false, spaceBefore: 3, spaceAfter: 3 },
  tableLeft: { align: 'left', size: SIZE.table, indent: false, spaceBefore: 3, spaceAfter: 3 },
  recipientsTitle: { align: 'left', size: SIZE.recipientsTitle, indent: false, spaceBefore: 0, spaceAfter: 0, bold: true, italic: true },
  recipient: { align: 'left', size: SIZE.recipients, indent: false, spaceBefore: 0, spaceAfter: 0 },
  signer: { align: 'center', size: SIZE.body, indent: false, spaceBefore: 0, spaceAfter: 0, bold: true },
  /** "(Ký, đóng dấu)" under a heading whose signer writes the name by hand. */
  signerHint: { align: 'center', size: SIZE.body, indent: false, spaceBefore: 0, spaceAfter: 0, italic: true },
  /** The signer's name, below the room left for signature and seal. */
  signerName: { align: 'center', size: SIZE.body, indent: false, spaceBefore: 72, spaceAfter: 0, bold: true },
} as const satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMAT;

/** A paragraph of one kind; plain text gets the kind's bold/italic, runs keep their own. */
export function paragraph(kind: FormatName, content: string | Run[]): Paragraph {
  const { bold, italic, ...format }: Format = FORMAT[kind];
  const runs = typeof content === 'string' ? [{ text: content, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) }] : content;
  return { kind: 'paragraph', runs, ...format };
}

/** Room between a bordered table and the paragraph under it, in points. */
export const SPACE_AFTER_TABLE = 6;

/**
 * The blocks with at least `SPACE_AFTER_TABLE` before every paragraph that follows a
 * bordered table: a grid table has no spacing of its own, so without it the next line
 * ("Hồ sơ kèm theo:", "2. Phân định …") would touch the table's bottom border.
 */
export function spacedAfterTables(blocks: readonly Block[]): Block[] {
  return blocks.map((b, i) => {
    const before = blocks[i - 1];
    if (b.kind !== 'paragraph' || before?.kind !== 'table' || before.style !== 'grid') return b;
    return { ...b, spaceBefore: Math.max(b.spaceBefore, SPACE_AFTER_TABLE) };
  });
}
