/** The result of one evaluation: what every adapter, output and document is built from. */
import type { AwardProposal, Criterion, CriterionResult, Issue, Review, Settings, Unit, UnitResult } from './types';
import type { VoteOutcome } from './vote-types';
import type { YearComparison } from './year-comparison';

export interface Evaluation {
  settings: Settings;
  criteria: Criterion[];
  units: Unit[];
  issues: Issue[];
  /** True when an error-severity issue blocks ranking. */
  blocked: boolean;
  /** Units in rank order (empty when blocked). */
  ranking: UnitResult[];
  criterionResults: CriterionResult[];
  awards: AwardProposal;
  /** The council's count, when `Phiếu bầu` holds ballots; ranks and awards above already follow it. */
  vote?: VoteOutcome;
  /** Each ranked unit against the latest past year of `Các năm trước`; absent without one. */
  comparison?: YearComparison;
  /** Submissions, evidence and the cluster's corrections with their reasons. */
  review: Review;
}
