/**
 * The in-memory workbook: sheets of cells, named tables, defined names, and the presentation parts of
 * a plan (conditional formats, charts, print setup) kept as data for the workbench to show.
 *
 * Cells keep what a person or the plan wrote — a constant, or a formula in the plan's en-US form with
 * structured references — never an evaluated value: evaluation belongs to the engine
 * (see `formulaEngine.ts`), so nothing here can go stale.
 */
import type { CellBounds, CellPosition, CellValue, SheetVisibility } from '../domain/workbook';
import { tableBounds as geometryBounds, type TableGeometry } from '../geometry/tableGeometry';
import type { CellStyle, ChartPlan, ConditionalFormatPlan, PrintPlan, ValidationPlan } from '../layout/plan';

/** A cell as written. */
export interface MemoryCell {
  /** The constant written, or null for a formula cell or a blank one. */
  value: CellValue;
  /** Formula as the plan writes it (en-US, structured references), or null for a constant. */
  formula: string | null;
  numberFormat: string | null;
  /** Locked cells cannot be written while their sheet is protected (Excel's default is locked). */
  locked: boolean;
  style: CellStyle | null;
}

/** A column of a table: its header and what the plan said of it. */
export interface MemoryColumn {
  header: string;
  role: 'input' | 'computed';
  /** Row formula of a computed column, written on every data row. */
  formula: string | null;
  numberFormat: string | null;
  width: number | null;
  validation: ValidationPlan | null;
  wrap: boolean;
  /** Hidden in the sheet (the plan's `hidden`). */
  hidden: boolean;
}

/** A named table; its cells live on its sheet, the table only says where and what the columns are. */
export interface MemoryTable {
  name: string;
  sheet: string;
  /** Zero-based top-left cell of the header row. */
  origin: CellPosition;
  columns: MemoryColumn[];
  /** Data rows below the header row. */
  rowCount: number;
  style: string;
  showFilter: boolean;
}

/** A merged block starting at a cell. */
export interface MemoryMerge {
  row: number;
  col: number;
  /** Columns merged, including the first. */
  across: number;
}

/** A sheet. */
export interface MemorySheet {
  name: string;
  visibility: SheetVisibility;
  tabColor: string | null;
  freezeRows: number;
  protect: boolean;
  /** Cells by {@link cellKey}. */
  cells: Map<string, MemoryCell>;
  merges: MemoryMerge[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
  columnWidths: Record<number, number>;
  /** Row heights (points) by zero-based row, as the plan set them. */
  rowHeights: Record<number, number>;
  print: PrintPlan | null;
}

/** A defined name. */
export interface MemoryName {
  name: string;
  /** Refers-to formula, as the plan writes it (`=Units[Mã đơn vị]`). */
  formula: string;
  comment: string;
}

/** The whole workbook. */
export interface MemoryWorkbook {
  /** Sheets in tab order. */
  sheets: MemorySheet[];
  /** Tables by name. */
  tables: Map<string, MemoryTable>;
  /** Defined names by name. */
  names: Map<string, MemoryName>;
}

/**
 * A workbook with the given blank sheets, like a new file in Excel.
 *
 * @param sheetNames - names of the blank sheets, in tab order
 * @returns the workbook
 *
 * @example
 * ```ts
 * createWorkbook(['Sheet1']).sheets.map((s) => s.name); //=> ['Sheet1']
 * ```
 */
export function createWorkbook(sheetNames: readonly string[]): MemoryWorkbook {
  return { sheets: sheetNames.map(blankSheet), tables: new Map(), names: new Map() };
}

/**
 * A blank, visible, unprotected sheet.
 *
 * @param name - the sheet name
 * @returns the sheet
 *
 * @example
 * ```ts
 * blankSheet('Tổng hợp').cells.size; //=> 0
 * ```
 */
export function blankSheet(name: string): MemorySheet {
  return {
    name,
    visibility: 'visible',
    tabColor: null,
    freezeRows: 0,
    protect: false,
    cells: new Map(),
    merges: [],
    conditionalFormats: [],
    charts: [],
    columnWidths: {},
    rowHeights: {},
    print: null,
  };
}

/**
 * The key of a cell in {@link MemorySheet.cells}.
 *
 * @param row - zero-based row
 * @param col - zero-based column
 * @returns the key
 *
 * @example
 * ```ts
 * cellKey(1, 4); //=> '1:4'
 * ```
 */
export function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

/**
 * The position a {@link cellKey} stands for.
 *
 * @param key - a key made by {@link cellKey}
 * @returns the zero-based position
 *
 * @example
 * ```ts
 * keyPosition('1:4'); //=> { row: 1, col: 4 }
 * ```
 */
export function keyPosition(key: string): CellPosition {
  const colon = key.indexOf(':');
  return { row: Number(key.slice(0, colon)), col: Number(key.slice(colon + 1)) };
}

/**
 * Finds a sheet by name; Excel sheet names are unique regardless of case.
 *
 * @param workbook - the workbook
 * @param name - the sheet name
 * @returns the sheet, or null
 *
 * @example
 * ```ts
 * findSheet(createWorkbook(['Sheet1']), 'sheet1')?.name; //=> 'Sheet1'
 * ```
 */
export function findSheet(workbook: MemoryWorkbook, name: string): MemorySheet | null {
  const wanted = name.toUpperCase();
  return workbook.sheets.find((s) => s.name.toUpperCase() === wanted) ?? null;
}

/**
 * The zero-based bounds of what a sheet holds (cells written, including blank table cells), or null.
 *
 * @param sheet - the sheet
 * @returns top, left, bottom, right — or null for an empty sheet
 *
 * @example
 * ```ts
 * usedBounds(blankSheet('A')); //=> null
 * ```
 */
export function usedBounds(sheet: MemorySheet): CellBounds | null {
  let bounds: CellBounds | null = null;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === null && cell.formula === null) continue;
    const { row, col } = keyPosition(key);
    if (bounds === null) bounds = { top: row, left: col, bottom: row, right: col };
    else {
      bounds.top = Math.min(bounds.top, row);
      bounds.left = Math.min(bounds.left, col);
      bounds.bottom = Math.max(bounds.bottom, row);
      bounds.right = Math.max(bounds.right, col);
    }
  }
  return bounds;
}

/**
 * Where a table sits and what it holds, as the geometry layer and the formula translator see it.
 *
 * @param table - the table
 * @returns its geometry
 *
 * @example
 * ```ts
 * tableGeometry(workbook.tables.get('Units')!).headers; //=> ['Mã đơn vị', 'Tên đơn vị', 'Mã cụm', 'Số người']
 * ```
 */
export function tableGeometry(table: MemoryTable): TableGeometry {
  return {
    name: table.name,
    sheet: table.sheet,
    origin: table.origin,
    headers: table.columns.map((c) => c.header),
    rowCount: table.rowCount,
  };
}

/**
 * Where every table sits, in the shape the formula translator needs.
 *
 * @param workbook - the workbook
 * @returns table geometries by table name
 *
 * @example
 * ```ts
 * tableGeometries(createWorkbook([])); //=> {}
 * ```
 */
export function tableGeometries(workbook: MemoryWorkbook): Record<string, TableGeometry> {
  const geometries: Record<string, TableGeometry> = {};
  for (const table of workbook.tables.values()) geometries[table.name] = tableGeometry(table);
  return geometries;
}

/**
 * The rows and columns a table covers, header row included (an empty table keeps one blank data row,
 * as in Excel).
 *
 * @param table - the table
 * @returns zero-based inclusive bounds
 *
 * @example
 * ```ts
 * tableBounds(workbook.tables.get('Units')!); //=> { top: 2, left: 0, bottom: 12, right: 3 } for 10 units under a header at A3
 * ```
 */
export function tableBounds(table: MemoryTable): CellBounds {
  return geometryBounds(tableGeometry(table));
}

/**
 * The table whose header or data rows hold a cell, if any.
 *
 * @param workbook - the workbook
 * @param sheet - the sheet name
 * @param pos - the cell
 * @returns the table, or null
 *
 * @example
 * ```ts
 * tableAt(createWorkbook(['A']), 'A', { row: 0, col: 0 }); //=> null
 * ```
 */
export function tableAt(workbook: MemoryWorkbook, sheet: string, pos: CellPosition): MemoryTable | null {
  const wanted = sheet.toUpperCase();
  for (const table of workbook.tables.values()) {
    if (table.sheet.toUpperCase() !== wanted) continue;
    const b = tableBounds(table);
    if (pos.row >= b.top && pos.row <= b.bottom && pos.col >= b.left && pos.col <= b.right) return table;
  }
  return null;
}
