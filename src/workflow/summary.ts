/**
 * Stage 4, the summary: the cluster comparison and the award proposals, and the summary sheet brought
 * up to date with the clusters and units the workbook now holds.
 */
import type { Campaign } from '../domain/model';
import { summarise, type CampaignSummary, type ProposalRow } from '../domain/rank';
import { wasRefused, type PlanRefusal, type WorkbookHost } from '../layout/host';
import type { PlanReport, WorkbookPlan } from '../layout/plan';
import { readBook } from './book';
import type { LoadResult } from './campaign';
import { checkedIssues, countIssues, type CheckedIssue, type IssueCounts } from './issues';
import { planOrRefusal } from './plan';
import { countsOf, report, type OnProgress } from './progress';

/** The result of refreshing the summary sheet. */
export interface SummaryResult extends LoadResult {
  /** What the summary holds, as the refreshed sheet shows it; null when nothing could be read. */
  summary: CampaignSummary | null;
  /** What the refresh added, kept and refreshed; null when it wrote nothing (see `refusal`). */
  report: PlanReport | null;
  /** The errors that kept the refresh from writing; empty when it wrote. */
  refusal: CheckedIssue[];
  notes: string[];
  counts: IssueCounts;
}

/**
 * The summary of a campaign: the cluster comparison and the proposals, from one ranking.
 * @param campaign - the campaign read
 * @returns the summary
 * @example
 * summaryOf(campaign).clusters[0]?.leaderName // 'Văn phòng Sở'
 */
export function summaryOf(campaign: Campaign): CampaignSummary {
  return summarise(campaign);
}

/**
 * The award proposals of a summary: the units proposed for something. The summary also lists the
 * scored units reaching no band (with an empty proposal) so the council sees everyone it rules on;
 * they are not proposals, and the pane and the command line count only these.
 * @param summary - the summary
 * @returns the rows with a proposal
 * @example
 * proposedAwards(summaryOf(campaign)).length // 11 of the 15 scored units
 */
export function proposedAwards(summary: CampaignSummary): ProposalRow[] {
  return summary.proposals.filter((p) => p.proposal !== '');
}

/**
 * Lays the workbook out again from the campaign it holds, so the summary lists new clusters and units:
 * one read and one write. Refused, with the issues, when no campaign can be read or the plan holds an
 * error.
 * @param host - the workbook's host
 * @param onProgress - told of the read and the write
 * @returns the summary and what the refresh did
 * @example
 * const { summary, report } = await refreshSummary(host);
 */
export async function refreshSummary(host: WorkbookHost, onProgress?: OnProgress): Promise<SummaryResult> {
  await report(onProgress, { stage: 'read', counts: null });
  // The campaign is read from the data the host reads for the plan: one read, one write.
  const outcome = await host.applyPlan((current): WorkbookPlan | PlanRefusal => {
    const { campaign, readIssues } = readBook(current);
    if (campaign === null) return { refused: readIssues };
    onProgress?.({ stage: 'write', counts: countsOf(campaign) });
    return planOrRefusal(campaign, current, readIssues);
  });
  const { campaign, readIssues } = readBook(outcome.current);
  const summary = campaign === null ? null : summaryOf(campaign);
  if (wasRefused(outcome)) {
    const issues = checkedIssues(outcome.refused, outcome.current);
    // What stopped the write: the plan's errors, or reading's when there was no campaign to plan.
    const cause =
      campaign === null ? outcome.refused : outcome.refused.filter((i) => !readIssues.includes(i));
    const refusal = checkedIssues(
      cause.filter((issue) => issue.severity === 'error'),
      outcome.current,
    );
    return { campaign, issues, counts: countIssues(issues), summary, report: null, refusal, notes: [] };
  }
  const issues = checkedIssues([...readIssues, ...outcome.plan.issues], outcome.current);
  return {
    campaign,
    issues,
    counts: countIssues(issues),
    summary,
    report: outcome.plan.report,
    refusal: [],
    notes: outcome.notes,
  };
}
