import type { Campaign, Criterion, ScoreRow, TieBreak } from '../model';
import {
  criterionPoints,
  rawTotal,
  scoringContext,
  type ScoringContext,
  type CriterionPoints,
} from '../scoring';
import { flagsLastYear } from '../history/flagsLastYear';
import { FLAG_LAST_YEAR_INPUT } from '../rules/defaultTieBreaks';
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
  const context = scoringContext(campaign);
  const points = criterionPoints(context, scoreRow);
  if (rawTotal(context, points) === null) return campaign.tieBreaks.map(() => null);
  // The history is read only when the chain has the link that asks it.
  const flags = campaign.tieBreaks.some(asksFlagLastYear) ? flagsLastYear(campaign) : null;
  return campaign.tieBreaks.map((link) => {
    // Last year's flag comes from the award history where it holds that year's flags.
    const raw =
      flags !== null && asksFlagLastYear(link)
        ? Number(flags.has(scoreRow.unit))
        : rawKey(context, points, scoreRow, link);
    const key = roundLikeExcel(raw, campaign.settings.precision);
    return link.direction === 'asc' ? 0 - key : key;
  });
}

/** Sums of the leaves' points kept apart by kind, in catalogue order (as the sheet's SUMs add them). */
function leafSums(
  context: ScoringContext,
  points: CriterionPoints,
  include: (criterion: Criterion) => boolean,
): { standard: number; bonus: number; deduction: number } {
  const sums = { standard: 0, bonus: 0, deduction: 0 };
  for (const leaf of context.tree.leaves) {
    if (!include(leaf)) continue;
    const value = points.get(leaf.code) ?? null;
    if (value === null) continue;
    sums[leaf.kind] += value;
  }
  return sums;
}

function rawKey(context: ScoringContext, points: CriterionPoints, row: ScoreRow, link: TieBreak): number {
  switch (link.kind) {
    case 'group': {
      const sums = leafSums(context, points, (c) => c.group === link.group);
      return sums.standard + sums.bonus - sums.deduction;
    }
    case 'criterion':
      return points.get(link.criterion) ?? 0;
    case 'bonus':
      return leafSums(context, points, () => true).bonus;
    case 'deductions':
      return leafSums(context, points, () => true).deduction;
    case 'input': {
      const value = row.inputs[link.key];
      return typeof value === 'number' && Number.isFinite(value) ? value : 0;
    }
  }
}

function asksFlagLastYear(link: TieBreak): boolean {
  return link.kind === 'input' && link.key === FLAG_LAST_YEAR_INPUT.key;
}
