/** The vote's results in words, shared by the sheets, the report, the minutes and the letter. */
import { formatPoints } from '../numbers';
import type { CandidateCount, VoteOutcome, VoteSettings } from './types';

/** "ít nhất 80 % tổng số thành viên Hội đồng", "trên 50 % số thành viên có mặt". */
export function thresholdText(vs: VoteSettings, sep: '.' | ','): string {
  const percent = vs.threshold === null ? '…' : formatPoints(vs.threshold, sep);
  return `${vs.comparison === 'atLeast' ? 'ít nhất' : 'trên'} ${percent}% ${vs.base === 'members' ? 'tổng số thành viên Hội đồng' : 'số thành viên Hội đồng có mặt'}`;
}

/** "11/12 phiếu đồng ý, tỷ lệ 91,66%". */
export function agreeText(c: CandidateCount, denominator: number): string {
  return `${c.agree}/${denominator} phiếu đồng ý, tỷ lệ ${c.percent}%`;
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
