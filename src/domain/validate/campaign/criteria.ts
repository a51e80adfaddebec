import { CRITERION_HEADERS, TABLES } from '../../contract';
import type { Campaign, Issue } from '../../model';
import { repeats } from '../_lib/repeats';
import { makeIssue } from '../../issues';

/** Sums of decimal points (2.5 + 0.1 …) drift in binary; a millionth of a point is no real gap. */
const SCALE_TOLERANCE = 1e-6;

/**
 * The criteria: codes once each, a positive maximum for every criterion, one group name per group
 * (blank names aside), and the maxima of the standard criteria adding up to the campaign's scale
 * (bonus and deductions come on top).
 * @param campaign - the campaign
 * @returns issues on the Criteria table: row issues in row order, then the scale check
 * @example
 * // criteria of 100 points against a 200-point scale
 * criterionIssues({ ...campaign, scale: 200 }).map((i) => i.code) //=> ['CRITERIA_SCALE_MISMATCH']
 */
export function criterionIssues(campaign: Campaign): Issue[] {
  const issues: Issue[] = [];
  const duplicates = new Map(repeats(campaign.criteria, (c) => c.code).map((r) => [r.index, r.first]));
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

  const sum = campaign.criteria
    .filter((c) => c.kind === 'standard' && Number.isFinite(c.max))
    .reduce((total, c) => total + c.max, 0);
  if (Math.abs(sum - campaign.scale) > SCALE_TOLERANCE) {
    issues.push(
      makeIssue(
        'CRITERIA_SCALE_MISMATCH',
        { sum: Number(sum.toPrecision(15)), scale: campaign.scale },
        { table: TABLES.criteria, row: null, column: CRITERION_HEADERS.max },
      ),
    );
  }
  return issues;
}
