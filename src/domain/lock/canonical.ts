/**
 * The canonical form of locked values: each cell as a short text that does not change when another
 * program opens and saves the workbook. LibreOffice may write 0.1 + 0.2 as 0.3 or keep a formula's cached
 * result; a decomposed "ấ" typed on a Mac is the same letter as a precomposed one. So numbers keep 15
 * significant digits (what a spreadsheet stores), text is NFC, and a formula counts as a formula whatever
 * its cached value or the way a program spells it (its inputs are locked, so its result is).
 */
import { headerKey } from '../read';
import type { CellPosition, CellValue, RawTable, WorkbookData } from '../workbook';
import { findTable } from '../read';

/** A blank cell. */
export const BLANK = '';
/** A cell holding a formula. */
export const FORMULA = '=';

/**
 * One cell in canonical form.
 * @param value - the value a host read
 * @param formula - the cell holds a formula
 * @returns `''` blank, `=` formula, `n:<number>`, `s:<NFC text>`, `b:1` / `b:0`
 * @example
 * ```ts
 * canonicalValue(0.1 + 0.2, false); //=> 'n:0.3'
 * canonicalValue('Tha\u0300nh', false) === canonicalValue('Thành', false); //=> true
 * canonicalValue(95, true); //=> '='
 * ```
 */
export function canonicalValue(value: CellValue, formula: boolean): string {
  if (formula) return FORMULA;
  if (value === null || value === '') return BLANK;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `n:${String(value)}`;
    const rounded = Number(value.toPrecision(15));
    return `n:${String(rounded === 0 ? 0 : rounded)}`;
  }
  if (typeof value === 'boolean') return value ? 'b:1' : 'b:0';
  return `s:${value.normalize('NFC')}`;
}

/** The values of one table as the lock keeps them. */
export interface LockedTable {
  table: string;
  /** The sheet the table sat on when locked. */
  sheet: string;
  /** Top-left cell of its header row when locked. */
  origin: CellPosition;
  /** Its headers, NFC. */
  headers: string[];
  /** Its data rows in canonical form, each as long as `headers`. */
  rows: string[][];
}

/**
 * A table's values in canonical form.
 * @param table - the table as read
 * @returns the table as the lock keeps it
 * @example
 * ```ts
 * canonicalTable({ name: 'Scores', sheet: 'Chấm điểm', origin: { row: 3, col: 0 }, headers: ['Mã đơn vị'], rows: [['VP']] }).rows;
 * //=> [['s:VP']]
 * ```
 */
export function canonicalTable(table: RawTable): LockedTable {
  return {
    table: table.name,
    sheet: table.sheet,
    origin: { ...table.origin },
    headers: table.headers.map((h) => h.normalize('NFC')),
    rows: table.rows.map((row, r) =>
      table.headers.map((_, c) =>
        canonicalValue(row[c] ?? null, (table.formulas?.[r]?.[c] ?? null) !== null),
      ),
    ),
  };
}

/**
 * The values of the named tables the workbook holds, in canonical form, in the order named.
 * @param data - what a host read
 * @param names - the tables to lock (see `LOCKED_TABLES`)
 * @returns one entry per table present; a table the workbook lacks is left out
 * @example
 * ```ts
 * snapshotTables({ sheets: [], tables: {} }, ['Scores']); //=> []
 * ```
 */
export function snapshotTables(data: WorkbookData, names: readonly string[]): LockedTable[] {
  return names.flatMap((name) => {
    const table = findTable(data, name);
    return table === null ? [] : [{ ...canonicalTable(table), table: name }];
  });
}

/**
 * Where a header of a locked table is now, comparing headers as the reader does (case and spacing aside).
 * @param headers - the table's headers now
 * @param header - a locked header
 * @returns its index, or -1
 */
export function headerIndex(headers: readonly string[], header: string): number {
  const wanted = headerKey(header);
  return headers.findIndex((h) => headerKey(h) === wanted);
}
