/**
 * Scoring: the criteria tree, the points of each criterion (typed, tiered, proportional), headings'
 * sums, totals, score errors that hold a unit, and the rules that leave a unit out.
 */
export { councilPointsOf, type CouncilPoints } from './councilPoints';
export { criteriaTree, isHeading, tableOf, type CriteriaTree } from './criteriaTree';
export {
  headingPoints,
  isMeasured,
  leafPoints,
  measureOf,
  methodOf,
  numberOrNull,
  signIn,
  tierOf,
  tierPoints,
  tierSteps,
  type TierStep,
} from './points';
export {
  compares,
  criterionPoints,
  MAX_TOLERANCE,
  rawTotal,
  ruleValue,
  scoreProblems,
  scoreUnit,
  scoringContext,
  type CriterionPoints,
  type PlannedCriterion,
  type ScoreProblem,
  type ScoreStatus,
  type ScoringContext,
  type UnitScore,
} from './scoreUnit';
