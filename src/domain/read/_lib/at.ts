import { TABLE_SHEETS } from '../../contract';
import type { Place } from '../../issues';

/**
 * Where a read cell sits: the sheet the table was found on, the table, the 1-based data row, the
 * column header, and in a field / value table the field the row holds.
 */
export interface CellAt extends Place {
  sheet: string;
  /** 1-based data row of the table. */
  row: number;
  column: string;
}

const EXPECTED_SHEET = TABLE_SHEETS;

/**
 * The sheet a table is expected on (the table name itself when the contract places it nowhere).
 * @param table - a table name from TABLES
 * @returns the sheet name
 * @example
 * expectedSheet('Units') // 'Danh mục'
 */
export function expectedSheet(table: string): string {
  return EXPECTED_SHEET[table] ?? table;
}

/**
 * The sheet a table is expected on, or undefined when the contract places it nowhere.
 * @param table - a table name
 * @returns the sheet name, or undefined
 * @example
 * knownSheet('Meta') // undefined
 */
export function knownSheet(table: string): string | undefined {
  return EXPECTED_SHEET[table];
}
