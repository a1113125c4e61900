/**
 * A vote that settles a tie only in part: An, Bình and Cần tie on 18 points for 1st place,
 * the ballots give An 3 votes and Bình and Cần 1 each, so An is placed first and the
 * other two stay tied on 2nd. Đông, on 15 points, is not in the tie.
 */
import { evaluate } from '../../src/core/evaluate';
import type { WorkbookGrids } from '../../src/core/model/types';
import { ballotHeader, candidatesOf } from '../../src/core/vote/ballot-sheet';
import { twoCriteria } from './cluster';

const units = ['An', 'Bình', 'Cần'].map((shortName, i) => ({ code: 'ABC'[i], shortName, scores: [9, 0, 9] }));
const cluster = twoCriteria([...units, { code: 'D', shortName: 'Đông', scores: [8, 0, 7] }], {
  awardCount: 1,
  councilMembers: 5,
  voteThreshold: 60,
  validBallotRule: 'được để trống',
  voteBase: 'tổng số thành viên',
  voteComparison: 'ít nhất',
  voteDate: '05/01/2022',
});
/** The tie column's header on `Phiếu bầu`. */
export const PARTLY_TIED_HEADER = ballotHeader(candidatesOf(evaluate(cluster)));
/** One ballot per council member: each chooses in the tie; those choosing An also agree to its award. */
const choices = ['An', 'An', 'An', 'Bình', 'Cần'];

export const partlyTiedGrids: WorkbookGrids = {
  ...cluster,
  ballots: [PARTLY_TIED_HEADER, ...choices.map((c, i) => [i + 1, c === 'An' ? 'đồng ý' : '', '', '', c])],
};
