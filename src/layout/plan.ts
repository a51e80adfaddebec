/**
 * The workbook as data: what a host must make the workbook hold. `buildPlan` produces it from a campaign
 * and, when the workbook already exists, from what it holds; hosts (Office.js, xlsx file, in-memory)
 * apply it without deciding anything themselves.
 *
 * Formulas are written in the en-US form with structured references (`=ROUND([@[I.1]]+[@[I.2]],2)`),
 * the form Office.js takes through `range.formulas`. Hosts that need another form convert it
 * (`toFileFormula` for .xlsx, `toA1Formula` for HyperFormula, both in `geometry/formulaForms`). A column formula may name columns of its
 * own table without the table name (`[Mã cụm]`); every other formula (free cells, defined names) names
 * its tables.
 *
 * Rules every host follows:
 * - A string in `rows`, `appendRows` or `CellPlan.value` is text, written as typed: never parsed as a
 *   formula, number or date, even when it starts with `=`, `+`, `-` or `@` (Office.js: write it with a
 *   leading apostrophe, or set `@` before the value). Formulas come only from `formula` fields. Free-text
 *   and code input columns also carry the `@` number format, so what an officer types later stays text.
 * - When `issues` holds an error, the plan could not be reconciled with the workbook without guessing:
 *   apply nothing, show the issues. Warnings do not stop a plan.
 * - `sheets` is in workbook order.
 */
import type { Words } from '../domain/displayNames';
import type { Issue } from '../domain/model';
import type { CellValue, SheetVisibility } from '../domain/workbook';
import type { TableGeometry } from '../geometry/tableGeometry';

/** In-cell data validation of a column. */
export type ValidationPlan =
  /** Dropdown from a defined name that refers to a catalogue column (grows with the table). */
  | { kind: 'listName'; name: string; prompt: string }
  /** Dropdown from fixed values. */
  | { kind: 'listValues'; values: string[]; prompt: string }
  /** A number between min and max (inclusive). */
  | { kind: 'decimal'; min: number; max: number; prompt: string }
  /** A whole number between min and max. */
  | { kind: 'whole'; min: number; max: number; prompt: string }
  /** A date between min and max (ISO), either bound optional. */
  | { kind: 'date'; min: string | null; max: string | null; prompt: string };

/** One column of a table. */
export interface ColumnPlan {
  header: string;
  /**
   * Input columns stay unlocked; computed ones are locked and carry a formula. A computed column without
   * a formula holds constants the plan writes from `rows` (the slot numbers of the summary tables):
   * locked like any computed cell, and never rewritten once the table exists.
   */
  role: 'input' | 'computed';
  /** Row formula (en-US, structured references) for a computed column. */
  formula?: string;
  /** Excel number format, e.g. `dd/mm/yyyy`, `0.00`, `@` (text). */
  numberFormat?: string;
  /** Width in characters. */
  width?: number;
  validation?: ValidationPlan;
  /** Wrap long text. */
  wrap?: boolean;
  /**
   * Hidden in the sheet: a column the workbook reads and the officer has no need to (the Settings
   * table's keys, which the labels beside them say in words). Hosts hide the whole sheet column.
   */
  hidden?: boolean;
  /**
   * Locked although typed: the results are locked ("Chốt kết quả"), so the input cells of the locked
   * tables are locked too, on a protected sheet. Absent, a cell is locked when its column is computed.
   */
  locked?: boolean;
}

/**
 * Whether a column's cells are locked on a protected sheet: computed ones always, typed ones while the
 * results are locked. The one rule every host applies.
 * @param column - the planned column
 * @returns true for a locked cell
 * @example
 * cellLocked({ header: 'I.1', role: 'input' }) // false
 */
export function cellLocked(column: Pick<ColumnPlan, 'role' | 'locked'>): boolean {
  return column.locked ?? column.role === 'computed';
}

/**
 * A table. When the workbook has no table of this name (`existing: false`), the host writes the header
 * row at `origin` and `rows` below it. When it exists, the host keeps every column and value it has,
 * adds the columns of `addColumns` at its right end, appends `appendRows`, and rewrites the formulas of
 * computed columns; typed cells are never written.
 *
 * Its geometry is the table as it stands once the plan is applied: `name`, `sheet` and `origin` are the
 * workbook's for an existing table; `headers` are the workbook's headers then `addColumns` (the planned
 * ones for a new table); `rowCount` is `rows` for a new table, the rows read plus `appendRows` for an
 * existing one. Hosts take the table's final shape from these rather than working it out again.
 */
export interface TablePlan extends TableGeometry {
  /**
   * Final column order (for a new table) — for an existing one, the planned columns whose formats and
   * formulas are refreshed; a column of the table left out here (the officer's own, or a computed one
   * holding typed values) is not touched.
   */
  columns: ColumnPlan[];
  existing: boolean;
  /** Data rows of a new table, one value per column (null under computed columns). */
  rows: CellValue[][];
  /** Headers to add to an existing table, in order, at its right end. */
  addColumns: string[];
  /** Rows to append to an existing table, one value per column of the table after `addColumns`. */
  appendRows: CellValue[][];
  /**
   * Number formats of single data cells that differ from their column's (the dates of the field / value
   * `Campaign` table). `row` is a zero-based index into `rows` for a new table, into `appendRows` for an
   * existing one.
   */
  cellFormats?: CellFormatPlan[];
  /** Excel table style. */
  style: string;
  /** Show the table's autofilter buttons. */
  showFilter: boolean;
  /**
   * Thin lines around every cell, the header's too: a document printed for signature. A table style's
   * lines show in Excel only; these print in any program that opens the file.
   */
  ruled?: boolean;
}

/** The number format of one data cell of a table (see {@link TablePlan.cellFormats}). */
export interface CellFormatPlan {
  row: number;
  /** Header of the cell's column. */
  column: string;
  numberFormat: string;
}

/** A value or formula written into a free cell (headings, the signature block, `_meta`). */
export interface CellPlan {
  /** A1 address on the sheet. */
  address: string;
  value: CellValue;
  /** A formula instead of a value. */
  formula?: string;
  style?: CellStyle;
  /** Merge this many columns to the right, starting here (1 = no merge). */
  mergeAcross?: number;
}

/** Cell formatting the hosts understand. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: 'left' | 'center' | 'right';
  numberFormat?: string;
  fill?: string;
  color?: string;
  /** Wrap the text within the cell (or the merge), the row given the height it needs. */
  wrap?: boolean;
}

/**
 * A conditional format over a range; `formula` is A1 relative to the range's top-left cell (defined
 * names allowed, structured references never). A sheet's list is complete: a host replaces the
 * conditional formats it wrote before rather than adding copies.
 */
export interface ConditionalFormatPlan {
  sheet: string;
  /** A1 range, e.g. `D2:D41`. */
  range: string;
  formula: string;
  fill?: string;
  fontColor?: string;
  /**
   * Thin lines around each cell where the formula holds: the filled places of a list sized for more
   * rows than it holds are ruled on paper, its empty places not.
   */
  ruled?: boolean;
  /** What it shows, for the legend and the tests. */
  meaning: string;
}

/** Print setup (ExcelApi 1.9: gated in the Office.js host). */
export interface PrintPlan {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  /** One page wide, as many pages tall as the rows need. */
  fitToWidth: boolean;
  /**
   * Percent scale when not fit to the width (the columns then split across pages); null or absent for
   * 100 % or when fit to the width.
   */
  scale?: number | null;
  /** Rows repeated at the top of each page, e.g. `$1:$3`. */
  repeatRows: string | null;
  /** Columns repeated at the left of each page (the unit columns), e.g. `$A:$B`; null or absent for none. */
  repeatColumns?: string | null;
  /**
   * Print area, A1, or null for the used range. Whole columns (`$A:$AF`) follow the rows a table grows
   * by; several ranges separated by commas print one after another, each from a new page.
   */
  area: string | null;
}

/** A chart (clustered bars) over a table's columns; one of the same name on the sheet is replaced. */
export interface ChartPlan {
  name: string;
  sheet: string;
  title: string;
  type: 'barClustered' | 'columnClustered';
  /** Table and columns: categories then one series per value column. */
  table: string;
  categoryColumn: string;
  valueColumns: string[];
  /** Zero-based top-left cell where the chart is placed, and its size in cells. */
  anchor: { row: number; col: number };
  size: { rows: number; cols: number };
}

/** A sheet and everything on it. */
export interface SheetPlan {
  name: string;
  visibility: SheetVisibility;
  /** Whether the sheet already exists in the workbook. */
  existing: boolean;
  /**
   * The sheet holds only what the plan writes (the summary: headings, computed tables, a chart; every
   * cell locked) and its shape changed: delete it with its tables and charts, and create it again from
   * this plan at the same place in the workbook. Never set on a sheet with typed data.
   */
  replace?: boolean;
  tabColor?: string;
  /** Rows frozen at the top (the header row of the main table). */
  freezeRows: number;
  /** Columns frozen at the left (unit code and name on the scoring sheets); 0 or absent for none. */
  freezeColumns?: number;
  /**
   * Protect the sheet (no password) so computed cells cannot be overwritten by accident; filtering and
   * resizing columns stay allowed. Only sheets whose tables the plan alone grows are protected (Excel
   * cannot add rows to a table on a protected sheet).
   */
  protect: boolean;
  cells: CellPlan[];
  tables: TablePlan[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
  /** Column widths (characters) by zero-based column, for free layout outside tables. */
  columnWidths: Record<number, number>;
  /**
   * Row heights (points) by zero-based row: rows whose wrapped text comes from formulas, which neither
   * Excel nor LibreOffice heightens when a result arrives (a row fits its text only when typed into).
   */
  rowHeights?: Record<number, number>;
  print: PrintPlan | null;
}

/** A defined name, e.g. `DS_DonVi` → `=Units[Mã đơn vị]` (data validation cannot take table references). */
export interface NamePlan {
  name: string;
  formula: string;
  comment: string;
}

/**
 * What re-planning did, for the message the officer reads after set-up: each line in both languages,
 * naming sheets by their tabs and tables by what they hold (never by their ASCII names).
 */
export interface PlanReport {
  added: Words[];
  kept: Words[];
  refreshed: Words[];
}

/** The whole plan. */
export interface WorkbookPlan {
  schemaVersion: number;
  sheets: SheetPlan[];
  names: NamePlan[];
  /** What could not be reconciled (a renamed required column, a table over user data): nothing is guessed. */
  issues: Issue[];
  report: PlanReport;
}
