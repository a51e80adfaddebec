/**
 * Stage 1, the campaign: setting a workbook up for a campaign (or updating it, keeping every typed
 * cell), and reading back the campaign it holds.
 */
import type { Campaign } from '../domain/model';
import { wasRefused, type WorkbookHost } from '../layout/host';
import type { PlanReport } from '../layout/plan';
import { readBook } from './book';
import { checkedIssues, countIssues, type CheckedIssue, type IssueCounts } from './issues';
import { planOrRefusal } from './plan';
import { countsOf, report, type OnProgress } from './progress';

/** What setting up (or updating) the workbook did. */
export interface SetUpResult extends PlanReport {
  /**
   * False when the plan held an error (a renamed required column, a table over the officer's data):
   * nothing was written, and `issues` say what to fix.
   */
  applied: boolean;
  /** Features the host skipped (an older Excel), worded for the officer. */
  notes: string[];
  /** What the plan could not reconcile with the workbook (a renamed column, a table over user data). */
  issues: CheckedIssue[];
  counts: IssueCounts;
}

/** The campaign read back from the workbook. */
export interface LoadResult {
  /** Null when the workbook holds no readable campaign (not set up, a table missing). */
  campaign: Campaign | null;
  issues: CheckedIssue[];
}

/**
 * Sets the workbook up for `campaign`, or updates it: adds what is missing and keeps what was typed.
 * One read and one write; nothing is written when the plan holds an error.
 * @param host - the workbook's host
 * @param campaign - the campaign to lay out
 * @param onProgress - told of the read and the write
 * @returns what was added, kept and refreshed, or why nothing was written
 * @example
 * const result = await setUpCampaign(host, presetById('hcm-2018')!);
 * result.applied // true
 */
export async function setUpCampaign(
  host: WorkbookHost,
  campaign: Campaign,
  onProgress?: OnProgress,
): Promise<SetUpResult> {
  await report(onProgress, { stage: 'read', counts: null });
  const outcome = await host.applyPlan((current) => {
    // Told while the host writes: the plan is built between its read and its write.
    onProgress?.({ stage: 'write', counts: countsOf(campaign) });
    return planOrRefusal(campaign, current);
  });
  if (wasRefused(outcome)) {
    const issues = checkedIssues(outcome.refused, outcome.current);
    return {
      added: [],
      kept: [],
      refreshed: [],
      applied: false,
      notes: [],
      issues,
      counts: countIssues(issues),
    };
  }
  // The plan's issues point at tables as they were before the write.
  const issues = checkedIssues(outcome.plan.issues, outcome.current);
  return { ...outcome.plan.report, applied: true, notes: outcome.notes, issues, counts: countIssues(issues) };
}

/**
 * Reads the campaign the workbook holds, in one read.
 * @param host - the workbook's host
 * @param onProgress - told of the read
 * @returns the campaign (null when none can be read) and the issues of reading it
 * @example
 * (await loadCampaign(host)).campaign?.name // 'Phong trào thi đua năm 2018'
 */
export async function loadCampaign(host: WorkbookHost, onProgress?: OnProgress): Promise<LoadResult> {
  await report(onProgress, { stage: 'read', counts: null });
  const book = readBook(await host.read());
  return { campaign: book.campaign, issues: checkedIssues(book.readIssues, book.data) };
}
