import type { Campaign, Unit } from '../../model';

/** A cluster as summaries list it. */
export interface ClusterEntry {
  code: string;
  name: string;
}

/**
 * Clusters in the order of `campaign.clusters`, then any cluster named by a unit but missing from that
 * list (under its code), so that no unit drops out of a table. Each code once, first entry winning.
 */
export function clustersInOrder(campaign: Campaign): ClusterEntry[] {
  const names = new Map<string, string>();
  for (const cluster of campaign.clusters)
    if (!names.has(cluster.code)) names.set(cluster.code, cluster.name);
  for (const unit of catalogueUnits(campaign))
    if (!names.has(unit.cluster)) names.set(unit.cluster, unit.cluster);
  return [...names].map(([code, name]) => ({ code, name }));
}

/** The unit catalogue with each code once; a repeated code keeps its first entry (validation reports it). */
export function catalogueUnits(campaign: Campaign): Unit[] {
  const seen = new Set<string>();
  return campaign.units.filter((unit) => {
    if (seen.has(unit.code)) return false;
    seen.add(unit.code);
    return true;
  });
}

/** Catalogue units grouped by cluster code, in catalogue order. */
export function unitsByCluster(campaign: Campaign): Map<string, Unit[]> {
  const byCluster = new Map<string, Unit[]>();
  for (const unit of catalogueUnits(campaign)) {
    const members = byCluster.get(unit.cluster);
    if (members === undefined) byCluster.set(unit.cluster, [unit]);
    else members.push(unit);
  }
  return byCluster;
}
