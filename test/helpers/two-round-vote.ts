/**
 * A council of five voting in two rounds, worked by hand: 80 % of all members is 4
 * agreements; A (20 points) is the award's candidate, B and C tie on 18 for 2nd, D is 4th.
 * Round 1 decides nothing (A 3 of 5; B and C 2 votes each, one ballot choosing neither);
 * round 2, on both, proposes A (4 of 5) and places B 2nd (3 votes), C 3rd (2).
 */
import { evaluate } from '../../src/core/evaluate';
import type { CellValue, Grid, WorkbookGrids } from '../../src/core/model/types';
import { ballotHeader, candidatesOf } from '../../src/core/vote/ballot-sheet';
import { twoCriteria } from './cluster';

export const VOTE_UNITS = [
  { code: 'A', shortName: 'A', scores: [10, 0, 10] },
  { code: 'B', shortName: 'B', scores: [9, 0, 9] },
  { code: 'C', shortName: 'C', scores: [9, 0, 9] },
  { code: 'D', shortName: 'D', scores: [8, 0, 7] },
];
export const VOTE_SETTINGS = {
  awardCount: 1,
  councilMembers: 5,
  voteThreshold: 80,
  validBallotRule: 'được để trống',
  voteBase: 'tổng số thành viên',
  voteComparison: 'ít nhất',
  voteDate: '05/01/2022',
  gradeExcellent: 19,
  gradeGood: 17,
  gradePass: 15,
};

/** The cluster with `settings` over the ones above and `rows` under the ballot header (a `Vòng` column with `withRound`). */
export function voteGrids(settings: Record<string, CellValue>, rows: CellValue[][], withRound = false): WorkbookGrids {
  const cluster = twoCriteria(VOTE_UNITS, { ...VOTE_SETTINGS, ...settings });
  const header = ballotHeader(candidatesOf(evaluate(cluster)), withRound);
  return { ...cluster, ballots: [header, ...rows] as Grid };
}

/** Round 1: A gets 3 of 5 (60 %, short of 4); B and C 2 each, one blank: nothing decided. */
export const ROUND_1 = [
  [1, 1, 'đồng ý', 'B'],
  [2, 1, 'đồng ý', 'B'],
  [3, 1, 'đồng ý', 'C'],
  [4, 1, 'không đồng ý', 'C'],
  [5, 1, '', ''],
];
/** Round 2, on both open questions: A 4 of 5 (80 %: passes); B 3, C 2. */
export const ROUND_2 = [
  [1, 2, 'đồng ý', 'B'],
  [2, 2, 'đồng ý', 'B'],
  [3, 2, 'đồng ý', 'B'],
  [4, 2, 'đồng ý', 'C'],
  [5, 2, 'không đồng ý', 'C'],
];

/** Both rounds typed, the regulation allowing two. */
export const twoRoundGrids = (): WorkbookGrids => voteGrids({ voteRounds: 2 }, [...ROUND_1, ...ROUND_2], true);
