/**
 * Where a table sits once the write is done: its origin, final header order and data rows. Every
 * address the host writes for a table (formulas, formats, validation, chart series) is computed from
 * this, for a new table from the plan, for an existing one from what phase 1 read in the same run.
 */
import type { CellPosition, RawTable } from '../domain/workbook';
import type { TablePlan } from '../layout/plan';
import type { RangeBounds } from './_lib/address';

/** A table's final layout on its sheet. */
export interface TableGeometry {
  name: string;
  sheet: string;
  /** Top-left cell of the header row. */
  origin: CellPosition;
  /** Headers in sheet order, after the columns the plan adds. */
  headers: string[];
  /** Data rows before the write (0 for a new table). */
  rowsBefore: number;
  /** Data rows after the write; at least 1, since an Excel table always keeps one data row. */
  rows: number;
  /** Whether the table is created by this write. */
  created: boolean;
}

/**
 * The final layout of a planned table.
 * @param plan - the table plan
 * @param current - the table as read, when it exists
 * @returns the geometry
 * @example
 * tableGeometry(plan, undefined).rows // Math.max(plan.rows.length, 1)
 */
export function tableGeometry(plan: TablePlan, current: RawTable | undefined): TableGeometry {
  if (!current) {
    return {
      name: plan.name,
      sheet: plan.sheet,
      origin: { ...plan.origin },
      headers: plan.columns.map((c) => c.header),
      rowsBefore: 0,
      rows: Math.max(plan.rows.length, 1),
      created: true,
    };
  }
  return {
    name: plan.name,
    sheet: current.sheet,
    origin: { ...current.origin },
    headers: [...current.headers, ...plan.addColumns],
    rowsBefore: current.rows.length,
    rows: Math.max(current.rows.length + plan.appendRows.length, 1),
    created: false,
  };
}

/**
 * The sheet column of a header, or null when the table has no such column.
 * @param geometry - the table's layout
 * @param header - the header text
 * @returns the zero-based sheet column
 * @example
 * columnOf(geometry, 'Mã cụm') // geometry.origin.col + 2 for Units
 */
export function columnOf(geometry: TableGeometry, header: string): number | null {
  const index = geometry.headers.indexOf(header);
  return index < 0 ? null : geometry.origin.col + index;
}

/**
 * Bounds of the data body of one column, or of a run of its rows.
 * @param geometry - the table's layout
 * @param col - zero-based sheet column
 * @param start - first data row (zero-based within the body)
 * @param count - number of rows
 * @returns the bounds on the sheet
 * @example
 * columnBody(geometry, 3, 0, geometry.rows) // the whole body of sheet column D
 */
export function columnBody(
  geometry: TableGeometry,
  col: number,
  start = 0,
  count = geometry.rows,
): RangeBounds {
  const top = geometry.origin.row + 1 + start;
  return { top, left: col, bottom: top + count - 1, right: col };
}

/**
 * Bounds of the whole table: header row and data body.
 * @param geometry - the table's layout
 * @returns the bounds on the sheet
 * @example
 * tableBounds(geometry) // { top: 0, left: 0, bottom: 3, right: 3 } for a 4-column table with 3 rows at A1
 */
export function tableBounds(geometry: TableGeometry): RangeBounds {
  return {
    top: geometry.origin.row,
    left: geometry.origin.col,
    bottom: geometry.origin.row + geometry.rows,
    right: geometry.origin.col + geometry.headers.length - 1,
  };
}
