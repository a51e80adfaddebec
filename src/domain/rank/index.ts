/**
 * Totals, ranking within clusters, award proposals and summaries: pure functions over a `Campaign`
 * that compute what the workbook's formulas compute, so either can check the other.
 */
export { roundLikeExcel } from './roundLikeExcel';
export { unitTotal } from './totals';
export { tieBreakKeys } from './tieBreaks';
export { rankWithinCluster, type ClusterStanding, type RankEntry } from './rankWithinCluster';
export {
  assignBands,
  bandCodes,
  bandFloor,
  bandReach,
  type BandAssignment,
  type BandCandidate,
  type BandRowResult,
  type GateResult,
} from './bands';
export { EXCLUDED_LABEL, HELD_LABEL, problemWords, statusReason } from './statusReason';
export {
  awardFor,
  isLeading,
  meetsFlagBand,
  proposeAward,
  type AwardDecision,
  reachedBand,
  REASON_NO_BAND,
  REASON_UNSCORED,
  type AwardProposal,
  type ProposalInput,
} from './proposal';
export { rankCampaign, type ClusterRanking, type RankedUnit } from './rankCampaign';
export { compareClusters, type ClusterComparison } from './clusterComparison';
export { countTitles, type TitleCount } from './titleCounts';
export { allowedCount, checkCaps, type CapCheck } from './capChecks';
export { proposalRows, type ProposalRow } from './proposalRows';
export { summarise, type CampaignSummary } from './summarise';
export {
  hasAnyScore,
  largestSelfReviewGaps,
  tiesNeedingVote,
  type ScoreGap,
  type TieGroup,
} from './scoreInsights';
