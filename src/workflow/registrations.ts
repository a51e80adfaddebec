/**
 * Stage 2, registrations: the campaign's set-up and the registrations checked, and once the ranking
 * proposes awards, whether each unit proposed registered for its title.
 */
import { explainPastRuns, type PastRunExplanation } from '../domain/history';
import type { Issue } from '../domain/model';
import { validateCampaign, validateRegistrations } from '../domain/validate';
import { checkedIssues, countIssues, onePerCell } from './issues';
import { rulesOf, SCORE_TABLES, yearEndProposals, type CheckResult, type RankedBook } from './scores';

/** The registration check's result, with the conditions on earlier years the registrations meet. */
export interface RegistrationCheckResult extends CheckResult {
  /**
   * Each condition on earlier years a registration meets (CSTĐCS three years in a row for a CSTĐ bộ),
   * with the years and the decisions that give them; empty without a History table.
   */
  met: PastRunExplanation[];
}

/**
 * The registration check of a ranked book: set-up, registrations, and proposals once ranked.
 * @param book - the book and its rankings
 * @returns the check's result
 * @example
 * registrationCheck(rankBook(readBook(data))).counts // { errors: 0, warnings: 2 }
 */
export function registrationCheck(book: RankedBook): RegistrationCheckResult {
  const { data, campaign } = book;
  const found: Issue[] = book.readIssues.filter((issue) => !SCORE_TABLES.has(issue.table));
  if (campaign !== null) {
    const proposals = yearEndProposals(book.rankings);
    found.push(
      ...validateCampaign(campaign),
      ...validateRegistrations(campaign, { evaluation: proposals.length > 0, proposals }),
    );
  }
  const issues = checkedIssues(onePerCell(found), data);
  return {
    campaign,
    issues,
    counts: countIssues(issues),
    nothingToCheck: campaign !== null && campaign.registrations.length === 0,
    ...rulesOf(book),
    met: campaign === null ? [] : explainPastRuns(campaign),
  };
}
