/**
 * Where a table sits and what it holds: its sheet, the top-left cell of its header row, its headers in
 * sheet order and its data rows. A table plan carries its final geometry (the layout works it out once,
 * from the plan and what the workbook holds), and every address a host writes for a table, every
 * range a formula translator resolves, is computed from it here.
 */
import type { CellBounds, CellPosition } from '../domain/workbook';

/** A table's place and shape on its sheet. */
export interface TableGeometry {
  name: string;
  sheet: string;
  /** Zero-based top-left cell of the header row. */
  origin: CellPosition;
  /** Headers in sheet order. */
  headers: readonly string[];
  /** Data rows; 0 for a table with none, which in Excel still spans one blank row (see {@link bodyRows}). */
  rowCount: number;
}

/**
 * The rows a table's data body spans on the sheet: its data rows, and one blank row when it has none
 * (an Excel table always keeps one data row).
 *
 * @param geometry - the table
 * @returns at least 1
 *
 * @example
 * ```ts
 * bodyRows({ ...units, rowCount: 0 }); //=> 1
 * ```
 */
export function bodyRows(geometry: Pick<TableGeometry, 'rowCount'>): number {
  return Math.max(geometry.rowCount, 1);
}

/**
 * The block a table covers, header row and data body, from its origin and size (for a table that has
 * no geometry yet, or a table read back).
 *
 * @param origin - top-left cell of the header row
 * @param columns - number of columns (a table has at least one)
 * @param rowCount - data rows (an empty table still spans one)
 * @returns the bounds on the sheet
 *
 * @example
 * ```ts
 * tableRect({ row: 2, col: 1 }, 4, 0); //=> { top: 2, left: 1, bottom: 3, right: 4 }
 * ```
 */
export function tableRect(origin: CellPosition, columns: number, rowCount: number): CellBounds {
  return {
    top: origin.row,
    left: origin.col,
    bottom: origin.row + bodyRows({ rowCount }),
    right: origin.col + Math.max(columns, 1) - 1,
  };
}

/**
 * The block a table covers: header row and data body.
 *
 * @param geometry - the table
 * @returns the bounds on the sheet
 *
 * @example
 * ```ts
 * tableBounds({ name: 'Units', sheet: 'Danh mục', origin: { row: 0, col: 0 }, headers: ['A', 'B', 'C', 'D'], rowCount: 3 });
 * //=> { top: 0, left: 0, bottom: 3, right: 3 }
 * ```
 */
export function tableBounds(geometry: TableGeometry): CellBounds {
  return tableRect(geometry.origin, geometry.headers.length, geometry.rowCount);
}

/**
 * Where a header stands among a table's headers, found as Excel finds a column: exactly, else regardless
 * of case (a table's headers are unique regardless of case, so one differing only in case is the same).
 *
 * @param headers - the table's headers, in order
 * @param header - the header looked for
 * @returns its index, or -1 when the table has no such column
 *
 * @example
 * ```ts
 * headerIndex(['Mã đơn vị', 'Tổng điểm'], 'TỔNG ĐIỂM'); //=> 1
 * ```
 */
export function headerIndex(headers: readonly string[], header: string): number {
  const exact = headers.indexOf(header);
  if (exact >= 0) return exact;
  const wanted = header.toUpperCase();
  return headers.findIndex((h) => h.toUpperCase() === wanted);
}

/**
 * The sheet column of a header, matched exactly.
 *
 * @param geometry - the table
 * @param header - the header text
 * @returns the zero-based sheet column, or null when the table has no such column
 *
 * @example
 * ```ts
 * columnOf({ ...units, origin: { row: 2, col: 1 } }, 'Mã cụm'); //=> 3 when Mã cụm is the third header
 * ```
 */
export function columnOf(geometry: TableGeometry, header: string): number | null {
  const index = geometry.headers.indexOf(header);
  return index < 0 ? null : geometry.origin.col + index;
}

/**
 * The data body of one sheet column of a table, or a run of its rows.
 *
 * @param geometry - the table
 * @param col - zero-based sheet column
 * @param start - first data row of the run (zero-based within the body)
 * @param count - number of rows; the whole body by default
 * @returns the bounds on the sheet
 *
 * @example
 * ```ts
 * columnBody(scores, 3); //=> { top: 1, left: 3, bottom: 40, right: 3 } for 40 rows under a header at A1
 * ```
 */
export function columnBody(
  geometry: TableGeometry,
  col: number,
  start = 0,
  count = bodyRows(geometry),
): CellBounds {
  const top = geometry.origin.row + 1 + start;
  return { top, left: col, bottom: top + count - 1, right: col };
}
