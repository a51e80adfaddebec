/**
 * What a host would read back after applying a plan, without evaluating anything: typed values and
 * constants as written, computed cells blank with their formula recorded. Enough to re-plan against.
 */
import type { CellValue, RawSheet, RawTable, WorkbookData } from '../../../src/domain/workbook';
import { parseA1 } from '../../../src/domain/workbook';
import type { ColumnPlan, TablePlan, WorkbookPlan } from '../../../src/layout/plan';

/** A workbook with nothing in it. */
export function emptyWorkbook(): WorkbookData {
  return { sheets: [], tables: {}, names: {} };
}

function formulaOf(column: ColumnPlan | undefined): string | null {
  return column !== undefined && column.role === 'computed' && column.formula !== undefined
    ? column.formula
    : null;
}

function written(
  columns: readonly (ColumnPlan | undefined)[],
  row: readonly CellValue[],
): {
  values: CellValue[];
  formulas: (string | null)[];
} {
  return {
    values: columns.map((c, i) => (formulaOf(c) === null ? (row[i] ?? null) : null)),
    formulas: columns.map((c) => formulaOf(c)),
  };
}

function createTable(plan: TablePlan): RawTable {
  const rows = plan.rows.map((row) => written(plan.columns, row));
  return {
    name: plan.name,
    sheet: plan.sheet,
    origin: { ...plan.origin },
    headers: plan.columns.map((c) => c.header),
    rows: rows.map((r) => r.values),
    formulas: rows.map((r) => r.formulas),
  };
}

function completeTable(raw: RawTable, plan: TablePlan): RawTable {
  const headers = [...raw.headers, ...plan.addColumns.filter((h) => !raw.headers.includes(h))];
  const columns = headers.map((h) => plan.columns.find((c) => c.header === h));
  const widen = <T>(row: readonly T[], fill: T): T[] => [
    ...row,
    ...Array<T>(headers.length - row.length).fill(fill),
  ];
  const oldFormulas = raw.formulas ?? raw.rows.map((row) => row.map(() => null));
  const rows = raw.rows.map((row) => widen(row, null));
  // Computed columns get their formula on every row, as a host rewrites them.
  const formulas = oldFormulas.map((row) =>
    widen(row, null).map((f, i) => (columns[i] === undefined ? f : formulaOf(columns[i]))),
  );
  for (const row of plan.appendRows) {
    const w = written(columns, row);
    rows.push(w.values);
    formulas.push(w.formulas);
  }
  return { ...raw, headers, rows, formulas };
}

function grow(
  bounds: RawSheet['used'],
  top: number,
  left: number,
  bottom: number,
  right: number,
): RawSheet['used'] {
  if (bounds === null) return { top, left, bottom, right };
  return {
    top: Math.min(bounds.top, top),
    left: Math.min(bounds.left, left),
    bottom: Math.max(bounds.bottom, bottom),
    right: Math.max(bounds.right, right),
  };
}

/**
 * Applies a plan to read-back data the way a host would, and returns what the host would read next.
 * @param plan - the plan
 * @param before - what the workbook held (not changed)
 * @returns the workbook after the plan
 */
export function applyPlanToData(plan: WorkbookPlan, before: WorkbookData = emptyWorkbook()): WorkbookData {
  const data = structuredClone(before);
  for (const sheetPlan of plan.sheets) {
    if (sheetPlan.replace === true) {
      data.sheets = data.sheets.filter((s) => s.name !== sheetPlan.name);
      for (const [name, table] of Object.entries(data.tables))
        if (table.sheet === sheetPlan.name) delete data.tables[name];
    }
    let sheet = data.sheets.find((s) => s.name === sheetPlan.name);
    if (sheet === undefined) {
      sheet = { name: sheetPlan.name, visibility: sheetPlan.visibility, used: null };
      data.sheets.push(sheet);
    }
    sheet.visibility = sheetPlan.visibility;
    for (const tablePlan of sheetPlan.tables) {
      const raw = data.tables[tablePlan.name];
      const table = raw === undefined ? createTable(tablePlan) : completeTable(raw, tablePlan);
      data.tables[table.name] = table;
      sheet.used = grow(
        sheet.used,
        table.origin.row,
        table.origin.col,
        table.origin.row + Math.max(table.rows.length, 1),
        table.origin.col + table.headers.length - 1,
      );
    }
    for (const cell of sheetPlan.cells) {
      const pos = parseA1(cell.address);
      if (pos === null) throw new Error(`Bad address ${cell.address}`);
      sheet.used = grow(sheet.used, pos.row, pos.col, pos.row, pos.col + (cell.mergeAcross ?? 1) - 1);
    }
  }
  data.names = { ...(data.names ?? {}), ...Object.fromEntries(plan.names.map((n) => [n.name, n.formula])) };
  return data;
}

/** Sets a typed value in a table of read-back data (for tests that "type" into the workbook). */
export function typeInto(
  data: WorkbookData,
  table: string,
  row: number,
  header: string,
  value: CellValue,
): void {
  const raw = data.tables[table];
  if (raw === undefined) throw new Error(`No table ${table}`);
  const col = raw.headers.indexOf(header);
  if (col < 0) throw new Error(`No column ${header} in ${table}`);
  while (raw.rows.length <= row) {
    // A row added to a table takes the formulas of its calculated columns, as in Excel.
    const above = raw.formulas?.[raw.formulas.length - 1];
    raw.rows.push(raw.headers.map(() => null));
    raw.formulas?.push(raw.headers.map((_, i) => above?.[i] ?? null));
  }
  const cells = raw.rows[row];
  if (cells === undefined) throw new Error('unreachable');
  cells[col] = value;
  const formulas = raw.formulas?.[row];
  if (formulas !== undefined) formulas[col] = null;
}
