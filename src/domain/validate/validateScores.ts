import { TABLES } from '../contract';
import type { Campaign, Issue } from '../model';
import { missingScoreRowIssues, scoreTableIssues } from './scores/scoreTable';
import { selfReviewGapIssues } from './scores/selfReviewGap';

/**
 * Checks the points: the reviewed Scores table (Chấm điểm) and the units' SelfScores (Tự chấm),
 * each row by row (unit known and scored once, blank standard cells of a scored unit, negative
 * points, deductions typed as negatives, points above the maximum, units not scored yet); then the
 * catalogue units with no row in Scores; then units whose self-score and reviewed totals are further
 * apart than `settings.selfReviewGap`.
 *
 * @param campaign - the campaign: units, criteria, scores, self-scores and settings
 * @returns Scores issues, SelfScores issues, missing Scores rows, then self/review gaps
 * @example
 * ```ts
 * // one unit, criteria I.1 (standard, 60 points) and TR (deduction, 10 points)
 * validateScores({
 *   ...campaign,
 *   units: [{ code: 'U1', name: 'Văn phòng Sở', cluster: 'C1', headcount: 7 }],
 *   scores: [{ row: 1, unit: 'U1', values: { 'I.1': 50, TR: -2 }, inputs: {} }],
 *   selfScores: [],
 * }).map((i) => [i.code, i.column]);
 * //=> [['DEDUCTION_NEGATIVE', 'TR']]: type the 2 points deducted as 2
 * ```
 */
export function validateScores(campaign: Campaign): Issue[] {
  return [
    ...scoreTableIssues(campaign, campaign.scores, TABLES.scores),
    ...scoreTableIssues(campaign, campaign.selfScores, TABLES.selfScores),
    ...missingScoreRowIssues(campaign),
    ...selfReviewGapIssues(campaign),
  ];
}
