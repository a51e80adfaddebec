import type { Campaign, ReviewMethod, ReviewScore } from '../model';
import { roundLikeExcel } from '../rank/roundLikeExcel';

/** Why a reviewer's row cannot count: the sheet marks it `lỗi` and holds its unit and criterion. */
export type ReviewProblem =
  | 'memberUnknown'
  | 'unitUnknown'
  | 'criterionUnknown'
  | 'criterionHeading'
  | 'negative'
  | 'aboveMax'
  | 'unreadable';

/** One unit's points on one criterion, combined from the council members' scores. */
export interface CombinedScore {
  unit: string;
  criterion: string;
  /** The counted scores, in table order. */
  scores: number[];
  /** The combined points, rounded to the campaign's precision; null when held or no score counts. */
  combined: number | null;
  /** A row of the unit and criterion cannot be: no result until it is fixed (Chờ sửa lỗi). */
  held: boolean;
}

/** One reviewer's row as the sheet's computed columns judge it. */
export interface ReviewRowResult {
  row: number;
  /** Counted, left out (blank score, recused member), or a row that cannot be. */
  status: 'counted' | 'left out' | ReviewProblem;
  /** The score minus the mean of the other counted scores, 2 decimals; null when not counted or alone. */
  spread: number | null;
  /** The spread is more than `reviewSpread` points either way. */
  flagged: boolean;
}

const fold = (text: string): string => text.trim().toLowerCase();
const groupKey = (unit: string, criterion: string): string => `${fold(unit)}\u0000${fold(criterion)}`;

/**
 * Combines counted scores by a method: the mean; the median (the mean of the two middle scores of an even
 * count); the trimmed mean, which drops one highest and one lowest score (the mean below three scores).
 * @param scores - the counted scores, any order
 * @param method - how to combine them
 * @returns the combination, unrounded; null for no score
 * @example
 * combine([7, 9, 10, 2], 'trimmed') // 8
 */
export function combine(scores: readonly number[], method: ReviewMethod): number | null {
  const n = scores.length;
  if (n === 0) return null;
  const sorted = [...scores].sort((a, b) => a - b);
  const sum = sorted.reduce((s, v) => s + v, 0);
  if (method === 'median') {
    const low = sorted[Math.floor((n - 1) / 2)] ?? 0;
    const high = sorted[Math.ceil((n - 1) / 2)] ?? 0;
    return (low + high) / 2;
  }
  if (method === 'trimmed' && n >= 3) return (sum - (sorted[0] ?? 0) - (sorted[n - 1] ?? 0)) / (n - 2);
  return sum / n;
}

/** Why a row cannot count, or null; the sheet's `lỗi` in `Được tính`. */
function problemOf(
  campaign: Campaign,
  review: ReviewScore,
  members: ReadonlySet<string>,
): ReviewProblem | null {
  if (review.unreadable === true) return 'unreadable';
  if (!members.has(fold(review.member))) return 'memberUnknown';
  if (!campaign.units.some((u) => fold(u.code) === fold(review.unit))) return 'unitUnknown';
  const criterion = campaign.criteria.find((c) => fold(c.code) === fold(review.criterion));
  if (criterion === undefined) return 'criterionUnknown';
  // A heading's points are its parts' sum: members score the parts.
  if (campaign.criteria.some((c) => fold(c.parent ?? '') === fold(criterion.code))) return 'criterionHeading';
  if (review.score !== null && review.score < 0) return 'negative';
  if (review.score !== null && review.score > criterion.max) return 'aboveMax';
  return null;
}

/**
 * Judges every reviewer's row and combines the counted scores of each unit and criterion by the
 * campaign's `reviewMethod` (the mean when unset). A score counts when it is a number and its member has
 * declared no conflict of interest for the unit (Recusals); a recused member's score never counts. A row
 * that cannot be — a member not on the council, a unit or criterion not in the catalogue, a heading (its
 * points are its parts' sum), a score that is text, negative or above the criterion's maximum — holds its
 * unit and criterion: no combined points until
 * it is fixed. Each counted score's spread is its distance from the mean of the others.
 * @param campaign - council, criteria, units, reviews, recusals and settings
 * @returns the rows judged, in table order, and the combined points per unit and criterion, in order of
 *   first appearance
 * @example
 * combineReviews(campaign).combined[0] // { unit: 'VP', criterion: 'I.1', scores: [8, 9], combined: 8.5, held: false }
 */
export function combineReviews(campaign: Campaign): { rows: ReviewRowResult[]; combined: CombinedScore[] } {
  const reviews = campaign.reviews ?? [];
  const members = new Set((campaign.council ?? []).map((m) => fold(m.name)));
  const recused = new Set((campaign.recusals ?? []).map((r) => `${fold(r.member)}\u0000${fold(r.unit)}`));
  const method = campaign.settings.reviewMethod ?? 'mean';
  const limit = campaign.settings.reviewSpread;
  const judged = reviews.map((review) => {
    const problem = problemOf(campaign, review, members);
    const counted =
      problem === null &&
      review.score !== null &&
      !recused.has(`${fold(review.member)}\u0000${fold(review.unit)}`);
    return { review, status: problem ?? (counted ? 'counted' : 'left out') } as const;
  });
  const groups = new Map<string, { unit: string; criterion: string; scores: number[]; held: boolean }>();
  for (const { review, status } of judged) {
    const key = groupKey(review.unit, review.criterion);
    const group = groups.get(key) ?? {
      unit: review.unit,
      criterion: review.criterion,
      scores: [],
      held: false,
    };
    if (status === 'counted' && review.score !== null) group.scores.push(review.score);
    else if (status !== 'left out') group.held = true;
    groups.set(key, group);
  }
  const rows = judged.map(({ review, status }): ReviewRowResult => {
    const group = groups.get(groupKey(review.unit, review.criterion));
    const n = group?.scores.length ?? 0;
    if (status !== 'counted' || review.score === null || group === undefined || n < 2)
      return { row: review.row, status, spread: null, flagged: false };
    const sum = group.scores.reduce((s, v) => s + v, 0);
    const spread = roundLikeExcel(review.score - (sum - review.score) / (n - 1), 2);
    return { row: review.row, status, spread, flagged: limit !== undefined && Math.abs(spread) > limit };
  });
  const combined = [...groups.values()].map((g): CombinedScore => {
    const value = g.held ? null : combine(g.scores, method);
    return {
      unit: g.unit,
      criterion: g.criterion,
      scores: g.scores,
      combined: value === null ? null : roundLikeExcel(value, campaign.settings.precision),
      held: g.held,
    };
  });
  return { rows, combined };
}
