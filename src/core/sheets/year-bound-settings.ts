/**
 * What each setting of `Cấu hình` is to a new year: kept as it is (the cluster's
 * rules), kept but marked for review (people and texts that usually change with the
 * rotating cluster head), or cleared because it belongs to the year that ended
 * (numbers and dates of its documents, its meeting, its own narrative). "Bắt đầu năm
 * mới" applies this; the checks use the kinds to find a value of another year.
 * Every setting is in exactly one list (test/core/new-year.test.ts): a setting added
 * to the template must be placed here.
 */

/** How a year-bound value shows its year: a document number, a date, or free text. */
export type YearBoundKind = 'number' | 'date' | 'text';

/** Cleared by a new year and marked to be filled: they belong to the year that ended. */
export const YEAR_BOUND_SETTINGS: Readonly<Record<string, YearBoundKind>> = {
  reportNumber: 'number',
  reportDate: 'date',
  basis: 'text',
  section1: 'text',
  section3: 'text',
  membersPresent: 'text',
  ballotsIssued: 'text',
  voteDate: 'date',
  voteTime: 'text',
  votePlace: 'text',
  countingCommittee: 'text',
  minutesNumber: 'number',
  letterNumber: 'number',
  letterDate: 'date',
  voteEndTime: 'text',
  writtenOpinions: 'text',
  headDecision: 'text',
  deadline: 'text',
};

/** Kept, and marked for review: the cluster head, its place and signer, and texts written for one year. */
export const REVIEWED_SETTINGS: readonly string[] = [
  'leaderUnit',
  'place',
  'summary',
  'intro',
  'section2Intro',
  'closing',
  'recipients',
  'signerTitle',
  'signerName',
  'councilMembers',
  'grantingBody',
  'attachments',
  'meetingChair',
  'meetingSecretary',
];

/** Kept as they are: the cluster, its scoring rules, its vote rules. `year` is moved on. */
export const KEPT_SETTINGS: readonly string[] = [
  'clusterName',
  'parentBody',
  'issuer',
  'year',
  'declaredBaseTotal',
  'rankStyle',
  'tieBreaks',
  'scoreStep',
  'maxTotalBonus',
  'maxTotalDeduction',
  'evidenceRule',
  'gradeExcellent',
  'gradeGood',
  'gradePass',
  'awardCount',
  'awardName',
  'awardStreak',
  'decimalSeparator',
  'draft',
  'signerRole',
  'validBallotRule',
  'agreeMarks',
  'disagreeMarks',
  'voteThreshold',
  'voteBase',
  'voteComparison',
  'quorum',
  'voteRounds',
  'minutesCopies',
  // Laws carry their own dates ("ngày 15 tháng 6 năm 2022"): kept, and a replaced one is warned of by its number.
  'legalBases',
];

/** Keys of the settings whose value is a document number of the year (kept with each past year's results). */
export const NUMBER_SETTINGS: readonly string[] = Object.keys(YEAR_BOUND_SETTINGS).filter((key) => YEAR_BOUND_SETTINGS[key] === 'number');
