/**
 * The shape ExcelJS 4.4 keeps for a table at run time. Its type declarations describe `getTables()`
 * wrongly (`[Table, void][]`) and leave out the parsed model, so the host reads the model through this
 * one narrow type instead of scattering casts.
 */
import type ExcelJS from 'exceljs';

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
