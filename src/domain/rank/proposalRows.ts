import type { ClusterRanking } from './rankCampaign';

/** One row of the award proposals (danh sách đề nghị khen thưởng): a scored unit and what it is proposed for. */
export interface ProposalRow {
  cluster: string;
  clusterName: string;
  unit: string;
  name: string;
  rank: number;
  total: number;
  leading: boolean;
  /** Proposed award (title name where it is a catalogue title); empty when the unit reaches no band. */
  proposal: string;
  proposalCode: string | null;
  band: string | null;
  reason: string;
  /** Shares its rank with another unit on every key: the council must vote. */
  tied: boolean;
}

/**
 * The award proposals: every scored unit, cluster by cluster in ranking order, with its proposal and
 * reason. Units reaching no band stay in the list (with an empty proposal), so the council sees
 * everyone it rules on; unscored units are left out, having nothing to rule on yet.
 *
 * @param rankings - the rankings of {@link rankCampaign}
 * @returns one row per scored unit
 *
 * @example
 * ```ts
 * proposalRows([
 *   {
 *     cluster: 'C1',
 *     name: 'Cụm 1',
 *     units: [
 *       { unit: 'U1', name: 'Văn phòng Sở', cluster: 'C1', total: 95.5, status: 'ranked', statusReason: '', problems: [], vote: null, keys: [], rank: 1, tied: false, tiedOnTotal: false, leading: true, proposal: 'Cờ thi đua', proposalCode: 'CO', band: null, reason: 'Dẫn đầu Cụm 1 với 95,5 điểm' },
 *       { unit: 'U2', name: 'Thanh tra Sở', cluster: 'C1', total: null, status: 'unscored', statusReason: '', problems: [], vote: null, keys: [], rank: null, tied: false, tiedOnTotal: false, leading: false, proposal: '', proposalCode: null, band: null, reason: 'Chưa chấm điểm' },
 *     ],
 *   },
 * ]).map((r) => [r.unit, r.proposal]);
 * //=> [['U1', 'Cờ thi đua']]
 * ```
 */
export function proposalRows(rankings: readonly ClusterRanking[]): ProposalRow[] {
  return rankings.flatMap(({ name: clusterName, units }) =>
    units.flatMap((u): ProposalRow[] =>
      u.total === null || u.rank === null
        ? []
        : [
            {
              cluster: u.cluster,
              clusterName,
              unit: u.unit,
              name: u.name,
              rank: u.rank,
              total: u.total,
              leading: u.leading,
              proposal: u.proposal,
              proposalCode: u.proposalCode,
              band: u.band,
              reason: u.reason,
              tied: u.tied,
            },
          ],
    ),
  );
}
