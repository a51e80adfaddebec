/**
 * One sheet of the in-memory workbook as the workbench grid draws it: what each cell shows and how,
 * which cells are table headers, which refuse typing, the widths of the columns. Computed from the
 * host on every change, as plain data, so the grid component only draws.
 */
import { a1, parseA1, type CellValue } from '../../domain/workbook';
import { bodyRows } from '../../geometry/tableGeometry';
import type { CellStyle, ChartPlan, ValidationPlan } from '../../layout/plan';
import type { MemoryHost, TableSnapshot, WorkbookSnapshot } from '../../memory';
import { displayValue } from '../../memory/displayValue';
import { editText } from './typedValue';

/** Where a cell stands in a table. */
export type CellRole = 'header' | 'data' | 'free';

/** A cell as the grid draws it. */
export interface GridCell {
  /** Zero-based position. */
  row: number;
  col: number;
  /** A1 address. */
  address: string;
  value: CellValue;
  /** Text shown, under the cell's number format. */
  display: string;
  /** Formula as written (the plan's structured form), or null. */
  formula: string | null;
  /** Text the formula bar and the editor start from. */
  editText: string;
  numberFormat: string | null;
  /** Excel aligns numbers right, text left, booleans and errors centred, unless a style says otherwise. */
  align: 'left' | 'center' | 'right';
  /** True on a protected sheet when the cell is locked: typing is refused. */
  refusesInput: boolean;
  /** Locked (Excel's default) whatever the sheet's protection. */
  locked: boolean;
  role: CellRole;
  /** The table the cell belongs to, its column header, and whether the table bands this row. */
  table: string | null;
  column: string | null;
  banded: boolean;
  /** What the column's data validation asks for, when it has one. */
  validation: ValidationPlan | null;
  style: CellStyle | null;
  /** Columns this cell spans (a merge), 1 for most. */
  span: number;
  /** Inside a merge, under the cell that starts it: not drawn. */
  covered: boolean;
  /** In a hidden column (the Settings keys): not drawn, as Excel hides the column. */
  hidden: boolean;
  /** Text may run over the empty cells to its right, as in Excel. */
  overflows: boolean;
  /** The value is a formula error (`#N/A`, `#VALUE!`, …). */
  error: boolean;
}

/** A chart of the sheet with the data it plots, as the table holds it now. */
export interface ChartView {
  name: string;
  title: string;
  type: ChartPlan['type'];
  /** Zero-based top-left cell, and the size in cells. */
  anchor: { row: number; col: number };
  size: { rows: number; cols: number };
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

/** A sheet as the grid draws it. */
export interface SheetView {
  name: string;
  protect: boolean;
  freezeRows: number;
  /** Rows and columns drawn: the used range and a margin of blank ones. */
  rowCount: number;
  colCount: number;
  /** Width of each drawn column, in pixels. */
  columnWidths: number[];
  /** `rows[r][c]`, every position drawn. */
  rows: GridCell[][];
  charts: ChartView[];
}

/** Excel's default column width, in pixels at 100 %. */
export const DEFAULT_COLUMN_PX = 64;
/** Widest column drawn: a long free-text column would push the rest of the table off screen. */
const MAX_COLUMN_CHARS = 48;
/** Blank rows and columns drawn beyond the used range, as Excel shows more sheet than data. */
const MARGIN_ROWS = 12;
const MARGIN_COLS = 3;
const MIN_ROWS = 30;
const MIN_COLS = 10;

const ERROR_VALUE = /^#(?:N\/A|VALUE!|REF!|NAME\?|DIV\/0!|NUM!|NULL!|SPILL!|CALC!|CYCLE!|ERROR!|LIC!)$/;

/**
 * The width in pixels of a column `chars` characters wide, as Excel converts it at 100 % zoom
 * (seven-pixel digits of Calibri 11, plus padding).
 * @param chars - width in characters
 * @returns width in pixels
 * @example
 * columnPixels(8.43) // 64
 */
export function columnPixels(chars: number): number {
  return Math.round(Math.min(chars, MAX_COLUMN_CHARS) * 7 + 5);
}

/**
 * Computes what the grid draws for a sheet.
 *
 * @param host - the in-memory host
 * @param sheet - the sheet's name
 * @param snapshot - the host's snapshot, when the caller already took one for this state
 * @returns the sheet's view
 * @example
 * ```ts
 * const view = sheetView(host, 'Chấm điểm');
 * view.rows[3]?.[21]?.display; //=> '1'
 * ```
 */
export function sheetView(host: MemoryHost, sheet: string, snapshot = host.snapshot()): SheetView {
  const written = snapshot.sheets.find((s) => s.name === sheet);
  if (written === undefined) throw new Error(`No sheet named ${sheet}`);
  const values = host.getSheetValues(sheet);
  const tables = snapshot.tables.filter((t) => t.sheet === sheet);

  const cellsAt = new Map<string, WorkbookSnapshot['sheets'][number]['cells'][string]>();
  let usedRows = values.length;
  let usedCols = values.reduce((most, row) => Math.max(most, row.length), 0);
  for (const [address, cell] of Object.entries(written.cells)) {
    const pos = parseA1(address);
    if (pos === null) continue;
    cellsAt.set(`${pos.row}:${pos.col}`, cell);
    usedRows = Math.max(usedRows, pos.row + 1);
    usedCols = Math.max(usedCols, pos.col + 1);
  }
  for (const table of tables) {
    usedRows = Math.max(usedRows, table.origin.row + bodyRows(table) + 1);
    usedCols = Math.max(usedCols, table.origin.col + table.columns.length);
  }
  const rowCount = Math.max(MIN_ROWS, usedRows + MARGIN_ROWS);
  const colCount = Math.max(MIN_COLS, usedCols + MARGIN_COLS);

  const merges = new Map<string, number>();
  const covered = new Set<string>();
  for (const merge of written.merges) {
    merges.set(`${merge.row}:${merge.col}`, merge.across);
    for (let c = 1; c < merge.across; c += 1) covered.add(`${merge.row}:${merge.col + c}`);
  }

  const widths = columnWidths(colCount, written.columnWidths, tables);
  const rows: GridCell[][] = [];
  for (let r = 0; r < rowCount; r += 1) {
    const row: GridCell[] = [];
    for (let c = 0; c < colCount; c += 1) {
      const key = `${r}:${c}`;
      const cell = cellsAt.get(key);
      const value = values[r]?.[c] ?? null;
      const numberFormat = cell?.numberFormat ?? null;
      const formula = cell?.formula ?? null;
      const locked = cell?.locked ?? true;
      const place = placeInTable(tables, r, c);
      const error = formula !== null && typeof value === 'string' && ERROR_VALUE.test(value);
      row.push({
        row: r,
        col: c,
        address: a1({ row: r, col: c }),
        value,
        display: displayValue(value, numberFormat),
        formula,
        editText: editText(value, formula, numberFormat),
        numberFormat,
        align: cell?.style?.align ?? naturalAlign(value, error),
        refusesInput: written.protect && locked,
        locked,
        role: place?.role ?? 'free',
        table: place?.table.name ?? null,
        column: place?.column ?? null,
        banded: place?.banded ?? false,
        validation: place?.validation ?? null,
        style: cell?.style ?? null,
        span: merges.get(key) ?? 1,
        covered: covered.has(key),
        hidden: widths[c] === 0,
        overflows: false,
        error,
      });
    }
    markOverflow(row);
    rows.push(row);
  }

  return {
    name: written.name,
    protect: written.protect,
    freezeRows: written.freezeRows,
    rowCount,
    colCount,
    columnWidths: widths,
    rows,
    charts: written.charts.map((chart) => chartView(host, chart, snapshot.tables)),
  };
}

/** A chart's data, read from its table's cells as they evaluate now (the chart follows the table). */
function chartView(host: MemoryHost, chart: ChartPlan, tables: readonly TableSnapshot[]): ChartView {
  const table = tables.find((t) => t.name === chart.table);
  const values = table === undefined ? [] : host.getSheetValues(table.sheet);
  const column = (header: string): CellValue[] => {
    const j = table?.columns.findIndex((c) => c.header === header) ?? -1;
    if (table === undefined || j < 0) return [];
    return Array.from(
      { length: table.rowCount },
      (_, i) => values[table.origin.row + 1 + i]?.[table.origin.col + j] ?? null,
    );
  };
  const categories = column(chart.categoryColumn).map((value) => (value === null ? '' : String(value)));
  // Rows without a category are the blank slots of a live summary table: nothing to plot.
  const kept = categories.map((category) => category !== '');
  return {
    name: chart.name,
    title: chart.title,
    type: chart.type,
    anchor: chart.anchor,
    size: chart.size,
    categories: categories.filter((_, i) => kept[i]),
    series: chart.valueColumns.map((header) => ({
      name: header,
      values: column(header)
        .filter((_, i) => kept[i])
        .map((value) => (typeof value === 'number' ? value : null)),
    })),
  };
}

function naturalAlign(value: CellValue, error: boolean): GridCell['align'] {
  if (error || typeof value === 'boolean') return 'center';
  return typeof value === 'number' ? 'right' : 'left';
}

interface TablePlace {
  table: TableSnapshot;
  role: 'header' | 'data';
  column: string;
  banded: boolean;
  validation: ValidationPlan | null;
}

function placeInTable(tables: readonly TableSnapshot[], row: number, col: number): TablePlace | null {
  for (const table of tables) {
    const j = col - table.origin.col;
    const i = row - table.origin.row;
    // An empty table still shows one blank data row, as Excel draws it.
    if (j < 0 || j >= table.columns.length || i < 0 || i > bodyRows(table)) continue;
    const column = table.columns[j];
    if (column === undefined) continue;
    return {
      table,
      role: i === 0 ? 'header' : 'data',
      column: column.header,
      // Medium styles band their rows; the light style of input tables does not.
      banded: i > 0 && i % 2 === 0 && /Medium/i.test(table.style),
      validation: i === 0 ? null : column.validation,
    };
  }
  return null;
}

/** Text runs over the blank cells to its right, as in Excel; a number never does. */
function markOverflow(row: GridCell[]): void {
  for (let c = 0; c < row.length; c += 1) {
    const cell = row[c];
    if (cell === undefined || cell.covered || cell.role === 'header') continue;
    const next = row[c + cell.span];
    if (typeof cell.value !== 'string' || cell.display === '' || cell.align !== 'left') continue;
    cell.overflows = next === undefined || (next.display === '' && next.role !== 'header');
  }
}

function columnWidths(
  colCount: number,
  sheetWidths: Record<number, number>,
  tables: readonly TableSnapshot[],
): number[] {
  const chars = new Map<number, number>();
  const hidden = new Set<number>();
  for (const table of tables) {
    table.columns.forEach((column, j) => {
      const col = table.origin.col + j;
      if (column.hidden) hidden.add(col);
      if (column.width === null) return;
      chars.set(col, Math.max(chars.get(col) ?? 0, column.width));
    });
  }
  // Widths the sheet sets for its free layout win: that is how the host writes them.
  for (const [col, width] of Object.entries(sheetWidths)) chars.set(Number(col), width);
  return Array.from({ length: colCount }, (_, col) => {
    // A hidden column takes no room, as in Excel.
    if (hidden.has(col)) return 0;
    const width = chars.get(col);
    return width === undefined ? DEFAULT_COLUMN_PX : columnPixels(width);
  });
}
