import { CLUSTER_HEADERS, TABLES } from '../../contract';
import type { Campaign, Issue } from '../../model';
import { codeKey } from '../../cellCodecs/excelText';
import { repeats } from '../_lib/repeats';
import { makeIssue } from '../../issues';

/**
 * The cluster list: codes once each, every cluster with units, head and deputy chosen among the
 * cluster's own units and not the same unit.
 * @param campaign - the campaign
 * @returns issues on the Clusters table, in row order
 * @example
 * clusterIssues({ ...campaign, clusters: [...campaign.clusters, { code: 'C9', name: 'Cụm 9', head: null, deputy: null }] })
 *   .map((i) => i.code) //=> ['CLUSTER_EMPTY']
 */
export function clusterIssues(campaign: Campaign): Issue[] {
  const issues: Issue[] = [];
  const duplicates = new Map(
    repeats(campaign.clusters, (c) => codeKey(c.code)).map((r) => [r.index, r.first]),
  );
  // A unit listed twice under two clusters is a member of both here; UNIT_IN_TWO_CLUSTERS reports it.
  const members = new Map<string, Set<string>>();
  for (const unit of campaign.units) {
    const set = members.get(unit.cluster) ?? new Set<string>();
    set.add(unit.code);
    members.set(unit.cluster, set);
  }

  campaign.clusters.forEach((cluster, index) => {
    const row = index + 1;
    const first = duplicates.get(index);
    if (first !== undefined) {
      issues.push(
        makeIssue(
          'CLUSTER_DUPLICATE',
          { cluster: cluster.code, firstRow: first + 1 },
          { table: TABLES.clusters, row, column: CLUSTER_HEADERS.code },
        ),
      );
      return;
    }
    const units = members.get(cluster.code);
    if (units === undefined) {
      issues.push(
        makeIssue(
          'CLUSTER_EMPTY',
          { cluster: cluster.code, name: cluster.name },
          { table: TABLES.clusters, row, column: CLUSTER_HEADERS.code },
        ),
      );
    }
    const head = blankToNull(cluster.head);
    const deputy = blankToNull(cluster.deputy);
    const roles = [
      { unit: head, column: CLUSTER_HEADERS.head, roleVi: 'cụm trưởng', roleEn: 'cluster head' },
      { unit: deputy, column: CLUSTER_HEADERS.deputy, roleVi: 'cụm phó', roleEn: 'deputy head' },
    ];
    for (const role of roles) {
      if (role.unit === null || units?.has(role.unit)) continue;
      issues.push(
        makeIssue(
          'CLUSTER_HEAD_NOT_MEMBER',
          { cluster: cluster.code, unit: role.unit, roleVi: role.roleVi, roleEn: role.roleEn },
          { table: TABLES.clusters, row, column: role.column },
        ),
      );
    }
    if (head !== null && head === deputy) {
      issues.push(
        makeIssue(
          'CLUSTER_HEAD_IS_DEPUTY',
          { cluster: cluster.code, unit: head },
          { table: TABLES.clusters, row, column: CLUSTER_HEADERS.deputy },
        ),
      );
    }
  });
  return issues;
}

function blankToNull(code: string | null): string | null {
  return code === null || code.trim() === '' ? null : code;
}
