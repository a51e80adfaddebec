/**
 * What a host reads back from a workbook, as plain data: the sheets and the named tables with their
 * headers, values and position. Every host (Office.js, xlsx file, in-memory) produces this same shape,
 * so reading, validation and re-planning run on it unchanged.
 */

/** A cell value as hosts read it: text, number (dates as Excel serials), boolean, or null for blank. */
export type CellValue = string | number | boolean | null;

/** Zero-based row and column of a cell on its sheet. */
export interface CellPosition {
  row: number;
  col: number;
}

/** Zero-based, inclusive bounds of a rectangular block of cells. */
export interface CellBounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Sheet visibility, as Excel knows it. */
export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

/** A sheet of the workbook and the block its content covers (null when empty). */
export interface RawSheet {
  name: string;
  visibility: SheetVisibility;
  /** Zero-based bounds of the used range, or null for an empty sheet. */
  used: CellBounds | null;
}

/** A named table as read back: header texts, data rows (values), and where its header row starts. */
export interface RawTable {
  name: string;
  sheet: string;
  /** Top-left cell of the header row. */
  origin: CellPosition;
  headers: string[];
  /** Data rows, each as long as `headers`. */
  rows: CellValue[][];
  /**
   * Formulas of the data rows where a host knows them (null for a constant); used to tell a typed
   * value from a computed one when a workbook is re-planned. A host that knows only that a cell holds a
   * formula, not its text, gives a marker starting with `=` instead (the Office.js host gives `=`: it
   * finds formula cells without bringing their text back, which keeps its read under the 5 MB response
   * limit of Excel on the web). So readers tell null from non-null and never read the text.
   */
  formulas?: (string | null)[][];
}

/** Everything a host reads back. */
export interface WorkbookData {
  sheets: RawSheet[];
  tables: Record<string, RawTable>;
  /** Defined names (name → refers-to formula) where the host knows them. */
  names?: Record<string, string>;
}

/**
 * Converts a zero-based column index to its letters.
 * @param col - zero-based column index
 * @returns the column letters (0 → A, 26 → AA)
 * @example
 * columnLetters(27) // 'AB'
 */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The A1 address of a zero-based cell position.
 * @param pos - zero-based row and column
 * @returns the A1 address
 * @example
 * a1({ row: 0, col: 0 }) // 'A1'
 */
export function a1(pos: CellPosition): string {
  return `${columnLetters(pos.col)}${pos.row + 1}`;
}

/**
 * The zero-based position of an A1 address (`$` allowed).
 * @param address - an A1 address such as `B7` or `$C$2`
 * @returns the position, or null if the text is not an A1 address
 * @example
 * parseA1('B7') // { row: 6, col: 1 }
 */
export function parseA1(address: string): CellPosition | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
