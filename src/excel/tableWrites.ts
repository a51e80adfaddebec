/**
 * The writes of one table. A new table: number formats first (so a code typed as text such as `001`
 * keeps its zeros, and a header such as `1.10` stays text), then header and rows as 2-D arrays, then `tables.add` over the written range. An
 * existing one: its columns and values are kept; planned columns are added at its right end
 * (`table.columns.add`) and rows appended (`table.rows.add`). Then, for both, the formulas of computed
 * columns over the whole data body, and the column formats, validation and locking.
 */
import type { CellValue } from '../domain/workbook';
import type { ColumnPlan, TablePlan } from '../layout/plan';
import { columnRangeA1, rangeA1 } from './_lib/address';
import { charsToPoints } from './_lib/units';
import { chunkRowsByBytes, OPERATION_OVERHEAD_BYTES } from './payload';
import { columnBody, columnOf, tableBounds, type TableGeometry } from './tableGeometry';
import { validationSettings } from './validationRule';
import { writeOp, type WriteOp } from './writeOp';

/** Rows as wide as the table: missing cells blank, extra cells dropped. */
function fitRow(row: readonly CellValue[], width: number): CellValue[] {
  return Array.from({ length: width }, (_, c) => row[c] ?? null);
}

/** One write per chunk of a column's data body, each chunk under the size limit. */
function columnArrayOps(
  kind: 'numberFormat' | 'formulas',
  geometry: TableGeometry,
  col: number,
  cell: string,
  chunkLimit: number,
): WriteOp[] {
  const rows = Array.from({ length: geometry.rows }, () => [cell]);
  return chunkRowsByBytes(rows, chunkLimit).map((chunk) => {
    const address = rangeA1(columnBody(geometry, col, chunk.start, chunk.rows.length));
    return {
      kind,
      sheet: geometry.sheet,
      bytes: OPERATION_OVERHEAD_BYTES + chunk.bytes,
      queue: (session) => {
        const range = session.sheet(geometry.sheet).getRange(address);
        if (kind === 'numberFormat') range.numberFormat = chunk.rows;
        else range.formulas = chunk.rows;
      },
    };
  });
}

function numberFormatOps(plan: TablePlan, geometry: TableGeometry, chunkLimit: number): WriteOp[] {
  return plan.columns.flatMap((column) => {
    const col = columnOf(geometry, column.header);
    if (col === null || column.numberFormat === undefined) return [];
    return columnArrayOps('numberFormat', geometry, col, column.numberFormat, chunkLimit);
  });
}

function newTableOps(plan: TablePlan, geometry: TableGeometry, chunkLimit: number): WriteOp[] {
  const width = geometry.headers.length;
  const computed = new Set(plan.columns.filter((c) => c.role === 'computed').map((c) => c.header));
  // Computed cells stay null (Office.js leaves a null cell as it is); their formulas follow.
  const body = plan.rows.map((row) =>
    fitRow(row, width).map((value, c) => (computed.has(geometry.headers[c] ?? '') ? null : value)),
  );
  const matrix: CellValue[][] = [geometry.headers, ...body];
  // Headers as text: a criterion code such as 1.10 would otherwise be read as the number 1.1.
  const headerFormats = [geometry.headers.map(() => '@')];
  const headerAddress = rangeA1({
    top: geometry.origin.row,
    left: geometry.origin.col,
    bottom: geometry.origin.row,
    right: geometry.origin.col + width - 1,
  });
  const headerText = writeOp('numberFormat', geometry.sheet, headerFormats, (session) => {
    session.sheet(geometry.sheet).getRange(headerAddress).numberFormat = headerFormats;
  });
  const valueOps = chunkRowsByBytes(matrix, chunkLimit).map((chunk): WriteOp => {
    const address = rangeA1({
      top: geometry.origin.row + chunk.start,
      left: geometry.origin.col,
      bottom: geometry.origin.row + chunk.start + chunk.rows.length - 1,
      right: geometry.origin.col + width - 1,
    });
    return {
      kind: 'values',
      sheet: geometry.sheet,
      bytes: OPERATION_OVERHEAD_BYTES + chunk.bytes,
      queue: (session) => {
        session.sheet(geometry.sheet).getRange(address).values = chunk.rows;
      },
    };
  });
  const address = rangeA1(tableBounds(geometry));
  const create = writeOp('createTable', geometry.sheet, null, (session) => {
    const table = session.sheet(geometry.sheet).tables.add(address, true);
    table.name = plan.name;
    table.style = plan.style;
    table.showFilterButton = plan.showFilter;
    session.rememberTable(plan.name, table);
  });
  return [headerText, ...numberFormatOps(plan, geometry, chunkLimit), ...valueOps, create];
}

function existingTableOps(plan: TablePlan, geometry: TableGeometry, chunkLimit: number): WriteOp[] {
  const addColumns = plan.addColumns.map((header) =>
    writeOp('addColumn', geometry.sheet, header, (session) => {
      session.table(plan.name).columns.add(undefined, undefined, header);
    }),
  );
  const width = geometry.headers.length;
  // rows.add writes every cell it is given: a blank is sent as "" (an empty cell), not null.
  const rows = plan.appendRows.map((row) => fitRow(row, width).map((value) => value ?? ''));
  const appends =
    rows.length === 0
      ? []
      : chunkRowsByBytes(rows, chunkLimit).map((chunk): WriteOp => ({
          kind: 'appendRows',
          sheet: geometry.sheet,
          bytes: OPERATION_OVERHEAD_BYTES + chunk.bytes,
          queue: (session) => {
            session.table(plan.name).rows.add(undefined, chunk.rows);
          },
        }));
  return [...addColumns, ...appends];
}

/**
 * The writes that make the table exist with its planned columns and rows.
 * @param plan - the table plan
 * @param geometry - its final layout
 * @param chunkLimit - the most bytes one array write may carry
 * @returns the writes, in order
 * @example
 * tableStructureOps(plan, tableGeometry(plan, undefined), REQUEST_BUDGET_BYTES).map((op) => op.kind)
 * // ['numberFormat', 'values', 'createTable'] (header as text, the rows, the table)
 */
export function tableStructureOps(plan: TablePlan, geometry: TableGeometry, chunkLimit: number): WriteOp[] {
  return geometry.created
    ? newTableOps(plan, geometry, chunkLimit)
    : existingTableOps(plan, geometry, chunkLimit);
}

function columnFormatOps(geometry: TableGeometry, column: ColumnPlan, col: number): WriteOp[] {
  const sheet = geometry.sheet;
  const body = rangeA1(columnBody(geometry, col));
  const ops: WriteOp[] = [];
  if (column.wrap) {
    const withHeader = rangeA1({ ...columnBody(geometry, col), top: geometry.origin.row });
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
  const locked = column.role === 'computed';
  ops.push(
    writeOp('locked', sheet, null, (session) => {
      session.sheet(sheet).getRange(body).format.protection.locked = locked;
    }),
  );
  return ops;
}

/**
 * The writes over the planned columns once the table has its final shape: number formats of an
 * existing table, formulas of computed columns, wrapping, widths, validation and locking.
 * @param plan - the table plan
 * @param geometry - its final layout
 * @param chunkLimit - the most bytes one array write may carry
 * @returns the writes, in order
 * @example
 * tableColumnOps(plan, geometry, REQUEST_BUDGET_BYTES).filter((op) => op.kind === 'formulas').length
 * // one per computed column (more when a column passes the size limit)
 */
export function tableColumnOps(plan: TablePlan, geometry: TableGeometry, chunkLimit: number): WriteOp[] {
  const formats = geometry.created ? [] : numberFormatOps(plan, geometry, chunkLimit);
  const formulas = plan.columns.flatMap((column) => {
    const col = columnOf(geometry, column.header);
    if (col === null || column.role !== 'computed' || !column.formula) return [];
    return columnArrayOps('formulas', geometry, col, column.formula, chunkLimit);
  });
  const perColumn = plan.columns.flatMap((column) => {
    const col = columnOf(geometry, column.header);
    return col === null ? [] : columnFormatOps(geometry, column, col);
  });
  return [...formats, ...formulas, ...perColumn];
}
