/**
 * Section V: the award proposal in the words of a signed report. It takes the
 * proposal itself (not the evaluation), so a proposal settled otherwise — by the
 * council's vote — is written the same way, each unit with its votes when counted.
 */
import { formatPoints } from '../model/numbers';
import type { AwardProposal, UnitResult } from '../model/types';
import type { Evaluation } from '../model/evaluation';
import { noneReachedText, unitVoteText } from '../vote/vote-text';
import { twoDigits } from '../model/text';

export interface AwardWording {
  /** The award and the body that grants it: "Cờ thi đua của Bộ Thông tin và Truyền thông". */
  award: string;
  /** Who proposes: "Cụm thi đua số 08". */
  proposer: string;
  year: number | null;
  /** How many units the cluster may propose. */
  seats: number;
  separator: '.' | ',';
  /** The council's vote on a unit ("11/12 phiếu đồng ý (91,66%)"); '' when there was none. */
  voteOf: (unitCode: string) => string;
  /** Said when no unit is proposed. */
  none: string;
}

export function awardWording(ev: Evaluation): AwardWording {
  const s = ev.settings;
  const none = ev.vote?.counted ? noneReachedText(ev.vote, s.decimalSeparator, s.awardName) : `Chưa có đơn vị được đề nghị xét tặng ${s.awardName}.`;
  return {
    award: s.awardName,
    proposer: s.clusterName || 'Cụm thi đua',
    year: s.year,
    seats: s.awardCount,
    separator: s.decimalSeparator,
    voteOf: (code) => unitVoteText(ev.vote, code),
    none,
  };
}

/**
 * The paragraphs of section V; a list item starts with "- ". Every unit proposed
 * is named in full with its rank and total, each sentence ending with its stop; a
 * tie across the cut-off says what the council decides.
 */
export function awardParagraphs(proposal: AwardProposal, w: AwardWording): string[] {
  const { proposed, tiedAtCutoff: tied } = proposal;
  const points = (r: UnitResult): string => {
    const vote = w.voteOf(r.unit.code);
    return `đạt ${formatPoints(r.total, w.separator)} điểm, xếp thứ ${r.rank}${vote ? `, được Hội đồng thi đua bình xét với ${vote}` : ''}`;
  };
  const basis = `Căn cứ kết quả chấm điểm, xếp hạng thi đua${w.year ? ` năm ${w.year}` : ''}, ${w.proposer} đề nghị xét tặng ${w.award}`;
  const paragraphs: string[] = [];
  if (proposed.length === 1) paragraphs.push(`${basis} cho ${proposed[0].unit.name}, ${points(proposed[0])}.`);
  else if (proposed.length > 1)
    paragraphs.push(`${basis} cho ${twoDigits(proposed.length)} đơn vị sau:`, ...proposed.map((r) => `- ${r.unit.name}, ${points(r)}.`));
  if (tied.length > 0) {
    const open = Math.max(1, w.seats - proposed.length);
    if (proposed.length === 0) paragraphs.push(`${basis} cho ${twoDigits(open)} đơn vị dẫn đầu.`);
    paragraphs.push(
      // "A, B cùng đạt": never "A và B", which reads as one name when the names hold "và" (Sở Thông tin và Truyền thông).
      `${tied.map((r) => r.unit.name).join(', ')} cùng đạt ${formatPoints(tied[0].total, w.separator)} điểm, đồng xếp hạng ${tied[0].rank}. ` +
        `${w.proposer} sẽ tổ chức bỏ phiếu để lựa chọn ${proposed.length > 0 ? 'thêm ' : ''}${twoDigits(open)} trong ${twoDigits(tied.length)} đơn vị này đề nghị xét tặng ${w.award}.`,
    );
  }
  if (paragraphs.length === 0) paragraphs.push(w.none);
  return paragraphs;
}
