import { TABLES, UNIT_HEADERS } from '../../contract';
import type { Campaign, Issue } from '../../model';
import { codeKey, sameCode } from '../../cellCodecs/excelText';
import { repeats } from '../_lib/repeats';
import { makeIssue } from '../../issues';

/**
 * The unit list: codes once each and in one cluster, every cluster code known, a usable headcount.
 * A repeated row is reported once, on the later row, and not checked further: its first row is the
 * one every other stage uses.
 * @param campaign - the campaign
 * @returns issues on the Units table, in row order
 * @example
 * unitIssues({ ...campaign, units: [{ code: 'U1', name: 'Văn phòng Sở', cluster: 'C1', headcount: null }] })
 *   .map((i) => i.code) //=> ['UNIT_HEADCOUNT_MISSING']
 */
export function unitIssues(campaign: Campaign): Issue[] {
  const issues: Issue[] = [];
  const clusters = new Set(campaign.clusters.map((c) => c.code));
  const duplicates = new Map(repeats(campaign.units, (u) => codeKey(u.code)).map((r) => [r.index, r.first]));

  campaign.units.forEach((unit, index) => {
    const row = index + 1;
    const first = duplicates.get(index);
    const firstUnit = first === undefined ? undefined : campaign.units[first];
    if (first !== undefined && firstUnit !== undefined) {
      issues.push(
        sameCode(firstUnit.cluster, unit.cluster)
          ? makeIssue(
              'UNIT_DUPLICATE',
              { unit: unit.code, firstRow: first + 1 },
              { table: TABLES.units, row, column: UNIT_HEADERS.code },
            )
          : makeIssue(
              'UNIT_IN_TWO_CLUSTERS',
              {
                unit: unit.code,
                cluster: unit.cluster,
                firstCluster: firstUnit.cluster,
                firstRow: first + 1,
              },
              { table: TABLES.units, row, column: UNIT_HEADERS.cluster },
            ),
      );
      return;
    }
    if (!clusters.has(unit.cluster)) {
      issues.push(
        makeIssue(
          'UNIT_CLUSTER_UNKNOWN',
          { unit: unit.code, cluster: unit.cluster.trim() },
          { table: TABLES.units, row, column: UNIT_HEADERS.cluster },
        ),
      );
    }
    if (unit.headcount === null || !Number.isFinite(unit.headcount) || unit.headcount <= 0) {
      issues.push(
        makeIssue(
          'UNIT_HEADCOUNT_MISSING',
          { unit: unit.code, headcount: unit.headcount },
          { table: TABLES.units, row, column: UNIT_HEADERS.headcount },
        ),
      );
    }
  });
  return issues;
}
