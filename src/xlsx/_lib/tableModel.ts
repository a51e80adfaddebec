/**
 * Where a table's rows sit, from the model the library keeps for it. A table read from a file carries
 * its whole range in `tableRef`; one made by `addTable` carries its top-left cell in `ref` until the
 * library works the range out.
 */
import { parseRangeA1 } from '../../geometry/bounds';
import type { Table, Worksheet } from '../library';

/**
 * Where a table's rows sit in the file, zero-based: its header row (if any), then its data rows, then
 * its totals row (if any). `dataBottom < dataTop` when the table has no data rows.
 */
export interface TableRows {
  left: number;
  right: number;
  /** Header row, or null for a table without one. */
  headerRow: number | null;
  dataTop: number;
  dataBottom: number;
}

/**
 * Where a table's header and data rows sit.
 * @param table - the table
 * @returns the rows, or null when the table has no readable range
 * @example
 * tableRows(worksheet.getTable('Scores'))?.dataTop // 3
 */
export function tableRows(table: Table): TableRows | null {
  const model = table.model;
  const bounds = parseRangeA1(model.tableRef ?? model.ref);
  if (bounds === null) return null;
  const headerRow = model.headerRow === false ? null : bounds.top;
  return {
    left: bounds.left,
    right: bounds.right,
    headerRow,
    dataTop: bounds.top + (headerRow === null ? 0 : 1),
    dataBottom: bounds.bottom - (model.totalsRow === true ? 1 : 0),
  };
}

/**
 * The table of this name in the workbook's sheets, matched as Excel matches table names (ignoring case).
 * @param worksheets - the workbook's sheets
 * @param name - the table's name
 * @returns the table and its sheet, or null
 */
export function findTable(
  worksheets: readonly Worksheet[],
  name: string,
): { worksheet: Worksheet; table: Table } | null {
  const wanted = name.toLowerCase();
  for (const worksheet of worksheets) {
    const table = worksheet.getTables().find((t) => t.name.toLowerCase() === wanted);
    if (table !== undefined) return { worksheet, table };
  }
  return null;
}
