/**
 * Every formula of the workbook, built in one place: en-US form, structured references, readable by a
 * council member. Sheet modules call these builders; nothing else writes formula text.
 */
export { column, numberLiteral, tableColumn, text, thisRow, thisRowSpan } from './refs';
export {
  criterionCount,
  criterionRuns,
  kindSum,
  netPoints,
  pointHeader,
  type CriterionColumns,
} from './pointSums';
export { totalFormula, whenTotal } from './totalFormula';
export { tieBreakKeyFormula } from './tieBreakFormulas';
export {
  HELD_TEXT,
  inputHeader,
  proportionalFormula,
  RANKED_TOTAL,
  rankedTotalFormula,
  ruleCell,
  statusFormula,
  subtotalFormula,
  tierIncrementFormula,
  tierOrderFormula,
  tierPointsFormula,
  type ScoringColumns,
} from './scoringFormulas';
export {
  catalogueIndexFormula,
  KEY_SEPARATOR,
  ordinalFormula,
  ordinalKeyFormula,
  rankFormula,
  tiedFormula,
} from './rankFormulas';
export {
  bandCandidateFormula,
  bandFormula,
  bandProposalNameFormula,
  bandsByCode,
  FLAG_VOTE_TEXT,
  flagCandidateFormula,
  hasProposalFormula,
  leadingFormula,
  proposalFormula,
  proposalOrdinalFormula,
  voteFormula,
} from './awardFormulas';
export {
  criterionHeadingFormula,
  criterionMaxFormula,
  reviewedTotalFormula,
  selfGapFormula,
  unitLookupFormula,
} from './lookupFormulas';
export { clusterSummaryFormulas } from './clusterSummaryFormulas';
export {
  clusterNameFormula,
  proposalRowFormula,
  rankingRowFormula,
  scoresAtRowFormula,
  titleCountFormula,
  titleNameFormula,
} from './listFormulas';
export {
  flagVoteFormula,
  MEMBERS,
  PRESENT,
  voteExplanationFormula,
  voteResultFormula,
  voteShareFormula,
} from './voteFormulas';
export {
  councilHeldCount,
  councilMemberCount,
  councilPointsFormula,
  councilScoredCount,
  REVIEW_ERROR_TEXT,
  reviewBelowFormula,
  reviewCombinedFormula,
  reviewCountedFormula,
  reviewCountFormula,
  reviewFlagFormula,
  reviewMemberShareFormula,
  reviewNotAboveFormula,
  reviewSpreadFormula,
} from './reviewFormulas';
export { FUNCTIONS_USED, type FunctionUsed } from './functionsUsed';
export {
  belowPlaceFormula,
  decimalText,
  explanationFormula,
  gapAboveFormula,
  groupPointsFormula,
  groupsTextFormula,
  pointGroups,
  gapBelowFormula,
} from './explainFormula';
export {
  attendanceFormula,
  catalogueNameFormula,
  councilCounts,
  roleHolderExpression,
  rowTextFormula,
  rowValueFormula,
  awardKeyFormula,
  awardRowFormula,
  awardTitleFormula,
  NO_PROPOSAL_KEY,
  proposalKeyFormula,
  registrationUnitKeyFormula,
  unitKeyBase,
  unitRegistrationRowFormula,
  voteOutcomeFormula,
  voteShareOfFormula,
} from './documentFormulas';
