/**
 * The custom functions that take the whole cluster: CUM_TONGDIEM, CUM_XEPHANG,
 * CUM_XEPLOAI and CUM_KIEMTRA each give one live column of `Bảng điểm` (a value
 * per row of the score block under its header), CUM_BANGXEPHANG the ranking table
 * of `Tổng hợp`. Their arguments are the input sheets as ranges from A1, so Sheets
 * recalculates them whenever a score, a setting or a list changes. Optional ranges
 * of `Cụm chấm` and `Phiếu bầu` follow: the agreed scores and the council's vote
 * count as in the menu (`evaluate` applies both), and `Nộp bài`, the log a submitted row is
 * compared with. Where the add-in keeps that log out of any sheet (a unit's own run cannot
 * write the owner's `Nộp bài`: src/apps-script/submission-store.ts), the adapter hands the
 * log it recorded as `log`, which stands for the sheet, exactly as the menu reads it.
 */
import { SUBMISSIONS_HEADER, SUMMARY_HEADER, SHEET } from '../model/template';
import { evaluate, type EvaluateOptions } from '../evaluate';
import { menuGuide, type Guide } from '../model/guide';
import { blockedNote, liveTable, type LiveGrids } from './live-values';
import { LIVE_ARGUMENT_COLUMNS, type LiveKey } from '../sheets/live-columns';
import { rankingRow } from '../outputs/outputs';
import { guarded, type SheetArg, type SheetCell, type SheetResult } from './sheet-functions';
import { nameKey } from '../model/text';
import type { Grid } from '../model/types';
import { BALLOT_NUMBER_HEADER } from '../vote/ballot-sheet';

/** The arguments in order, with the sheet and range each should be. */
const ARGUMENTS = [
  { name: 'cau_hinh', sheet: SHEET.settings, example: "'Cấu hình'!A1:B", least: LIVE_ARGUMENT_COLUMNS.settings },
  { name: 'tieu_chi', sheet: SHEET.criteria, example: "'Tiêu chí'!A1:Z", least: LIVE_ARGUMENT_COLUMNS.criteria },
  { name: 'don_vi', sheet: SHEET.units, example: "'Đơn vị'!A1:Z", least: LIVE_ARGUMENT_COLUMNS.units },
  { name: 'bang_diem', sheet: SHEET.scores, example: "'Bảng điểm'!A1:N", least: 1 },
] as const;

/**
 * How the add-in runs the live functions: the spreadsheet's decimal mark, the menu path its
 * messages name, and the submission log it recorded (null: none, `Nộp bài` is the log).
 */
export type LiveOptions = Pick<EvaluateOptions, 'defaultDecimalSeparator' | 'sheetDecimalMark' | 'guide'> & { log?: Grid | null };

/**
 * The rows down to the last one holding anything: an open-ended range (A1:N)
 * arrives with every row of the sheet, most of them empty, and each execution of a
 * custom function starts cold, so the parsers should not walk the empty ones.
 */
function withoutTrailingBlanks(grid: Grid): Grid {
  let last = grid.length - 1;
  while (last > 0 && grid[last].every((cell) => cell === '' || cell === null || cell === undefined)) last--;
  return last === grid.length - 1 ? grid : grid.slice(0, last + 1);
}

/**
 * The sheets as grids, or the message saying which argument is not a range. A list
 * read narrower than the columns the menu reads (a formula laid before rank bands
 * and pledges were read, `'Tiêu chí'!A1:D`) could give a number the menu would not
 * give: it asks for the update, which lays the formulas again over whole sheets.
 */
function grids(args: readonly (SheetArg | undefined)[], guide: Guide, log: Grid | null = null): LiveGrids | string {
  const blocks: Grid[] = [];
  for (const [i, arg] of ARGUMENTS.entries()) {
    const value = args[i];
    if (!Array.isArray(value) || value.length === 0) {
      return `Đối số ${arg.name} cần là cả vùng trang "${arg.sheet}" từ ô A1 (kể cả dòng tiêu đề), ví dụ ${arg.example}.`;
    }
    if ((value[0]?.length ?? 0) < arg.least) {
      return `Cột tính này chỉ đọc ${value[0]?.length ?? 0} cột đầu của trang "${arg.sheet}", thiếu các cột menu cũng đọc (công thức cũ). Hãy chạy ${guide.update} để đặt lại công thức.`;
    }
    blocks.push(withoutTrailingBlanks(value));
  }
  const optional: Pick<LiveGrids, 'agreed' | 'ballots' | 'submissions'> = {};
  for (const arg of args.slice(ARGUMENTS.length)) {
    if (arg === undefined || arg === null || arg === '') continue;
    if (!Array.isArray(arg))
      return `Đối số cum_cham, phieu_bau hoặc nop_bai, nếu có, cần là cả vùng trang "${SHEET.agreed}", "${SHEET.ballots}" hoặc "${SHEET.submissions}" từ ô A1, ví dụ 'Cụm chấm'!A1:N.`;
    // Which optional sheet a range is shows in its header, so that each may come fifth when those before it are missing.
    const first = nameKey(arg[0]?.[0]);
    optional[first === nameKey(BALLOT_NUMBER_HEADER) ? 'ballots' : first === nameKey(SUBMISSIONS_HEADER[0]) ? 'submissions' : 'agreed'] =
      withoutTrailingBlanks(arg);
  }
  // The log the add-in recorded stands for the sheet, as in the menu (src/apps-script/inputs.ts).
  if (log) optional.submissions = log;
  const [settings, criteria, units, scores] = blocks;
  return { settings, criteria, units, scores, ...optional };
}

/** One live column: a cell per row of the score block under its header. */
export function liveColumn(key: LiveKey, args: readonly (SheetArg | undefined)[], options: LiveOptions = {}): SheetResult {
  return guarded(() => {
    const input = grids(args, options.guide ?? menuGuide(false), options.log ?? null);
    if (typeof input === 'string') return input;
    const { rows } = liveTable(input, options);
    // Nothing to spill yet: one blank cell.
    return rows.length === 0 ? '' : rows.map((row): SheetCell[] => [row[key]]);
  });
}

/** The ranking table as `Tổng hợp` shows it; while errors block it, the header and why. */
export function rankingTable(args: readonly (SheetArg | undefined)[], options: LiveOptions = {}): SheetResult {
  return guarded(() => {
    const input = grids(args, options.guide ?? menuGuide(false), options.log ?? null);
    if (typeof input === 'string') return input;
    const ev = evaluate(input, options);
    const header: SheetCell[] = [...SUMMARY_HEADER];
    if (ev.blocked) return [header, [blockedNote(ev), ...header.slice(1).map(() => '')]];
    return [header, ...ev.ranking.map(rankingRow)];
  });
}
