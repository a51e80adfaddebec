/**
 * Cell codecs: each turns the text of a workbook cell into a model value and the value back into
 * that text (rule columns, labels, dates, milestones, tie-break links). Every value is written as
 * readable Vietnamese and read back, so the workbook stays the one place rules live. Reading the
 * workbook, writing its layout and the rule sets' defaults all use them.
 */
export { formatCap, parseCap, ROUNDING_LABELS } from './cap';
export { COMPARISON_SIGNS, formatComparison, parseComparison, type Comparison } from './comparison';
export { formatCounts, parseCounts } from './counts';
export type { TypedNumberForm } from './excelText';
export {
  codeKey,
  CodeIndex,
  countIfsText,
  readTypedNumber,
  sameCode,
  sheetKey,
  sheetMisses,
} from './excelText';
export { dateProblemWords, parseDateText } from './dates';
export { formatGates, parseGates } from './gates';
export {
  formatLabel,
  formatYesNo,
  parseCampaignKind,
  parseCriterionKind,
  parseLabel,
  parseRegistrationCheck,
  parseScoringMethod,
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
