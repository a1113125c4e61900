/**
 * What the example's ballots (examples/cum-thi-dua-08-nam-2021.json, "ballots") decide,
 * counted by hand from its twelve rows: ballot 7 names both tied units and is invalid,
 * so 11 are valid. Long An: 10 agree (all valid ballots but no. 4), 10/12 = 83.33 %,
 * at least 80 % of all 12 members: proposed. Rank-5 tie: Đồng Tháp 7 (ballots 1, 3, 4,
 * 6, 8, 10, 12), Vĩnh Long 3 (2, 5, 9), one blank (11): Đồng Tháp keeps rank 5,
 * Vĩnh Long takes 6 and every later unit moves one place down (dense ranks).
 */
import type { Fixture } from '../../scripts/example-data';

export const EXAMPLE_VOTE = {
  date: '28/12/2021',
  issued: 12,
  returned: 12,
  valid: 11,
  invalidRows: [8],
  longAn: { agree: 10, disagree: 1, blank: 0, percent: '83.33', passed: true },
  tie: [
    { code: 'DT', votes: 7, rank: 5 },
    { code: 'VL', votes: 3, rank: 6 },
  ],
} as const;

export function rankingAfterVote(f: Fixture): Fixture['expectedRanking'] {
  const byUnit = (code: string) => f.expectedRanking.find((r) => r.unit === code) as Fixture['expectedRanking'][number];
  const rest = f.expectedRanking.filter((r) => r.unit !== 'DT' && r.unit !== 'VL').map((r) => ({ ...r, rank: r.rank > 5 ? r.rank + 1 : r.rank }));
  rest.splice(4, 0, { ...byUnit('DT'), rank: 5 }, { ...byUnit('VL'), rank: 6 });
  return rest;
}
