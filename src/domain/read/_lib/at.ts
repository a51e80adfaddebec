import { TABLE_SHEETS } from '../../contract';
import type { IssueLocation } from '../../issues';

/** Where a cell sits, in the words an officer uses: sheet, table, 1-based data row, column header. */
export interface CellAt {
  sheet: string;
  table: string;
  /** 1-based data row of the table. */
  row: number;
  column: string;
  /**
   * The field the row holds, in a field / value table (`Năm`, `precision`): officers find such a row
   * by its label, not by its number.
   */
  field?: string;
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

/**
 * The location phrase that opens a reading message, in Vietnamese and English.
 * @param at - the cell
 * @returns the phrase in both languages
 * @example
 * atText({ sheet: 'Chấm điểm', table: 'Scores', row: 3, column: 'I.1' }).at // 'Trang "Chấm điểm", bảng Scores, dòng thứ 3, cột "I.1"'
 */
export function atText(at: CellAt): { at: string; atEn: string } {
  const where =
    at.field === undefined
      ? { vi: `dòng thứ ${at.row}, cột "${at.column}"`, en: `row ${at.row}, column "${at.column}"` }
      : { vi: `dòng "${at.field}"`, en: `field "${at.field}"` };
  return {
    at: `Trang "${at.sheet}", bảng ${at.table}, ${where.vi}`,
    atEn: `Sheet "${at.sheet}", table ${at.table}, ${where.en}`,
  };
}

/**
 * The location phrase of a whole table.
 * @param sheet - the sheet name
 * @param table - the table name
 * @returns the phrase in both languages
 * @example
 * tableAtText('Phong trào', 'Campaign').at // 'Trang "Phong trào", bảng Campaign'
 */
export function tableAtText(sheet: string, table: string): { at: string; atEn: string } {
  return { at: `Trang "${sheet}", bảng ${table}`, atEn: `Sheet "${sheet}", table ${table}` };
}

/**
 * The issue location of a cell.
 * @param at - the cell
 * @returns table, row and column for `makeIssue`
 * @example
 * cellWhere({ sheet: 'Chấm điểm', table: 'Scores', row: 3, column: 'I.1' }) // { table: 'Scores', row: 3, column: 'I.1' }
 */
export function cellWhere(at: CellAt): IssueLocation {
  return { table: at.table, row: at.row, column: at.column };
}
