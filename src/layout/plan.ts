/**
 * The workbook as data: what a host must make the workbook hold. `buildPlan` produces it from a campaign
 * and, when the workbook already exists, from what it holds; hosts (Office.js, xlsx file, in-memory)
 * apply it without deciding anything themselves.
 *
 * Formulas are written in the en-US form with structured references (`=ROUND([@[I.1]]+[@[I.2]],2)`),
 * the form Office.js takes through `range.formulas`. Hosts that need another form convert it
 * (`toFileFormula` for .xlsx, `toA1Formula` for HyperFormula).
 */
import type { CellValue, SheetVisibility } from '../domain/workbook';
import type { Issue } from '../domain/model';

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
  /** Input columns stay unlocked; computed ones are locked and carry a formula. */
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
}

/**
 * A table. When the workbook has no table of this name (`existing: false`), the host writes the header
 * row at `origin` and `rows` below it. When it exists, the host keeps every column and value it has,
 * adds the columns of `addColumns` at its right end, appends `appendRows`, and rewrites the formulas of
 * computed columns; typed cells are never written.
 */
export interface TablePlan {
  name: string;
  sheet: string;
  /** Zero-based top-left cell of the header row (used when the table is created). */
  origin: { row: number; col: number };
  /** Final column order (for a new table) — for an existing one, the planned columns it must have. */
  columns: ColumnPlan[];
  existing: boolean;
  /** Data rows of a new table, one value per column (null under computed columns). */
  rows: CellValue[][];
  /** Headers to add to an existing table, in order, at its right end. */
  addColumns: string[];
  /** Rows to append to an existing table, one value per column of the table after `addColumns`. */
  appendRows: CellValue[][];
  /** Excel table style. */
  style: string;
  /** Show the table's autofilter buttons. */
  showFilter: boolean;
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
}

/** A conditional format over a range; `formula` is A1 relative to the range's top-left cell. */
export interface ConditionalFormatPlan {
  sheet: string;
  /** A1 range, e.g. `D2:D41`. */
  range: string;
  formula: string;
  fill: string;
  fontColor?: string;
  /** What it shows, for the legend and the tests. */
  meaning: string;
}

/** Print setup (ExcelApi 1.9: gated in the Office.js host). */
export interface PrintPlan {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  fitToWidth: boolean;
  /** Rows repeated at the top of each page, e.g. `$1:$3`. */
  repeatRows: string | null;
  /** Print area, A1, or null for the used range. */
  area: string | null;
}

/** A chart (clustered bars) over a table's columns. */
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
  /** Whether the sheet is new in the workbook. */
  existing: boolean;
  tabColor?: string;
  /** Rows frozen at the top (the header row of the main table). */
  freezeRows: number;
  /** Protect the sheet (no password) so computed cells cannot be overwritten by accident. */
  protect: boolean;
  cells: CellPlan[];
  tables: TablePlan[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
  /** Column widths (characters) by zero-based column, for free layout outside tables. */
  columnWidths: Record<number, number>;
  print: PrintPlan | null;
}

/** A defined name, e.g. `DS_DonVi` → `=Units[Mã đơn vị]` (data validation cannot take table references). */
export interface NamePlan {
  name: string;
  formula: string;
  comment: string;
}

/** What re-planning did, for the message the officer reads after set-up. */
export interface PlanReport {
  added: string[];
  kept: string[];
  refreshed: string[];
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
