/**
 * The whole computation: input sheets (as 2D arrays) → checked, scored, ranked
 * results with every issue. Pure: no I/O, never throws on cell content.
 */
import { a1 } from './model/a1';
import { proposeAwards } from './rules/awards';
import { checkGradeThresholds, gradeOf, noteZeroCriteria } from './rules/grade';
import type { Guide } from './model/guide';
import { CODE, IssueList } from './model/issues';
import { formatPoints } from './model/numbers';
import { checkBaseTotal, parseCriteria, parseUnits, placeColumns, successorColumn } from './read/parse-lists';
import { parsePastYears } from './read/past-years';
import { checkStreakRule, streakEligible } from './rules/award-streak';
import { compareYears } from './rules/compare-years';
import { checkYearBound } from './rules/year-bound';
import { checkNeededSettings } from './rules/needed-settings';
import { applyBands } from './rules/rank-bands';
import { parseScores, scoreCell, type ParsedScores } from './read/parse-scores';
import { parseSettings, type SettingsOptions } from './read/parse-settings';
import { rank } from './rules/rank';
import { criteriaLines } from './rules/results';
import { totalsOf } from './rules/score';
import { DEDUCTION_REASON_HEADER, SHEET, correctionReasonHeader } from './model/template';
import type { Correction, Criterion, Grid, Issue, Review, Settings, Unit, UnitResult, UnitScores, WorkbookGrids } from './model/types';
import { parseSubmissions } from './read/submissions';
import { checkDeadline, checkEvidence, checkSinceSubmission, reviewOf, type EvidenceCount } from './rules/review';
import type { Evaluation } from './model/evaluation';
import { checkBonusCap, checkDeductionReasons, checkScores } from './rules/validate-scores';
import { cleanText, nameKey } from './model/text';
import { hasBallots, runVote } from './vote/vote';
import { reportBeyond, reportUnread, type CellsBeyond } from './read/unread-issues';
import { reportLongCells } from './read/long-cells';
import { reportMerged, type MergedRanges } from './read/merged-cells';

export type EvaluateOptions = SettingsOptions & {
  /** How messages name the actions that fix a problem; the add-in's bound-script menu when not given. */
  guide?: Guide;
  /**
   * The decimal mark the spreadsheet itself reads typed numbers with (Sheets: its
   * locale's); a score typed as text in the other mark is told which mark to type.
   * Unknown in a file: Excel reads by the locale of whoever opens it.
   */
  sheetDecimalMark?: '.' | ',';
  /** Cells a file reader left out of the grids because they lie beyond a sheet's readable block. */
  beyond?: readonly CellsBeyond[];
  /** The moment of the run, for the time left until `Hạn nộp`; without it the deadline is not judged (the live columns). */
  now?: Date;
  /**
   * Warn at each blank setting the documents need (every run of the menu, the sidebar and
   * the command, which all show the check; not the live columns, whose check is each row's).
   */
  neededSettings?: boolean;
  /** Issues a file reader's own checks found (the .xlsx live columns an earlier version laid: sheets/older-live-formulas.ts). */
  readerIssues?: readonly Issue[];
  /** The merged ranges of the input sheets: a cell hidden under one reads blank, and every message about it says so. */
  merged?: readonly MergedRanges[];
};

function checkTieBreaks(settings: Settings, criteria: readonly Criterion[], issues: IssueList): void {
  const codes = new Set(criteria.map((c) => nameKey(c.code)));
  for (const rung of settings.tieBreaks) {
    if (rung.kind === 'criterion' && !codes.has(nameKey(rung.code))) {
      issues.error(
        CODE.badSetting,
        SHEET.settings,
        settings.cells.tieBreaks ?? 'A1',
        `Mục "Thứ tự xét khi bằng điểm" nhắc tới tiêu chí "${rung.code}", không có trong trang "${SHEET.criteria}". Hãy dùng mã tiêu chí có thật, "ít điểm trừ" hoặc "điểm chuẩn cao".`,
      );
    }
  }
}

export interface Agreement {
  /** Criterion codes (and "trừ") whose agreed value replaced the unit's own, by unit code. */
  adjusted: Map<string, string[]>;
  /** Cells of `Bảng điểm` whose value the agreed one replaced. */
  overridden: Set<string>;
  /** Every score the agreed one changed, with the reason typed beside it. */
  corrections: Correction[];
}

/**
 * Replaces a unit's own scores by the agreed ones where the secretariat typed a value.
 * A value that differs is a correction: said at its cell with its reason (`Lý do <mã>`,
 * `Lý do trừ` for the deduction), and an error there when no reason is given.
 */
export function applyAgreed(
  own: ParsedScores,
  agreed: ParsedScores,
  criteria: readonly Criterion[],
  units: readonly Unit[],
  settings: Settings,
  issues: IssueList,
): Agreement {
  const byUnit = new Map(own.rows.map((r) => [r.unitCode, r]));
  const shortName = new Map(units.map((u) => [u.code, u.shortName]));
  const adjusted = new Map<string, string[]>();
  const overridden = new Set<string>();
  const corrections: Correction[] = [];
  const fmt = (v: number | null): string => (v === null ? 'trống' : formatPoints(v, settings.decimalSeparator));
  const reasonOf = (row: UnitScores, col: number): string => (col < 0 ? '' : cleanText(agreed.grid[row.row - 1]?.[col]));
  /** One correction: a warning naming its reason, or an error asking for one. */
  const correct = (
    a: UnitScores,
    c: Omit<Correction, 'unitCode' | 'reason' | 'cell'>,
    cell: string,
    reasonCol: number,
    reasonTitle: string,
    what: string,
  ): void => {
    const reason = reasonOf(a, reasonCol);
    corrections.push({ unitCode: a.unitCode, ...c, reason, cell });
    const said = `Cụm chấm ${what} của ${shortName.get(a.unitCode)} là ${fmt(c.agreed)}, khác ${c.kind === 'deduction' ? 'điểm trừ đơn vị ghi' : 'điểm tự chấm'} ${fmt(c.own)}`;
    if (reason !== '') issues.warning(CODE.agreedDiffers, SHEET.agreed, cell, `${said}; điểm cụm chấm được dùng. Lý do: ${reason}`, a.unitCode);
    else {
      const where = reasonCol >= 0 ? `ô ${a1(a.row - 1, reasonCol)}` : `cột "${reasonTitle}" (chưa có: hãy chạy ${issues.guide.update})`;
      issues.error(
        CODE.correctionWithoutReason,
        SHEET.agreed,
        cell,
        `${said}, nhưng chưa ghi lý do. Hãy ghi lý do điều chỉnh vào ${where} để đơn vị biết và giải trình.`,
        a.unitCode,
      );
    }
  };
  for (const a of agreed.rows) {
    const mine = byUnit.get(a.unitCode);
    if (!mine) continue;
    const changed: string[] = [];
    criteria.forEach((c, j) => {
      for (const kind of ['base', 'bonus'] as const) {
        const value = a[kind][j];
        if (value === null) continue;
        // Even an equal agreed value settles the cell: what the unit typed there no longer counts.
        overridden.add(scoreCell(own.columns, mine, kind, j));
        if (value === mine[kind][j]) continue;
        correct(
          a,
          { criterion: c.code, kind, own: mine[kind][j], agreed: value },
          scoreCell(agreed.columns, a, kind, j),
          agreed.columns.reasons[j],
          correctionReasonHeader(c.code),
          `điểm ${kind === 'base' ? 'chuẩn' : 'thưởng'} tiêu chí ${c.code}`,
        );
        mine[kind][j] = value;
        if (!changed.includes(c.code)) changed.push(c.code);
      }
    });
    if (a.deduction !== null) {
      if (own.columns.deduction >= 0) overridden.add(a1(mine.row - 1, own.columns.deduction));
      if (a.deduction !== mine.deduction) {
        correct(
          a,
          { criterion: 'trừ', kind: 'deduction', own: mine.deduction, agreed: a.deduction },
          a1(a.row - 1, agreed.columns.deduction),
          agreed.columns.deductionReason,
          DEDUCTION_REASON_HEADER,
          'điểm trừ',
        );
        mine.deduction = a.deduction;
        changed.push('trừ');
      }
    }
    if (changed.length > 0) adjusted.set(a.unitCode, changed);
  }
  return { adjusted, overridden, corrections };
}

/**
 * An error in a cell of `Bảng điểm` that the cluster's agreed score replaced no
 * longer blocks: the agreed value, checked on its own sheet, is the one that counts.
 */
function settleOverridden(issues: IssueList, overridden: ReadonlySet<string>): void {
  issues.downgrade((issue) => issue.sheet === SHEET.scores && overridden.has(issue.cell), `Ô này đã được thay bằng điểm ở trang "${SHEET.agreed}".`);
}

/** The tie-break values of one unit; the ladder's criteria are looked up once, not per unit. */
function tieKeysOf(settings: Settings, criteria: readonly Criterion[]): (t: ReturnType<typeof totalsOf>) => number[] {
  const index = settings.tieBreaks.map((rung) => (rung.kind === 'criterion' ? criteria.findIndex((c) => nameKey(c.code) === nameKey(rung.code)) : -1));
  return (t) =>
    settings.tieBreaks.map((rung, i) => {
      if (rung.kind === 'fewerDeductions') return -t.deduction;
      if (rung.kind === 'higherBase') return t.base;
      const j = index[i];
      return j < 0 ? 0 : t.criterionBase[j] + t.criterionBonus[j];
    });
}

export function evaluate(grids: WorkbookGrids, options: EvaluateOptions = {}): Evaluation {
  // Messages give example points with the cluster's decimal mark, also those about cells read before the settings.
  const issues = new IssueList(options.guide, parseSettings(grids.settings, new IssueList(), options).decimalSeparator);
  reportBeyond(options.beyond ?? [], issues);
  for (const i of options.readerIssues ?? []) issues.add(i.severity, i.code, i.sheet, i.cell, i.message);
  reportLongCells(grids, issues);
  reportUnread(grids, parseCriteria(grids.criteria, new IssueList()), issues);
  if (!grids.settings) issues.missingSheet(SHEET.settings);
  const settings = parseSettings(grids.settings, issues, options);
  const criteria = parseCriteria(grids.criteria, issues);
  const units = parseUnits(grids.units, issues);
  checkBaseTotal(criteria, settings.declaredBaseTotal, settings.decimalSeparator, issues);
  checkTieBreaks(settings, criteria, issues);
  if (!issues.items.some((i) => i.severity === 'error' && i.sheet === SHEET.criteria)) checkGradeThresholds(settings, criteria, issues);
  const past = parsePastYears(grids.past, issues);
  checkYearBound(settings, criteria, past, grids.history, issues);
  checkStreakRule(settings, past !== null, issues);
  if (options.neededSettings) checkNeededSettings(settings, 'report', issues);

  let scores: ParsedScores | null = null;
  if (!grids.scores) issues.missingSheet(SHEET.scores);
  else {
    scores = parseScores(grids.scores, SHEET.scores, criteria, units, issues, {
      partial: false,
      separator: settings.decimalSeparator,
      sheetMark: options.sheetDecimalMark,
    });
    if (scores) checkScores(scores, SHEET.scores, criteria, units, settings, issues, { partial: false });
  }
  const log = parseSubmissions(grids.submissions, units, issues, criteria);
  let evidence = new Map<string, EvidenceCount>();
  const explanations = new Map<string, string>();
  if (scores) {
    // On the units' own values, before the agreed ones replace some of them.
    checkSinceSubmission(scores.grid, scores, log, units, settings.decimalSeparator, issues);
    evidence = checkEvidence(scores.grid, scores, criteria, units, settings.evidenceRule, settings.decimalSeparator, issues);
    const col = scores.columns.explanation;
    if (col >= 0) for (const r of scores.rows) explanations.set(r.unitCode, cleanText(scores.grid[r.row - 1][col]));
  }
  let adjusted = new Map<string, string[]>();
  let corrections: Correction[] = [];
  let overridden: ReadonlySet<string> = new Set();
  /** The unit of each parsed row (0-based) of the score sheets, for the issues about a row. */
  const rowUnits = new Map<string, Map<number, string>>();
  const keepRows = (sheet: string, parsed: ParsedScores): void => void rowUnits.set(sheet, new Map(parsed.rows.map((r) => [r.row - 1, r.unitCode])));
  if (scores) keepRows(SHEET.scores, scores);
  if (grids.agreed && scores) {
    const agreed = parseScores(grids.agreed, SHEET.agreed, criteria, units, issues, {
      partial: true,
      separator: settings.decimalSeparator,
      sheetMark: options.sheetDecimalMark,
    });
    if (agreed) {
      keepRows(SHEET.agreed, agreed);
      checkScores(agreed, SHEET.agreed, criteria, units, settings, issues, { partial: true });
      const agreement = applyAgreed(scores, agreed, criteria, units, settings, issues);
      settleOverridden(issues, agreement.overridden);
      overridden = agreement.overridden;
      adjusted = agreement.adjusted;
      corrections = agreement.corrections;
    }
  }
  // After the agreed scores: the bonus of a banded criterion follows from the place, whoever typed it.
  if (scores) {
    applyBands(scores, criteria, units, new Set(placeColumns(grids.units).keys()), settings.decimalSeparator, issues);
    checkBonusCap(scores, units, settings, issues);
    checkDeductionReasons(scores, units, overridden, settings, issues);
  }

  const review: Review = {
    deadline: settings.deadline,
    units: reviewOf(units, log, evidence, corrections, explanations, settings.deadline),
    logged: log.size > 0,
    evidenceTracked: scores !== null && scores.columns.evidence.some((c) => c >= 0),
    corrections,
  };
  if (options.now) checkDeadline(review, settings, options.now, issues);
  if (options.merged)
    reportMerged(options.merged, { [SHEET.scores]: grids.scores, [SHEET.agreed]: grids.agreed }, issues, (sheet, row) => rowUnits.get(sheet)?.get(row));

  const blocked = issues.items.some((i) => i.severity === 'error') || !scores || units.length === 0 || criteria.length === 0;
  const result: Evaluation = {
    settings,
    criteria,
    units,
    issues: issues.items,
    blocked,
    ranking: [],
    criterionResults: [],
    awards: { proposed: [], tiedAtCutoff: [] },
    review,
  };
  if (blocked || !scores) return result;

  const rowOf = new Map<string, UnitScores>(scores.rows.map((r) => [r.unitCode, r]));
  const inListOrder: UnitResult[] = units.map((unit) => {
    const t = totalsOf(rowOf.get(unit.code) as UnitScores, criteria, settings);
    const zero = t.criterionBase.includes(0);
    const result: UnitResult = {
      unit,
      ...t,
      rank: 0,
      needsVote: false,
      grade: gradeOf(t.total, zero, settings.grades),
      adjusted: adjusted.get(unit.code) ?? [],
    };
    const note = noteZeroCriteria(unit, rowOf.get(unit.code) as UnitScores, scores.columns, t, criteria, settings, issues);
    if (note) result.gradeNote = note;
    return result;
  });
  const tieKeys = tieKeysOf(settings, criteria);
  const placed = rank(
    inListOrder.map((r) => ({ total: r.total, keys: tieKeys(r) })),
    settings.rankStyle,
  );
  result.ranking = placed.map((p) => Object.assign(inListOrder[p.index], { rank: p.rank, needsVote: p.needsVote }));
  const lines = criteriaLines(criteria, inListOrder, settings.decimalSeparator);
  result.criterionResults = criteria.map((criterion, j) => ({ criterion, lines: lines[j] }));
  result.comparison = compareYears(result.ranking, past, settings.year, issues, successorColumn(grids.units));
  result.awards = proposeAwards(result.ranking.filter(streakEligible(settings, result.comparison)), settings.awardCount);
  if (hasBallots(grids.ballots)) result.vote = runVote(result, grids.ballots as Grid, issues);
  if (options.neededSettings && result.vote?.counted) checkNeededSettings(settings, 'minutes', issues);
  return result;
}
