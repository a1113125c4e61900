/** The council's count in the `--json` result: null without ballots; plain numbers and strings. */
import type { BallotCount, VoteOutcome } from '../core/model/vote-types';
import { toNumber } from '../core/model/numbers';
import { voteDay } from '../core/vote/vote';
import { askedAgain, headDecision } from '../core/vote/vote-text';

/** One count's ballots and answers: the whole vote's (each question as its last round counted it), or one round's. */
export interface JsonCount {
  invalid: { row: number; number: string; reason: string }[];
  awards: { code: string; shortName: string; agree: number; disagree: number; blank: number; percent: string; passed: boolean }[];
  /** Each tie put to the vote: rank before the vote, votes per unit (most first) and the rank after it (null in a round a later round asked again). */
  ties: { rank: number; settled: boolean; blank: number; votes: { code: string; shortName: string; votes: number; rank: number | null }[] }[];
}

export interface JsonVote extends JsonCount {
  /** False when errors on `Phiếu bầu` or in the settings left the count doubtful: ranks and awards then ignore it. */
  counted: boolean;
  /** "28/12/2021", or '' when not set. */
  date: string;
  members: number | null;
  present: number | null;
  issued: number;
  returned: number;
  valid: number;
  /** Percent (80 means 80 %), the count it is a share of, and whether reaching it is enough. */
  threshold: { percent: number | null; base: 'members' | 'present'; comparison: 'atLeast' | 'moreThan'; denominator: number };
  /** Each round in its order, with its own ballots and answers. */
  rounds: (JsonCount & { round: number; issued: number; returned: number; valid: number })[];
  /** The cluster head and deputy's decision after the last round ('' not yet recorded); null when nothing was theirs. */
  headDecision: string | null;
}

function jsonCount(count: BallotCount, finalRank: (rank: number) => boolean): JsonCount {
  return {
    invalid: count.invalid.map((b) => ({ row: b.row, number: b.number, reason: b.reason })),
    awards: count.awards.map((a) => ({
      code: a.unit.unit.code,
      shortName: a.unit.unit.shortName,
      agree: a.agree,
      disagree: a.disagree,
      blank: a.blank,
      percent: a.percent,
      passed: a.passed,
    })),
    ties: count.ties.map((t) => ({
      rank: t.rank,
      settled: t.settled,
      blank: t.blank,
      votes: t.votes.map((v) => ({ code: v.unit.unit.code, shortName: v.unit.unit.shortName, votes: v.votes, rank: finalRank(t.rank) ? v.unit.rank : null })),
    })),
  };
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
    threshold: { percent: vs.threshold === null ? null : toNumber(vs.threshold), base: vs.base, comparison: vs.comparison, denominator: vote.denominator },
    ...jsonCount(vote, () => true),
    rounds: vote.rounds.map((r) => ({
      round: r.round,
      issued: r.issued,
      returned: r.returned,
      valid: r.valid,
      ...jsonCount(r, (rank) => !askedAgain(vote, r.round, rank)),
    })),
    headDecision: headDecision(vote),
  };
}
