/**
 * Blocks of cells and their A1 text: whether two blocks meet, how a block is written and read back.
 * Every layer that places or addresses cells (the layout, the three hosts) does this arithmetic here.
 */
import { a1, columnLetters, parseA1, type CellBounds } from '../domain/workbook';

/**
 * Whether two blocks share a cell.
 *
 * @param a - one block
 * @param b - the other
 * @returns true when they overlap
 *
 * @example
 * ```ts
 * intersects({ top: 0, left: 0, bottom: 3, right: 2 }, { top: 3, left: 2, bottom: 5, right: 5 }); //=> true
 * ```
 */
export function intersects(a: CellBounds, b: CellBounds): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/**
 * The A1 text of a block, without a sheet name.
 *
 * @param bounds - zero-based inclusive bounds
 * @returns `B2:D9`, or `B2` for a single cell
 *
 * @example
 * ```ts
 * rangeA1({ top: 1, left: 1, bottom: 8, right: 3 }); //=> 'B2:D9'
 * rangeA1({ top: 1, left: 1, bottom: 1, right: 1 }); //=> 'B2'
 * ```
 */
export function rangeA1(bounds: CellBounds): string {
  const start = a1({ row: bounds.top, col: bounds.left });
  const end = a1({ row: bounds.bottom, col: bounds.right });
  return start === end ? start : `${start}:${end}`;
}

/**
 * The A1 text of one whole sheet column.
 *
 * @param col - zero-based column
 * @returns `C:C` for column 2
 *
 * @example
 * ```ts
 * columnRangeA1(27); //=> 'AB:AB'
 * ```
 */
export function columnRangeA1(col: number): string {
  const letters = columnLetters(col);
  return `${letters}:${letters}`;
}

/**
 * Reads the A1 text of a block: a cell or two corners in either order (`$` allowed), no sheet name.
 *
 * @param range - e.g. `B3:F40`, `$C$2`
 * @returns the bounds, or null when the text is not a cell or a rectangle (a whole column `H:H` is not)
 *
 * @example
 * ```ts
 * parseRangeA1('B3:F40'); //=> { top: 2, left: 1, bottom: 39, right: 5 }
 * parseRangeA1('H:H'); //=> null
 * ```
 */
export function parseRangeA1(range: string): CellBounds | null {
  const [first, last = first] = range.split(':');
  const start = first === undefined ? null : parseA1(first);
  const end = last === undefined ? null : parseA1(last);
  if (start === null || end === null) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}
