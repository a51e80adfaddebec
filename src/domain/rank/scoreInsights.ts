import type { Campaign, ScoreRow } from '../model';
import type { ClusterRanking, RankedUnit } from './rankCampaign';
import { roundLikeExcel } from './roundLikeExcel';
import { unitTotal } from './totals';

/** Units of one cluster sharing a rank that the tie-break chain could not separate. */
export interface TieGroup {
  cluster: string;
  clusterName: string;
  rank: number;
  units: RankedUnit[];
  /** The tie is for first place: the council's vote decides who is proposed for the flag. */
  forFirstPlace: boolean;
}

/** A unit's self-score (Tự chấm) beside its reviewed score (Chấm điểm). */
export interface ScoreGap {
  unit: string;
  name: string;
  cluster: string;
  selfTotal: number;
  reviewedTotal: number;
  /** |self − reviewed|, rounded to the campaign's precision. */
  gap: number;
  /** Above `settings.selfReviewGap`: the council needs the reason for the change. */
  overThreshold: boolean;
}

/**
 * The ties a council must vote on: units of a cluster with the same total and the same tie-break keys.
 *
 * @param rankings - the rankings of `rankCampaign`
 * @returns one group per cluster and shared rank, first places first within a cluster
 * @example
 * ```ts
 * tiesNeedingVote(rankCampaign(campaign)); //=> []
 * const level = { ...campaign, scores: campaign.scores.map((row) => ({ ...row, values: { P: 85 } })) };
 * tiesNeedingVote(rankCampaign(level)).map((t) => [t.cluster, t.rank, t.units.length]); //=> [['C1', 1, 2]]
 * ```
 */
export function tiesNeedingVote(rankings: readonly ClusterRanking[]): TieGroup[] {
  const groups: TieGroup[] = [];
  for (const ranking of rankings) {
    const byRank = new Map<number, RankedUnit[]>();
    for (const unit of ranking.units) {
      if (!unit.tied || unit.rank === null) continue;
      byRank.set(unit.rank, [...(byRank.get(unit.rank) ?? []), unit]);
    }
    for (const [rank, units] of [...byRank].sort(([a], [b]) => a - b)) {
      if (units.length < 2) continue;
      groups.push({
        cluster: ranking.cluster,
        clusterName: ranking.name,
        rank,
        units,
        forFirstPlace: rank === 1,
      });
    }
  }
  return groups;
}

/**
 * The units whose self-score differs most from the reviewed score, largest gap first. Units not scored
 * in both tables, or scored the same, are left out.
 *
 * @param campaign - the campaign: units, criteria, scores, self-scores, settings
 * @param limit - how many to return at most
 * @returns the largest gaps
 * @example
 * ```ts
 * // Each unit gave itself 5 points more than the council's score.
 * const selfScores = campaign.scores.map((row) => ({ ...row, values: { P: (row.values.P ?? 0) + 5 } }));
 * largestSelfReviewGaps({ ...campaign, selfScores }, 3).map((g) => [g.unit, g.gap]); //=> [['U1', 5], ['U2', 5]]
 * ```
 */
export function largestSelfReviewGaps(campaign: Campaign, limit: number): ScoreGap[] {
  const firstRows = (rows: readonly ScoreRow[]): Map<string, ScoreRow> => {
    const first = new Map<string, ScoreRow>();
    for (const row of rows) if (!first.has(row.unit)) first.set(row.unit, row);
    return first;
  };
  const reviewed = firstRows(campaign.scores);
  const self = firstRows(campaign.selfScores);
  const gaps: ScoreGap[] = [];
  for (const unit of campaign.units) {
    const reviewedRow = reviewed.get(unit.code);
    const selfRow = self.get(unit.code);
    if (reviewedRow === undefined || selfRow === undefined) continue;
    const reviewedTotal = unitTotal(campaign, reviewedRow);
    const selfTotal = unitTotal(campaign, selfRow);
    if (reviewedTotal === null || selfTotal === null) continue;
    const gap = roundLikeExcel(Math.abs(selfTotal - reviewedTotal), campaign.settings.precision);
    if (gap === 0) continue;
    gaps.push({
      unit: unit.code,
      name: unit.name,
      cluster: unit.cluster,
      selfTotal,
      reviewedTotal,
      gap,
      overThreshold: gap > campaign.settings.selfReviewGap,
    });
  }
  return gaps.sort((a, b) => b.gap - a.gap).slice(0, limit);
}

/**
 * Whether any unit has points in either score table: without any, there is nothing to rank.
 * @param campaign - the campaign
 * @returns true when some reviewed or self-score row has a total
 * @example
 * ```ts
 * hasAnyScore(campaign); //=> true
 * hasAnyScore({ ...campaign, scores: [], selfScores: [] }); //=> false
 * ```
 */
export function hasAnyScore(campaign: Campaign): boolean {
  return [...campaign.scores, ...campaign.selfScores].some((row) => unitTotal(campaign, row) !== null);
}
