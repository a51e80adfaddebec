import type { Campaign, ScoreRow } from '../model';
import { clustersInOrder, unitsByCluster } from './_lib/catalogue';
import { compareCodes } from './_lib/compareCodes';
import { proposeAward } from './proposal';
import { rankWithinCluster } from './rankWithinCluster';
import { tieBreakKeys } from './tieBreaks';
import { unitTotal } from './totals';

/** A unit as the ranking shows it: score, rank, flag and proposal. */
export interface RankedUnit {
  unit: string;
  name: string;
  cluster: string;
  /** Rounded total, or null when unscored. */
  total: number | null;
  /** Tie-break keys in chain order, "higher wins" (see `tieBreakKeys`); null when unscored. */
  keys: (number | null)[];
  /** Rank within the cluster (1, 2, 2, 4), or null when unscored. */
  rank: number | null;
  /** Same total and keys as another unit of the cluster: the council must vote. */
  tied: boolean;
  /** Same total as another unit of the cluster: the tie-break chain was used. */
  tiedOnTotal: boolean;
  leading: boolean;
  /** Proposed award, by title name where it is a catalogue title; empty for none. */
  proposal: string;
  proposalCode: string | null;
  /** Code of the first band reached, or null. */
  band: string | null;
  /** Vietnamese reason for the proposal. */
  reason: string;
}

/** The ranking of one cluster. */
export interface ClusterRanking {
  cluster: string;
  name: string;
  /** Ranked units by rank then code, unscored units last (by code). */
  units: RankedUnit[];
}

/**
 * Ranks every unit of the campaign within its cluster and proposes its award.
 *
 * The unit catalogue decides who takes part and in which cluster: a score row for a unit not in the
 * catalogue is ignored, a unit with no score row is listed unscored, and a unit's cluster is never
 * taken from its score row. When a unit has several score rows, the first one counts (validation
 * reports the duplicate). Clusters follow `campaign.clusters`; a cluster named by units but missing
 * from that list follows, under its code, so no unit drops out of the ranking.
 *
 * @param campaign - the whole campaign
 * @returns one ranking per cluster, in the order of `campaign.clusters`
 *
 * @example
 * ```ts
 * const small: Campaign = {
 *   ...campaign,
 *   clusters: [{ code: 'C1', name: 'Cụm 1', head: null, deputy: null }],
 *   units: [
 *     { code: 'U1', name: 'Văn phòng Sở', cluster: 'C1', headcount: 12 },
 *     { code: 'U2', name: 'Thanh tra Sở', cluster: 'C1', headcount: 8 },
 *     { code: 'U3', name: 'Phòng Bổ trợ tư pháp', cluster: 'C1', headcount: 6 },
 *   ],
 *   criteria: [{ code: 'I.1', group: 'I', text: 'Báo cáo', max: 100, kind: 'standard' }],
 *   scores: [
 *     { row: 1, unit: 'U1', values: { 'I.1': 88 }, inputs: {} },
 *     { row: 2, unit: 'U2', values: { 'I.1': 92.5 }, inputs: {} },
 *   ],
 *   tieBreaks: [],
 * };
 * rankCampaign(small)[0]?.units.map((u) => [u.unit, u.total, u.rank]);
 * //=> [['U2', 92.5, 1], ['U1', 88, 2], ['U3', null, null]]
 * ```
 */
export function rankCampaign(campaign: Campaign): ClusterRanking[] {
  const rowOf = firstScoreRows(campaign.scores);
  const catalogue = unitsByCluster(campaign);

  return clustersInOrder(campaign).map(({ code: cluster, name }) => {
    const members = (catalogue.get(cluster) ?? []).map((unit) => {
      const row = rowOf.get(unit.code) ?? null;
      return {
        unit,
        row,
        total: row === null ? null : unitTotal(campaign, row),
        keys: row === null ? campaign.tieBreaks.map(() => null) : tieBreakKeys(campaign, row),
      };
    });
    const standings = rankWithinCluster(
      members.map((m) => ({ unit: m.unit.code, total: m.total, keys: m.keys })),
    );
    const units = members.map(({ unit, row, total, keys }): RankedUnit => {
      const standing = standings.get(unit.code) ?? { rank: null, tied: false, tiedOnTotal: false };
      const award = proposeAward(campaign, { clusterName: name, total, rank: standing.rank, scoreRow: row });
      return { unit: unit.code, name: unit.name, cluster, total, keys, ...standing, ...award };
    });
    return { cluster, name, units: units.sort(byRankThenCode) };
  });
}

function firstScoreRows(rows: readonly ScoreRow[]): Map<string, ScoreRow> {
  const first = new Map<string, ScoreRow>();
  for (const row of rows) if (!first.has(row.unit)) first.set(row.unit, row);
  return first;
}

function byRankThenCode(a: RankedUnit, b: RankedUnit): number {
  if (a.rank !== b.rank) {
    if (a.rank === null) return 1;
    if (b.rank === null) return -1;
    return a.rank - b.rank;
  }
  return compareCodes(a.unit, b.unit);
}
