/** A1 positions inside a placed table, for conditional formats, print titles and the cells around it. */
import { a1, columnLetters } from '../../domain/workbook';
import { bodyRows, type TableGeometry } from '../../geometry/tableGeometry';
import { sameHeader } from './current';

/** Absolute column index of a header, or -1 when the table has no such column. */
export function columnAt(placed: TableGeometry, header: string): number {
  const at = placed.headers.findIndex((h) => sameHeader(h, header));
  return at < 0 ? -1 : placed.origin.col + at;
}

/** 1-based sheet row of the first data row. */
export function firstDataRow(placed: TableGeometry): number {
  return placed.origin.row + 2;
}

/**
 * The data cells of some adjacent columns as an A1 range, from the first data row down `extra` rows
 * past the last one (room for rows an officer adds; Excel carries the format along as a table grows).
 * @returns the range, or null when a column is missing
 */
export function dataRange(
  placed: TableGeometry,
  first: string,
  last: string = first,
  extra = 0,
): string | null {
  const left = columnAt(placed, first);
  const right = columnAt(placed, last);
  if (left < 0 || right < 0) return null;
  const top = placed.origin.row + 1;
  const bottom = top + bodyRows(placed) - 1 + extra;
  return `${a1({ row: top, col: left })}:${a1({ row: bottom, col: right })}`;
}

/**
 * A reference to a column of the first data row with the column fixed (`$H4`): a conditional format
 * written for that row reads the same column on every row of its range.
 */
export function rowCell(placed: TableGeometry, header: string): string | null {
  const col = columnAt(placed, header);
  return col < 0 ? null : `$${columnLetters(col)}${firstDataRow(placed)}`;
}

/** A reference to the first data cell of a column, relative both ways (`D4`). */
export function firstCell(placed: TableGeometry, header: string): string | null {
  const col = columnAt(placed, header);
  return col < 0 ? null : `${columnLetters(col)}${firstDataRow(placed)}`;
}

/** The header row as print titles (`$3:$3`). */
export function headerRowTitles(placed: TableGeometry): string {
  const row = placed.origin.row + 1;
  return `$${row}:$${row}`;
}

/**
 * The address of a cell above a table's header row (the title and notes the plan writes there), or null
 * when the table sits too high on its sheet for it.
 * @param rowsAbove - 1 for the row just above the header
 * @param colOffset - columns right of the table's first column
 */
export function cellAbove(placed: TableGeometry, rowsAbove: number, colOffset = 0): string | null {
  const row = placed.origin.row - rowsAbove;
  return row < 0 ? null : a1({ row, col: placed.origin.col + colOffset });
}
