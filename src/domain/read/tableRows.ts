import { makeIssue } from '../issues';
import type { Issue } from '../model';
import type { CellValue, RawTable, WorkbookData } from '../workbook';
import type { CellAt } from './_lib/at';
import { expectedSheet } from './_lib/at';
import { foldCase } from '../cellCodecs/text';
import type { CellKind, CellOutput } from './cells';
import { isBlankCell, readCell } from './cells';

/** One column a table reader expects. */
export interface ColumnSpec {
  header: string;
  kind: CellKind;
  /** The header must be in the table; without it the table cannot be read (`COLUMN_MISSING`). */
  required: boolean;
  /** A row with anything typed in it must fill this cell (`VALUE_REQUIRED`). */
  mandatory?: boolean;
  /** How to recognise the header when plain matching is not enough (tie-break input columns). */
  matches?: (header: string) => boolean;
}

/** The columns of a table, by the key the reader uses for each. */
export type TableSpec = Readonly<Record<string, ColumnSpec>>;

/** The cells of one row, read by kind. */
export type RowCells<S extends TableSpec> = { [P in keyof S]: CellOutput<S[P]['kind']> };

/** A non-blank data row. */
export interface TableRow<S extends TableSpec> {
  /** 1-based data row of the table. */
  row: number;
  cells: RowCells<S>;
}

/** Whether a table must be in the workbook. */
export type TablePresence =
  /** Missing: `TABLE_MISSING` error, the campaign cannot be read. */
  | 'required'
  /** Missing: `TABLE_MISSING` warning, read as empty. */
  | 'expected'
  /** Missing: read as empty, nothing said (the self-score sheet is used by some councils only). */
  | 'optional';

/** A table as read: its rows, what went wrong, and whether its structure was usable. */
export interface TableRead<S extends TableSpec> {
  /** False when the table or a required column is missing: the rows are then empty. */
  usable: boolean;
  rows: TableRow<S>[];
  issues: Issue[];
  /** Where each column sits in the table (-1 when absent). */
  columns: { [P in keyof S]: number };
}

/**
 * Compares headers the way an officer reads them: surrounding spaces, case and Unicode form do not
 * matter.
 * @param header - a header as read back
 * @returns the key it is matched by
 * @example
 * headerKey(' Mã đơn vị ') === headerKey('Mã đơn vị') // true
 */
export function headerKey(header: string): string {
  return foldCase(header);
}

/**
 * Finds a table by name; Excel compares table names without case, so this does too.
 * @param data - what the host read back
 * @param name - a table name from TABLES
 * @returns the table, or null when the workbook has none of that name
 * @example
 * findTable({ sheets: [], tables: {} }, 'Units') // null
 */
export function findTable(data: WorkbookData, name: string): RawTable | null {
  const exact = data.tables[name];
  if (exact) return exact;
  const wanted = name.toLowerCase();
  const key = Object.keys(data.tables).find((k) => k.toLowerCase() === wanted);
  return key === undefined ? null : (data.tables[key] ?? null);
}

/**
 * Finds a column by header.
 * @param table - the table
 * @param header - the header text of the contract
 * @returns the zero-based column index, or -1
 * @example
 * findColumn(unitsTable, 'Mã cụm') // 2
 */
export function findColumn(table: RawTable, header: string): number {
  const wanted = headerKey(header);
  return table.headers.findIndex((h) => headerKey(h) === wanted);
}

function columnIndex(table: RawTable, spec: ColumnSpec): number {
  return spec.matches
    ? table.headers.findIndex((h) => spec.matches?.(h) === true)
    : findColumn(table, spec.header);
}

/**
 * Reads a table by its column specification: the one interpreter every table reader goes through.
 * Columns are found by header wherever they sit; columns the officer added are ignored; blank rows
 * are skipped but keep their number, so a row number always matches the table's 1-based data row.
 * @param data - what the host read back
 * @param name - the table name
 * @param spec - the columns to read, by key
 * @param presence - what a missing table means
 * @returns the rows read, the issues, and whether the table could be read at all
 * @example
 * readTableRows(data, 'Units', { code: { header: 'Mã đơn vị', kind: 'code', required: true } }, 'required')
 */
export function readTableRows<S extends TableSpec>(
  data: WorkbookData,
  name: string,
  spec: S,
  presence: TablePresence,
): TableRead<S> {
  const keys = Object.keys(spec) as (keyof S & string)[];
  const noColumns = Object.fromEntries(keys.map((k) => [k, -1])) as { [P in keyof S]: number };
  const table = findTable(data, name);
  if (!table) {
    const sheet = expectedSheet(name);
    const issues =
      presence === 'optional'
        ? []
        : [
            makeIssue(
              'TABLE_MISSING',
              { table: name, sheet },
              { table: name, row: null, column: null },
              presence === 'required' ? 'error' : 'warning',
            ),
          ];
    return { usable: presence !== 'required', rows: [], issues, columns: noColumns };
  }

  const columns = Object.fromEntries(keys.map((k) => [k, columnIndex(table, spec[k] as ColumnSpec)])) as {
    [P in keyof S]: number;
  };
  const missing = keys.filter((k) => columns[k] < 0 && (spec[k] as ColumnSpec).required);
  if (missing.length > 0) {
    const issues = missing.map((k) => {
      const header = (spec[k] as ColumnSpec).header;
      return makeIssue(
        'COLUMN_MISSING',
        { table: name, column: header },
        { table: name, row: null, column: header },
      );
    });
    return { usable: false, rows: [], issues, columns };
  }

  const issues: Issue[] = [];
  const rows: TableRow<S>[] = [];
  table.rows.forEach((values, index) => {
    if (keys.every((k) => isBlankCell(cellIn(values, columns[k])))) return;
    const row = index + 1;
    const cells = {} as Record<string, unknown>;
    for (const k of keys) {
      const column = spec[k] as ColumnSpec;
      const at: CellAt = { sheet: table.sheet, table: name, row, column: column.header };
      const value = cellIn(values, columns[k]);
      const read = readCell(column.kind, value, at);
      cells[k] = read.value;
      if (read.issue) issues.push(read.issue);
      else if (column.mandatory === true && isBlankCell(value)) {
        issues.push(makeIssue('VALUE_REQUIRED', { field: column.header }, at));
      }
    }
    rows.push({ row, cells: cells as RowCells<S> });
  });
  return { usable: true, rows, issues, columns };
}

/**
 * A row's cell in `column`; a column the table lacks (-1) reads as blank. A module function rather
 * than a closure made for every row: a Ministry file has 20,000 registration rows.
 */
function cellIn(values: readonly CellValue[], column: number): CellValue {
  return column < 0 ? null : (values[column] ?? null);
}
