/**
 * Where council members scored a unit (the Reviews table), their combined score of a criterion is the
 * unit's points on it: the Scores row's typed points of that criterion give way to it.
 */
import { combineReviews } from '../council/combineReviews';
import type { Campaign, ScoreRow } from '../model';
import type { CriteriaTree } from './criteriaTree';

/** The council's part in one Scores row. */
export interface CouncilPoints {
  /** The combined points by criterion code (criteria without parts only). */
  points: ReadonlyMap<string, number>;
  /** Criteria whose members' scores hold the unit: a row of them cannot be. */
  held: readonly string[];
}

const fold = (text: string): string => text.trim().toLowerCase();

/**
 * The council's combined points of each Scores row whose unit has members' scores: a combined score (not
 * held, at least one score counted) of a criterion without parts replaces the typed points; a unit and
 * criterion with a row that cannot be holds the unit. A unit without members' scores is not in the map,
 * and its points are the typed ones, exactly as without a council.
 * @param campaign - scores, reviews, recusals, council, settings
 * @param tree - the campaign's criteria tree
 * @returns the council's points by Scores row
 * @example
 * ```ts
 * const reviewed = {
 *   ...campaign,
 *   council: [{ row: 1, name: 'An', role: 'Ủy viên', present: true }, { row: 2, name: 'Bình', role: 'Ủy viên', present: true }],
 *   reviews: [
 *     { row: 1, member: 'An', unit: 'U1', criterion: 'P', score: 84 },
 *     { row: 2, member: 'Bình', unit: 'U1', criterion: 'P', score: 87 },
 *   ],
 * };
 * councilPointsOf(reviewed, criteriaTree(reviewed.criteria)).get(reviewed.scores[0]!)?.points.get('P'); //=> 85.5
 * councilPointsOf(reviewed, criteriaTree(reviewed.criteria)).get(reviewed.scores[1]!); //=> undefined
 * ```
 */
export function councilPointsOf(campaign: Campaign, tree: CriteriaTree): WeakMap<ScoreRow, CouncilPoints> {
  const found = new WeakMap<ScoreRow, CouncilPoints>();
  if ((campaign.reviews ?? []).length === 0) return found;
  const leaves = new Map(tree.leaves.map((leaf) => [fold(leaf.code), leaf.code] as const));
  const byUnit = new Map<string, { points: Map<string, number>; held: string[] }>();
  for (const group of combineReviews(campaign).combined) {
    const unit = fold(group.unit);
    const entry = byUnit.get(unit) ?? { points: new Map<string, number>(), held: [] };
    const code = leaves.get(fold(group.criterion));
    if (group.held) entry.held.push(code ?? group.criterion);
    else if (group.combined !== null && code !== undefined) entry.points.set(code, group.combined);
    byUnit.set(unit, entry);
  }
  for (const row of campaign.scores) {
    const entry = byUnit.get(fold(row.unit));
    if (entry !== undefined && (entry.points.size > 0 || entry.held.length > 0)) found.set(row, entry);
  }
  return found;
}
