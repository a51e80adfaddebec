/**
 * Rewriting the data rows of a table held in memory (see `TableRowsWrite`): the cells of the named
 * columns, and the table's height when the number of rows changes — what the file host does to a file.
 */
import { headerKey } from '../domain/read';
import type { CellValue } from '../domain/workbook';
import type { TableRowsWrite } from '../layout/host';
import { appendTableRows } from './applyWorkbookPlan';
import { cellKey, findSheet, type MemoryWorkbook } from './workbookModel';

/**
 * Writes a table's data rows: rows that exist are overwritten in the named columns, rows past the end
 * are added (computed columns fill in), rows left over are cleared and the table shrinks; a table left
 * with no row keeps one blank one.
 * @param workbook - the workbook
 * @param write - the table, the columns and the rows it holds afterwards
 * @throws Error when the table or one of the columns is not in the workbook
 * @example
 * writeTableRows(workbook, { table: 'Meta', headers: ['Khoá', 'Giá trị'], rows: [['schemaVersion', 3]] });
 */
export function writeTableRows(workbook: MemoryWorkbook, write: TableRowsWrite): void {
  const key = write.table.toLowerCase();
  const table = [...workbook.tables.values()].find((t) => t.name.toLowerCase() === key);
  if (table === undefined) throw new Error(`No table ${write.table} to write rows into.`);
  const sheet = findSheet(workbook, table.sheet);
  if (sheet === null) throw new Error(`No sheet ${table.sheet} for table ${table.name}.`);
  const names = table.columns.map((column) => headerKey(column.header));
  const columns = write.headers.map((header) => {
    const j = names.indexOf(headerKey(header));
    if (j < 0) throw new Error(`Table ${write.table} has no column ${header}.`);
    return j;
  });
  const after = Math.max(1, write.rows.length);
  if (after > table.rowCount) {
    const blank: CellValue[][] = Array.from({ length: after - table.rowCount }, () => []);
    appendTableRows(workbook, sheet, table, blank);
  }
  const top = table.origin.row + 1;
  const set = (dataRow: number, col: number, value: CellValue): void => {
    const at = cellKey(top + dataRow, table.origin.col + col);
    const existing = sheet.cells.get(at);
    sheet.cells.set(at, {
      value: value === '' ? null : value,
      formula: null,
      numberFormat: existing?.numberFormat ?? table.columns[col]?.numberFormat ?? null,
      locked: existing?.locked ?? false,
      style: existing?.style ?? null,
    });
  };
  for (let i = 0; i < after; i++) {
    const row = write.rows[i];
    columns.forEach((col, k) => set(i, col, row?.[k] ?? null));
  }
  for (let i = after; i < table.rowCount; i++) {
    table.columns.forEach((_, col) => sheet.cells.delete(cellKey(top + i, table.origin.col + col)));
  }
  table.rowCount = after;
}
