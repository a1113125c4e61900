/**
 * The council's secret ballot (bình xét): its rules, its candidates and its count.
 * Every rule is a setting of the cluster (decrees and each cluster's own regulation
 * differ), never a constant.
 */
import type { Milli, UnitResult } from './types';

/** Which count the agree votes are a share of. */
export type VoteBase = 'members' | 'present';
/** "ít nhất" (reaching the threshold passes) or "trên" (only exceeding it does). */
export type VoteComparison = 'atLeast' | 'moreThan';

export interface CouncilMember {
  name: string;
  present: boolean;
  /** Absent and gave a written opinion (a ballot sent and returned in writing). */
  wroteOpinion: boolean;
}

/** A person named with a role: "Nguyễn Văn A - Giám đốc Sở …". */
export interface NamedRole {
  name: string;
  /** As typed after the dash; '' when none. */
  role: string;
}

/** The least attendance for the vote, as typed: a fraction (2/3) or a percent (66,67). */
export interface Quorum {
  /** "2/3", "66,67%". */
  text: string;
  /** The share as numerator / denominator (66.67 % is 6667/10000). */
  numerator: number;
  denominator: number;
}

/** A member of the counting committee; role "Trưởng ban", "Thành viên". */
export type CommitteeMember = NamedRole;

export interface VoteSettings {
  /** Council members; null when the setting is blank or bad. */
  members: number | null;
  /** The members by name when `Thành viên Hội đồng` is a list (empty for a count). */
  memberList: CouncilMember[];
  present: number | null;
  /** Absent members who gave a written opinion (a ballot returned in writing). */
  written: number;
  /** Ballots handed out: present members plus those sent to absent members voting in writing. */
  issued: number | null;
  /** The least attendance under the cluster's regulation; null: not checked. */
  quorum: Quorum | null;
  /** Rounds the regulation allows (1 or 2). */
  maxRounds: number;
  /** What the cluster head and deputy decided on what the last round left undecided; '' when none. */
  headDecision: string;
  endTime: string;
  chair: NamedRole | null;
  secretary: NamedRole | null;
  /** Copies of the minutes. */
  copies: number;
  /** A blank answer invalidates the ballot (else it counts as not agreeing). */
  answerRequired: boolean;
  /** What a ballot cell may say for each answer, as the cluster wrote them in `Cấu hình`; any other mark is named at its cell. */
  marks: BallotMarks;
  /** Percent in thousandths (80 % = 80,000), 1 % to 100 %; null when not set. */
  threshold: Milli | null;
  base: VoteBase;
  comparison: VoteComparison;
  date: Date | null;
  time: string;
  place: string;
  committee: CommitteeMember[];
  minutesNumber: string;
  letterNumber: string;
  grantingBody: string;
  /** As typed; empty: the dossier's own list. */
  attachments: string[];
  /** The letter's date; null: the latest of the papers it attaches. */
  letterDate: Date | null;
  /** The letter's legal bases, one text a line (the default list when blank). */
  legalBases: string[];
}

/** The accepted ways of writing each answer on a ballot (compared as `nameKey`s). */
export interface BallotMarks {
  agree: string[];
  disagree: string[];
}

/** The units of one tie that no rule breaks, to be ordered by the ballot. */
export interface TieToSettle {
  rank: number;
  units: UnitResult[];
}

/** What the ballot asks: a yes/no per award candidate, a choice per tie. */
export interface Candidates {
  award: UnitResult[];
  ties: TieToSettle[];
}

export interface CandidateCount {
  unit: UnitResult;
  agree: number;
  disagree: number;
  /** Valid ballots left blank for this candidate. */
  blank: number;
  /** The agree share of the denominator, e.g. "91,66 %" (truncated, never rounded up to a pass). */
  percent: string;
  passed: boolean;
}

export interface TieCount {
  rank: number;
  /** The tied units with their votes, most votes first (the tie's own order when equal). */
  votes: { unit: UnitResult; votes: number }[];
  /** Valid ballots choosing none of them. */
  blank: number;
  /** False when any of the tied units still have equal votes: those stay flagged. */
  settled: boolean;
}

export interface InvalidBallot {
  /** 1-based row in `Phiếu bầu`. */
  row: number;
  number: string;
  /** In the sheet's words, for the issue at its cells. */
  reason: string;
  /** In plain words, for the minutes: what the paper shows. */
  plain: string;
}

/** What the ballots themselves say, before it is known whether the count can be applied. */
export interface BallotCount {
  returned: number;
  valid: number;
  invalid: InvalidBallot[];
  /** The count the percentages are taken of (members or those present). */
  denominator: number;
  awards: CandidateCount[];
  ties: TieCount[];
}

/** One round of the vote: its own ballots and what it asked. */
export interface RoundCount extends BallotCount {
  round: number;
  /** Ballots handed out in this round. */
  issued: number;
}

/** What the last round left undecided, for the cluster head and deputy. */
export interface Undecided {
  /** Places of the award still open with candidates short of the threshold. */
  award: UnitResult[];
  /** Ties whose units still have equal votes. */
  ties: TieCount[];
}

/**
 * The outcome: `awards` and `ties` are each question's final count (from the last round
 * that asked it); `returned`, `valid` and `invalid` those of the first round; every
 * round in `rounds`.
 */
export interface VoteOutcome extends BallotCount {
  settings: VoteSettings;
  candidates: Candidates;
  /**
   * False when an error on the sheet or in the settings makes any count doubtful
   * (a ballot typed twice, more ballots than issued, no threshold): nothing is applied.
   */
  counted: boolean;
  issued: number;
  rounds: RoundCount[];
  undecided: Undecided;
  /** The quorum's least attendance when one is set; `met` false stops the count. */
  quorum: { needed: number; met: boolean } | null;
}
