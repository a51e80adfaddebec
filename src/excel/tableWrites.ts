/**
 * The writes of one table. A new table: number formats first (so a code typed as text such as `001`
 * keeps its zeros, and a header such as `1.10` stays text), then header and rows as 2-D arrays (a
 * string Excel would not keep as text after its text prefix, see `asText`), then `tables.add` over the written range. An
 * existing one: its columns and values are kept; planned columns are added at its right end
 * (`table.columns.add`) and rows appended (`table.rows.add`), then the number formats (the appended
 * rows must exist first). Then, for both, the formulas of computed columns over the whole data body,
 * and the column formats, validation and locking. The formats of single cells (`cellFormats`, the
 * dates of the `Campaign` table) travel inside the 2-D number format arrays of their column.
 */
import type { CellValue } from '../domain/workbook';
import { columnRangeA1, rangeA1 } from '../geometry/bounds';
import { bodyRows, columnBody, columnOf, tableBounds } from '../geometry/tableGeometry';
import { cellLocked, type ColumnPlan, type TablePlan } from '../layout/plan';
import { asText } from './_lib/text';
import { charsToPoints } from './_lib/units';
import { chunkRowsByBytes, OPERATION_OVERHEAD_BYTES } from './payload';
import { validationSettings } from './validationRule';
import { writeOp, type WriteOp } from './writeOp';

/** Rows as wide as the table: missing cells blank, extra cells dropped. */
function fitRow(row: readonly CellValue[], width: number): CellValue[] {
  return Array.from({ length: width }, (_, c) => row[c] ?? null);
}

/**
 * One write per chunk of a run of a column's data body, each chunk under the size limit.
 * @param cells - one entry per row of the run, from data row `start` on
 */
function columnArrayOps(
  kind: 'numberFormat' | 'formulas',
  plan: TablePlan,
  col: number,
  cells: readonly string[],
  chunkLimit: number,
  start = 0,
): WriteOp[] {
  const first = cells[0];
  if (first !== undefined && cells.length > 1 && cells.every((cell) => cell === first)) {
    return [sameInEveryRowOp(kind, plan, col, first, start, cells.length)];
  }
  const rows = cells.map((cell) => [cell]);
  return chunkRowsByBytes(rows, chunkLimit).map((chunk) => {
    const address = rangeA1(columnBody(plan, col, start + chunk.start, chunk.rows.length));
    return {
      kind,
      sheet: plan.sheet,
      bytes: OPERATION_OVERHEAD_BYTES + chunk.bytes,
      queue: (session) => {
        const range = session.sheet(plan.sheet).getRange(address);
        if (kind === 'numberFormat') range.numberFormat = chunk.rows;
        else range.formulas = chunk.rows;
      },
    };
  });
}

/**
 * One cell's formula or format for a whole run of a column: Office.js applies a single-cell input to
 * every cell of a larger range, as Ctrl+Enter does ("single input copy"), so a column of a thousand
 * identical formulas travels as one. Typed into a table column, the formula makes it a calculated
 * column that Excel extends to the rows added later.
 */
function sameInEveryRowOp(
  kind: 'numberFormat' | 'formulas',
  plan: TablePlan,
  col: number,
  cell: string,
  start: number,
  count: number,
): WriteOp {
  const address = rangeA1(columnBody(plan, col, start, count));
  const single = [[cell]];
  return writeOp(kind, plan.sheet, single, (session) => {
    const range = session.sheet(plan.sheet).getRange(address);
    if (kind === 'numberFormat') range.numberFormat = single;
    else range.formulas = single;
  });
}

/** The same text on every data row of the table. */
function everyRow(plan: TablePlan, cell: string): string[] {
  return Array.from({ length: bodyRows(plan) }, () => cell);
}

/**
 * The format a planned cell takes when neither it nor its column has one. Written rather than left
 * out: a row `rows.add` appends takes the formats of the row above it, a date's among them.
 */
const GENERAL_FORMAT = 'General';

/**
 * The planned rows of a table and the formats of single cells among them, by sheet column.
 * @returns `first`, the data row of the plan's row 0 (0 for a new table, the old row count for an
 *   existing one); `count`, the rows the plan writes; `byColumn`, the formats by plan row
 */
function plannedCellFormats(plan: TablePlan): {
  first: number;
  count: number;
  byColumn: Map<number, Map<number, string>>;
} {
  const count = plan.existing ? plan.appendRows.length : plan.rows.length;
  const first = plan.existing ? plan.rowCount - count : 0;
  const byColumn = new Map<number, Map<number, string>>();
  for (const format of plan.cellFormats ?? []) {
    const col = columnOf(plan, format.column);
    // Only cells this write puts in the table: a typed row's format is the officer's.
    if (col === null || format.row < 0 || format.row >= count) continue;
    const formats = byColumn.get(col) ?? new Map<number, string>();
    formats.set(format.row, format.numberFormat);
    byColumn.set(col, formats);
  }
  return { first, count, byColumn };
}

/**
 * The number formats of the planned columns as one 2-D array per column (chunked by size), the
 * formats of single cells (`cellFormats`) merged in, so a date among other values costs no write of
 * its own. A column with a format covers its whole data body; one without covers only the rows the
 * plan writes, and only when some of its cells have a format.
 */
function numberFormatOps(plan: TablePlan, chunkLimit: number): WriteOp[] {
  const { first, count, byColumn } = plannedCellFormats(plan);
  return plan.columns.flatMap((column) => {
    const col = columnOf(plan, column.header);
    if (col === null) return [];
    const own = byColumn.get(col);
    if (column.numberFormat !== undefined) {
      const cells = everyRow(plan, column.numberFormat).map((cell, r) => own?.get(r - first) ?? cell);
      return columnArrayOps('numberFormat', plan, col, cells, chunkLimit);
    }
    if (own === undefined) return [];
    const cells = Array.from({ length: count }, (_, r) => own.get(r) ?? GENERAL_FORMAT);
    return columnArrayOps('numberFormat', plan, col, cells, chunkLimit, first);
  });
}

function newTableOps(plan: TablePlan, chunkLimit: number): WriteOp[] {
  const width = plan.headers.length;
  const computed = new Set(plan.columns.filter((c) => c.role === 'computed').map((c) => c.header));
  // Computed cells stay null (Office.js leaves a null cell as it is); their formulas follow. Text that
  // Excel would read as a number, date or formula goes with its text prefix, headers included.
  const body = plan.rows.map((row) =>
    fitRow(row, width).map((value, c) => (computed.has(plan.headers[c] ?? '') ? null : asText(value))),
  );
  const matrix: CellValue[][] = [plan.headers.map(asText), ...body];
  // Headers as text: a criterion code such as 1.10 would otherwise be read as the number 1.1.
  const headerFormats = [plan.headers.map(() => '@')];
  const headerAddress = rangeA1({
    top: plan.origin.row,
    left: plan.origin.col,
    bottom: plan.origin.row,
    right: plan.origin.col + width - 1,
  });
  const headerText = writeOp('numberFormat', plan.sheet, headerFormats, (session) => {
    session.sheet(plan.sheet).getRange(headerAddress).numberFormat = headerFormats;
  });
  const valueOps = chunkRowsByBytes(matrix, chunkLimit).map((chunk): WriteOp => {
    const address = rangeA1({
      top: plan.origin.row + chunk.start,
      left: plan.origin.col,
      bottom: plan.origin.row + chunk.start + chunk.rows.length - 1,
      right: plan.origin.col + width - 1,
    });
    return {
      kind: 'values',
      sheet: plan.sheet,
      bytes: OPERATION_OVERHEAD_BYTES + chunk.bytes,
      queue: (session) => {
        session.sheet(plan.sheet).getRange(address).values = chunk.rows;
      },
    };
  });
  const address = rangeA1(tableBounds(plan));
  const create = writeOp('createTable', plan.sheet, null, (session) => {
    const table = session.sheet(plan.sheet).tables.add(address, true);
    table.name = plan.name;
    table.style = plan.style;
    table.showFilterButton = plan.showFilter;
    session.rememberTable(plan.name, table);
  });
  return [headerText, ...numberFormatOps(plan, chunkLimit), ...valueOps, create];
}

function existingTableOps(plan: TablePlan, chunkLimit: number): WriteOp[] {
  const addColumns = plan.addColumns.map((header) =>
    writeOp('addColumn', plan.sheet, header, (session) => {
      session.table(plan.name).columns.add(undefined, undefined, header);
    }),
  );
  const width = plan.headers.length;
  // rows.add writes every cell it is given: a blank is sent as "" (an empty cell), not null. It reads
  // strings as typed, so text that looks like a number, date or formula goes with its text prefix.
  const rows = plan.appendRows.map((row) => fitRow(row, width).map((value) => asText(value ?? '')));
  const appends =
    rows.length === 0
      ? []
      : chunkRowsByBytes(rows, chunkLimit).map((chunk): WriteOp => ({
          kind: 'appendRows',
          sheet: plan.sheet,
          bytes: OPERATION_OVERHEAD_BYTES + chunk.bytes,
          queue: (session) => {
            session.table(plan.name).rows.add(undefined, chunk.rows);
          },
        }));
  return [...addColumns, ...appends];
}

/**
 * The writes that make the table exist with its planned columns and rows.
 * @param plan - the table plan, with its final geometry
 * @param chunkLimit - the most bytes one array write may carry
 * @returns the writes, in order
 * @example
 * tableStructureOps(newTablePlan, REQUEST_BUDGET_BYTES).map((op) => op.kind)
 * // ['numberFormat', 'values', 'createTable'] (header as text, the rows, the table)
 */
export function tableStructureOps(plan: TablePlan, chunkLimit: number): WriteOp[] {
  return plan.existing ? existingTableOps(plan, chunkLimit) : newTableOps(plan, chunkLimit);
}

function columnFormatOps(plan: TablePlan, column: ColumnPlan, col: number): WriteOp[] {
  const sheet = plan.sheet;
  const body = rangeA1(columnBody(plan, col));
  const ops: WriteOp[] = [];
  if (column.wrap) {
    const withHeader = rangeA1({ ...columnBody(plan, col), top: plan.origin.row });
    ops.push(
      writeOp('wrap', sheet, null, (session) => {
        session.sheet(sheet).getRange(withHeader).format.wrapText = true;
      }),
    );
  }
  if (column.width !== undefined) {
    const points = charsToPoints(column.width);
    ops.push(
      writeOp('columnWidth', sheet, null, (session) => {
        session.sheet(sheet).getRange(columnRangeA1(col)).format.columnWidth = points;
      }),
    );
  }
  if (column.hidden === true) {
    ops.push(
      writeOp('columnHidden', sheet, null, (session) => {
        session.sheet(sheet).getRange(columnRangeA1(col)).columnHidden = true;
      }),
    );
  }
  const settings = column.validation ? validationSettings(column.validation, column.header) : null;
  if (settings) {
    ops.push(
      writeOp('validation', sheet, settings, (session) => {
        const validation = session.sheet(sheet).getRange(body).dataValidation;
        // A range keeps one rule; clearing first makes a re-run replace it instead of failing.
        validation.clear();
        validation.rule = settings.rule;
        validation.prompt = settings.prompt;
        validation.errorAlert = settings.errorAlert;
      }),
    );
  }
  const locked = cellLocked(column);
  ops.push(
    writeOp('locked', sheet, null, (session) => {
      session.sheet(sheet).getRange(body).format.protection.locked = locked;
    }),
  );
  return ops;
}

/**
 * The writes over the planned columns once the table has its final shape: number formats of an
 * existing table (with those of single cells of the appended rows), formulas of computed columns,
 * wrapping, widths, validation and locking.
 * @param plan - the table plan, with its final geometry
 * @param chunkLimit - the most bytes one array write may carry
 * @returns the writes, in order
 * @example
 * tableColumnOps(plan, REQUEST_BUDGET_BYTES).filter((op) => op.kind === 'formulas').length
 * // one per computed column (more when a column passes the size limit)
 */
export function tableColumnOps(plan: TablePlan, chunkLimit: number): WriteOp[] {
  const formats = plan.existing ? numberFormatOps(plan, chunkLimit) : [];
  const formulas = plan.columns.flatMap((column) => {
    const col = columnOf(plan, column.header);
    if (col === null || column.role !== 'computed' || !column.formula) return [];
    return columnArrayOps('formulas', plan, col, everyRow(plan, column.formula), chunkLimit);
  });
  const perColumn = plan.columns.flatMap((column) => {
    const col = columnOf(plan, column.header);
    return col === null ? [] : columnFormatOps(plan, column, col);
  });
  return [...formats, ...formulas, ...perColumn, ...rulingOps(plan)];
}

/** Every edge and inner line of a ruled table's range, header and rows (the table's final shape). */
const RULED_EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
] as const;

function rulingOps(plan: TablePlan): WriteOp[] {
  if (plan.ruled !== true) return [];
  const address = rangeA1(tableBounds(plan));
  return [
    writeOp('borders', plan.sheet, null, (session) => {
      const borders = session.sheet(plan.sheet).getRange(address).format.borders;
      for (const edge of RULED_EDGES) {
        const line = borders.getItem(edge);
        line.style = 'Continuous';
        line.weight = 'Thin';
      }
    }),
  ];
}
