/**
 * Structured references and literals in the en-US form, written one way everywhere so that every
 * formula of the workbook reads alike: a column always as `[Mã cụm]`, a cell of the row always as
 * `[@[Mã cụm]]`, even where Excel would accept a shorter spelling.
 */
import { escapeHeader } from '../../geometry/columnSpecifier';

/**
 * A whole column of the formula's own table.
 * @param header - the column header
 * @returns `[header]`
 * @example
 * column('Mã cụm') // '[Mã cụm]'
 */
export function column(header: string): string {
  return `[${escapeHeader(header)}]`;
}

/**
 * The cell of the current row in a column of the formula's own table.
 * @param header - the column header
 * @returns `[@[header]]`
 * @example
 * thisRow('Tổng điểm') // '[@[Tổng điểm]]'
 */
export function thisRow(header: string): string {
  return `[@[${escapeHeader(header)}]]`;
}

/**
 * The cells of the current row from one column to another (inclusive), or one cell when they are the same.
 * @param first - header of the first column
 * @param last - header of the last column
 * @returns `[@[first]:[last]]`
 * @example
 * thisRowSpan('I.1', 'III.2') // '[@[I.1]:[III.2]]'
 */
export function thisRowSpan(first: string, last: string): string {
  if (first === last) return thisRow(first);
  return `[@[${escapeHeader(first)}]:[${escapeHeader(last)}]]`;
}

/**
 * A whole column of a named table (for formulas outside that table).
 * @param table - the table name
 * @param header - the column header
 * @returns `Table[header]`
 * @example
 * tableColumn('Scores', 'Tổng điểm') // 'Scores[Tổng điểm]'
 */
export function tableColumn(table: string, header: string): string {
  return `${table}${column(header)}`;
}

/**
 * A text literal, quotes doubled.
 * @param value - the text
 * @returns the literal with its quotes
 * @example
 * text('Cờ "thi đua"') // '"Cờ ""thi đua"""'
 */
export function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * A number literal as the en-US form writes it (no exponent for the magnitudes of a scoring table).
 * @param value - a finite number
 * @returns its shortest decimal text
 * @example
 * numberLiteral(0.5) // '0.5'
 */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  return String(value);
}
