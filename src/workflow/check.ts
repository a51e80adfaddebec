/**
 * Checking a whole workbook at once: what the command line's `check` reports and what the ribbon's
 * "Kiểm tra" shows, from one read.
 */
import { validateAll } from '../domain/validate';
import type { Book } from './book';
import { checkedIssues, countIssues, onePerCell, type CheckedIssue, type IssueCounts } from './issues';
import { registrationCheck, type RegistrationCheckResult } from './registrations';
import { rankBook, scoreCheck, yearEndProposals, type ScoreCheckResult } from './scores';

/**
 * Both checks from one read of the workbook: what the "Kiểm tra" ribbon command shows. Each result is
 * the one the registration check and the score check would give on the same workbook.
 */
export interface CheckAllResult {
  registrations: RegistrationCheckResult;
  scores: ScoreCheckResult;
}

/** Every issue of a workbook, in stage order. */
export interface WholeCheck {
  issues: CheckedIssue[];
  counts: IssueCounts;
}

/**
 * Both checks of one book, ranking it once.
 * @param book - the book read
 * @returns the registration check and the score check
 * @example
 * const { registrations, scores } = checkAll(readBook(await host.read()));
 */
export function checkAll(book: Book): CheckAllResult {
  const ranked = rankBook(book);
  return { registrations: registrationCheck(ranked), scores: scoreCheck(ranked) };
}

/**
 * Every issue of a book, each once, in stage order: reading the tables, then the campaign's set-up,
 * the registrations (with the year-end check once the ranking proposes awards) and the scores.
 * @param book - the book read (its campaign readable)
 * @returns the issues, placed, and their counts
 * @example
 * wholeCheck(readBook(data)).counts.errors // 0
 */
export function wholeCheck(book: Book): WholeCheck {
  const found = [...book.readIssues];
  if (book.campaign !== null) {
    const proposals = yearEndProposals(rankBook(book).rankings);
    found.push(...validateAll(book.campaign, { evaluation: proposals.length > 0, proposals }));
  }
  const issues = checkedIssues(onePerCell(found), book.data);
  return { issues, counts: countIssues(issues) };
}
