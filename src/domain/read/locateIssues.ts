import { issueAt } from '../issues';
import type { Issue } from '../model';
import { a1 } from '../workbook';
import type { WorkbookData } from '../workbook';
import { knownSheet } from './_lib/at';
import { findColumn, findTable } from './tableRows';

/**
 * Adds the sheet and the A1 cell to issues that point into a table of the workbook. The header row
 * sits at the table's origin and data row n lies n rows below it. An issue of a whole row points at
 * the row's first cell, of a whole column (or a missing one) at its header, of the whole table at
 * its first header cell. A missing table gets the sheet it belongs on and no cell. A sheet or cell
 * already set is kept. A located issue is worded again for its cell (`Đăng ký!F5, cột …`), every row
 * its message names being the sheet's row the officer sees.
 * @param issues - issues with table, row and column
 * @param data - the workbook they are about, as the host read it
 * @returns new issues with `sheet` and `cell` where the table is found; the input is not changed
 * @example
 * // Units has its header row at B3; data row 2 of its fourth column is E5.
 * locateIssues([makeIssue('NUMBER_INVALID', params, { table: 'Units', row: 2, column: 'Số người' })], data)[0]?.cell // 'E5'
 */
export function locateIssues(issues: readonly Issue[], data: WorkbookData): Issue[] {
  return issues.map((issue) => {
    const table = findTable(data, issue.table);
    if (!table) {
      const sheet = issue.sheet ?? knownSheet(issue.table);
      return sheet === undefined ? { ...issue } : { ...issue, sheet };
    }
    const found = issue.column === null ? -1 : findColumn(table, issue.column);
    const col = table.origin.col + Math.max(found, 0);
    const row = table.origin.row + (issue.row ?? 0);
    return issueAt(issue, {
      sheet: issue.sheet ?? table.sheet,
      cell: issue.cell ?? a1({ row, col }),
      // The header sits at the table's origin (zero-based): data row n is n rows below it.
      sheetRow: (n) => table.origin.row + n + 1,
    });
  });
}
