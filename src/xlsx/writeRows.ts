/**
 * Rewriting the data rows of a table in a file (see `TableRowsWrite`): the cells of the named columns,
 * and the table's height when the number of rows changes.
 */
import { headerKey } from '../domain/read';
import type { TableRowsWrite } from '../layout/host';
import { findTable, tableRows } from './_lib/tableModel';
import type { Table, Workbook, Worksheet } from './library';

/**
 * Writes a table's data rows.
 * @param workbook - the workbook
 * @param write - the table, the columns and the rows it holds afterwards
 * @throws Error when the table or one of the columns is not in the workbook
 * @example
 * writeRows(workbook, { table: 'Registrations', headers: ['Mã đơn vị', 'Họ và tên'], rows: [['VP', 'An']] });
 */
export function writeRows(workbook: Workbook, write: TableRowsWrite): void {
  const found = findTable(workbook.worksheets, write.table);
  if (found === null) throw new Error(`No table ${write.table} to write rows into.`);
  const { worksheet, table } = found;
  const span = tableRows(table);
  if (span === null || span.headerRow === null) throw new Error(`Table ${write.table} has no header row.`);
  const names = table.model.columns.map((column) => headerKey(column.name));
  const columns = write.headers.map((header) => {
    const j = names.indexOf(headerKey(header));
    if (j < 0) throw new Error(`Table ${write.table} has no column ${header}.`);
    return span.left + j + 1;
  });
  const top = span.dataTop + 1;
  const before = span.dataBottom - span.dataTop + 1;
  const after = Math.max(1, write.rows.length);
  // A totals row moves with the table's bottom: its old cells are cleared, the table writes them anew.
  const cleared = table.model.totalsRow === true ? before + 1 : before;
  for (let i = 0; i < Math.max(after, cleared); i++) {
    const row = write.rows[i];
    if (row !== undefined) {
      columns.forEach((col, k) => {
        const value = row[k] ?? null;
        worksheet.getCell(top + i, col).value = value === '' ? null : value;
      });
    } else {
      for (let col = span.left + 1; col <= span.right + 1; col++)
        worksheet.getCell(top + i, col).value = null;
    }
  }
  if (after !== before) resize(worksheet, table, after);
}

/** Defines the table again over `dataRows` rows, keeping its columns, their settings and its style. */
function resize(worksheet: Worksheet, table: Table, dataRows: number): void {
  const model = table.model;
  worksheet.removeTable(table.name);
  worksheet.addTable({
    name: model.name,
    displayName: model.displayName ?? model.name,
    ref: (model.tableRef ?? model.ref).split(':')[0] ?? model.ref,
    headerRow: true,
    totalsRow: model.totalsRow === true,
    ...(model.style === undefined ? {} : { style: model.style }),
    columns: model.columns,
    // Empty rows give the table its height and leave the cells as written.
    rows: Array.from({ length: dataRows }, () => []),
  });
}
