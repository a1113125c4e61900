/**
 * Ranking: highest total first; the tie-break ladder decides between equal totals;
 * what no rung separates shares a rank and is flagged for a council vote. Tied
 * entries keep their input order (the order of the unit list).
 */
import type { Milli, RankStyle } from '../model/types';

export interface Rankable {
  total: Milli;
  /** Tie-break values in ladder order; higher is better. */
  keys: readonly Milli[];
}

export interface Placed {
  /** Index into the input array. */
  index: number;
  rank: number;
  needsVote: boolean;
}

function compare(a: Rankable, b: Rankable): number {
  if (a.total !== b.total) return b.total - a.total;
  const n = Math.max(a.keys.length, b.keys.length);
  for (let i = 0; i < n; i++) {
    const d = (b.keys[i] ?? 0) - (a.keys[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Entries in rank order with their ranks: dense (1, 2, 2, 3) or competition (1, 2, 2, 4). */
export function rank(items: readonly Rankable[], style: RankStyle): Placed[] {
  const order = items.map((_, i) => i).sort((i, j) => compare(items[i], items[j]) || i - j);
  const placed: Placed[] = [];
  let groupStart = 0;
  let denseRank = 0;
  for (let pos = 0; pos < order.length; pos++) {
    const newGroup = pos === 0 || compare(items[order[pos - 1]], items[order[pos]]) !== 0;
    if (newGroup) {
      groupStart = pos;
      denseRank++;
    }
    placed.push({ index: order[pos], rank: style === 'dense' ? denseRank : groupStart + 1, needsVote: false });
  }
  for (let pos = 0; pos < placed.length; pos++) {
    const tiedBefore = pos > 0 && placed[pos - 1].rank === placed[pos].rank;
    const tiedAfter = pos + 1 < placed.length && placed[pos + 1].rank === placed[pos].rank;
    placed[pos].needsVote = tiedBefore || tiedAfter;
  }
  return placed;
}
