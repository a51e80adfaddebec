/**
 * Reconciles a planned table with the workbook: a table the workbook lacks is created; one it holds is
 * kept as it is (every typed cell, every column the officer added) and only completed — missing columns
 * at its right end, missing rows (by key) at its bottom, formulas and formats refreshed. Whatever cannot
 * be done without guessing becomes an issue instead.
 */
import { sheetTitle, tableTitle, type Words } from '../domain/displayNames';
import { makeIssue } from '../domain/issues';
import type { Issue } from '../domain/model';
import type { CellBounds, CellPosition, CellValue, RawTable, WorkbookData } from '../domain/workbook';
import { intersects, rangeA1 } from '../geometry/bounds';
import { tableRect } from '../geometry/tableGeometry';
import { findSheet, findTable, keyText, sameHeader, tablesOn } from './_lib/current';
import { capitalised } from './context';
import type { CellFormatPlan, ColumnPlan, PlanReport, TablePlan } from './plan';

/** A table as the layout wants it, before it meets the workbook. */
export interface TableSpec {
  name: string;
  sheet: string;
  /** Where a new table goes (zero-based top-left of the header row). */
  origin: CellPosition;
  /** Columns in the order of a new table. */
  columns: ColumnPlan[];
  /** Rows of a new table, one value per column of `columns` (null under computed columns). */
  rows: CellValue[][];
  /**
   * Header whose values name a row (`Mã đơn vị`): rows of `rows` whose key the existing table lacks are
   * appended. Null: nothing is ever appended (registrations are the officer's own).
   */
  key: string | null;
  /**
   * Headers of typed contract columns: an existing table without one has had it renamed or deleted,
   * which only the officer can undo (an issue, never a guess).
   */
  required: readonly string[];
  style: string;
  showFilter: boolean;
  /** Thin lines around every cell ({@link TablePlan.ruled}). */
  ruled?: boolean;
  /** Number formats of single cells, indexed into `rows`. */
  cellFormats?: CellFormatPlan[];
}

/** What reconciling one table gave: its plan, which says where it ends up, and what to tell the officer. */
export interface PlacedResult {
  table: TablePlan;
  issues: Issue[];
  report: PlanReport;
}

/**
 * The header order a table will have once the plan is applied: the workbook's own order, then the
 * planned columns it lacks. Row formulas that sum ranges of adjacent columns are built on this order.
 * @param spec - the table's name and planned columns
 * @param current - what the workbook holds, if anything
 * @returns the headers, in table order
 * @example
 * finalHeaders({ name: 'Scores', columns }, undefined) // the planned order
 */
export function finalHeaders(
  spec: Pick<TableSpec, 'name' | 'columns' | 'required'>,
  current: WorkbookData | undefined,
): string[] {
  const existing = findTable(current, spec.name);
  if (existing === undefined) return spec.columns.map((c) => c.header);
  return widened(spec, existing).headers;
}

function has(headers: readonly string[], header: string): boolean {
  return headers.some((h) => sameHeader(h, header));
}

/**
 * The columns an existing table gains and its headers after them: a planned column it lacks goes at its
 * right end, unless it is a required one (missing means renamed or deleted, which only the officer undoes).
 */
function widened(
  spec: Pick<TableSpec, 'columns' | 'required'>,
  existing: RawTable,
): { addColumns: string[]; headers: string[] } {
  const addColumns = spec.columns
    .map((c) => c.header)
    .filter((h) => !has(existing.headers, h) && !spec.required.includes(h));
  return { addColumns, headers: [...existing.headers, ...addColumns] };
}

const quote = (s: string): string => `“${s}”`;

/**
 * The report's lines about one table, in both languages: the table named by what it holds (its ASCII
 * name is the formulas' business), headers and keys quoted as the sheet shows them.
 */
const REPORT = {
  created: (table: string, sheet: string, rows: number): Words => {
    const title = capitalised(tableTitle(table));
    const on = sheetTitle(sheet);
    return { vi: `${title.vi} (${on.vi}): ${rows} dòng`, en: `${title.en} (${on.en}): ${rows} rows` };
  },
  kept: (table: string, rows: number, ownColumns: readonly string[]): Words => {
    const title = capitalised(tableTitle(table));
    const own = ownColumns.map(quote).join(', ');
    return {
      vi: `${title.vi}: ${rows} dòng đã có` + (own === '' ? '' : `, cột riêng ${own}`),
      en: `${title.en}: ${rows} rows already there` + (own === '' ? '' : `, own columns ${own}`),
    };
  },
  column: (table: string, header: string): Words => {
    const title = tableTitle(table);
    return { vi: `Cột ${quote(header)} vào ${title.vi}`, en: `Column ${quote(header)} to the ${title.en}` };
  },
  rows: (table: string, count: number, keys: readonly string[]): Words => {
    const title = tableTitle(table);
    const which = keys.length === 0 ? '' : ` (${keys.join(', ')})`;
    return { vi: `${count} dòng vào ${title.vi}${which}`, en: `${count} rows to the ${title.en}${which}` };
  },
  refreshed: (table: string, formulas: boolean): Words => {
    const title = tableTitle(table);
    return formulas
      ? { vi: `Công thức và định dạng của ${title.vi}`, en: `Formulas and formats of the ${title.en}` }
      : { vi: `Định dạng của ${title.vi}`, en: `Formats of the ${title.en}` };
  },
};

/**
 * Reconciles one planned table with the workbook.
 * @param spec - the table as planned
 * @param current - what the workbook holds, or undefined for a new workbook
 * @returns the table plan (with where the table ends up), the issues and what to tell the officer
 * @example
 * placeTable(unitsSpec, undefined).table.existing // false
 */
export function placeTable(spec: TableSpec, current: WorkbookData | undefined): PlacedResult {
  const existing = findTable(current, spec.name);
  return existing === undefined ? createTable(spec, current) : completeTable(spec, existing, current);
}

/**
 * The plan of a table created from scratch; no check of what it lands on.
 * @param spec - the table wanted
 * @returns the table plan
 * @example
 * newTablePlan(unitsSpec).existing // false
 */
export function newTablePlan(spec: TableSpec): TablePlan {
  return {
    name: spec.name,
    sheet: spec.sheet,
    origin: { ...spec.origin },
    headers: spec.columns.map((c) => c.header),
    rowCount: spec.rows.length,
    columns: spec.columns,
    existing: false,
    rows: spec.rows,
    addColumns: [],
    appendRows: [],
    style: spec.style,
    showFilter: spec.showFilter,
    ...(spec.ruled === true ? { ruled: true } : {}),
    ...(spec.cellFormats === undefined || spec.cellFormats.length === 0
      ? {}
      : { cellFormats: spec.cellFormats }),
  };
}

function createTable(spec: TableSpec, current: WorkbookData | undefined): PlacedResult {
  const issues: Issue[] = [];
  const rect = tableRect(spec.origin, spec.columns.length, spec.rows.length);
  const sheet = findSheet(current, spec.sheet);
  if (sheet !== undefined) {
    const taken =
      (sheet.used !== null && intersects(rect, sheet.used)) ||
      tablesOn(current, spec.sheet).some((t) => intersects(rect, rawRect(t)));
    if (taken) issues.push(overData(spec.name, spec.sheet, rect, 'create'));
  }
  return {
    table: newTablePlan(spec),
    issues,
    report: {
      added: [REPORT.created(spec.name, spec.sheet, spec.rows.length)],
      kept: [],
      refreshed: [],
    },
  };
}

function completeTable(spec: TableSpec, existing: RawTable, current: WorkbookData | undefined): PlacedResult {
  const issues: Issue[] = [];
  const report: PlanReport = { added: [], kept: [], refreshed: [] };

  if (existing.sheet.toUpperCase() !== spec.sheet.toUpperCase()) {
    issues.push(
      makeIssue(
        'LAYOUT_TABLE_ELSEWHERE',
        { table: spec.name, sheet: spec.sheet, actual: existing.sheet },
        { table: spec.name, row: null, column: null },
      ),
    );
  }
  for (const header of spec.required) {
    if (has(existing.headers, header)) continue;
    issues.push({
      ...makeIssue(
        'COLUMN_MISSING',
        { table: spec.name, column: header },
        { table: spec.name, row: null, column: header },
      ),
      sheet: existing.sheet,
    });
  }

  const { addColumns, headers } = widened(spec, existing);
  const appendRows = missingRows(spec, existing, headers);
  const columns = spec.columns.filter((column) => {
    const typed = typedCells(existing, column);
    if (typed === 0) return true;
    issues.push({
      ...makeIssue(
        'LAYOUT_TYPED_IN_COMPUTED',
        { table: spec.name, column: column.header, count: typed },
        { table: spec.name, row: null, column: column.header },
      ),
      sheet: existing.sheet,
    });
    return false;
  });

  const others = tablesOn(current, existing.sheet).filter(
    (t) => t.name.toUpperCase() !== existing.name.toUpperCase(),
  );
  const here = rawRect(existing);
  if (addColumns.length > 0) {
    const grown: CellBounds = { ...here, left: here.right + 1, right: here.right + addColumns.length };
    if (others.some((t) => intersects(grown, rawRect(t))))
      issues.push(overData(spec.name, existing.sheet, grown, 'widen'));
  }
  if (appendRows.length > 0) {
    const top = existing.rows.length === 0 ? here.top + 1 : here.bottom + 1;
    const grown: CellBounds = { ...here, top, bottom: top + appendRows.length - 1 };
    if (others.some((t) => intersects(grown, rawRect(t))))
      issues.push(overData(spec.name, existing.sheet, grown, 'lengthen'));
  }

  const ownColumns = existing.headers.filter((h) => !spec.columns.some((c) => sameHeader(c.header, h)));
  report.kept.push(REPORT.kept(spec.name, existing.rows.length, ownColumns));
  for (const header of addColumns) report.added.push(REPORT.column(spec.name, header));
  if (appendRows.length > 0) {
    const keyAt = headers.findIndex((h) => sameHeader(h, spec.key ?? ''));
    const keys = keyAt < 0 ? [] : appendRows.map((row) => String(row[keyAt] ?? ''));
    report.added.push(REPORT.rows(spec.name, appendRows.length, keys));
  }
  const formulas = columns.some((c) => c.role === 'computed' && c.formula !== undefined);
  report.refreshed.push(REPORT.refreshed(spec.name, formulas));

  const table: TablePlan = {
    name: existing.name,
    sheet: existing.sheet,
    origin: { ...existing.origin },
    headers,
    rowCount: existing.rows.length + appendRows.length,
    columns,
    existing: true,
    rows: [],
    addColumns,
    appendRows,
    style: spec.style,
    showFilter: spec.showFilter,
    ...(spec.ruled === true ? { ruled: true } : {}),
    ...appendedFormats(spec, existing),
  };
  return { table, issues, report };
}

/** Planned rows whose key the table lacks, laid out on the table's columns (blank under its own columns). */
function missingRows(spec: TableSpec, existing: RawTable, headers: readonly string[]): CellValue[][] {
  if (spec.key === null) return [];
  const keyAt = existing.headers.findIndex((h) => sameHeader(h, spec.key ?? ''));
  const plannedKeyAt = spec.columns.findIndex((c) => c.header === spec.key);
  if (keyAt < 0 || plannedKeyAt < 0) return [];
  const present = new Set(existing.rows.map((row) => keyText(row[keyAt])));
  const rows: CellValue[][] = [];
  for (const row of spec.rows) {
    const key = keyText(row[plannedKeyAt]);
    if (key === '' || present.has(key)) continue;
    present.add(key);
    rows.push(
      headers.map((header) => {
        const at = spec.columns.findIndex((c) => sameHeader(c.header, header));
        const column = spec.columns[at];
        if (column === undefined || (column.role === 'computed' && column.formula !== undefined)) return null;
        return row[at] ?? null;
      }),
    );
  }
  return rows;
}

/** Cell formats of the appended rows, re-indexed into `appendRows`. */
function appendedFormats(spec: TableSpec, existing: RawTable): { cellFormats?: CellFormatPlan[] } {
  if (spec.cellFormats === undefined || spec.key === null) return {};
  const keyAt = existing.headers.findIndex((h) => sameHeader(h, spec.key ?? ''));
  const plannedKeyAt = spec.columns.findIndex((c) => c.header === spec.key);
  if (keyAt < 0 || plannedKeyAt < 0) return {};
  const present = new Set(existing.rows.map((row) => keyText(row[keyAt])));
  const appendedIndex = new Map<number, number>();
  spec.rows.forEach((row, i) => {
    const key = keyText(row[plannedKeyAt]);
    if (key === '' || present.has(key)) return;
    present.add(key);
    appendedIndex.set(i, appendedIndex.size);
  });
  const formats = spec.cellFormats.flatMap((f) => {
    const row = appendedIndex.get(f.row);
    return row === undefined ? [] : [{ ...f, row }];
  });
  return formats.length === 0 ? {} : { cellFormats: formats };
}

/** Cells of a planned computed column that hold a typed value instead of the formula. */
function typedCells(existing: RawTable, column: ColumnPlan): number {
  if (column.role !== 'computed' || column.formula === undefined || existing.formulas === undefined) return 0;
  const at = existing.headers.findIndex((h) => sameHeader(h, column.header));
  if (at < 0) return 0;
  let typed = 0;
  existing.rows.forEach((row, r) => {
    const value = row[at];
    const formula = existing.formulas?.[r]?.[at] ?? null;
    if (formula === null && value !== null && value !== undefined && value !== '') typed += 1;
  });
  return typed;
}

function rawRect(table: RawTable): CellBounds {
  return tableRect(table.origin, table.headers.length, table.rows.length);
}

const WHAT = {
  create: { what: 'tạo', whatEn: 'create' },
  widen: { what: 'thêm cột vào', whatEn: 'add columns to' },
  lengthen: { what: 'thêm dòng vào', whatEn: 'add rows to' },
} as const;

function overData(table: string, sheet: string, rect: CellBounds, action: keyof typeof WHAT): Issue {
  const range = rangeA1(rect);
  return {
    ...makeIssue(
      'LAYOUT_TABLE_OVER_DATA',
      { table, sheet, range, ...WHAT[action] },
      { table, row: null, column: null },
    ),
    sheet,
    cell: range,
  };
}
