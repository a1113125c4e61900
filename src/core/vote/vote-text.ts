/** The vote's results in words, shared by the sheets, the report, the minutes and the letter. */
import { formatPoints } from '../model/numbers';
import type { CandidateCount, TieCount, VoteOutcome, VoteSettings } from '../model/vote-types';
import { twoDigits } from '../model/text';

/** "ít nhất 80 % tổng số thành viên Hội đồng", "trên 50 % số thành viên có mặt". */
export function thresholdText(vs: VoteSettings, sep: '.' | ','): string {
  const percent = vs.threshold === null ? '…' : formatPoints(vs.threshold, sep);
  return `${vs.comparison === 'atLeast' ? 'ít nhất' : 'trên'} ${percent}% ${vs.base === 'members' ? 'tổng số thành viên Hội đồng' : 'số thành viên Hội đồng có mặt'}`;
}

/** "11/12 phiếu đồng ý, tỷ lệ 91,66%"; counts take two digits ("09/12"), as every count in the documents. */
export function agreeText(c: CandidateCount, denominator: number): string {
  return `${twoDigits(c.agree)}/${twoDigits(denominator)} phiếu đồng ý, tỷ lệ ${c.percent}%`;
}

/** A proposed unit's vote, or '' when there was no counted vote about it. */
export function unitVoteText(vote: VoteOutcome | undefined, unitCode: string): string {
  if (!vote?.counted) return '';
  const c = vote.awards.find((a) => a.unit.unit.code === unitCode);
  return c ? agreeText(c, vote.denominator) : '';
}

/** Said instead of a proposal when the council's vote passed no candidate. */
export function noneReachedText(vote: VoteOutcome, sep: '.' | ',', awardName: string): string {
  return `Không có đơn vị nào đạt tỷ lệ phiếu đồng ý theo quy định (${thresholdText(vote.settings, sep)}) nên chưa đề nghị xét tặng ${awardName}.`;
}

/**
 * When the vote placed some units of a tie but not all (3, 1 and 1 votes): the units it
 * left tied, each group of equal votes as "Sở Y tế, Sở NN&MT". '' when the vote settled
 * the tie or left every unit equal, which the plain wording says.
 */
export function partlyTiedText(t: TieCount): string {
  if (t.settled) return '';
  const groups = new Map<number, string[]>();
  for (const v of t.votes) groups.set(v.votes, [...(groups.get(v.votes) ?? []), v.unit.unit.shortName]);
  const tied = [...groups.values()].filter((g) => g.length > 1);
  return tied.length === 1 && tied[0].length === t.votes.length ? '' : tied.map((g) => g.join(', ')).join('; ');
}

/**
 * The sentence for a tie the vote placed only partly, "Bình, Cần vẫn đồng hạng", said alike
 * by the terminal, the vote sheet and the sidebar; '' when the vote settled the tie or left
 * every unit equal.
 */
export function stillTiedText(t: TieCount): string {
  const partly = partlyTiedText(t);
  return partly ? `${partly} vẫn đồng hạng` : '';
}

/**
 * What is the cluster head and deputy's to decide: null while nothing is (every question decided,
 * or a round still to come); else their decision as `Cấu hình` records it, '' until it does.
 */
export function headDecision(vote: VoteOutcome): string | null {
  const open = vote.undecided.award.length + vote.undecided.ties.length > 0;
  return open && vote.rounds.length >= vote.settings.maxRounds ? vote.settings.headDecision : null;
}

/** Whether the tie at `rank` counted in round `round` is asked again in a later round: its rank after the vote is that round's to show. */
export function askedAgain(vote: VoteOutcome, round: number, rank: number): boolean {
  return vote.rounds.some((later) => later.round > round && later.ties.some((t) => t.rank === rank));
}
