/**
 * Building a plan for a host: the plan, or the refusal that keeps the host from writing it. Every use
 * case that writes goes through here, so every caller refuses the same plans.
 */
import type { Campaign, Issue } from '../domain/model';
import type { WorkbookData } from '../domain/workbook';
import { buildPlan } from '../layout/buildPlan';
import type { ApplyOutcome, PlanRefusal, WorkbookHost } from '../layout/host';
import type { WorkbookPlan } from '../layout/plan';
import { readBook } from './book';
import { hasError } from './issues';

/**
 * The plan of `campaign` against what the workbook holds, or a refusal when the plan holds an error (a
 * renamed required column, a table over the officer's data): writing it would mean guessing.
 * @param campaign - the campaign to lay out
 * @param current - what the workbook holds
 * @param before - issues met before planning (reading the campaign), listed first in a refusal
 * @returns the plan to write, or the refusal with every issue
 * @example
 * await host.applyPlan((current) => planOrRefusal(campaign, current));
 */
export function planOrRefusal(
  campaign: Campaign,
  current: WorkbookData,
  before: readonly Issue[] = [],
): WorkbookPlan | PlanRefusal {
  const plan = buildPlan(campaign, current);
  return hasError(plan.issues) ? { refused: [...before, ...plan.issues] } : plan;
}

/**
 * Lays the workbook out again from the campaign it holds, once rows were written into its tables (a
 * lock record, imported history): the plan is built from what the host reads for it, so the whole is one
 * read and one write. A workbook whose campaign no longer reads is refused with the reading's issues.
 * @param host - the workbook
 * @returns the host's outcome: the plan written, or the refusal
 * @example
 * const outcome = await layOutAgain(host); // after host.writeRows(…)
 */
export function layOutAgain(host: WorkbookHost): Promise<ApplyOutcome<WorkbookPlan | PlanRefusal>> {
  return host.applyPlan((data) => {
    const book = readBook(data);
    return book.campaign === null ? { refused: book.readIssues } : planOrRefusal(book.campaign, data);
  });
}
