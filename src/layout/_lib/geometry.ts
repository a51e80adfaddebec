/** Rectangles of cells, to tell whether a table would land on something. */
import { a1, type CellPosition } from '../../domain/workbook';

/** Zero-based, inclusive bounds of a block of cells. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Whether two blocks share a cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The block a table covers: header row and its data rows (an empty table still spans one row). */
export function tableRect(origin: CellPosition, columns: number, rowCount: number): Rect {
  return {
    top: origin.row,
    left: origin.col,
    bottom: origin.row + Math.max(rowCount, 1),
    right: origin.col + Math.max(columns, 1) - 1,
  };
}

/** The A1 text of a block (`D4:H41`, or `D4` for one cell). */
export function rectA1(rect: Rect): string {
  const start = a1({ row: rect.top, col: rect.left });
  const end = a1({ row: rect.bottom, col: rect.right });
  return start === end ? start : `${start}:${end}`;
}
