import { CRITERION_HEADERS, SCORING_TABLE_HEADERS, TABLES } from '../../contract';
import type { Campaign, Criterion, Issue } from '../../model';
import type { Place } from '../../issues';
import { makeIssue } from '../../issues';
import { scoringContext } from '../../scoring';
import { codeKey } from '../../cellCodecs/excelText';
import { repeats } from '../_lib/repeats';
import { SUM_TOLERANCE } from '../_lib/tolerance';

/**
 * The criteria: codes once each, a positive maximum for every criterion, one group name per group
 * (blank names aside), and the maxima of the top standard criteria adding up to the scale (bonus and
 * deductions come on top; a part counts within its heading): the campaign's, or each scoring table's.
 * @param campaign - the campaign
 * @returns issues on the Criteria table: row issues in row order, then the scale check (on the Criteria
 *   table for the campaign's scale, on the ScoringTables row of a table's own)
 * @example
 * // criteria of 100 points against a 200-point scale
 * criterionIssues({ ...campaign, scale: 200 }).map((i) => i.code) //=> ['CRITERIA_SCALE_MISMATCH']
 */
export function criterionIssues(campaign: Campaign): Issue[] {
  const issues: Issue[] = [];
  const duplicates = new Map(
    repeats(campaign.criteria, (c) => codeKey(c.code)).map((r) => [r.index, r.first]),
  );
  /** First non-blank group name of each group, and its 1-based row. */
  const groupNames = new Map<string, { name: string; row: number }>();

  campaign.criteria.forEach((criterion, index) => {
    const row = index + 1;
    const first = duplicates.get(index);
    if (first !== undefined) {
      issues.push(
        makeIssue(
          'CRITERION_DUPLICATE',
          { criterion: criterion.code, firstRow: first + 1 },
          { table: TABLES.criteria, row, column: CRITERION_HEADERS.code },
        ),
      );
    }
    if (!(Number.isFinite(criterion.max) && criterion.max > 0)) {
      issues.push(
        makeIssue(
          'CRITERION_MAX_NOT_POSITIVE',
          { criterion: criterion.code, max: criterion.max },
          { table: TABLES.criteria, row, column: CRITERION_HEADERS.max },
        ),
      );
    }
    const name = criterion.groupName?.trim() ?? '';
    if (name !== '') {
      const first = groupNames.get(criterion.group);
      if (first === undefined) groupNames.set(criterion.group, { name, row });
      else if (first.name !== name) {
        issues.push(
          makeIssue(
            'CRITERIA_GROUP_NAME_MIXED',
            { group: criterion.group, name, firstName: first.name, firstRow: first.row },
            { table: TABLES.criteria, row, column: CRITERION_HEADERS.groupName },
          ),
        );
      }
    }
  });

  issues.push(...scaleIssues(campaign));
  return issues;
}

/**
 * The top standard criteria's maxima against the scale. With one table, every top criterion counts
 * against the campaign's scale. With several, each table's criteria and the shared ones (of no table)
 * count against that table's scale; the campaign's scale then holds the shared criteria alone, and is
 * checked only when a cluster is scored on it.
 */
function scaleIssues(campaign: Campaign): Issue[] {
  const context = scoringContext(campaign);
  const roots = context.tree.roots.filter((c) => c.kind === 'standard' && Number.isFinite(c.max));
  const tableOf = (c: Criterion) => context.criterionTables.get(c.code) ?? '';
  const mainPlace: Place = { table: TABLES.criteria, row: null, column: CRITERION_HEADERS.max };
  if (campaign.scoringTables.length === 0) {
    return scaleIssue(roots, campaign.scale, null, mainPlace);
  }
  const issues: Issue[] = [];
  if (campaign.clusters.some((c) => (c.scoringTable?.trim() ?? '') === '')) {
    issues.push(
      ...scaleIssue(
        roots.filter((c) => tableOf(c) === ''),
        campaign.scale,
        null,
        mainPlace,
      ),
    );
  }
  const repeated = new Set(repeats(campaign.scoringTables, (t) => t.code).map((r) => r.index));
  campaign.scoringTables.forEach((table, index) => {
    if (repeated.has(index) || !Number.isFinite(table.scale)) return;
    const own = roots.filter((c) => tableOf(c) === '' || tableOf(c) === table.code);
    issues.push(
      ...scaleIssue(own, table.scale, table.code, {
        table: TABLES.scoringTables,
        row: index + 1,
        column: SCORING_TABLE_HEADERS.scale,
      }),
    );
  });
  return issues;
}

function scaleIssue(roots: readonly Criterion[], scale: number, table: string | null, where: Place): Issue[] {
  // A scale not given is the campaign's completeness check to name, not a mismatch.
  if (!(scale > 0)) return [];
  const sum = roots.reduce((total, c) => total + c.max, 0);
  if (Math.abs(sum - scale) <= SUM_TOLERANCE) return [];
  return [makeIssue('CRITERIA_SCALE_MISMATCH', { sum: Number(sum.toPrecision(15)), scale, table }, where)];
}
