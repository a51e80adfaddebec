import type { Campaign } from '../model';
import { mean, median } from './_lib/stats';
import type { ClusterRanking } from './rankCampaign';
import { roundLikeExcel } from './roundLikeExcel';

/** One row of the cluster comparison (so sánh giữa các cụm). Figures are null when nothing is scored. */
export interface ClusterComparison {
  cluster: string;
  name: string;
  /** Units of the cluster in the catalogue. */
  units: number;
  /** Units ranked (scored, neither held by a score error nor left out by a rule). */
  scored: number;
  mean: number | null;
  median: number | null;
  max: number | null;
  min: number | null;
  /** max − min. */
  spread: number | null;
  /** Code of the unit ranked 1; several codes joined by ", " when the first place is shared. */
  leader: string | null;
  /** Codes of every unit ranked 1 (more than one when tied). */
  leaders: string[];
  /** Name(s) of the leader(s), joined by "; " (unit names may hold commas). */
  leaderName: string | null;
  /**
   * The leader's total minus the best total among the other scored units: 0 when the first place
   * is shared or decided by the tie-break chain; null with fewer than two scored units.
   */
  margin: number | null;
}

/**
 * Compares the clusters: how many units were scored, their mean, median, range and who leads by
 * how much. Every figure is rounded to the campaign's precision, as the workbook shows it.
 *
 * @param campaign - the campaign, for its precision
 * @param rankings - the rankings of {@link rankCampaign}
 * @returns one comparison per cluster, in the order of `rankings`
 *
 * @example
 * ```ts
 * const [cluster] = compareClusters(campaign, [
 *   {
 *     cluster: 'C1',
 *     name: 'Cụm 1',
 *     units: [
 *       { unit: 'U1', name: 'Văn phòng Sở', cluster: 'C1', total: 95, status: 'ranked', statusReason: '', problems: [], vote: null, keys: [], rank: 1, tied: false, tiedOnTotal: false, leading: true, proposal: '', proposalCode: null, band: null, reason: '' },
 *       { unit: 'U2', name: 'Thanh tra Sở', cluster: 'C1', total: 90, status: 'ranked', statusReason: '', problems: [], vote: null, keys: [], rank: 2, tied: false, tiedOnTotal: false, leading: false, proposal: '', proposalCode: null, band: null, reason: '' },
 *     ],
 *   },
 * ]);
 * [cluster?.mean, cluster?.spread, cluster?.leader, cluster?.margin]; //=> [92.5, 5, 'U1', 5]
 * ```
 */
export function compareClusters(
  campaign: Campaign,
  rankings: readonly ClusterRanking[],
): ClusterComparison[] {
  const round = (x: number): number => roundLikeExcel(x, campaign.settings.precision);
  return rankings.map(({ cluster, name, units }) => {
    // Only ranked units compare: a held unit's total rests on a wrong score, an excluded one is out.
    const totals = units.flatMap((u) => (u.total === null || u.rank === null ? [] : [u.total]));
    const leaders = units.filter((u) => u.rank === 1);
    const base = { cluster, name, units: units.length, scored: totals.length };
    if (totals.length === 0) {
      return {
        ...base,
        mean: null,
        median: null,
        max: null,
        min: null,
        spread: null,
        leader: null,
        leaders: [],
        leaderName: null,
        margin: null,
      };
    }
    const descending = [...totals].sort((a, b) => b - a);
    const max = descending[0] ?? Number.NaN;
    const min = descending[descending.length - 1] ?? Number.NaN;
    const second = descending[1];
    return {
      ...base,
      mean: round(mean(totals)),
      median: round(median(totals)),
      max: round(max),
      min: round(min),
      spread: round(max - min),
      leader: leaders.map((u) => u.unit).join(', '),
      leaders: leaders.map((u) => u.unit),
      leaderName: leaders.map((u) => u.name).join('; '),
      margin: second === undefined ? null : round(max - second),
    };
  });
}
