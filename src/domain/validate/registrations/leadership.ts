import type { Prerequisite } from '../../model';
import { rankCampaign, type ClusterRanking, type RankedUnit } from '../../rank/rankCampaign';
import type { RegistrationContext } from './context';

/** A `clusterLeader` prerequisite (Cờ thi đua của Chính phủ among the clusters' leaders). */
export type ClusterLeaderPrerequisite = Extract<Prerequisite, { kind: 'clusterLeader' }>;

/** Who leads each cluster, from this campaign's ranking, for the `clusterLeader` checks and their explanation. */
export interface Leadership {
  /** Each ranked unit by code. */
  units: ReadonlyMap<string, RankedUnit>;
  /** Cluster names by code. */
  clusters: ReadonlyMap<string, string>;
  /** The ranked units of each cluster, in ranking order. */
  ranking: ReadonlyMap<string, readonly RankedUnit[]>;
  /** Leading units registering each title: those the share counts. */
  registering: ReadonlyMap<string, ReadonlySet<string>>;
}

/** How many leading units register a title against the share the prerequisite allows. */
export interface LeaderShare {
  /** Leading units (of every cluster) registering the title. */
  count: number;
  /** Leading units of every cluster. */
  leaders: number;
  /** The most that may register: the share of the leaders, rounded down. */
  allowed: number;
  percent: number;
}

/**
 * Who leads each cluster and which leaders register a title asking for it.
 * @param context - the registration context
 * @param rankings - the campaign's ranking, when the caller has it already
 * @returns the leadership
 * @example
 * leadership(registrationContext(campaign)).registering.get('CTD_CP') // Set { 'L1' }
 */
export function leadership(
  context: RegistrationContext,
  rankings: readonly ClusterRanking[] = rankCampaign(context.campaign),
): Leadership {
  const units = new Map<string, RankedUnit>();
  const clusters = new Map<string, string>();
  const ranking = new Map<string, readonly RankedUnit[]>();
  for (const cluster of rankings) {
    clusters.set(cluster.cluster, cluster.name);
    ranking.set(cluster.cluster, cluster.units);
    for (const unit of cluster.units) units.set(unit.unit, unit);
  }
  const registering = new Map<string, Set<string>>();
  for (const registration of context.campaign.registrations) {
    if (registration.subject !== 'collective' || !context.counts(registration)) continue;
    for (const p of context.titles.get(registration.title)?.prerequisites ?? []) {
      if (p.kind !== 'clusterLeader' || !leads(units.get(registration.unit), p.title, context)) continue;
      const set = registering.get(registration.title) ?? new Set<string>();
      set.add(registration.unit);
      registering.set(registration.title, set);
    }
  }
  return { units, clusters, ranking, registering };
}

/**
 * Whether a unit leads its cluster for a flag: proposed for it (or for a title counting as it), and
 * not waiting for the council's vote.
 * @param unit - the ranked unit
 * @param flag - the flag's title code
 * @param context - the registration context
 * @returns true for a leader
 * @example
 * leads(leading.units.get('L1'), 'CTD_BO', context) // true
 */
export function leads(unit: RankedUnit | undefined, flag: string, context: RegistrationContext): boolean {
  return (
    unit !== undefined &&
    unit.vote === null &&
    unit.proposalCode !== null &&
    context.countsAs(unit.proposalCode, flag)
  );
}

/**
 * The leaders of a cluster for a flag, in ranking order.
 * @param leading - the leadership
 * @param cluster - the cluster's code
 * @param flag - the flag's title code
 * @param context - the registration context
 * @returns the leading units
 * @example
 * clusterLeaders(leading, 'K1', 'CTD_BO', context).map((u) => u.unit) // ['L1']
 */
export function clusterLeaders(
  leading: Leadership,
  cluster: string,
  flag: string,
  context: RegistrationContext,
): RankedUnit[] {
  return (leading.ranking.get(cluster) ?? []).filter((u) => leads(u, flag, context));
}

/**
 * The share of the clusters' leaders registering a title, against the prerequisite's ceiling.
 * @param leading - the leadership
 * @param title - the registered title's code
 * @param prerequisite - its `clusterLeader` prerequisite
 * @param context - the registration context
 * @returns the counts, or null when the prerequisite sets no ceiling
 * @example
 * leaderShare(leading, 'CTD_CP', { kind: 'clusterLeader', title: 'CTD_BO', maxPercent: 20 }, context)
 * // { count: 1, leaders: 5, allowed: 1, percent: 20 }
 */
export function leaderShare(
  leading: Leadership,
  title: string,
  prerequisite: ClusterLeaderPrerequisite,
  context: RegistrationContext,
): LeaderShare | null {
  if (prerequisite.maxPercent === null) return null;
  let leaders = 0;
  for (const u of leading.units.values()) if (leads(u, prerequisite.title, context)) leaders += 1;
  return {
    count: leading.registering.get(title)?.size ?? 0,
    leaders,
    allowed: peopleAllowed(prerequisite.maxPercent, leaders),
    percent: prerequisite.maxPercent,
  };
}

/** "Not more than 20% of 12 leaders" is 2: round down, at the exact share as a person reads it. */
function peopleAllowed(percent: number, leaders: number): number {
  return Math.floor(Number(((percent * leaders) / 100).toPrecision(15)));
}
