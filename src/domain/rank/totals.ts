import type { Campaign, ScoreRow } from '../model';
import { hasAnyPoints, netPoints, sumPoints } from './_lib/points';
import { roundLikeExcel } from './roundLikeExcel';

export { roundLikeExcel } from './roundLikeExcel';

/**
 * A unit's total (Tổng điểm): standard plus bonus points minus deductions, rounded to the campaign's
 * precision so that totals equal on paper compare equal when ranked.
 *
 * Only cells of criteria in the catalogue count. A row with no points at all is unscored and has no
 * total: a blank, never 0, so that a unit not yet scored is never ranked last by mistake.
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
  if (!hasAnyPoints(campaign.criteria, scoreRow)) return null;
  return roundLikeExcel(netPoints(sumPoints(campaign.criteria, scoreRow)), campaign.settings.precision);
}
