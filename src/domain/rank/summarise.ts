import type { Campaign } from '../model';
import { checkCaps, type CapCheck } from './capChecks';
import { compareClusters, type ClusterComparison } from './clusterComparison';
import { proposalRows, type ProposalRow } from './proposalRows';
import { rankCampaign, type ClusterRanking } from './rankCampaign';
import { countTitles, type TitleCount } from './titleCounts';

/** The summary sheet's content (Tổng hợp), as data. */
export interface CampaignSummary {
  clusters: ClusterComparison[];
  titles: TitleCount[];
  proposals: ProposalRow[];
  caps: CapCheck[];
}

/**
 * Summarises a campaign for the council: cluster comparison, registrations per title, award proposals
 * and per-unit cap checks.
 *
 * @param campaign - the whole campaign
 * @param rankings - the campaign's rankings when already computed (they must be `rankCampaign(campaign)`);
 *   computed when omitted
 * @returns the four summary tables
 *
 * @example
 * ```ts
 * const summary = summarise(campaign);
 * summary.clusters.length === rankCampaign(campaign).length; //=> true
 * ```
 */
export function summarise(campaign: Campaign, rankings?: readonly ClusterRanking[]): CampaignSummary {
  const ranked = rankings ?? rankCampaign(campaign);
  return {
    clusters: compareClusters(campaign, ranked),
    titles: countTitles(campaign),
    proposals: proposalRows(ranked),
    caps: checkCaps(campaign),
  };
}
