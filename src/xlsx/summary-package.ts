/**
 * The summary workbook as a copy of the input package: every part we do not
 * touch (the user's sheets, charts, pivot tables, comments, validation) is carried
 * over as it is — its compressed bytes copied — and the output sheets are
 * added, or replaced where the input has them (keeping their place among the
 * tabs), as worksheet XML from the core's rows and layout (sheet-xml.ts). `Lịch sử`
 * gains the runs only the replaced summary held (earlier-runs.ts), then this run's
 * row, after its earlier rows, which stay exactly as they were. The package is
 * edited and written by package-edit.ts (shared with `cap-nhat`), the output sheets
 * streamed into it row by row (a 10,000-unit `Điểm theo tiêu chí` is 60 MB of XML,
 * never one string).
 *
 * Loading the input into exceljs and writing it back instead cost about 1.5 KB
 * per stored cell, lost what exceljs does not model and rewrote every sheet.
 */
import { columnLetter, parseA1 } from '../core/model/a1';
import type { OutCell, OutputSheet } from '../core/model/output-sheet';
import type { SummaryChart } from '../core/outputs/summary-chart';
import { earlierRuns } from '../core/outputs/earlier-runs';
import { historySheet } from '../core/outputs/outputs';
import { CHECKS_HEADER } from '../core/model/template';
import type { Grid } from '../core/model/types';
import { nameKey } from '../core/model/text';
import { PackageEdit } from './package-edit';
import { readSheet } from './read-sheet';
import { addSummaryChart } from './summary-chart';
import { type InternalLink, LaidOutSheet } from './sheet-xml';
import { type SheetEntry, quoteSheet } from './workbook-part';

export interface SummaryContent {
  /**
   * The output sheets rebuilt on every run, in the order new ones are added; `Tổng hợp` with its
   * chart of totals. The first becomes the first tab, the one the workbook opens on: what the council reads.
   */
  sheets: { name: string; content: OutputSheet; chart?: SummaryChart | null }[];
  /** Input sheets printed only down to their last typed row (`Bảng điểm`, whose live formulas run further), across `columns` columns. */
  printAreas?: { name: string; rows: number; columns: number }[];
  /** The sheet whose addresses become links to their cells (`Kiểm tra`). */
  linkedSheet: string;
  /** `previous`: the `Lịch sử` grid of the summary this one replaces, when there is one. */
  history: { name: string; header: readonly OutCell[]; row: readonly OutCell[]; previous?: Grid };
}

/** `Kiểm tra`'s addresses as links to their cells: only a real address on a sheet the workbook has. */
function issueLinks(content: OutputSheet, sheetNames: readonly string[]): InternalLink[] {
  const sheetCol = CHECKS_HEADER.indexOf('Trang tính');
  const cellCol = CHECKS_HEADER.indexOf('Ô');
  const byKey = new Map(sheetNames.map((n) => [nameKey(n), n]));
  const links: InternalLink[] = [];
  content.rows.forEach((row, r) => {
    if (r === 0) return;
    const address = String(row[cellCol] ?? '');
    const target = byKey.get(nameKey(row[sheetCol]));
    if (target && parseA1(address)) links.push({ ref: `${columnLetter(cellCol)}${r + 1}`, location: `${quoteSheet(target)}!${address}`, display: address });
  });
  return links;
}

/** The summary workbook's bytes: the input package with the output sheets written into it. */
export async function summaryPackage(bytes: Uint8Array, fileName: string, content: SummaryContent, now = new Date()): Promise<Uint8Array> {
  const edit = await PackageEdit.open(bytes, fileName);
  const { pkg, zip, workbook, contentTypes, styles } = edit;

  const existingHistory = workbook.find(content.history.name);
  const stored = existingHistory !== null && existingHistory.path !== '' ? await readSheet(pkg, existingHistory.path) : null;
  const added = [...earlierRuns(content.history.previous ?? [], stored?.grid ?? []), [...content.history.row]];
  const history = new LaidOutSheet(historySheet([[...content.history.header], ...added]));
  const historyAppended = stored && existingHistory ? (await edit.appendRows(existingHistory.path, stored, history)).xml : null;

  const written: { entry: SheetEntry; sheet: LaidOutSheet; linked: boolean; chart: SummaryChart | null }[] = [];
  const place = (name: string, sheet: LaidOutSheet, linked = false, chart: SummaryChart | null = null): void => {
    written.push({ entry: edit.place(name), sheet, linked, chart });
  };
  for (const s of content.sheets) place(s.name, new LaidOutSheet(s.content), nameKey(s.name) === nameKey(content.linkedSheet), s.chart ?? null);
  if (historyAppended !== null && existingHistory) zip.file(existingHistory.path, historyAppended);
  else place(content.history.name, history);

  for (const area of content.printAreas ?? []) {
    const sheet = workbook.find(area.name);
    if (sheet && area.rows > 0 && area.columns > 0) workbook.printArea(sheet, area.columns, area.rows);
  }
  const front = written[0]?.entry;
  if (front) await edit.activateFirst(front);

  await edit.dropReplaced();
  // After the old parts are gone, so that the chart's parts take free names without clashing with the input's own.
  for (const { entry, sheet, linked, chart } of written) {
    const drawing = chart ? addSummaryChart(zip, contentTypes, entry.path, entry.name, sheet, chart, styles.fontName) : null;
    const links = linked ? issueLinks(sheet.content, workbook.names) : [];
    edit.stream(entry.path, (out) => sheet.writeXml(out, styles, pkg.date1904, links, drawing, entry === front));
    if (sheet.layout.repeatRows) workbook.printTitle(entry, sheet.layout.repeatRows, sheet.layout.repeatColumns);
  }
  return edit.finish(now);
}
