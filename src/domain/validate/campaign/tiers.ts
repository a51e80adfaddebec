import { CRITERION_HEADERS, TABLES, TIER_HEADERS } from '../../contract';
import type { Campaign, Issue } from '../../model';
import { makeIssue } from '../../issues';
import { isHeading, MAX_TOLERANCE, methodOf, scoringContext } from '../../scoring';
import { repeats } from '../_lib/repeats';

/**
 * The steps of the tiered criteria: every criterion scored by tiers has steps (on its Criteria row);
 * then each step of the Tiers table names a criterion that uses it — scored by tiers, or typed, where the
 * steps guide the points typed — has its own bound, and gives no more than the criterion's maximum.
 * @param campaign - the campaign
 * @returns issues on the Criteria table (criteria without steps), then on the Tiers table, in row order
 * @example
 * const share = { code: '1.1', group: 'I', text: 'Tỷ lệ báo cáo đúng hạn', max: 2, kind: 'standard', method: 'tiers' } as const;
 * tierIssues({ ...campaign, criteria: [share], tiers: [] }).map((i) => i.code) //=> ['TIERS_MISSING']
 */
export function tierIssues(campaign: Campaign): Issue[] {
  const { tree } = scoringContext(campaign);
  const issues: Issue[] = [];
  const stepsOf = new Map<string, number>();
  for (const tier of campaign.tiers) stepsOf.set(tier.criterion, (stepsOf.get(tier.criterion) ?? 0) + 1);

  campaign.criteria.forEach((criterion, index) => {
    if (tree.byCode.get(criterion.code) !== criterion) return;
    // A heading's method is not used (CRITERION_HEADING_MEASURED): it needs no steps.
    if (methodOf(criterion) !== 'tiers' || isHeading(tree, criterion.code)) return;
    if (stepsOf.has(criterion.code)) return;
    issues.push(
      makeIssue(
        'TIERS_MISSING',
        { criterion: criterion.code },
        { table: TABLES.criteria, row: index + 1, column: CRITERION_HEADERS.method },
      ),
    );
  });

  const duplicates = new Map(
    repeats(campaign.tiers, (t) => `${t.criterion}\u0000${t.from}`).map((r) => [r.index, r.first]),
  );
  const unusedReported = new Set<string>();
  campaign.tiers.forEach((tier, index) => {
    const row = index + 1;
    const at = (column: string) => ({ table: TABLES.tiers, row, column });
    const criterion = tree.byCode.get(tier.criterion);
    if (criterion === undefined) {
      issues.push(
        makeIssue('TIER_CRITERION_UNKNOWN', { criterion: tier.criterion.trim() }, at(TIER_HEADERS.criterion)),
      );
      return;
    }
    const heading = isHeading(tree, criterion.code);
    if (heading || methodOf(criterion) === 'proportional') {
      // One warning for the criterion, on its first step: the fix is the criterion's, not each step's.
      if (!unusedReported.has(criterion.code)) {
        unusedReported.add(criterion.code);
        issues.push(
          makeIssue(
            'TIER_UNUSED',
            { criterion: criterion.code, steps: stepsOf.get(criterion.code) ?? 1, heading },
            at(TIER_HEADERS.criterion),
          ),
        );
      }
      return;
    }
    const first = duplicates.get(index);
    if (first !== undefined) {
      issues.push(
        makeIssue(
          'TIER_DUPLICATE_BOUND',
          { criterion: criterion.code, from: tier.from, firstRow: first + 1 },
          at(TIER_HEADERS.from),
        ),
      );
    }
    if (
      criterion.mayExceed !== true &&
      Number.isFinite(criterion.max) &&
      tier.points > criterion.max + MAX_TOLERANCE
    ) {
      issues.push(
        makeIssue(
          'TIER_POINTS_ABOVE_MAX',
          { criterion: criterion.code, from: tier.from, points: tier.points, max: criterion.max },
          at(TIER_HEADERS.points),
        ),
      );
    }
  });
  return issues;
}
