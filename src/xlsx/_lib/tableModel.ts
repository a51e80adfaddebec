/**
 * The shape ExcelJS 4.4 keeps for a table at run time. Its type declarations describe `getTables()`
 * wrongly (`[Table, void][]`) and leave out the parsed model, so the host reads the model through this
 * one narrow type instead of scattering casts.
 */
import type ExcelJS from 'exceljs';
import { a1, parseA1 } from '../../domain/workbook';

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

/** Zero-based bounds of an A1 range, both ends included. */
export interface RangeBounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The bounds of an A1 range (`B3:F40`, or a single cell).
 * @param range - the A1 range
 * @returns its zero-based bounds, or null when the text is not a range
 * @example
 * rangeBounds('B3:F40') // { top: 2, left: 1, bottom: 39, right: 5 }
 */
export function rangeBounds(range: string): RangeBounds | null {
  const [first, last = first] = range.split(':');
  const a = first === undefined ? null : parseA1(first);
  const b = last === undefined ? null : parseA1(last);
  if (a === null || b === null) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/**
 * The A1 text of zero-based bounds.
 * @param bounds - the bounds
 * @returns `A1:B2` form
 */
export function rangeText(bounds: RangeBounds): string {
  return `${a1({ row: bounds.top, col: bounds.left })}:${a1({ row: bounds.bottom, col: bounds.right })}`;
}

/** Where a table's parts sit, zero-based. `dataBottom < dataTop` when the table has no data rows. */
export interface TableGeometry {
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
 * @returns the geometry, or null when the model has no readable range
 */
export function tableGeometry(model: TableModel): TableGeometry | null {
  const bounds = model.tableRef === undefined ? null : rangeBounds(model.tableRef);
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
