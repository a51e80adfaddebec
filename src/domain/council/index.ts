/** The council (Hội đồng thi đua, khen thưởng): its members, its vote rules and the tally of its votes. */
export {
  attendance,
  outcomeLabel,
  tallyVote,
  tallyVotes,
  voteBaseLabel,
  votePercent,
  voteRuleOf,
  type Attendance,
  type VoteOutcome,
  type VoteResult,
} from './tallyVotes';
export {
  combine,
  combineReviews,
  type CombinedScore,
  type ReviewProblem,
  type ReviewRowResult,
} from './combineReviews';
