import { EXCLUSION_HEADERS, TABLES } from '../../contract';
import type { Campaign, Issue } from '../../model';
import { makeIssue } from '../../issues';

/**
 * The rules that leave a unit out (Không xét): each names the total (`Tổng điểm`, null in the model) or
 * a criterion of the table. A rule on an unknown criterion compares nothing and leaves no unit out.
 * @param campaign - the campaign
 * @returns issues on the Exclusions table, in row order
 * @example
 * const rule = { criterion: 'IV.9', comparison: '>=', value: 21, reason: 'Tồn đọng từ 21% trở lên' } as const;
 * exclusionIssues({ ...campaign, exclusions: [rule] }).map((i) => i.code) //=> ['EXCLUSION_CRITERION_UNKNOWN']
 */
export function exclusionIssues(campaign: Campaign): Issue[] {
  const criteria = new Set(campaign.criteria.map((c) => c.code));
  return campaign.exclusions.flatMap((rule, index) =>
    rule.criterion === null || criteria.has(rule.criterion)
      ? []
      : [
          makeIssue(
            'EXCLUSION_CRITERION_UNKNOWN',
            { criterion: rule.criterion },
            { table: TABLES.exclusions, row: index + 1, column: EXCLUSION_HEADERS.subject },
          ),
        ],
  );
}
