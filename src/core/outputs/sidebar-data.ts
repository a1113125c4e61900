/**
 * What the sidebar shows after a run, as plain JSON data: it crosses
 * `google.script.run` and is embedded in the page by the HTML template service, so it holds
 * strings, numbers and booleans only (no Date, no Milli to format in the browser).
 */
import { formatPoints } from '../model/numbers';
import { clusterTitle, errorsFirst, issueCounts, tieNote } from './outputs';
import { comparisonPhrase } from './year-columns';
import { sidebarVote, type SidebarVote } from './sidebar-vote';
import { formatDateTime } from '../model/dates';
import type { Correction, Issue, Severity } from '../model/types';
import { lateWords, notSubmitted, timeLeftText } from '../rules/review';
import type { Evaluation } from '../model/evaluation';

/** The server functions the sidebar page calls through `google.script.run`; the add-in declares each under this name. */
export const SIDEBAR_FUNCTIONS = ['sidebarCheck', 'sidebarCompute', 'sidebarReport', 'sidebarSubmit', 'sidebarSelectCell'] as const;
export type SidebarFunction = (typeof SIDEBAR_FUNCTIONS)[number];

export type SidebarAction = 'check' | 'compute' | 'report' | 'open';

/** The submission and review cycle as the sidebar shows it: statuses, the deadline, the cluster's corrections. */
export interface SidebarReview {
  /** "10/12/2026 23:59 (còn 3 ngày 4 giờ)"; '' without a deadline. */
  deadline: string;
  /** Short names of the units that have not submitted (never, or reopened). */
  notSubmitted: string[];
  units: { code: string; unit: string; status: string; detail: string }[];
  /** Each unit's corrections by the cluster, with the reasons and the unit's explanation. */
  corrections: { code: string; unit: string; explanation: string; items: { what: string; change: string; reason: string }[] }[];
}

export interface SidebarIssue {
  severity: Severity;
  code: string;
  sheet: string;
  /** A1 address; the sidebar passes it to `sidebarSelectCell(sheet, cell)`. */
  cell: string;
  message: string;
}

/** The issues of one unit's row, or those that belong to no unit, by sheet. */
export interface SidebarIssueGroup {
  /** Unit code; absent for a general group. */
  unit?: string;
  /** Sheet of a general group ("Chung"); absent for a unit group. */
  sheet?: string;
  title: string;
  errors: number;
  warnings: number;
  /** Errors first, then warnings, each in the order the checks found them. */
  issues: SidebarIssue[];
}

export interface SidebarRankRow {
  rank: number;
  unit: string;
  code: string;
  /** Formatted with the cluster's decimal separator. */
  total: string;
  grade: string;
  /** Tie needing a vote, adjusted scores; '' when none. */
  note: string;
  /** Against the latest past year: "2021: hạng 4, ↑2"; '' without one. */
  comparison: string;
}

export interface SidebarData {
  action: SidebarAction;
  title: string;
  /** One sentence on the state of the data, e.g. "Còn 2 lỗi: chưa thể xếp hạng." */
  headline: string;
  blocked: boolean;
  unitCount: number;
  errors: number;
  warnings: number;
  /** Notes need no action: counted and listed apart from the groups. */
  notes: number;
  /** Errors and warnings, by unit. */
  groups: SidebarIssueGroup[];
  noteList: SidebarIssue[];
  /** The top `TOP_RANKS` places of the ranking, with every unit tied on the last one (empty for a check or when blocked). */
  ranking: SidebarRankRow[];
  /** Units in the whole ranking. */
  rankedCount: number;
  /** https link to the report document; '' when there is none. */
  reportUrl: string;
  /** The council's count; null without ballots, for a check, or when the ranking is blocked. */
  vote: SidebarVote | null;
  /** Submissions and review; null when the cluster uses neither (no log, no deadline, no correction). */
  review: SidebarReview | null;
  /** What the action said (e.g. "Đã nộp bảng điểm của Long An lúc …"); '' when nothing. */
  message: string;
}

/** Rows of the ranking the 300 px sidebar shows; the rest is in `Tổng hợp`. */
export const TOP_RANKS = 5;

export const GENERAL_GROUP = 'Chung';

function headline(ev: Evaluation, action: SidebarAction, errors: number, warnings: number): string {
  if (errors > 0) return `Còn ${errors} lỗi cần sửa: chưa thể xếp hạng.`;
  const warned = warnings > 0 ? ` Có ${warnings} cảnh báo nên xem lại.` : '';
  if (action === 'check') return `Dữ liệu hợp lệ, có thể tính điểm.${warned}`;
  return `Đã xếp hạng ${ev.ranking.length} đơn vị.${warned}`;
}

function topOfRanking(ev: Evaluation): SidebarRankRow[] {
  const last = ev.ranking[Math.min(TOP_RANKS, ev.ranking.length) - 1];
  const sep = ev.settings.decimalSeparator;
  return ev.ranking
    .filter((r) => last && r.rank <= last.rank)
    .map((r) => ({
      rank: r.rank,
      unit: r.unit.shortName || r.unit.name,
      code: r.unit.code,
      total: formatPoints(r.total, sep),
      grade: r.grade,
      note: tieNote(r),
      comparison: comparisonPhrase(ev, r),
    }));
}

function toSidebarIssue(i: Issue): SidebarIssue {
  return { severity: i.severity, code: i.code, sheet: i.sheet, cell: i.cell, message: i.message };
}

/**
 * General groups first (a missing sheet or a bad setting usually explains the
 * rest), then one group per unit in the order of the units sheet, then codes
 * the units sheet does not know.
 */
function groupIssues(ev: Evaluation): SidebarIssueGroup[] {
  const general = new Map<string, Issue[]>();
  const byUnit = new Map<string, Issue[]>();
  for (const issue of ev.issues) {
    if (issue.severity === 'note') continue;
    const [map, key] = issue.unit ? [byUnit, issue.unit] : [general, issue.sheet];
    const list = map.get(key);
    if (list) list.push(issue);
    else map.set(key, [issue]);
  }
  const group = (issues: Issue[], head: Pick<SidebarIssueGroup, 'unit' | 'sheet' | 'title'>): SidebarIssueGroup => {
    const { errors, warnings } = issueCounts(issues);
    return { ...head, errors, warnings, issues: errorsFirst(issues).map(toSidebarIssue) };
  };
  const groups: SidebarIssueGroup[] = [];
  for (const [sheet, issues] of general) groups.push(group(issues, { sheet, title: `${GENERAL_GROUP} · trang ${sheet}` }));
  for (const unit of ev.units) {
    const issues = byUnit.get(unit.code);
    if (!issues) continue;
    byUnit.delete(unit.code);
    groups.push(group(issues, { unit: unit.code, title: `${unit.shortName || unit.name} (${unit.code})` }));
  }
  for (const [code, issues] of byUnit) groups.push(group(issues, { unit: code, title: `Mã đơn vị ${code}` }));
  return groups;
}

/** Only a web link is kept: the page puts it in `href`, where `javascript:` would run. */
function safeUrl(url: string | undefined): string {
  return url && /^https:\/\//i.test(url.trim()) ? url.trim() : '';
}

const WHAT: Record<Correction['kind'], string> = { base: 'Chuẩn', bonus: 'Thưởng', deduction: 'Điểm trừ' };

/** Also what the command prints: the same words in the sidebar and on the terminal. */
export function sidebarReview(ev: Evaluation, now: Date): SidebarReview | null {
  const review = ev.review;
  if (!review.logged && !review.deadline && review.corrections.length === 0) return null;
  const sep = ev.settings.decimalSeparator;
  const fmt = (v: number | null): string => (v === null ? 'trống' : formatPoints(v, sep));
  return {
    deadline: review.deadline ? `${formatDateTime(review.deadline)} (${timeLeftText(review.deadline, now)})` : '',
    notSubmitted: notSubmitted(review).map((u) => u.shortName),
    units: review.units.map((u) => ({
      code: u.code,
      unit: u.shortName,
      status: [u.statusText, lateWords(u, review.deadline), u.locked ? 'đã khóa' : ''].filter(Boolean).join(', '),
      detail:
        u.status === 'reopened'
          ? `lý do mở lại: ${u.reopenReasons[u.reopenReasons.length - 1] ?? ''}`
          : u.submittedAt
            ? `nộp lúc ${formatDateTime(u.submittedAt)}${u.submittedBy ? ` (${u.submittedBy})` : ''}`
            : '',
    })),
    corrections: review.units
      .filter((u) => u.corrections.length > 0)
      .map((u) => ({
        code: u.code,
        unit: u.shortName,
        explanation: u.explanation,
        items: u.corrections.map((c) => ({
          what: c.kind === 'deduction' ? WHAT.deduction : `${WHAT[c.kind]} ${c.criterion}`,
          change: `${fmt(c.own)} → ${fmt(c.agreed)}`,
          reason: c.reason || 'chưa ghi lý do',
        })),
      })),
  };
}

export function sidebarData(ev: Evaluation, options: { reportUrl?: string; action?: SidebarAction; now?: Date; message?: string } = {}): SidebarData {
  const action = options.action ?? 'open';
  const { errors, warnings, notes } = issueCounts(ev.issues);
  const showRanking = action !== 'check' && !ev.blocked;
  return {
    action,
    title: clusterTitle(ev),
    headline: headline(ev, action, errors, warnings),
    blocked: ev.blocked,
    unitCount: ev.units.length,
    errors,
    warnings,
    notes,
    groups: groupIssues(ev),
    noteList: ev.issues.filter((i) => i.severity === 'note').map(toSidebarIssue),
    ranking: showRanking ? topOfRanking(ev) : [],
    rankedCount: showRanking ? ev.ranking.length : 0,
    reportUrl: safeUrl(options.reportUrl),
    vote: showRanking ? sidebarVote(ev) : null,
    review: sidebarReview(ev, options.now ?? new Date()),
    message: options.message ?? '',
  };
}

const UNSAFE_IN_SCRIPT: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * JSON for `<script type="application/json">`: `</script>` or `<!--` inside a
 * unit name cannot end the element, and U+2028/2029 cannot break older parsers.
 */
export function sidebarJson(data: SidebarData): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE_IN_SCRIPT[c]);
}
