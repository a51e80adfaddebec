import { CLUSTER_HEADERS, CRITERION_HEADERS, SCORING_TABLE_HEADERS, TABLES } from '../../contract';
import type { Campaign, Issue } from '../../model';
import { makeIssue } from '../../issues';
import { repeats } from '../_lib/repeats';

/**
 * The scoring tables: codes once each in the ScoringTables table, and every `Bảng điểm` of a cluster or
 * a criterion naming one of them (blank is the campaign's main table, or a criterion shared by all). A
 * unit of a cluster whose table is unknown would find none of its criteria its own.
 * @param campaign - the campaign
 * @returns issues on the ScoringTables, Clusters and Criteria tables, each in row order
 * @example
 * const clusters = [{ code: 'C1', name: 'Cụm 1', head: null, deputy: null, scoringTable: 'THA' }];
 * scoringTableIssues({ ...campaign, clusters, scoringTables: [] }).map((i) => i.code)
 * //=> ['SCORING_TABLE_UNKNOWN']
 */
export function scoringTableIssues(campaign: Campaign): Issue[] {
  const issues: Issue[] = [];
  for (const { item, index, first } of repeats(campaign.scoringTables, (t) => t.code)) {
    issues.push(
      makeIssue(
        'SCORING_TABLE_DUPLICATE',
        { table: item.code, firstRow: first + 1 },
        { table: TABLES.scoringTables, row: index + 1, column: SCORING_TABLE_HEADERS.code },
      ),
    );
  }
  const known = new Set(campaign.scoringTables.map((t) => t.code));
  const owners = [
    {
      table: TABLES.clusters,
      column: CLUSTER_HEADERS.scoringTable,
      owner: 'cluster' as const,
      rows: campaign.clusters.map((c) => ({ code: c.code, table: c.scoringTable })),
    },
    {
      table: TABLES.criteria,
      column: CRITERION_HEADERS.table,
      owner: 'criterion' as const,
      rows: campaign.criteria.map((c) => ({ code: c.code, table: c.table })),
    },
  ];
  for (const { table, column, owner, rows } of owners) {
    rows.forEach((row, index) => {
      const named = row.table?.trim() ?? '';
      if (named === '' || known.has(named)) return;
      issues.push(
        makeIssue(
          'SCORING_TABLE_UNKNOWN',
          { table: named, owner, code: row.code },
          { table, row: index + 1, column },
        ),
      );
    });
  }
  return issues;
}
