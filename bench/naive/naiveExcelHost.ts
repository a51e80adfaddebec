/**
 * The peer baseline: the same host interface written the way Office.js sample code usually reads and
 * writes a workbook, one `context.sync()` per row — load a row, sync, use it; write a row, sync. It
 * drives the same recording fake as the real host, so the two are compared on the same data and the
 * same actions (`createWorkbookActions` runs unchanged over either).
 *
 * It is a baseline, not product code, and it errs in its own favour: number formats, validation,
 * conditional formats, column widths, charts and print setup are left out entirely, and a sheet's
 * visibility and protection share one sync. Its round trips are a lower bound for such code.
 */
import type { CellValue, RawTable, SheetVisibility, WorkbookData } from '../../src/domain/workbook';
import { a1 } from '../../src/domain/workbook';
import { parseRangeAddress } from '../../src/excel/_lib/address';
import type { ExcelRun } from '../../src/excel/excelRun';
import {
  applyOutcome,
  isRefusal,
  type ApplyOutcome,
  type HostCapabilities,
  type PlanRefusal,
  type WorkbookHost,
} from '../../src/layout/host';
import type { CellPlan, SheetPlan, TablePlan, WorkbookPlan } from '../../src/layout/plan';

const VISIBILITY: Readonly<
  Record<SheetVisibility, Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden'>
> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};

function toVisibility(value: string): SheetVisibility {
  if (value === 'VeryHidden') return 'veryHidden';
  return value === 'Hidden' ? 'hidden' : 'visible';
}

function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** One row as A1, from a zero-based row and its first and last column. */
function rowAddress(row: number, left: number, right: number): string {
  return `${a1({ row, col: left })}:${a1({ row, col: right })}`;
}

/** What the baseline read, with the sheets it found protected (it lifts their protection to write). */
interface NaiveRead {
  data: WorkbookData;
  protectedSheets: Set<string>;
}

/**
 * Reads the workbook as sample code does: the lists of sheets, tables and names (one sync), each
 * sheet's used range (a sync each), each table's header and row count (a sync each), then each row
 * (a sync each).
 */
async function readRowByRow(context: Excel.RequestContext): Promise<NaiveRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/protection/protected');
  const tables = context.workbook.tables;
  tables.load('items/name');
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  await context.sync();

  const data: WorkbookData = { sheets: [], tables: {}, names: {} };
  const protectedSheets = new Set<string>();
  for (const worksheet of worksheets.items) {
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load('address');
    // The baseline's point: a round trip per object read.
    await context.sync();
    const bounds = used.isNullObject ? null : (parseRangeAddress(used.address)?.bounds ?? null);
    data.sheets.push({ name: worksheet.name, visibility: toVisibility(worksheet.visibility), used: bounds });
    if (worksheet.protection.protected) protectedSheets.add(worksheet.name);
  }

  for (const { name } of tables.items) {
    const table = context.workbook.tables.getItem(name);
    const header = table.getHeaderRowRange();
    header.load('address,values');
    const rows = table.rows;
    rows.load('count');
    await context.sync();
    const located = parseRangeAddress(header.address);
    if (located === null || located.sheet === null) continue;
    const headers = (header.values[0] ?? []).map((h) => String(h));
    const raw: RawTable = {
      name,
      sheet: located.sheet,
      origin: { row: located.bounds.top, col: located.bounds.left },
      headers,
      rows: [],
      formulas: [],
    };
    for (let i = 0; i < rows.count; i++) {
      const range = rows.getItemAt(i).getRange();
      range.load('values,formulas');
      await context.sync();
      const values = range.values[0] ?? [];
      const formulas = range.formulas[0] ?? [];
      raw.rows.push(headers.map((_, c) => toCellValue(values[c])));
      raw.formulas?.push(
        headers.map((_, c) => {
          const formula: unknown = formulas[c];
          return typeof formula === 'string' && formula.startsWith('=') ? formula : null;
        }),
      );
    }
    data.tables[name] = raw;
  }

  const known: Record<string, string> = {};
  for (const item of names.items) known[item.name] = String(item.formula);
  data.names = known;
  return { data, protectedSheets };
}

/** A row of a new table as sample code writes it: computed cells as their formula, the rest as typed. */
function rowCells(table: TablePlan, row: readonly CellValue[]): (string | number | boolean)[] {
  return table.columns.map((column, c) =>
    column.role === 'computed' && column.formula !== undefined ? column.formula : (row[c] ?? ''),
  );
}

async function writeNewTable(context: Excel.RequestContext, table: TablePlan): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(table.sheet);
  const { row: top, col: left } = table.origin;
  const right = left + table.columns.length - 1;
  sheet.getRange(rowAddress(top, left, right)).values = [table.columns.map((column) => column.header)];
  await context.sync();
  for (let i = 0; i < table.rows.length; i++) {
    sheet.getRange(rowAddress(top + 1 + i, left, right)).formulas = [rowCells(table, table.rows[i] ?? [])];
    await context.sync();
  }
  const created = sheet.tables.add(
    `${a1({ row: top, col: left })}:${a1({ row: top + table.rows.length, col: right })}`,
    true,
  );
  created.name = table.name;
  await context.sync();
}

/**
 * An existing table: columns added one at a time, then every data row's computed cells rewritten
 * (one sync per row), then appended rows one at a time.
 */
async function writeExistingTable(
  context: Excel.RequestContext,
  table: TablePlan,
  raw: RawTable,
): Promise<void> {
  const excelTable = context.workbook.tables.getItem(table.name);
  for (const header of table.addColumns) {
    excelTable.columns.add(undefined, undefined, header);
    await context.sync();
  }
  const headers = table.headers;
  const computed = table.columns.flatMap((column) => {
    const col = headers.indexOf(column.header);
    return column.role === 'computed' && column.formula !== undefined && col >= 0
      ? [{ col, formula: column.formula }]
      : [];
  });
  const sheet = context.workbook.worksheets.getItem(raw.sheet);
  if (computed.length > 0) {
    for (let i = 0; i < raw.rows.length; i++) {
      const row = raw.origin.row + 1 + i;
      for (const { col, formula } of computed) {
        sheet.getRange(a1({ row, col: raw.origin.col + col })).formulas = [[formula]];
      }
      await context.sync();
    }
  }
  for (const row of table.appendRows) {
    excelTable.rows.add(undefined, [headers.map((_, c) => row[c] ?? '')]);
    await context.sync();
  }
}

function writeCell(context: Excel.RequestContext, sheet: string, cell: CellPlan): void {
  const range = context.workbook.worksheets.getItem(sheet).getRange(cell.address);
  if (cell.formula !== undefined) range.formulas = [[cell.formula]];
  else range.values = [[cell.value ?? '']];
}

/** Writes a plan: sheets, lifted protection, tables, names, free cells, then visibility and protection. */
async function writeRowByRow(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  read: NaiveRead,
): Promise<void> {
  const existing = new Set(read.data.sheets.map((sheet) => sheet.name));
  for (const sheet of plan.sheets) {
    if (existing.has(sheet.name)) continue;
    context.workbook.worksheets.add(sheet.name);
    await context.sync();
  }
  const lifted = plan.sheets.filter((sheet) => read.protectedSheets.has(sheet.name));
  for (const sheet of lifted) {
    context.workbook.worksheets.getItem(sheet.name).protection.unprotect();
    await context.sync();
  }
  for (const table of plan.sheets.flatMap((sheet) => sheet.tables)) {
    const raw = read.data.tables[table.name];
    if (raw === undefined) await writeNewTable(context, table);
    else await writeExistingTable(context, table, raw);
  }
  const names = read.data.names ?? {};
  for (const name of plan.names) {
    if (names[name.name] === undefined) context.workbook.names.add(name.name, name.formula, name.comment);
    else context.workbook.names.getItem(name.name).formula = name.formula;
    await context.sync();
  }
  for (const sheet of plan.sheets) {
    for (const cell of sheet.cells) {
      writeCell(context, sheet.name, cell);
      await context.sync();
    }
  }
  for (const sheet of plan.sheets) await finishSheet(context, sheet, read);
}

/** Visibility and protection of a sheet, in one sync (left out when nothing changes). */
async function finishSheet(context: Excel.RequestContext, sheet: SheetPlan, read: NaiveRead): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet.name);
  const before = read.data.sheets.find((s) => s.name === sheet.name)?.visibility ?? 'visible';
  const changes = sheet.visibility !== before || sheet.protect;
  if (!changes) return;
  if (sheet.visibility !== before) worksheet.visibility = VISIBILITY[sheet.visibility];
  if (sheet.protect) worksheet.protection.protect();
  await context.sync();
}

const CAPABILITIES: HostCapabilities = { printSetup: true, charts: true, protection: true, veryHidden: true };

/**
 * The row-by-row host over an `Excel.run` (the recording fake's in the benchmark).
 * @param run - `Excel.run` or a stand-in
 * @returns a host with the same interface as `createExcelHost`
 * @example
 * const actions = createWorkbookActions(createNaiveExcelHost(new FakeExcel(seed).run));
 */
export function createNaiveExcelHost(run: ExcelRun): WorkbookHost {
  return {
    kind: 'excel-row-by-row',
    capabilities: () => ({ ...CAPABILITIES }),
    async applyPlan<B extends WorkbookPlan | PlanRefusal>(
      build: (current: WorkbookData) => B,
    ): Promise<ApplyOutcome<B>> {
      return run(async (context) => {
        const read = await readRowByRow(context);
        const current = read.data;
        const plan = build(current);
        if (isRefusal(plan)) return applyOutcome<B>({ refused: plan.refused, current, roundTrips: 0 });
        await writeRowByRow(context, plan, read);
        return applyOutcome<B>({ plan, notes: [], roundTrips: 0, current });
      });
    },
    async read(): Promise<WorkbookData> {
      return run(async (context) => (await readRowByRow(context)).data);
    },
    async goTo(target): Promise<void> {
      await run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(target.sheet);
        sheet.activate();
        sheet.getRange(target.cell).select();
        await context.sync();
      });
    },
  };
}
