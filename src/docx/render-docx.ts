/**
 * The report model as a .docx file (Node, `docx` package): A4, margins, Times New
 * Roman and sizes from the model; page numbers centred in the top margin from page 2
 * (a different first-page header with nothing in it).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IParagraphOptions,
} from 'docx';
import { ChartRun } from 'docx/charts';
import type { Align, Block, CellBlock, ChartSlot, PageSetup, Paragraph as ModelParagraph, ReportModel, Rule, Table as ModelTable } from '../core/report/model';

export interface RenderDocxOptions {
  /** PNG of the chart of totals for the model's chart slot; without it a native Word chart is drawn there. */
  chartPng?: Uint8Array;
}

/** Twentieths of a point per millimetre. */
const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const satisfies Record<Align, unknown>;

function paragraph(p: ModelParagraph, page: PageSetup): Paragraph {
  return new Paragraph({
    alignment: ALIGN[p.align],
    ...(p.indent ? { indent: { firstLine: twips(page.firstLineIndentMm) } } : {}),
    spacing: { before: p.spaceBefore * 20, after: p.spaceAfter * 20, line: Math.round(240 * page.lineSpacing), lineRule: LineRuleType.AUTO },
    keepNext: p.keepWithNext ?? false,
    run: { size: p.size * 2 },
    children: p.runs.map((r) => new TextRun({ text: r.text, bold: r.bold ?? false, italics: r.italic ?? false, size: p.size * 2 })),
  });
}

/** A short centred line: an empty low paragraph with a bottom border, indented to the rule's width. */
function rule(r: Rule, containerMm: number): Paragraph {
  const side = twips(Math.max(0, (containerMm - r.widthMm) / 2));
  const options: IParagraphOptions = {
    indent: { left: side, right: side },
    spacing: { before: 0, after: 120, line: 100, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
    run: { size: 2 },
  };
  return new Paragraph(options);
}

function cellBlock(b: CellBlock, widthMm: number, page: PageSetup): Paragraph {
  return b.kind === 'rule' ? rule(b, widthMm) : paragraph(b, page);
}

function table(t: ModelTable, page: PageSetup): Table {
  const grid = t.style === 'grid';
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: twips(t.widthsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    ...(t.outdentMm ? { indent: { size: -twips(t.outdentMm), type: WidthType.DXA } } : {}),
    columnWidths: t.widthsMm.map(twips),
    layout: TableLayoutType.FIXED,
    borders: grid ? { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line } : TableBorders.NONE,
    rows: t.rows.map(
      (row, i) =>
        new TableRow({
          tableHeader: i < t.headerRows,
          cantSplit: true,
          children: row.map(
            (cell, c) =>
              new TableCell({
                width: { size: twips(t.widthsMm[c]), type: WidthType.DXA },
                verticalAlign: grid ? 'center' : 'top',
                margins: { left: 60, right: 60 },
                children: cell.blocks.length > 0 ? cell.blocks.map((b) => cellBlock(b, t.widthsMm[c], page)) : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const pixels = (mm: number): number => Math.round((mm / 25.4) * 96);

function chartImage(slot: ChartSlot, png: Uint8Array): ImageRun {
  const { width, height } = pngSize(png);
  const px = pixels(slot.widthMm);
  return new ImageRun({ type: 'png', data: png, transformation: { width: px, height: Math.round((px * height) / width) }, altText: { name: 'Biểu đồ', description: slot.description, title: slot.description } });
}

/** A Word bar chart, rank 1 at the top; Word draws its text, so Vietnamese names show as typed. */
function nativeChart(slot: ChartSlot, font: string): ChartRun {
  const font11 = { name: font, size: 11, color: '000000' };
  return new ChartRun({
    type: 'bar',
    title: { text: slot.title, font: { name: font, size: 13, bold: true, color: '000000' } },
    legend: false,
    font: { name: font },
    categories: slot.bars.map((b) => b.label),
    series: [{ name: 'Tổng điểm', values: slot.bars.map((b) => b.value), color: '2F5597' }],
    categoryAxis: { reverseOrder: true, font: font11 },
    // Bars start at 0: from an axis starting near the smallest total, 101.5 would look like half of 117.5.
    valueAxis: { font: font11, numberFormat: 'General', minimum: 0 },
    dataLabels: { value: true, position: 'outsideEnd', numberFormat: 'General', font: font11 },
    gapWidth: 60,
    // 20 px a bar keeps the largest chart the model allows (40 bars) within a page.
    transformation: { width: pixels(slot.widthMm), height: 70 + 20 * slot.bars.length },
    altText: { name: 'Biểu đồ', description: slot.description, title: slot.description },
  });
}

function chart(slot: ChartSlot, png: Uint8Array | undefined, font: string): Paragraph[] {
  if (!png && slot.bars.length === 0) return [];
  return [new Paragraph({ alignment: AlignmentType.CENTER, keepLines: true, spacing: { before: 120, after: 120 }, children: [png ? chartImage(slot, png) : nativeChart(slot, font)] })];
}

function block(b: Block, page: PageSetup, textMm: number, options: RenderDocxOptions): FileChild[] {
  switch (b.kind) {
    case 'paragraph':
      return [paragraph(b, page)];
    case 'rule':
      return [rule(b, textMm)];
    case 'table':
      return [table(b, page)];
    case 'chart':
      return chart(b, options.chartPng, page.font);
  }
}

export async function renderDocx(model: ReportModel, options: RenderDocxOptions = {}): Promise<Buffer> {
  const { page } = model;
  const textMm = page.widthMm - page.margins.left - page.margins.right;
  const pageNumber = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: page.pageNumberSize * 2 })] });
  const doc = new Document({
    title: model.title,
    subject: model.subject,
    creator: model.creator,
    lastModifiedBy: model.creator,
    // The language on the default run style: Word and LibreOffice proof every paragraph as Vietnamese.
    styles: { default: { document: { run: { font: page.font, size: 28, color: '000000', language: { value: model.language } } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(page.widthMm), height: twips(page.heightMm) },
            margin: { top: twips(page.margins.top), bottom: twips(page.margins.bottom), left: twips(page.margins.left), right: twips(page.margins.right), header: twips(page.margins.top / 2) },
          },
        },
        headers: { default: new Header({ children: [pageNumber] }), first: new Header({ children: [new Paragraph({})] }) },
        children: model.blocks.flatMap((b) => block(b, page, textMm, options)),
      },
    ],
  });
  return Packer.toBuffer(doc);
}
