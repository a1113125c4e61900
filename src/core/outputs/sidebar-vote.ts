/** The council's count as the sidebar shows it: plain strings and numbers, like the rest of `SidebarData`. */
import type { Evaluation } from '../model/evaluation';
import type { BallotCount, TieCount, VoteOutcome } from '../model/vote-types';
import { ballotCounts } from './vote-sheet';
import { agreeText, askedAgain, headDecision, stillTiedText, thresholdText } from '../vote/vote-text';

/** One count's answers: each award candidate against the threshold, each tie's order. */
export interface SidebarCount {
  /** Each award candidate: "10/12 phiếu đồng ý, tỷ lệ 83,33%" and whether it reached the threshold. */
  awards: { unit: string; code: string; agree: number; result: string; passed: boolean }[];
  /**
   * Each tie put to the vote: rank before the vote, votes per unit (most first) with the rank after it (null in a
   * round whose tie a later round asked again); `stillTied` says which units the vote left tied when it placed the
   * others ("Bình, Cần vẫn đồng hạng"), else ''.
   */
  ties: { rank: number; settled: boolean; stillTied: string; votes: { unit: string; code: string; votes: number; rank: number | null }[] }[];
}

export interface SidebarVote extends SidebarCount {
  /** False when errors on `Phiếu bầu` or in the settings left the count doubtful. */
  counted: boolean;
  /** "ít nhất 80% tổng số thành viên Hội đồng". */
  threshold: string;
  /** Issued, returned, valid, invalid, each with its label (of the first round). */
  ballots: { label: string; count: number }[];
  invalid: number;
  /** Each round in its order with its own ballots and answers (`awards` and `ties` above are each question's final count). */
  rounds: (SidebarCount & { round: number; ballots: { label: string; count: number }[] })[];
  /** What the cluster head and deputy decided after the last round ('' not yet recorded); null when nothing was theirs. */
  headDecision: string | null;
}

const name = (u: { unit: { shortName: string; name: string } }): string => u.unit.shortName || u.unit.name;

function sidebarCount(count: BallotCount, vote: VoteOutcome, finalRank: (t: TieCount) => boolean): SidebarCount {
  return {
    awards: count.awards.map((a) => ({ unit: name(a.unit), code: a.unit.unit.code, agree: a.agree, result: agreeText(a, vote.denominator), passed: a.passed })),
    ties: count.ties.map((t) => ({
      rank: t.rank,
      settled: t.settled,
      stillTied: stillTiedText(t),
      votes: t.votes.map((v) => ({ unit: name(v.unit), code: v.unit.unit.code, votes: v.votes, rank: finalRank(t) ? v.unit.rank : null })),
    })),
  };
}

export function sidebarVote(ev: Evaluation): SidebarVote | null {
  const vote = ev.vote;
  if (!vote) return null;
  const labelled = (pairs: [string, number][]): { label: string; count: number }[] => pairs.map(([label, count]) => ({ label, count }));
  return {
    counted: vote.counted,
    threshold: thresholdText(vote.settings, ev.settings.decimalSeparator),
    ballots: labelled(ballotCounts(vote)),
    invalid: vote.invalid.length,
    ...sidebarCount(vote, vote, () => true),
    rounds: vote.rounds.map((r) => ({
      round: r.round,
      ballots: labelled(ballotCounts(r)),
      ...sidebarCount(r, vote, (t) => !askedAgain(vote, r.round, t.rank)),
    })),
    headDecision: headDecision(vote),
  };
}
