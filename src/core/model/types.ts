/**
 * The data model shared by every part of the product. The core works on these
 * types only; adapters translate Sheets / .xlsx cells into `Grid`s and back.
 */

import type { UnreadCell } from './unread-cell';

/**
 * One cell as `Range.getValues()` returns it (the .xlsx reader gives the same),
 * or, from a file only, a cell whose stored value cannot be read as typed.
 */
export type CellValue = string | number | boolean | Date | UnreadCell | null | undefined;

/** A cell that holds nothing at all (white space is something: the parsers clean it, the readers keep it). */
export const isEmptyCell = (value: CellValue): boolean => value === '' || value === null || value === undefined;

/** A block of cells, row-major, as `Range.getValues()` returns it. */
export type Grid = CellValue[][];

/**
 * Points are kept as integers of a thousandth of a point so that sums and
 * comparisons are exact: 15 + 14.7 + 29.9 + 20 + 19.8 must equal 99.4, and two
 * equal totals must compare equal when a tie decides a rank.
 */
export type Milli = number;

/**
 * `error` blocks the ranking; `warning` asks the user to look again; `note` says
 * something the user need not act on (shown apart, never counted as a warning).
 */
export type Severity = 'error' | 'warning' | 'note';

export interface Issue {
  severity: Severity;
  /** Stable machine code, e.g. `NOT_A_NUMBER`; see `IssueCode` in validate-codes. */
  code: string;
  /** Sheet name as the user sees it. */
  sheet: string;
  /** A1 address of the cell the user must look at. */
  cell: string;
  /** Vietnamese: what is wrong and what to type instead. */
  message: string;
  /** Code of the unit whose row holds the cell, when there is one (groups issues by unit). */
  unit?: string;
}

export type RankStyle = 'dense' | 'competition';

/** One rung of the tie-break ladder. */
export type TieBreak =
  | { kind: 'criterion'; code: string } // higher base + bonus on that criterion wins
  | { kind: 'fewerDeductions' }
  | { kind: 'higherBase' };

export interface GradeThresholds {
  /** Minimum total for "Hoàn thành xuất sắc" (also requires no criterion at 0). */
  excellent: Milli;
  good: Milli;
  pass: Milli;
}

export interface ReportTexts {
  number: string; // "05/BC-CTĐ"
  place: string; // "An Giang"
  date: Date | null; // date of the report; null = not given: the report leaves "ngày …… tháng …… năm ……" to write
  summary: string; // line under BÁO CÁO
  basis: string; // "Căn cứ Kế hoạch số …"
  intro: string; // sentence after the basis line
  section1: string;
  section2Intro: string;
  section3: string;
  closing: string; // the closing sentence (the ./. is added)
  recipients: string[];
  signerRole: string; // "CỤM TRƯỞNG"
  signerTitle: string; // "GIÁM ĐỐC SỞ TTTT AN GIANG"
  signerName: string;
  issuer: string; // issuing body in the header, e.g. "CỤM THI ĐUA SỐ 08"
  draft: boolean;
}

export interface Settings {
  clusterName: string;
  parentBody: string;
  year: number | null;
  leaderUnit: string;
  declaredBaseTotal: Milli | null;
  rankStyle: RankStyle;
  tieBreaks: TieBreak[];
  scoreStep: Milli | null;
  maxTotalBonus: Milli | null;
  maxTotalDeduction: Milli | null;
  grades: GradeThresholds;
  awardCount: number;
  /** The award proposed in section V and the body that grants it: "Cờ thi đua của Bộ Thông tin và Truyền thông". */
  awardName: string;
  /** Years in a row at "Hoàn thành xuất sắc", this one included, that a proposal requires; null: no such rule. */
  awardStreak: number | null;
  /** Decimal separator used when numbers are written as text (report, messages). */
  decimalSeparator: '.' | ',';
  report: ReportTexts;
  /** `Hạn nộp`: the moment units must have submitted by (a date alone: the end of that day); null when none. */
  deadline: Date | null;
  /** `Thưởng không có minh chứng`: how a bonus without evidence is reported; null: not checked. */
  evidenceRule: 'error' | 'warning' | null;
  /** A1 address of each setting's value cell, by setting key, for messages about it. */
  cells: Record<string, string>;
  /** Each setting's cell as typed, by key, for settings parsed elsewhere (the council vote). */
  values: Record<string, CellValue>;
}

export interface Criterion {
  code: string;
  name: string;
  maxBase: Milli;
  /** null: no bonus points on this criterion. */
  maxBonus: Milli | null;
  narrative: string;
  /** 1-based row in the criteria sheet. */
  row: number;
  /** The bonus by place in an outside (e.g. national) ranking; absent: the bonus is typed. */
  bands?: RankBand[];
  /** Codes this criterion had before (`Mã cũ`): one is a rename, two or more a merge. */
  oldCodes?: string[];
  /** The bands as typed (cleaned), which the .xlsx formulas laid from them compare with their cell. */
  bandsText?: string;
}

/** Places `from`..`to` of an outside ranking earn `points`; `label` is how the report names the band ("1 đến 10"). */
export interface RankBand {
  from: number;
  to: number;
  points: Milli;
  label: string;
}

export interface Unit {
  code: string;
  name: string;
  shortName: string;
  emails: string[];
  /** 1-based row in the units sheet. */
  row: number;
  /** Signed the cluster's emulation pledge ("Ký giao ước"); absent when the sheet does not say. */
  pledged?: boolean;
  /** Place in the outside ranking of a criterion with rank bands, by criterion code (nameKey), with its cell. */
  places?: Record<string, { place: number; cell: string }>;
  /** Codes of the units of the year before that this one continues (`Kế thừa từ`); absent: none named. */
  predecessors?: string[];
  /** Codes this unit had before (`Mã cũ`): one is a rename, two or more a merge. */
  oldCodes?: string[];
}

/** The points one unit typed (or the cluster agreed) for every criterion. */
export interface UnitScores {
  unitCode: string;
  /** 1-based row in the score sheet. */
  row: number;
  /** Per criterion, in the order of the criteria list; null when the cell is blank. */
  base: (Milli | null)[];
  bonus: (Milli | null)[];
  /** Always positive: "-0.5" and "0.5" both deduct half a point. Null when blank. */
  deduction: Milli | null;
  deductionReason: string;
}

/** Where the columns sit in the score sheet (0-based; -1 when absent). */
export interface ScoreColumns {
  unitCode: number;
  unitName: number;
  /** Per criterion, in the order of the criteria list. */
  base: number[];
  bonus: number[];
  deduction: number;
  deductionReason: number;
  /** Per criterion: `Minh chứng <mã>` (Bảng điểm) and `Lý do <mã>` (Cụm chấm); -1 where the sheet has none. */
  evidence: number[];
  reasons: number[];
  /** `Giải trình` (Bảng điểm). */
  explanation: number;
}

/** Exact totals of one unit, after the cluster's caps. */
export interface Totals {
  base: Milli;
  bonus: Milli;
  deduction: Milli;
  total: Milli;
  /**
   * Per criterion, in the order of `Evaluation.criteria`. Plain arrays of numbers,
   * not a record per criterion: a 10,000 × 100 cluster would otherwise make a
   * million small objects for the garbage collector.
   */
  criterionBase: Milli[];
  criterionBonus: Milli[];
}

export interface UnitResult extends Totals {
  unit: Unit;
  rank: number;
  /** Tied with another unit on everything the ladder compares: needs a council vote. */
  needsVote: boolean;
  /** Set when the council's ballot ordered this unit within its tie: "theo kết quả bỏ phiếu ngày …". */
  voteNote?: string;
  grade: string;
  /** Why the grade is below what the total reaches: "tiêu chí 6 được 0 điểm chuẩn: không xếp loại …" (see zeroCriteria). */
  gradeNote?: string;
  /** The agreed (Cụm chấm) scores differ from the unit's own on these criterion codes. */
  adjusted: string[];
}

export interface AwardProposal {
  /** Units proposed, in rank order. */
  proposed: UnitResult[];
  /** Units tied at the cut-off whose inclusion needs a vote (empty when none). */
  tiedAtCutoff: UnitResult[];
}

export interface CriterionResult {
  criterion: Criterion;
  /** Result lines in the reference report's form, without the leading "- ". */
  lines: string[];
}

/** The input sheets of a cluster workbook, each read as one block. */
export interface WorkbookGrids {
  settings?: Grid;
  criteria?: Grid;
  units?: Grid;
  scores?: Grid;
  /** Optional `Cụm chấm` sheet: agreed scores that replace the unit's own. */
  agreed?: Grid;
  /** Optional `Phiếu bầu` sheet: the council's ballots, one row a ballot. */
  ballots?: Grid;
  /** `Các năm trước`: the results of the years that ended, for comparison. */
  past?: Grid;
  /** `Lịch sử`: the runs so far, for the year they were made in. */
  history?: Grid;
  /** Optional `Nộp bài` sheet: each unit's submissions, reopenings, reviews and locks, one row an event. */
  submissions?: Grid;
}

/** A score the cluster corrected in `Cụm chấm`, with the reason it gave. */
export interface Correction {
  unitCode: string;
  /** The criterion's code, or "trừ" for the deduction. */
  criterion: string;
  kind: 'base' | 'bonus' | 'deduction';
  own: Milli | null;
  agreed: Milli;
  /** '' when the secretariat gave none (an error at `cell`). */
  reason: string;
  /** The corrected cell of `Cụm chấm`. */
  cell: string;
}

export type SubmissionStatus = 'entering' | 'submitted' | 'reopened' | 'reviewed';

/** One unit's place in the submission and review cycle. */
export interface UnitReview {
  code: string;
  shortName: string;
  status: SubmissionStatus;
  /** "đang nhập", "đã nộp", "mở lại", "đã thẩm định". */
  statusText: string;
  /** Locked after the deadline (until the secretariat reopens it). */
  locked: boolean;
  submittedAt: Date | null;
  submittedBy: string;
  /**
   * When a unit with no submission standing at the deadline submitted after it (its first
   * submission since); null when it submitted in time, has not, or there is no deadline.
   * A row the secretariat reopened after the deadline and the unit submitted again is in time.
   */
  lateAt: Date | null;
  /** A submission of the unit stood at the deadline (so one after a later reopening is not late). */
  standingAtDeadline: boolean;
  /** Why the row was reopened, each time, oldest first. */
  reopenReasons: string[];
  /** Bonuses the unit typed, and those with a link in their `Minh chứng` cell. */
  bonuses: number;
  bonusesWithEvidence: number;
  corrections: Correction[];
  /** The unit's `Giải trình`. */
  explanation: string;
}

export interface Review {
  /** `Hạn nộp`, null when none. */
  deadline: Date | null;
  /** Every unit in list order. */
  units: UnitReview[];
  /** Whether `Nộp bài` holds any event (else every unit is still typing). */
  logged: boolean;
  /** Whether `Bảng điểm` has `Minh chứng` columns (evidence is tracked). */
  evidenceTracked: boolean;
  /** All corrections of `Cụm chấm`, in the order of the units. */
  corrections: Correction[];
}
