/**
 * The values of the live columns for every row of the score block, from the same
 * `evaluate` as the menu: while nothing blocks the ranking, each unit's total,
 * rank and grade are those of "Tính điểm và xếp hạng". While errors block it, a
 * row without errors of its own still shows its total and grade (the same
 * scoring, Cụm chấm applied), its rank says why there is none yet, and each row's
 * check lists the issues of its cells — and, wherever a grade shows, the note of a
 * criterion at 0 that kept a total past the top threshold from the top grade.
 */
import { cellRef, parseA1 } from '../model/a1';
import { applyAgreed, evaluate, type EvaluateOptions } from '../evaluate';
import { gradeOf, noteZeroCriteria } from '../rules/grade';
import { CODE, IssueList } from '../model/issues';
import { toNumber } from '../model/numbers';
import { SEVERITY_LABEL, errorsFirst } from '../outputs/outputs';
import { isBlankRow } from '../read/parse-lists';
import { parseScores, type ParsedScores } from '../read/parse-scores';
import { totalsOf } from '../rules/score';
import { HEADER_ROWS, SHEET } from '../model/template';
import { cleanText } from '../model/text';
import type { Grid, Issue, WorkbookGrids } from '../model/types';
import type { Evaluation } from '../model/evaluation';

export interface LiveRow {
  total: number | '';
  rank: number | string;
  grade: string;
  check: string;
}

export interface LiveTable {
  ev: Evaluation;
  /** One per row of the score block under its header, down to the last row that is not blank. */
  rows: LiveRow[];
}

export type LiveGrids = WorkbookGrids & { scores: Grid };

const BLANK: LiveRow = { total: '', rank: '', grade: '', check: '' };

/** Why there is no ranking yet, naming the first error's place. */
export function blockedNote(ev: Evaluation): string {
  const errors = ev.issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return 'Chưa xếp hạng: chưa có đơn vị hoặc tiêu chí nào.';
  return `Chưa xếp hạng: còn ${errors.length} lỗi, đầu tiên ở ${cellRef(errors[0].sheet, errors[0].cell)}.`;
}

/** The scores as the ranking counts them: the unit's own, replaced by Cụm chấm where it typed a value. */
function counted(grids: LiveGrids, ev: Evaluation): ParsedScores | null {
  const scratch = new IssueList();
  const own = parseScores(grids.scores, SHEET.scores, ev.criteria, ev.units, scratch, { partial: false });
  if (own && grids.agreed) {
    const agreed = parseScores(grids.agreed, SHEET.agreed, ev.criteria, ev.units, scratch, { partial: true });
    if (agreed) applyAgreed(own, agreed, ev.criteria, ev.units, ev.settings, scratch);
  }
  return own;
}

/** "Lỗi ở Chuẩn 1 (C5): …": what is wrong and in which column. */
function describe(issue: Issue, header: readonly unknown[]): string {
  const label = SEVERITY_LABEL[issue.severity];
  if (issue.sheet !== SHEET.scores) return `${label} ở ${cellRef(issue.sheet, issue.cell)}: ${issue.message}`;
  const title = cleanText(header[parseA1(issue.cell)?.col ?? -1]);
  return `${label} ở ${title ? `${title} (${issue.cell})` : `ô ${issue.cell}`}: ${issue.message}`;
}

export function liveTable(grids: LiveGrids, options: EvaluateOptions = {}): LiveTable {
  const ev = evaluate(grids, options);
  const scores = grids.scores;
  let last = scores.length - 1;
  while (last >= HEADER_ROWS && isBlankRow(scores[last])) last--;
  const rows: LiveRow[] = Array.from({ length: Math.max(0, last - HEADER_ROWS + 1) }, () => ({ ...BLANK }));
  const at = (gridRow: number): LiveRow | undefined => rows[gridRow - HEADER_ROWS];

  const parsed = counted(grids, ev);
  const rowOfUnit = new Map((parsed?.rows ?? []).map((r) => [r.unitCode, r.row - 1]));
  const withErrors = new Set<number>();
  let globalErrors = 0;
  for (const issue of errorsFirst(ev.issues)) {
    // A note asks for nothing: the check of a row that is fine stays empty, but for why its grade is lower than its total suggests.
    if (issue.severity === 'note' && issue.code !== CODE.zeroCriterion) continue;
    const gridRow =
      issue.sheet === SHEET.scores ? parseA1(issue.cell)?.row : issue.sheet === SHEET.agreed && issue.unit ? rowOfUnit.get(issue.unit) : undefined;
    const row = gridRow === undefined || gridRow < HEADER_ROWS ? undefined : at(gridRow);
    if (!row) {
      if (issue.severity === 'error') globalErrors++;
      continue;
    }
    row.check += (row.check ? '\n' : '') + describe(issue, scores[0] ?? []);
    if (issue.severity === 'error') withErrors.add(gridRow as number);
  }

  const ranked = new Map(ev.ranking.map((r) => [r.unit.code, r]));
  const note = ev.blocked ? blockedNote(ev) : '';
  const unitOf = new Map(ev.units.map((u) => [u.code, u]));
  for (const own of parsed?.rows ?? []) {
    const row = at(own.row - 1);
    if (!row) continue;
    const result = ranked.get(own.unitCode);
    if (result) {
      Object.assign(row, { total: toNumber(result.total), rank: result.rank, grade: result.grade });
      continue;
    }
    row.rank = note;
    if (globalErrors > 0 || withErrors.has(own.row - 1)) continue;
    const t = totalsOf(own, ev.criteria, ev.settings);
    row.total = toNumber(t.total);
    row.grade = gradeOf(t.total, t.criterionBase.includes(0), ev.settings.grades);
    // The menu gives this note once it ranks; a grade shown before that needs it as much.
    const unit = unitOf.get(own.unitCode);
    const notes = new IssueList();
    if (unit && parsed && noteZeroCriteria(unit, own, parsed.columns, t, ev.criteria, ev.settings, notes)) {
      row.check += (row.check ? '\n' : '') + describe(notes.items[0], scores[0] ?? []);
    }
  }
  return { ev, rows };
}
