/**
 * Writes a plan into the in-memory workbook, following the plan's rules to the letter: a new table is
 * written at its origin with its rows; an existing one keeps every column and value it has, gets
 * `addColumns` at its right end and `appendRows` at its bottom, and the formulas of its computed
 * columns rewritten. Typed cells are never written over.
 */
import { capitalise, sheetTitle } from '../domain/displayNames';
import { parseA1, type CellBounds, type CellValue } from '../domain/workbook';
import { intersects } from '../geometry/bounds';
import { headerIndex } from '../geometry/tableGeometry';
import type { HostCapabilities } from '../layout/host';
import {
  cellLocked,
  type CellPlan,
  type ColumnPlan,
  type SheetPlan,
  type TablePlan,
  type WorkbookPlan,
} from '../layout/plan';
import {
  blankSheet,
  cellKey,
  findSheet,
  tableBounds,
  type MemoryCell,
  type MemoryColumn,
  type MemorySheet,
  type MemoryTable,
  type MemoryWorkbook,
} from './workbookModel';

/** A plan the host cannot write without destroying something (two tables on the same cells). */
export class PlanConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanConflictError';
  }
}

/**
 * Applies a plan to the workbook in place.
 *
 * A table the plan calls new but the workbook already holds is treated as existing: writing its rows
 * again would duplicate them, and keeping what is there is what makes applying a plan twice the same as
 * applying it once.
 *
 * @param workbook - the workbook, changed in place
 * @param plan - the plan to write
 * @param capabilities - what this host can do; a feature it lacks is skipped with a note
 * @returns notes for the officer (Vietnamese) about the features skipped
 * @throws {@link PlanConflictError} when a table would be written over another table
 *
 * @example
 * ```ts
 * const workbook = createWorkbook([]);
 * applyWorkbookPlan(workbook, plan, { printSetup: true, charts: true, protection: true, veryHidden: true }); //=> []
 * ```
 */
export function applyWorkbookPlan(
  workbook: MemoryWorkbook,
  plan: WorkbookPlan,
  capabilities: HostCapabilities,
): string[] {
  const notes: string[] = [];
  for (const sheetPlan of plan.sheets) {
    const sheet = ensureSheet(workbook, sheetPlan.name);
    applySheetSettings(sheet, sheetPlan, capabilities, notes);
    for (const tablePlan of sheetPlan.tables) applyTable(workbook, sheet, tablePlan);
    for (const cellPlan of sheetPlan.cells) applyFreeCell(sheet, cellPlan);
  }
  for (const name of plan.names) {
    workbook.names.set(name.name, { name: name.name, formula: name.formula, comment: name.comment });
  }
  return notes;
}

function ensureSheet(workbook: MemoryWorkbook, name: string): MemorySheet {
  const found = findSheet(workbook, name);
  if (found !== null) return found;
  const sheet = blankSheet(name);
  workbook.sheets.push(sheet);
  return sheet;
}

function applySheetSettings(
  sheet: MemorySheet,
  plan: SheetPlan,
  capabilities: HostCapabilities,
  notes: string[],
): void {
  if (plan.visibility === 'veryHidden' && !capabilities.veryHidden) {
    sheet.visibility = 'hidden';
    notes.push(
      `${capitalise(sheetTitle(plan.name).vi)} chỉ được ẩn thường: phiên bản Excel này không hỗ trợ ẩn sâu.`,
    );
  } else {
    sheet.visibility = plan.visibility;
  }
  sheet.tabColor = plan.tabColor ?? sheet.tabColor;
  sheet.freezeRows = plan.freezeRows;
  if (plan.protect && !capabilities.protection) {
    notes.push(
      `Trang "${plan.name}" chưa được khoá công thức: phiên bản Excel này không hỗ trợ bảo vệ trang.`,
    );
  } else {
    sheet.protect = plan.protect;
  }
  sheet.columnWidths = { ...sheet.columnWidths, ...plan.columnWidths };
  sheet.rowHeights = { ...sheet.rowHeights, ...plan.rowHeights };
  // Conditional formats and charts belong to the plan: re-planning replaces them rather than stacking copies.
  sheet.conditionalFormats = plan.conditionalFormats.map((cf) => ({ ...cf }));
  if (plan.charts.length > 0 && !capabilities.charts) {
    for (const chart of plan.charts) {
      notes.push(`Biểu đồ "${chart.title}" chưa được tạo: phiên bản Excel này không hỗ trợ biểu đồ.`);
    }
  } else {
    sheet.charts = plan.charts.map((chart) => ({ ...chart, valueColumns: [...chart.valueColumns] }));
  }
  if (plan.print !== null && !capabilities.printSetup) {
    notes.push(
      `Trang "${plan.name}" chưa được thiết lập in: phiên bản Excel này không hỗ trợ; hãy chỉnh trong Bố trí trang.`,
    );
  } else {
    sheet.print = plan.print === null ? null : { ...plan.print };
  }
}

function applyTable(workbook: MemoryWorkbook, sheet: MemorySheet, plan: TablePlan): void {
  const table = workbook.tables.get(plan.name);
  if (table === undefined) {
    createTable(workbook, sheet, plan);
    const created = requireTable(workbook, plan.name);
    if (plan.existing) appendPlannedRows(workbook, sheet, created, plan);
    else applyCellFormats(sheet, created, plan, 0, plan.rows.length);
    return;
  }
  const tableSheet = findSheet(workbook, table.sheet) ?? sheet;
  addColumns(workbook, tableSheet, table, plan);
  refreshColumns(tableSheet, table, plan.columns);
  table.style = plan.style;
  table.showFilter = plan.showFilter;
  if (plan.existing) appendPlannedRows(workbook, tableSheet, table, plan);
}

/** Appends the plan's `appendRows`, then gives the cells that have a format of their own that format. */
function appendPlannedRows(
  workbook: MemoryWorkbook,
  sheet: MemorySheet,
  table: MemoryTable,
  plan: TablePlan,
): void {
  const firstNew = table.rowCount;
  appendTableRows(workbook, sheet, table, plan.appendRows);
  applyCellFormats(sheet, table, plan, firstNew, plan.appendRows.length);
}

/**
 * Sets the number formats of single cells (`cellFormats`) on the rows this apply wrote: `firstRow` is
 * the data row the plan's row 0 landed on, `count` how many rows the plan wrote. A format pointing
 * outside them, or at a column the table lacks, is left out rather than put on a typed cell.
 */
function applyCellFormats(
  sheet: MemorySheet,
  table: MemoryTable,
  plan: TablePlan,
  firstRow: number,
  count: number,
): void {
  for (const format of plan.cellFormats ?? []) {
    const index = columnIndex(table, format.column);
    if (index < 0 || format.row < 0 || format.row >= count) continue;
    const key = cellKey(table.origin.row + 1 + firstRow + format.row, table.origin.col + index);
    const cell = sheet.cells.get(key) ?? blankCell();
    sheet.cells.set(key, { ...cell, numberFormat: format.numberFormat });
  }
}

function requireTable(workbook: MemoryWorkbook, name: string): MemoryTable {
  const table = workbook.tables.get(name);
  if (table === undefined) throw new Error(`Table ${name} was not created`);
  return table;
}

function createTable(workbook: MemoryWorkbook, sheet: MemorySheet, plan: TablePlan): void {
  const table: MemoryTable = {
    name: plan.name,
    sheet: sheet.name,
    origin: { ...plan.origin },
    columns: plan.columns.map(memoryColumn),
    rowCount: plan.rows.length,
    style: plan.style,
    showFilter: plan.showFilter,
  };
  assertNoOverlap(workbook, table, tableBounds(table));
  workbook.tables.set(table.name, table);
  table.columns.forEach((column, index) => {
    writeHeader(sheet, table, index, column.header);
    plan.rows.forEach((row, r) => writeDataCell(sheet, table, r, index, column, row[index] ?? null));
  });
}

function addColumns(workbook: MemoryWorkbook, sheet: MemorySheet, table: MemoryTable, plan: TablePlan): void {
  const toAdd = plan.addColumns.filter((header) => columnIndex(table, header) < 0);
  if (toAdd.length === 0) return;
  const bounds = tableBounds(table);
  assertNoOverlap(workbook, table, { ...bounds, left: bounds.right + 1, right: bounds.right + toAdd.length });
  for (const header of toAdd) {
    const planned = plan.columns.find((c) => c.header === header);
    const column = planned === undefined ? inputColumn(header) : memoryColumn(planned);
    table.columns.push(column);
    const index = table.columns.length - 1;
    writeHeader(sheet, table, index, header);
    for (let r = 0; r < table.rowCount; r += 1) writeDataCell(sheet, table, r, index, column, null);
  }
}

/**
 * Formats, locks and formulas follow the plan; the values of input columns stay as typed. A column
 * without a format of its own leaves each cell's format as it is (the dates of the field / value
 * `Campaign` table keep theirs), as Excel and the file host do.
 */
function refreshColumns(sheet: MemorySheet, table: MemoryTable, planned: readonly ColumnPlan[]): void {
  for (const columnPlan of planned) {
    const index = columnIndex(table, columnPlan.header);
    if (index < 0) continue;
    const column = { ...memoryColumn(columnPlan), header: table.columns[index]?.header ?? columnPlan.header };
    table.columns[index] = column;
    for (let r = 0; r < table.rowCount; r += 1) {
      const key = cellKey(table.origin.row + 1 + r, table.origin.col + index);
      const cell = sheet.cells.get(key) ?? blankCell();
      if (column.role === 'computed' && column.formula !== null) {
        sheet.cells.set(key, {
          ...cell,
          value: null,
          formula: column.formula,
          locked: true,
          numberFormat: column.numberFormat ?? cell.numberFormat,
        });
      } else {
        sheet.cells.set(key, {
          ...cell,
          locked: cellLocked(columnPlan),
          numberFormat: column.numberFormat ?? cell.numberFormat,
        });
      }
    }
  }
}

/**
 * Adds rows at the bottom of a table, as Excel does when a row is added to it: computed columns get
 * their formula, the other cells the values given (one per column, in the table's column order).
 *
 * @param workbook - the workbook, changed in place
 * @param sheet - the table's sheet
 * @param table - the table
 * @param rows - the rows to add
 * @throws {@link PlanConflictError} when the new rows would run into another table
 *
 * @example
 * ```ts
 * appendTableRows(workbook, sheet, units, [['U9', 'Phòng Công chứng số 3', 'C2', 9]]);
 * ```
 */
export function appendTableRows(
  workbook: MemoryWorkbook,
  sheet: MemorySheet,
  table: MemoryTable,
  rows: readonly CellValue[][],
): void {
  if (rows.length === 0) return;
  const firstNew = table.rowCount;
  const bounds = tableBounds(table);
  // An empty table's one blank row is filled first, as Excel does when rows are added to it.
  const top = table.origin.row + 1 + firstNew;
  assertNoOverlap(workbook, table, { ...bounds, top, bottom: top + rows.length - 1 });
  table.rowCount += rows.length;
  rows.forEach((row, i) => {
    table.columns.forEach((column, index) =>
      writeDataCell(sheet, table, firstNew + i, index, column, row[index] ?? null),
    );
  });
}

function applyFreeCell(sheet: MemorySheet, plan: CellPlan): void {
  const pos = parseA1(plan.address);
  if (pos === null) throw new Error(`Not an A1 address: ${plan.address} (sheet ${sheet.name})`);
  const key = cellKey(pos.row, pos.col);
  const existing = sheet.cells.get(key);
  const formula = plan.formula ?? null;
  sheet.cells.set(key, {
    value: formula === null ? plan.value : null,
    formula,
    numberFormat: plan.style?.numberFormat ?? existing?.numberFormat ?? null,
    locked: existing?.locked ?? true,
    style: plan.style === undefined ? (existing?.style ?? null) : { ...plan.style },
  });
  sheet.merges = sheet.merges.filter((m) => m.row !== pos.row || m.col !== pos.col);
  if ((plan.mergeAcross ?? 1) > 1)
    sheet.merges.push({ row: pos.row, col: pos.col, across: plan.mergeAcross ?? 1 });
}

function writeHeader(sheet: MemorySheet, table: MemoryTable, index: number, header: string): void {
  sheet.cells.set(cellKey(table.origin.row, table.origin.col + index), {
    value: header,
    formula: null,
    numberFormat: null,
    locked: true,
    style: null,
  });
}

/** A data cell: a computed column's formula (locked), or the value given (unlocked, text stays text). */
function writeDataCell(
  sheet: MemorySheet,
  table: MemoryTable,
  dataRow: number,
  index: number,
  column: MemoryColumn,
  value: CellValue,
): void {
  const computed = column.role === 'computed';
  const formula = computed ? column.formula : null;
  sheet.cells.set(cellKey(table.origin.row + 1 + dataRow, table.origin.col + index), {
    value: formula === null ? value : null,
    formula,
    numberFormat: column.numberFormat,
    locked: computed,
    style: null,
  });
}

function memoryColumn(plan: ColumnPlan): MemoryColumn {
  return {
    header: plan.header,
    role: plan.role,
    formula: plan.role === 'computed' ? (plan.formula ?? null) : null,
    numberFormat: plan.numberFormat ?? null,
    width: plan.width ?? null,
    validation: plan.validation === undefined ? null : structuredClone(plan.validation),
    wrap: plan.wrap ?? false,
    hidden: plan.hidden ?? false,
  };
}

function inputColumn(header: string): MemoryColumn {
  return {
    header,
    role: 'input',
    formula: null,
    numberFormat: null,
    width: null,
    validation: null,
    wrap: false,
    hidden: false,
  };
}

function blankCell(): MemoryCell {
  return { value: null, formula: null, numberFormat: null, locked: true, style: null };
}

function columnIndex(table: MemoryTable, header: string): number {
  return headerIndex(
    table.columns.map((c) => c.header),
    header,
  );
}

function assertNoOverlap(workbook: MemoryWorkbook, table: MemoryTable, area: CellBounds): void {
  for (const other of workbook.tables.values()) {
    if (other.name === table.name || other.sheet.toUpperCase() !== table.sheet.toUpperCase()) continue;
    if (intersects(area, tableBounds(other))) {
      throw new PlanConflictError(
        `Table ${table.name} would overlap table ${other.name} on sheet ${table.sheet}`,
      );
    }
  }
}
