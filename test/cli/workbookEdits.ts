/**
 * Editing a workbook the way an officer would in Excel, through the file host's library: a value typed
 * into a cell of a table, a header renamed.
 */
import type * as Xlsx from '../../src/xlsx/library';
import { a1, type CellValue } from '../../src/domain/workbook';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

export interface Planted {
  table: string;
  sheet: string;
  /** 1-based data row. */
  row: number;
  column: string;
  cell: string;
}

/** Types a value into data row `row` (1-based) of a table's column; returns where it went. */
export function typeInto(
  workbook: Xlsx.Workbook,
  table: string,
  row: number,
  column: string,
  value: CellValue,
): Planted {
  const found = readWorkbook(workbook).tables[table];
  if (found === undefined) throw new Error(`no table ${table}`);
  const col = found.headers.indexOf(column);
  if (col < 0) throw new Error(`no column ${column} in ${table}: ${found.headers.join(', ')}`);
  const cell = a1({ row: found.origin.row + row, col: found.origin.col + col });
  const worksheet = workbook.getWorksheet(found.sheet);
  if (worksheet === undefined) throw new Error(`no sheet ${found.sheet}`);
  worksheet.getCell(cell).value = value;
  return { table, sheet: found.sheet, row, column, cell };
}

/** Renames a table's header as Excel does: the header cell and the table's column name together. */
export function renameHeader(workbook: Xlsx.Workbook, table: string, from: string, to: string): void {
  const found = readWorkbook(workbook).tables[table];
  if (found === undefined) throw new Error(`no table ${table}`);
  const col = found.headers.indexOf(from);
  const worksheet = workbook.getWorksheet(found.sheet);
  if (col < 0 || worksheet === undefined) throw new Error(`no column ${from}`);
  worksheet.getCell(a1({ row: found.origin.row, col: found.origin.col + col })).value = to;
  const model = (
    worksheet.getTables() as unknown as { table: { name: string; columns: { name: string }[] } }[]
  ).find((t) => t.table.name === table);
  const column = model?.table.columns[col];
  if (column !== undefined) column.name = to;
}

/** Adds a row under a table and grows the table over it, as typing under a table does in Excel. */
export function appendRow(workbook: Xlsx.Workbook, table: string, values: Record<string, CellValue>): void {
  const found = readWorkbook(workbook).tables[table];
  if (found === undefined) throw new Error(`no table ${table}`);
  const worksheet = workbook.getWorksheet(found.sheet);
  if (worksheet === undefined) throw new Error(`no sheet ${found.sheet}`);
  const row = found.origin.row + found.rows.length + 1;
  for (const [header, value] of Object.entries(values)) {
    const col = found.headers.indexOf(header);
    if (col < 0) throw new Error(`no column ${header} in ${table}`);
    worksheet.getCell(a1({ row, col: found.origin.col + col })).value = value;
  }
  const model = (
    worksheet.getTables() as unknown as {
      table: { name: string; tableRef: string; autoFilterRef?: string };
    }[]
  ).find((t) => t.table.name === table)?.table;
  if (model === undefined) throw new Error(`no table model ${table}`);
  const last = a1({ row, col: found.origin.col + found.headers.length - 1 });
  model.tableRef = `${model.tableRef.split(':')[0] ?? ''}:${last}`;
  model.autoFilterRef = model.tableRef;
}
