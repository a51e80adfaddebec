/**
 * Issues as every caller shows them: placed in the workbook (sheet and cell) and tied to the unit of
 * their row, with their counts.
 */
import { UNIT_HEADERS } from '../domain/contract';
import { issueCodesOf } from '../domain/issues';
import type { Issue } from '../domain/model';
import { findColumn, findTable, locateIssues } from '../domain/read';
import type { WorkbookData } from '../domain/workbook';

/** An issue located in the workbook (sheet and cell where known) and tied to the unit of its row. */
export interface CheckedIssue extends Issue {
  /** Unit code typed in the row the issue points at, or null for an issue of no unit. */
  unit: string | null;
}

/** How many errors and warnings a list holds. */
export interface IssueCounts {
  errors: number;
  warnings: number;
}

/**
 * Counts errors and warnings.
 * @param issues - the issues
 * @returns the counts
 * @example
 * countIssues([{ ...issue, severity: 'error' }]) // { errors: 1, warnings: 0 }
 */
export function countIssues(issues: readonly Issue[]): IssueCounts {
  let errors = 0;
  for (const issue of issues) if (issue.severity === 'error') errors += 1;
  return { errors, warnings: issues.length - errors };
}

/**
 * Whether a list holds an error.
 * @param issues - the issues
 * @returns true when one of them is an error
 * @example
 * hasError([{ ...issue, severity: 'warning' }]) // false
 */
export function hasError(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/**
 * The unit an issue belongs to, read from the row it points at: every table that lists units
 * (Units, Registrations, Scores, SelfScores) has a `Mã đơn vị` column. Read from the raw rows rather
 * than the campaign, because a row the reader skipped (a duplicate, an unreadable code) still belongs
 * to the unit typed in it, and the campaign may not be readable at all.
 *
 * @param issue - the issue, located by table and 1-based data row
 * @param data - the workbook as read
 * @returns the unit code typed in that row, or null for an issue of no unit (a missing table, a setting)
 * @example
 * unitOfIssue({ ...issue, table: 'Registrations', row: 2 }, data) // 'U03'
 */
export function unitOfIssue(issue: Issue, data: WorkbookData): string | null {
  if (issue.row === null) return null;
  const table = findTable(data, issue.table);
  if (table === null) return null;
  const column = findColumn(table, UNIT_HEADERS.code);
  if (column < 0) return null;
  const value = table.rows[issue.row - 1]?.[column];
  if (value === null || value === undefined) return null;
  const code = String(value).trim();
  return code === '' ? null : code;
}

const READ_CODES: ReadonlySet<string> = new Set(issueCodesOf('read'));

const cellKey = (issue: Issue): string => [issue.table, issue.row, issue.column].join('\u0000');

/**
 * One message per problem in a cell: when a cell could not be read (text in a date or number cell),
 * the reader has said what is wrong with it, and a later check finding the same cell blank ("no
 * registration date", "no points") would be the same problem twice. Those later issues are left out;
 * every issue of another cell stays.
 * @param issues - issues of reading, then of the checks
 * @returns the issues, each problem of a cell once, in order
 * @example
 * onePerCell([dateInvalid, dateMissing]).map((i) => i.code) // ['DATE_INVALID']
 */
export function onePerCell(issues: readonly Issue[]): Issue[] {
  const unread = new Set(
    issues
      .filter((i) => READ_CODES.has(i.code) && i.severity === 'error' && i.row !== null && i.column !== null)
      .map(cellKey),
  );
  return issues.filter((i) => READ_CODES.has(i.code) || !unread.has(cellKey(i)));
}

/**
 * Places issues in the workbook they were found in and ties each to the unit of its row.
 * @param issues - issues of reading, validation or planning
 * @param data - the workbook they were found in (before any write)
 * @returns the issues with sheet, cell and unit
 * @example
 * checkedIssues(readCampaign(data).issues, data)[0]?.cell // 'E7'
 */
export function checkedIssues(issues: readonly Issue[], data: WorkbookData): CheckedIssue[] {
  return locateIssues(issues, data).map((issue) => ({ ...issue, unit: unitOfIssue(issue, data) }));
}

/**
 * The issues of several checks, each once: a problem in a table two checks read (the campaign, the
 * units) is reported by each of them.
 * @param issues - issues of the checks, in order
 * @returns the issues in order, repeats left out
 * @example
 * distinctIssues([issue, { ...issue }]).length // 1
 */
export function distinctIssues(issues: readonly CheckedIssue[]): CheckedIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = [issue.code, issue.table, issue.row, issue.column, issue.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
