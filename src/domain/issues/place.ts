import { TABLE_SHEETS } from '../contract';
import { capitalise, sheetTitle, tableTitle, type Words } from '../displayNames';

export type { Words } from '../displayNames';

/** Where an issue points in the workbook: table name, 1-based data row, header text. */
export interface IssueLocation {
  table: string;
  row: number | null;
  column: string | null;
}

/**
 * Where an issue points, with what its message needs to name the place as an officer finds it.
 */
export interface Place extends IssueLocation {
  /**
   * The field the row holds, in a field / value table (`Năm`, a setting's label): officers find such
   * a row by its label, not by its number.
   */
  field?: string;
  /** The sheet the table was found on, where the reader knows it; else the contract's sheet. */
  sheet?: string;
}

/**
 * Where an issue was found in the workbook: the sheet, the A1 address, and the sheet row of each data
 * row of its table (what Excel numbers at the left), so that every row a message names is the one the
 * officer sees.
 */
export interface CellPlace {
  sheet: string;
  cell: string;
  /**
   * The sheet's 1-based row of the table's 1-based data row.
   * @param row - the data row
   */
  sheetRow: (row: number) => number;
}

/**
 * The sheet a table sits on, as the messages name it.
 * @param table - a table name from TABLES
 * @returns the Vietnamese sheet name, or null for a table the contract places on no sheet
 * @example
 * sheetOf('Registrations') //=> 'Đăng ký'
 */
export function sheetOf(table: string): string | null {
  return TABLE_SHEETS[table] ?? null;
}

/**
 * A sheet, named inside a sentence.
 * @param sheet - the sheet name
 * @returns e.g. `trang "Danh mục"` / `sheet "Danh mục"`
 * @example
 * sheetWords('Danh mục').vi //=> 'trang "Danh mục"'
 */
export function sheetWords(sheet: string): Words {
  return sheetTitle(sheet);
}

/**
 * A cell, as every place of the project names one: the sheet, `!`, the A1 address, as Excel's name
 * box and formulas point at it.
 * @param sheet - the sheet name
 * @param cell - the A1 address
 * @returns e.g. `Đăng ký!A5`
 * @example
 * cellWords('Đăng ký', 'A5') //=> 'Đăng ký!A5'
 */
export function cellWords(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/**
 * A row named inside a sentence. Once the issue is located, the sheet's row the officer sees at the
 * left of the grid; before, the table's data row, counted below its header.
 * @param row - 1-based data row of the issue's table
 * @param located - where the issue was found, when it was
 * @returns e.g. `dòng thứ 3` / `row 3` (the table's), or `dòng 5` / `row 5` (the sheet's)
 * @example
 * rowWords(3).en //=> 'row 3 of the table'
 * rowWords(3, { sheet: 'Đăng ký', cell: 'A5', sheetRow: (n) => n + 2 }).vi //=> 'dòng 5'
 */
export function rowWords(row: number, located?: CellPlace): Words {
  if (located !== undefined) {
    const n = located.sheetRow(row);
    return { vi: `dòng ${n}`, en: `row ${n}` };
  }
  return { vi: `dòng thứ ${row}`, en: `row ${row} of the table` };
}

/**
 * A table, named inside a sentence by what it holds and where it sits, for a message that sends
 * the officer there.
 * @param table - a table name
 * @returns e.g. `danh sách đơn vị (trang "Danh mục")` / `unit list (sheet "Danh mục")`
 * @example
 * tableWords('Units').vi //=> 'danh sách đơn vị (trang "Danh mục")'
 */
export function tableWords(table: string): Words {
  const title = tableTitle(table);
  const sheet = TABLE_SHEETS[table];
  if (sheet === undefined) return title;
  const on = sheetWords(sheet);
  return { vi: `${title.vi} (${on.vi})`, en: `${title.en} (${on.en})` };
}

/**
 * The place a message opens with, the one wording of a place in every message that names one. Once
 * the issue is located, the cell first as Excel names it (`Đăng ký!F5`), then what the cell holds:
 * its column, or in a field / value table its field, or for a whole table the table. Before that, the
 * sheet, the table by what it holds, then the table's row and the column (or the field). Sheet, field
 * and header names stay Vietnamese in English, as in the file.
 * @param place - where the issue points
 * @param located - the cell it was found at, once known
 * @returns the place in both languages
 * @example
 * placeWords({ table: 'Units', row: 2, column: 'Mã cụm' }).vi
 * //=> 'Trang "Danh mục", danh sách đơn vị, dòng thứ 2, cột "Mã cụm"'
 * placeWords({ table: 'Units', row: 2, column: 'Mã cụm' }, { sheet: 'Danh mục', cell: 'D5', sheetRow: (n) => n + 3 }).vi
 * //=> 'Danh mục!D5, cột "Mã cụm"'
 */
export function placeWords(place: Place, located?: CellPlace): Words {
  const vi: string[] = [];
  const en: string[] = [];
  const add = (words: Words): void => {
    vi.push(words.vi);
    en.push(words.en);
  };
  if (located !== undefined) {
    const cell = cellWords(located.sheet, located.cell);
    add({ vi: cell, en: cell });
  } else {
    const sheet = place.sheet ?? TABLE_SHEETS[place.table];
    if (sheet !== undefined) add(sheetWords(sheet));
  }
  const wholeTable = place.row === null && place.column === null && place.field === undefined;
  if (located === undefined || wholeTable) add(tableTitle(place.table));
  if (place.field !== undefined) {
    add({ vi: `dòng "${place.field}"`, en: `field "${place.field}"` });
  } else {
    if (place.row !== null && located === undefined) add(rowWords(place.row));
    if (place.column !== null) add({ vi: `cột "${place.column}"`, en: `column "${place.column}"` });
  }
  return { vi: capitalise(vi.join(', ')), en: capitalise(en.join(', ')) };
}
