/**
 * Text codecs of the rule columns an officer edits in the workbook: each value is written as
 * readable Vietnamese and read back, so the workbook stays the one place rules live.
 */
export { formatCap, parseCap, ROUNDING_LABELS } from './cap';
export { formatCounts, parseCounts } from './counts';
export { parseDateText } from './dates';
export { formatGates, parseGates } from './gates';
export {
  formatLabel,
  formatYesNo,
  parseCampaignKind,
  parseCriterionKind,
  parseLabel,
  parseRegistrationCheck,
  parseSubject,
  parseTitleKind,
  parseYesNo,
  YES_NO_LABELS,
} from './labels';
export type { PhaseSpan } from './milestones';
export { formatMilestones, parseMilestones } from './milestones';
export { formatPrerequisites, parsePrerequisites } from './prerequisites';
export type { Parsed } from './result';
export { isParsed, parsedValue, parseError } from './result';
export type { TieBreakDirection, TieBreakText } from './tieBreak';
export { formatTieBreak, inputKey, parseTieBreak, TIE_BREAK_DIRECTION_LABELS } from './tieBreak';
