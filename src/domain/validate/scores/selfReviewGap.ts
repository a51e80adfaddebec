import { SCORE_HEADERS, TABLES } from '../../contract';
import type { Campaign, Issue, ScoreRow } from '../../model';
import { roundLikeExcel, unitTotal } from '../../rank/totals';
import { makeIssue } from '../../issues';

/**
 * Compares each unit's self-score total with its reviewed total (standard + bonus − deductions,
 * rounded as the workbook rounds them) and warns when they differ by more than
 * `settings.selfReviewGap` points. Units not scored in both tables are skipped.
 * @param campaign - the campaign: scores, self-scores, criteria, settings
 * @returns one warning per unit over the threshold, on its Scores row, in Scores order
 * @example
 * // settings.selfReviewGap 5; unit U1 scored itself 92, reviewed 80
 * selfReviewGapIssues(campaign).map((i) => i.code) //=> ['SELF_REVIEW_GAP']
 */
export function selfReviewGapIssues(campaign: Campaign): Issue[] {
  const selfRows = new Map<string, ScoreRow>();
  for (const row of campaign.selfScores) if (!selfRows.has(row.unit)) selfRows.set(row.unit, row);
  const units = new Set(campaign.units.map((u) => u.code));
  const threshold = campaign.settings.selfReviewGap;
  const seen = new Set<string>();
  const issues: Issue[] = [];

  for (const reviewed of campaign.scores) {
    if (seen.has(reviewed.unit) || !units.has(reviewed.unit)) continue;
    seen.add(reviewed.unit);
    const self = selfRows.get(reviewed.unit);
    const reviewedTotal = unitTotal(campaign, reviewed);
    const selfTotal = self === undefined ? null : unitTotal(campaign, self);
    if (reviewedTotal === null || selfTotal === null) continue;
    const gap = roundLikeExcel(Math.abs(selfTotal - reviewedTotal), campaign.settings.precision);
    if (!(gap > threshold)) continue;
    issues.push(
      makeIssue(
        'SELF_REVIEW_GAP',
        { unit: reviewed.unit, selfTotal, reviewedTotal, gap, threshold },
        { table: TABLES.scores, row: reviewed.row, column: SCORE_HEADERS.total },
      ),
    );
  }
  return issues;
}
