/**
 * "Cập nhật Bảng điểm" / `tinh-diem cap-nhat` as one pure step: the input sheets in,
 * the new `Bảng điểm` (and `Cụm chấm` when there is one), the rows for the
 * kept-aside sheet and the message out. Both adapters only read, ask and write.
 */
import { cellRef } from '../model/a1';
import { boundedList } from '../model/bounded-list';
import type { Guide } from '../model/guide';
import { IssueList } from '../model/issues';
import { isLiveHeader } from '../sheets/live-columns';
import { fingerprint } from '../model/fingerprint';
import { parseCriteria, parseUnits } from '../read/parse-lists';
import { relayoutScores, type KeptAside, type ScoreLayout } from './relayout-scores';
import { SHEET, isStatusHeader } from '../model/template';
import type { CellValue, Criterion, Issue, Unit, WorkbookGrids } from '../model/types';
import { reportBeyond, reportNotCopied, reportUnmovable, type CellsBeyond, type CellsNotCopied } from '../read/unread-issues';

export interface SheetLayout {
  role: 'scores' | 'agreed';
  sheet: string;
  layout: ScoreLayout;
}

export interface RelayoutPlan {
  /** Why nothing can be laid out (lists missing or wrong); null when the plan can be applied. */
  refusal: string | null;
  criteria: Criterion[];
  units: Unit[];
  sheets: SheetLayout[];
  keptAside: KeptAside[];
  /** Some sheet's values or layout would change. */
  changed: boolean;
  /** The inputs the plan was made from: a plan is applied only to the same inputs. */
  basis: string;
}

const SHOWN_ERRORS = 5;

/** What a file reader found that the grids cannot show (Google Sheets hands over every value: none). */
export interface RelayoutReading {
  /** Cells holding a value beyond a sheet's readable block, left out of the grids. */
  beyond?: readonly CellsBeyond[];
  /** Cells of the sheets copied as they are that the file writer would not copy as stored. */
  notCopied?: readonly CellsNotCopied[];
}

/** The first errors, one line each with its cell, for a refusal; the rest counted. */
export function firstErrorLines(errors: readonly Issue[]): string[] {
  const lines = errors.slice(0, SHOWN_ERRORS).map((i) => `- ${cellRef(i.sheet, i.cell)}: ${i.message}`);
  if (errors.length > SHOWN_ERRORS) lines.push(`- … và ${errors.length - SHOWN_ERRORS} lỗi khác.`);
  return lines;
}

function refusalOf(issues: IssueList, unreadable: boolean): string | null {
  const errors = issues.items.filter((i) => i.severity === 'error');
  if (errors.length === 0) return null;
  const lines = firstErrorLines(errors);
  const why = unreadable
    ? `tệp có ô không đọc được đúng như đã lưu, và cập nhật lúc này sẽ ghi sang tệp mới một giá trị khác`
    : `danh sách tiêu chí hoặc đơn vị còn lỗi, và xếp lại theo một danh sách sai có thể đẩy điểm đã nhập sang trang "${SHEET.keptAside}"`;
  return [`Chưa cập nhật "${SHEET.scores}": ${why}. Chưa có gì thay đổi.`, ...lines].join('\n');
}

/**
 * The columns right of `Lý do trừ` that the product computes itself (the live
 * formula columns, src/core/sheets/live-columns.ts) are never user data: neither moved nor
 * kept aside. The layout empties them; the live columns' writer lays them again.
 */
const isGenerated = (header: string): boolean => isLiveHeader(header) || isStatusHeader(header);

export function planRelayout(grids: WorkbookGrids, guide: Guide, reading: RelayoutReading = {}): RelayoutPlan {
  const issues = new IssueList(guide);
  // Before the lists are parsed, as the check does: an unread cell gets its one message and no guess.
  reportBeyond(reading.beyond ?? [], issues);
  reportUnmovable(grids, isGenerated, issues);
  reportNotCopied(reading.notCopied ?? [], issues);
  const unreadable = issues.items.length > 0;
  const criteria = parseCriteria(grids.criteria, issues);
  const units = parseUnits(grids.units, issues);
  const basis = fingerprint({ criteria: grids.criteria, units: grids.units, scores: grids.scores, agreed: grids.agreed });
  const refusal = refusalOf(issues, unreadable);
  if (refusal !== null) return { refusal, criteria, units, sheets: [], keptAside: [], changed: false, basis };
  const roles = grids.agreed ? (['scores', 'agreed'] as const) : (['scores'] as const);
  const sheets = roles.map((role) => ({
    role,
    sheet: SHEET[role],
    layout: relayoutScores(grids[role], criteria, units, { sheet: SHEET[role], isGenerated, role }),
  }));
  return {
    refusal: null,
    criteria,
    units,
    sheets,
    keptAside: sheets.flatMap((s) => s.layout.keptAside),
    changed: sheets.some((s) => s.layout.changed),
    basis,
  };
}

/** The kept-aside rows to append, each stamped with the run's time as a date-time value (sortable, filterable). */
export function keptAsideRows(entries: readonly KeptAside[], time: Date): CellValue[][] {
  return entries.map((e) => [time, e.sheet, e.unitCode, e.unitName, e.criterion, e.base, e.bonus, e.deduction, e.reason, e.other, e.why]);
}

/** What will change, for the question asked before replacing and for the report after. */
export function relayoutSummary(plan: RelayoutPlan): string {
  const scores = plan.sheets[0].layout;
  const parts = [`${plan.units.length} đơn vị theo thứ tự trang "${SHEET.units}", ${plan.criteria.length} tiêu chí theo thứ tự trang "${SHEET.criteria}"`];
  if (scores.addedCriteria.length > 0) parts.push(`thêm cột cho tiêu chí ${boundedList(scores.addedCriteria, 'tiêu chí')}`);
  if (scores.removedCriteria.length > 0) parts.push(`bỏ cột của tiêu chí ${boundedList(scores.removedCriteria, 'tiêu chí')}`);
  if (scores.addedUnits.length > 0 && scores.addedUnits.length < plan.units.length) parts.push(`thêm dòng cho ${boundedList(scores.addedUnits, 'đơn vị')}`);
  if (scores.removedUnits.length > 0) parts.push(`bỏ dòng của ${boundedList(scores.removedUnits, 'đơn vị')}`);
  if (scores.renamed.length > 0) parts.push(`đổi mã theo cột "Mã cũ", điểm đi theo mã mới: ${boundedList(scores.renamed, 'mã')}`);
  if (scores.merged.length > 0)
    parts.push(`gộp theo cột "Mã cũ": ${boundedList(scores.merged, 'lần gộp')}, điểm của các mã cũ chuyển sang trang "${SHEET.keptAside}" để chấm lại`);
  const sheets = plan.sheets.map((s) => `"${s.sheet}"`).join(' và ');
  const kept =
    plan.keptAside.length > 0
      ? ` ${plan.keptAside.length} dòng điểm không còn chỗ (tiêu chí hoặc đơn vị đã bỏ) được chuyển sang trang "${SHEET.keptAside}", không mất giá trị nào.`
      : ' Không có điểm nào phải gỡ ra.';
  return `${sheets}: ${parts.join('; ')}. Mọi điểm đã nhập đi theo mã đơn vị và mã tiêu chí của nó.${kept}`;
}

/** What a relayout does to the layout (not to the values): two plans of the same shape lay the sheets out alike. */
export function relayoutShape(plan: RelayoutPlan): string {
  return JSON.stringify([
    plan.criteria.map((c) => c.code),
    plan.units.map((u) => u.code),
    plan.sheets.map((s) => [s.sheet, s.layout.addedUnits, s.layout.removedUnits, s.layout.addedCriteria, s.layout.removedCriteria]),
  ]);
}

/** The kept-aside entries of `after` not already among `before` (each entry counted as often as it occurs). */
export function keptAsideAdded(before: readonly KeptAside[], after: readonly KeptAside[]): KeptAside[] {
  const left = before.map((e) => JSON.stringify(e));
  return after.filter((e) => {
    const at = left.indexOf(JSON.stringify(e));
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

/** How many times the update reads the score sheets again before giving up on units that keep typing. */
export const RELAYOUT_ATTEMPTS = 3;

/** The update's word on cells typed while it ran: kept and moved, or (after every attempt) nothing moved at all. */
export function typedMeanwhileMessage(cells: readonly string[], stopped: boolean, keptCopies: number, guide: Guide): string {
  const where = boundedList([...new Set(cells)], 'ô');
  if (!stopped) return `Trong lúc cập nhật có ô vừa được nhập (${where}): chương trình đã đọc lại, giá trị mới được giữ và đi theo đơn vị, tiêu chí của nó.`;
  const copies = keptCopies > 0 ? ` ${keptCopies} dòng đã chép sang trang "${SHEET.keptAside}" chỉ là bản sao: các giá trị đó vẫn ở chỗ cũ.` : '';
  return `Chưa xếp lại "${SHEET.scores}": trong lúc cập nhật, các ô ${where} vẫn đang được nhập (đã đọc lại ${RELAYOUT_ATTEMPTS} lần). Không ô nào bị ghi đè.${copies} Hãy chạy lại ${guide.update} khi các đơn vị tạm ngừng nhập.`;
}
