import type { Campaign, ScoreRow } from '../model';
import { criterionPoints, rawTotal, scoringContext } from '../scoring';
import { roundLikeExcel } from './roundLikeExcel';

export { roundLikeExcel } from './roundLikeExcel';

/**
 * A unit's total (Tổng điểm): the points of the criteria at the top of the table (a heading's are its
 * parts' sum, capped at its maximum) with deductions taken away, rounded to the campaign's precision so
 * that totals equal on paper compare equal when ranked.
 *
 * Only cells of criteria in the catalogue count. A row with no points at all is unscored and has no
 * total: a blank, never 0, so that a unit not yet scored is never ranked last by mistake. Whether the
 * total may be ranked (no score error, no rule leaving the unit out) is the scoring's `scoreUnit`.
 *
 * @param campaign - the campaign: its criteria (with their kinds) and `settings.precision`
 * @param scoreRow - one row of the Scores table
 * @returns the rounded total, or null when no criterion cell of the row has a value
 *
 * @example
 * ```ts
 * const scored: Campaign = {
 *   ...campaign,
 *   criteria: [
 *     { code: 'I.1', group: 'I', text: 'Báo cáo đúng hạn', max: 60, kind: 'standard' },
 *     { code: 'T', group: 'T', text: 'Điểm thưởng', max: 5, kind: 'bonus' },
 *     { code: 'D', group: 'D', text: 'Điểm trừ', max: 10, kind: 'deduction' },
 *   ],
 *   settings: { ...campaign.settings, precision: 2 },
 * };
 * unitTotal(scored, { row: 1, unit: 'U1', values: { 'I.1': 55.5, T: 2, D: 1.25 }, inputs: {} }); //=> 56.25
 * unitTotal(scored, { row: 2, unit: 'U2', values: { 'I.1': null }, inputs: {} }); //=> null
 * ```
 */
export function unitTotal(campaign: Campaign, scoreRow: ScoreRow): number | null {
  const context = scoringContext(campaign);
  const raw = rawTotal(context, criterionPoints(context, scoreRow));
  return raw === null ? null : roundLikeExcel(raw, campaign.settings.precision);
}
