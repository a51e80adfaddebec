/**
 * The shape ExcelJS 4.4 keeps for a table at run time. Its type declarations describe `getTables()`
 * wrongly (`[Table, void][]`) and leave out the parsed model, so the host reads the model through this
 * one narrow type instead of scattering casts.
 */
import type ExcelJS from 'exceljs';
import { parseRangeA1 } from '../../geometry/bounds';

/** A table column as ExcelJS keeps it. */
export interface TableColumnModel {
  name: string;
  filterButton?: boolean;
}

/**
 * A table's model. A table made by `addTable` has `ref` (its top-left cell) and, once validated,
 * `tableRef`; a table read from a file has only `tableRef` (the whole range, header and totals included).
 */
export interface TableModel {
  name: string;
  ref?: string;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: TableColumnModel[];
}

interface RuntimeTable {
  table: TableModel;
}

/**
 * The models of a worksheet's tables.
 * @param worksheet - the worksheet
 * @returns one model per table, in the order ExcelJS keeps them
 * @example
 * tableModels(workbook.getWorksheet('Chấm điểm')!).map((t) => t.name) // ['Scores']
 */
export function tableModels(worksheet: ExcelJS.Worksheet): TableModel[] {
  return (worksheet.getTables() as unknown as RuntimeTable[]).map((t) => t.table);
}

/**
 * The whole range of a table (header, data and totals rows), as an A1 range.
 * @param model - the table's model
 * @returns the range, or null when the model carries none
 */
export function tableRange(model: TableModel): string | null {
  return model.tableRef ?? null;
}

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
 * @param model - the table's model
 * @returns the rows, or null when the model has no readable range
 */
export function tableRows(model: TableModel): TableRows | null {
  const bounds = model.tableRef === undefined ? null : parseRangeA1(model.tableRef);
  if (bounds === null) return null;
  const headerRow = model.headerRow ? bounds.top : null;
  return {
    left: bounds.left,
    right: bounds.right,
    headerRow,
    dataTop: bounds.top + (headerRow === null ? 0 : 1),
    dataBottom: bounds.bottom - (model.totalsRow ? 1 : 0),
  };
}
