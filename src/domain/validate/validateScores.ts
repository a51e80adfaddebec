import { TABLES } from '../contract';
import type { Campaign, Issue } from '../model';
import { missingScoreRowIssues, scoreTableIssues } from './scores/scoreTable';
import { selfReviewGapIssues } from './scores/selfReviewGap';

/**
 * Checks the points: the reviewed Scores table (Chấm điểm) and the units' SelfScores (Tự chấm),
 * each row by row (unit known and scored once; units not scored yet; then the score errors that hold a
 * unit in the ranking, each on its cell: blank standard criteria of the unit's scoring table, negative
 * points or measures, deductions typed as negatives, points above the maximum, points under another
 * table's criterion; typed points that are no step of the criterion's guide), and for each unit of the
 * reviewed Scores why it gets no rank: held by its score errors, or left out by a rule; then the
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
 * //=> [['DEDUCTION_NEGATIVE', 'TR'], ['SCORE_UNIT_HELD', 'Mã đơn vị']]: type the 2 points deducted as 2
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
