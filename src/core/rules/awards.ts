/** Award proposals (Cờ thi đua): the top N by rank; a tie across the cut-off is flagged, never broken silently. */
import type { AwardProposal, UnitResult } from '../model/types';

/** `ranking` in rank order. */
export function proposeAwards(ranking: readonly UnitResult[], count: number): AwardProposal {
  if (count <= 0 || ranking.length === 0) return { proposed: [], tiedAtCutoff: [] };
  if (count >= ranking.length) return { proposed: [...ranking], tiedAtCutoff: [] };
  const cutoffRank = ranking[count - 1].rank;
  const atCutoff = ranking.filter((r) => r.rank === cutoffRank);
  const above = ranking.filter((r) => r.rank < cutoffRank);
  if (above.length + atCutoff.length <= count) return { proposed: [...above, ...atCutoff], tiedAtCutoff: [] };
  return { proposed: above, tiedAtCutoff: atCutoff };
}
