import type { Campaign, ScoreRow, TieBreak } from '../model';
import { hasAnyPoints, netPoints, pointsOf, sumPoints } from './_lib/points';
import { roundLikeExcel } from './roundLikeExcel';

/**
 * The tie-break keys of a unit (tiêu chí phụ), one per link of `campaign.tieBreaks`, in chain order.
 *
 * Each key is rounded to the campaign's precision, like the total, and negated when the link's
 * direction is `asc`, so every key reads "higher wins" and ranking compares them all the same way.
 * Blank cells count as 0 for a scored unit (a blank bonus cell is no bonus). An unscored unit gets
 * null keys: it is not ranked, and a 0 would pretend otherwise.
 *
 * - `group`: standard and bonus points of the group's criteria minus its deductions;
 * - `criterion`: the criterion's points;
 * - `bonus` / `deductions`: the sum of every bonus / deduction criterion (deductions positive);
 * - `input`: the tie-break input column `key` of the row.
 *
 * @param campaign - the campaign: its criteria, tie-break chain and precision
 * @param scoreRow - one row of the Scores table
 * @returns one key per tie-break link; all null when the row is unscored
 *
 * @example
 * ```ts
 * const chained: Campaign = {
 *   ...campaign,
 *   criteria: [
 *     { code: 'I.1', group: 'I', text: 'Báo cáo', max: 60, kind: 'standard' },
 *     { code: 'D', group: 'D', text: 'Điểm trừ', max: 10, kind: 'deduction' },
 *   ],
 *   tieBreaks: [
 *     { kind: 'group', group: 'I', direction: 'desc', label: 'Điểm nhóm I cao hơn' },
 *     { kind: 'deductions', direction: 'asc', label: 'Ít điểm trừ hơn' },
 *     { kind: 'input', key: 'vote', header: 'Tỷ lệ phiếu', direction: 'desc', label: 'Nhiều phiếu hơn' },
 *   ],
 * };
 * tieBreakKeys(chained, { row: 1, unit: 'U1', values: { 'I.1': 50, D: 2 }, inputs: { vote: 0.8 } });
 * //=> [50, -2, 0.8]
 * ```
 */
export function tieBreakKeys(campaign: Campaign, scoreRow: ScoreRow): (number | null)[] {
  if (!hasAnyPoints(campaign.criteria, scoreRow)) return campaign.tieBreaks.map(() => null);
  return campaign.tieBreaks.map((link) => {
    const key = roundLikeExcel(rawKey(campaign, scoreRow, link), campaign.settings.precision);
    return link.direction === 'asc' ? 0 - key : key;
  });
}

function rawKey(campaign: Campaign, row: ScoreRow, link: TieBreak): number {
  switch (link.kind) {
    case 'group':
      return netPoints(
        sumPoints(
          campaign.criteria.filter((c) => c.group === link.group),
          row,
        ),
      );
    case 'criterion':
      return pointsOf(row, link.criterion) ?? 0;
    case 'bonus':
      return sumPoints(campaign.criteria, row).bonus;
    case 'deductions':
      return sumPoints(campaign.criteria, row).deduction;
    case 'input': {
      const value = row.inputs[link.key];
      return typeof value === 'number' && Number.isFinite(value) ? value : 0;
    }
  }
}
