/**
 * Writing one planned table into a worksheet: its cells, the formats of its columns, and the table
 * definition around them.
 */
import { headerKey } from '../domain/read';
import type { CellValue } from '../domain/workbook';
import { toFileFormula } from '../geometry/formulaForms';
import { bodyRows } from '../geometry/tableGeometry';
import { cellLocked, type ColumnPlan, type TablePlan } from '../layout/plan';
import { findTable, tableRows } from './_lib/tableModel';
import { toDataValidation } from './dataValidation';
import type {
  Cell,
  DataValidation,
  LibraryCellValue,
  TableColumnProperties,
  Workbook,
  Worksheet,
} from './library';

/**
 * Where the table sits once written, for the formats and the definition (1-based, as the library
 * counts); its headers are the plan's.
 */
interface Placement {
  headerRow: number;
  left: number;
  /** Rows the table's body spans once written. */
  rowCount: number;
  /** Data row (zero-based) of the first row the plan lists: 0 for a new table, the old row count else. */
  firstPlannedRow: number;
  /** The columns of the table as it was (kept settings: totals, the officer's own calculated columns), or none for a new table. */
  before: TableColumnProperties[];
  totalsRow: boolean;
}

/**
 * Writes a planned table.
 *
 * A new table gets its header row at the plan's origin and the plan's rows under it (Excel needs at least
 * one data row, so an empty table gets one blank row). An existing table keeps its place, its columns and
 * every value typed in it: the plan's new columns are added at its right end, its new rows under its last
 * row, and the formulas of computed columns are written again on every row. Computed cells are locked,
 * input cells unlocked; formats and validations are applied to each data cell of a planned column. The
 * table part names each computed column's formula, so Excel fills it into a row an officer adds by
 * typing under the table.
 *
 * @param workbook - the workbook (a table name is unique across its sheets)
 * @param worksheet - the sheet the plan puts the table on
 * @param plan - the table's plan
 * @throws Error when the plan says the table exists and the workbook has none of that name
 */
export function writeTable(workbook: Workbook, worksheet: Worksheet, plan: TablePlan): void {
  const found = findTable(workbook.worksheets, plan.name);
  const placement = plan.existing ? extendExisting(found, plan) : writeNew(worksheet, plan);
  const target = plan.existing && found !== null ? found.worksheet : worksheet;

  // Headers match as the reader matches them: spaces, case and Unicode form aside.
  const byHeader = new Map(plan.columns.map((column) => [headerKey(column.header), column]));
  plan.headers.forEach((header, j) => {
    const column = byHeader.get(headerKey(header));
    if (column === undefined) return;
    const col = placement.left + j;
    if (column.width !== undefined) target.getColumn(col).width = column.width;
    if (column.hidden === true) target.getColumn(col).hidden = true;
    // A wrapped column wraps its header too, as the Office.js host sets it: a long header then takes
    // two lines on paper instead of running into the next one.
    if (column.wrap === true) {
      const header = target.getCell(placement.headerRow, col);
      header.alignment = { ...header.alignment, wrapText: true };
    }
    const validation = column.validation === undefined ? undefined : toDataValidation(column.validation);
    for (let i = 0; i < placement.rowCount; i++) {
      const cell = target.getCell(placement.headerRow + 1 + i, col);
      if (hasRowFormula(column)) {
        cell.value = { formula: toFileFormula(column.formula, plan.name) };
      }
      formatCell(cell, column, validation);
    }
  });
  if (plan.ruled === true) rule(target, placement, plan.headers.length);
  for (const format of plan.cellFormats ?? []) {
    const j = plan.headers.findIndex((header) => headerKey(header) === headerKey(format.column));
    if (j < 0) continue;
    target.getCell(
      placement.headerRow + 1 + placement.firstPlannedRow + format.row,
      placement.left + j,
    ).numFmt = format.numberFormat;
  }

  // The table's old definition goes (when the plan did not see it, only its cells stay) and a new one
  // covers the cells as they now are.
  if (found !== null) found.worksheet.removeTable(found.table.name);
  defineTable(target, plan, placement, byHeader);
}

function writeNew(worksheet: Worksheet, plan: TablePlan): Placement {
  const headerRow = plan.origin.row + 1;
  const left = plan.origin.col + 1;
  plan.headers.forEach((header, j) => {
    worksheet.getCell(headerRow, left + j).value = header;
  });
  const rows = plan.rows.length > 0 ? plan.rows : [plan.columns.map(() => null)];
  rows.forEach((row, i) => {
    plan.columns.forEach((column, j) => {
      if (hasRowFormula(column)) return;
      worksheet.getCell(headerRow + 1 + i, left + j).value = cellInput(row[j] ?? null);
    });
  });
  return { headerRow, left, rowCount: bodyRows(plan), firstPlannedRow: 0, before: [], totalsRow: false };
}

function extendExisting(found: ReturnType<typeof findTable>, plan: TablePlan): Placement {
  if (found === null)
    throw new Error(`The plan extends table ${plan.name}, which the workbook does not have.`);
  const { worksheet, table } = found;
  const span = tableRows(table);
  if (span === null) throw new Error(`Table ${plan.name} has no readable range.`);
  const headerRow = (span.headerRow ?? span.dataTop - 1) + 1;
  const left = span.left + 1;
  const firstAdded = plan.headers.length - plan.addColumns.length;
  plan.addColumns.forEach((header, k) => {
    worksheet.getCell(headerRow, left + firstAdded + k).value = header;
  });
  const existingRows = plan.rowCount - plan.appendRows.length;
  // Formula columns get their formula below; every other cell of a new row takes the plan's value
  // (the constants of a computed column without formula included: they are written once, with the row).
  const withFormula = new Set(plan.columns.filter(hasRowFormula).map((column) => headerKey(column.header)));
  plan.appendRows.forEach((row, i) => {
    plan.headers.forEach((header, j) => {
      if (withFormula.has(headerKey(header))) return;
      worksheet.getCell(headerRow + 1 + existingRows + i, left + j).value = cellInput(row[j] ?? null);
    });
  });
  return {
    headerRow,
    left,
    rowCount: plan.rowCount,
    firstPlannedRow: existingRows,
    before: table.model.columns,
    totalsRow: table.model.totalsRow === true,
  };
}

function defineTable(
  worksheet: Worksheet,
  plan: TablePlan,
  placement: Placement,
  byHeader: ReadonlyMap<string, ColumnPlan>,
): void {
  worksheet.addTable({
    name: plan.name,
    displayName: plan.name,
    ref: worksheet.getCell(placement.headerRow, placement.left).address,
    headerRow: true,
    totalsRow: placement.totalsRow,
    style: { theme: plan.style, showRowStripes: true },
    columns: plan.headers.map((name, j) => {
      const planned = byHeader.get(headerKey(name));
      const kept = placement.before[j];
      const formula =
        planned !== undefined && hasRowFormula(planned)
          ? toFileFormula(planned.formula, plan.name)
          : kept?.calculatedColumnFormula;
      // Filter buttons are left to the program's default (shown): a table part whose every button is
      // hidden is one Excel may drop as damaged, and the library warns of it (see the docs).
      return {
        name,
        ...totalsOf(kept, j),
        ...(formula === undefined ? {} : { calculatedColumnFormula: formula }),
      };
    }),
    // The library writes each row it is given into the cells; empty rows give the table its height and
    // leave the cells just written (values, formulas, formats) as they are.
    rows: Array.from({ length: placement.rowCount }, () => []),
  });
}

/** Totals-row settings kept from the table as it was (label, function, or the officer's own formula). */
function totalsOf(
  column: TableColumnProperties | undefined,
  index: number,
): Pick<TableColumnProperties, 'totalsRowLabel' | 'totalsRowFunction' | 'totalsRowFormula'> {
  if (column === undefined) return {};
  if (index === 0 && column.totalsRowLabel !== undefined) return { totalsRowLabel: column.totalsRowLabel };
  return {
    ...(column.totalsRowFunction === undefined ? {} : { totalsRowFunction: column.totalsRowFunction }),
    ...(column.totalsRowFormula === undefined ? {} : { totalsRowFormula: column.totalsRowFormula }),
  };
}

/** A computed column with a formula: the formula is on every row (a computed column without one holds constants). */
function hasRowFormula(column: ColumnPlan): column is ColumnPlan & { formula: string } {
  return column.role === 'computed' && column.formula !== undefined;
}

const THIN = { style: 'thin' } as const;

/** Thin lines around every cell of a ruled table, header and rows ({@link TablePlan.ruled}). */
function rule(worksheet: Worksheet, placement: Placement, width: number): void {
  for (let r = placement.headerRow; r <= placement.headerRow + placement.rowCount; r++) {
    for (let j = 0; j < width; j++) {
      worksheet.getCell(r, placement.left + j).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    }
  }
}

function formatCell(cell: Cell, column: ColumnPlan, validation: DataValidation | undefined): void {
  if (column.numberFormat !== undefined) cell.numFmt = column.numberFormat;
  if (column.wrap) cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'top' };
  cell.protection = { locked: cellLocked(column) };
  if (validation !== undefined) cell.dataValidation = validation;
}

/** A plan value as a cell takes it: an empty text is a blank cell, text starting with `=` stays text. */
function cellInput(value: CellValue): LibraryCellValue {
  return value === '' ? null : value;
}
