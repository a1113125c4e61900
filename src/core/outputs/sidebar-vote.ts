/** The council's count as the sidebar shows it: plain strings and numbers, like the rest of `SidebarData`. */
import type { Evaluation } from '../model/evaluation';
import { ballotCounts } from './vote-sheet';
import { agreeText, stillTiedText, thresholdText } from '../vote/vote-text';

export interface SidebarVote {
  /** False when errors on `Phiếu bầu` or in the settings left the count doubtful. */
  counted: boolean;
  /** "ít nhất 80% tổng số thành viên Hội đồng". */
  threshold: string;
  /** Issued, returned, valid, invalid, each with its label. */
  ballots: { label: string; count: number }[];
  invalid: number;
  /** Each award candidate: "10/12 phiếu đồng ý, tỷ lệ 83,33%" and whether it reached the threshold. */
  awards: { unit: string; code: string; agree: number; result: string; passed: boolean }[];
  /**
   * Each tie put to the vote: rank before the vote, votes per unit (most first) with the rank after it;
   * `stillTied` says which units the vote left tied when it placed the others ("Bình, Cần vẫn đồng hạng"), else ''.
   */
  ties: { rank: number; settled: boolean; stillTied: string; votes: { unit: string; code: string; votes: number; rank: number }[] }[];
}

export function sidebarVote(ev: Evaluation): SidebarVote | null {
  const vote = ev.vote;
  if (!vote) return null;
  const name = (u: { unit: { shortName: string; name: string } }): string => u.unit.shortName || u.unit.name;
  return {
    counted: vote.counted,
    threshold: thresholdText(vote.settings, ev.settings.decimalSeparator),
    ballots: ballotCounts(vote).map(([label, count]) => ({ label, count })),
    invalid: vote.invalid.length,
    awards: vote.awards.map((a) => ({ unit: name(a.unit), code: a.unit.unit.code, agree: a.agree, result: agreeText(a, vote.denominator), passed: a.passed })),
    ties: vote.ties.map((t) => ({
      rank: t.rank,
      settled: t.settled,
      stillTied: stillTiedText(t),
      votes: t.votes.map((v) => ({ unit: name(v.unit), code: v.unit.unit.code, votes: v.votes, rank: v.unit.rank })),
    })),
  };
}
