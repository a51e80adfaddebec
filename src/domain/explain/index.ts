/**
 * Explaining a result: why a unit stands where it does, in words with its numbers.
 */
export {
  explainUnit,
  type CouncilScoring,
  type DecidingLink,
  type ExplainedCondition,
  type GroupPoints,
  type Neighbour,
  type SelfScoreGap,
  type UnitExplanation,
} from './explainUnit';
