import { UNIT_HEADERS } from '../../domain/contract';
import type { Issue } from '../../domain/model';
import { findColumn, findTable } from '../../domain/read';
import type { WorkbookData } from '../../domain/workbook';

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
