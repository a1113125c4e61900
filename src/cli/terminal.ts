/** What a person reads on the terminal: the ranking table, the issues, the award proposal. */
import { cellRef } from '../core/model/a1';
import { pointsColumns } from '../core/model/numbers';
import { correctionCount } from '../core/model/correction-words';
import { SEVERITY_LABEL, awardLines, clusterTitle, errorsFirst, issueCounts, tieNote } from '../core/outputs/outputs';
import { sidebarReview } from '../core/outputs/sidebar-data';
import { SHEET, SUMMARY_HEADER } from '../core/model/template';
import { ballotCounts } from '../core/outputs/vote-sheet';
import { askedText, candidatesOf, needsBallot } from '../core/vote/ballot-sheet';
import { agreeText, stillTiedText, thresholdText } from '../core/vote/vote-text';
import type { TieCount } from '../core/model/vote-types';
import type { Issue } from '../core/model/types';
import type { Evaluation } from '../core/model/evaluation';

/** Width on a monospace terminal: one column per code point (names arrive in NFC from the core). */
const columns = (text: string): number => [...text].length;

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - columns(text)));
  return right ? fill + text : text + fill;
}

function table(header: readonly string[], rows: readonly string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = header.map((h, c) => Math.max(columns(h), ...rows.map((r) => columns(r[c] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => pad(cell, widths[c], rightAligned.has(c)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}

export function rankingTable(ev: Evaluation): string[] {
  const sep = ev.settings.decimalSeparator;
  const rows = ev.ranking.map((r) => [String(r.rank), r.unit.code, r.unit.shortName, ...pointsColumns(r, sep), r.grade, tieNote(r)]);
  // Short names keep the table within a terminal's width; the files carry the full names.
  return [`Kết quả chấm điểm thi đua ${clusterTitle(ev)}`, '', ...table(SUMMARY_HEADER, rows, new Set([0, 3, 4, 5, 6]))];
}

export function issueLines(issues: readonly Issue[]): string[] {
  const { errors, warnings, notes } = issueCounts(issues);
  if (issues.length === 0) return ['Không có lỗi hay cảnh báo nào.'];
  const counted = errors + warnings === 0 ? 'Không có lỗi hay cảnh báo nào' : `${errors} lỗi, ${warnings} cảnh báo`;
  const lines = [`${counted}${notes > 0 ? `; ${notes} ghi chú` : ''}:`];
  for (const i of errorsFirst(issues)) lines.push(`  ${SEVERITY_LABEL[i.severity]} ${cellRef(i.sheet, i.cell)}: ${i.message}`);
  return lines;
}

/** Who has submitted by the deadline, and the cluster's corrections with their reasons: the sidebar's words. */
export function reviewText(ev: Evaluation, now: Date): string[] {
  const review = sidebarReview(ev, now);
  if (!review) return [];
  const submitted = review.units.length - review.notSubmitted.length;
  const lines = [`Nộp bảng điểm: ${submitted}/${review.units.length} đơn vị đã nộp${review.deadline ? `; hạn nộp ${review.deadline}` : ''}.`];
  // The detail holds its own parentheses ("nộp lúc … (người nộp)"): set off by a comma, not wrapped again.
  for (const u of review.units) lines.push(`  ${u.unit}: ${u.status}${u.detail ? `, ${u.detail}` : ''}`);
  if (review.corrections.length > 0) {
    const count = review.corrections.reduce((n, c) => n + c.items.length, 0);
    lines.push(`Cụm chấm: ${correctionCount(count)} ở ${review.corrections.length} đơn vị:`);
    for (const c of review.corrections) {
      for (const i of c.items) lines.push(`  ${c.unit}, ${i.what}: ${i.change}. Lý do: ${i.reason}`);
      if (c.explanation) lines.push(`  ${c.unit} giải trình: ${c.explanation}`);
    }
  }
  return [...lines, ''];
}

export function awardText(ev: Evaluation): string[] {
  return ev.settings.awardCount > 0 ? ['Đề nghị Cờ thi đua:', ...awardLines(ev).map((l) => `  ${l}`)] : [];
}

/** " — vẫn đồng hạng" after a tie the vote left whole, naming the units when it placed some of them. */
function stillTied(t: TieCount): string {
  if (t.settled) return '';
  return ` — ${stillTiedText(t) || 'vẫn đồng hạng'}`;
}

/** The council's count in a few lines, before the award proposal that follows it. */
export function voteText(ev: Evaluation): string[] {
  const vote = ev.vote;
  if (!vote) return [];
  if (!vote.counted) return [`Kiểm phiếu: chưa kiểm được, còn lỗi trong trang "${SHEET.ballots}" hoặc "${SHEET.settings}" (xem bên dưới).`, ''];
  const counted = (c: Parameters<typeof ballotCounts>[0]): string =>
    ballotCounts(c)
      .map(([label, n]) => `${label.replace(/^Số phiếu /, '')} ${n}`)
      .join(', ');
  // With two rounds, each its ballots: the agreements below are each question's last count.
  const lines =
    vote.rounds.length > 1
      ? [...vote.rounds.map((r) => `Kiểm phiếu vòng ${r.round}: ${counted(r)}.`), 'Kết quả (mỗi nội dung theo vòng bỏ phiếu cuối cùng về nội dung đó):']
      : [`Kiểm phiếu: ${counted(vote)}.`];
  for (const a of vote.awards)
    lines.push(
      `  ${a.unit.unit.shortName}: ${agreeText(a, vote.denominator)}, ${a.passed ? 'đạt' : 'không đạt'} (${thresholdText(vote.settings, ev.settings.decimalSeparator)}).`,
    );
  for (const t of vote.ties) lines.push(`  Đồng hạng ${t.rank}: ${t.votes.map((v) => `${v.unit.unit.shortName} ${v.votes} phiếu`).join(', ')}${stillTied(t)}.`);
  return [...lines, ''];
}

/**
 * After a ranking that asks the council something (an award, a tie) and no ballot typed,
 * how to hold the vote offline: the sheet is laid by cap-nhat (into `updated`, its next
 * file) or, when the input has it already, is typed into. Empty when there is nothing to
 * vote on or a count was made.
 */
export function ballotNextStep(ev: Evaluation, input: string, updated: string, hasSheet: boolean): string[] {
  if (ev.vote || ev.blocked) return [];
  const candidates = candidatesOf(ev);
  if (!needsBallot(candidates)) return [];
  const where = hasSheet
    ? `nhập mỗi phiếu một dòng vào trang "${SHEET.ballots}" của ${input} rồi chạy lại "tinh-diem ${input}"`
    : `chạy "tinh-diem cap-nhat ${input}" để có trang "${SHEET.ballots}" trong ${updated}, nhập mỗi phiếu một dòng vào đó rồi chạy "tinh-diem ${updated}"`;
  return ['', `Để Hội đồng bỏ phiếu (${askedText(candidates)}): ${where}.`];
}
