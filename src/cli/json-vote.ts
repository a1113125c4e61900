/** The council's count in the `--json` result: null without ballots; plain numbers and strings. */
import type { VoteOutcome } from '../core/model/vote-types';
import { toNumber } from '../core/model/numbers';
import { voteDay } from '../core/vote/vote';

export interface JsonVote {
  /** False when errors on `Phiếu bầu` or in the settings left the count doubtful: ranks and awards then ignore it. */
  counted: boolean;
  /** "28/12/2021", or '' when not set. */
  date: string;
  members: number | null;
  present: number | null;
  issued: number;
  returned: number;
  valid: number;
  invalid: { row: number; number: string; reason: string }[];
  /** Percent (80 means 80 %), the count it is a share of, and whether reaching it is enough. */
  threshold: { percent: number | null; base: 'members' | 'present'; comparison: 'atLeast' | 'moreThan'; denominator: number };
  awards: { code: string; shortName: string; agree: number; disagree: number; blank: number; percent: string; passed: boolean }[];
  /** Each tie put to the vote: rank before the vote, votes per unit (most first) and the rank after it. */
  ties: { rank: number; settled: boolean; blank: number; votes: { code: string; shortName: string; votes: number; rank: number }[] }[];
}

export function jsonVote(vote: VoteOutcome | undefined): JsonVote | null {
  if (!vote) return null;
  const vs = vote.settings;
  return {
    counted: vote.counted,
    date: voteDay(vs),
    members: vs.members,
    present: vs.present,
    issued: vote.issued,
    returned: vote.returned,
    valid: vote.valid,
    invalid: vote.invalid.map((b) => ({ row: b.row, number: b.number, reason: b.reason })),
    threshold: { percent: vs.threshold === null ? null : toNumber(vs.threshold), base: vs.base, comparison: vs.comparison, denominator: vote.denominator },
    awards: vote.awards.map((a) => ({
      code: a.unit.unit.code,
      shortName: a.unit.unit.shortName,
      agree: a.agree,
      disagree: a.disagree,
      blank: a.blank,
      percent: a.percent,
      passed: a.passed,
    })),
    ties: vote.ties.map((t) => ({
      rank: t.rank,
      settled: t.settled,
      blank: t.blank,
      votes: t.votes.map((v) => ({ code: v.unit.unit.code, shortName: v.unit.unit.shortName, votes: v.votes, rank: v.unit.rank })),
    })),
  };
}
