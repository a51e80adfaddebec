/**
 * Phase 1 of every action: read what the workbook holds in one round trip — every sheet (name,
 * visibility, protection, chart names), every defined name, and for the sheets and tables of the
 * probe, the used range and the header, values and formulas — and turn it into plain data.
 */
import type { CellValue, RawSheet, RawTable, SheetVisibility, WorkbookData } from '../domain/workbook';
import { parseRangeAddress } from './_lib/address';
import { officeErrorCode } from './errors';
import type { WorkbookProbe } from './workbookProbe';

/** Protection options kept from a protected sheet, so it is protected again the way it was. */
export type ProtectionOptions = Excel.WorksheetProtectionOptions;

/** What the host needs to know of a sheet beyond {@link RawSheet}. */
export interface SheetState {
  protected: boolean;
  options: ProtectionOptions;
  /** Names of the charts on the sheet (a planned chart that exists is left as the officer arranged it). */
  charts: string[];
}

/** What phase 1 read: the plain data for `buildPlan`, and the state the writer needs. */
export interface WorkbookSnapshot {
  data: WorkbookData;
  /** By sheet name, every sheet of the workbook. */
  sheets: Record<string, SheetState>;
  /** Round trips it took (1, or 3 when the host refused null-object probes and the read fell back). */
  roundTrips: number;
}

/** Office error codes after which the read retries without null-object probes. */
const PROBE_REFUSALS = new Set([
  'ItemNotFound',
  'InvalidObjectPath',
  'InvalidReference',
  'InvalidArgument',
  'InvalidOperation',
  'GeneralException',
]);

const PROTECTION_OPTION_KEYS: readonly (keyof ProtectionOptions)[] = [
  'allowAutoFilter',
  'allowDeleteColumns',
  'allowDeleteRows',
  'allowEditObjects',
  'allowEditScenarios',
  'allowFormatCells',
  'allowFormatColumns',
  'allowFormatRows',
  'allowInsertColumns',
  'allowInsertHyperlinks',
  'allowInsertRows',
  'allowPivotTables',
  'allowSort',
  'selectionMode',
];

interface QueuedInventory {
  worksheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
}

interface QueuedSheet {
  name: string;
  /** The sheet when looked up with `getItemOrNullObject`; absent when it is known to exist. */
  nullable?: Excel.Worksheet;
  used: Excel.Range;
}

interface QueuedTable {
  name: string;
  /** The table when looked up with `getItemOrNullObject`; absent when it is known to exist. */
  nullable?: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
  withFormulas: boolean;
}

function queueInventory(context: Excel.RequestContext): QueuedInventory {
  const worksheets = context.workbook.worksheets;
  worksheets.load(
    'items/name,items/visibility,items/protection/protected,items/protection/options,items/charts/items/name',
  );
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  return { worksheets, names };
}

function queueTable(table: Excel.Table, name: string, probe: WorkbookProbe, nullable: boolean): QueuedTable {
  const header = table.getHeaderRowRange();
  header.load('address,values');
  const body = table.getDataBodyRange();
  const withFormulas = !probe.valuesOnlyTables.includes(name);
  if (withFormulas) body.load('values,formulas');
  else body.load('values');
  return nullable
    ? { name, nullable: table, header, body, withFormulas }
    : { name, header, body, withFormulas };
}

function toVisibility(
  visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden',
): SheetVisibility {
  if (visibility === 'VeryHidden') return 'veryHidden';
  return visibility === 'Hidden' ? 'hidden' : 'visible';
}

function toCellValue(value: unknown): CellValue {
  // Office.js returns an empty cell as "", the domain calls it blank (an unscored unit is blank, never 0).
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // Not expected from `values` (text, number, boolean); kept readable rather than dropped.
  return JSON.stringify(value);
}

function toFormula(formula: unknown): string | null {
  return typeof formula === 'string' && formula.startsWith('=') ? formula : null;
}

function copyOptions(options: ProtectionOptions): ProtectionOptions {
  const copy: Record<string, unknown> = {};
  for (const key of PROTECTION_OPTION_KEYS) {
    const value = options[key];
    if (value !== undefined && value !== null) copy[key] = value;
  }
  return copy;
}

function collectTable(queued: QueuedTable): RawTable | null {
  if (queued.nullable?.isNullObject) return null;
  const located = parseRangeAddress(queued.header.address);
  if (!located || located.sheet === null) return null;
  const headers = (queued.header.values[0] ?? []).map((h) => String(h));
  const rows = queued.body.values.map((row) => headers.map((_, c) => toCellValue(row[c])));
  const table: RawTable = {
    name: queued.name,
    sheet: located.sheet,
    origin: { row: located.bounds.top, col: located.bounds.left },
    headers,
    rows,
  };
  if (queued.withFormulas) {
    table.formulas = queued.body.formulas.map((row) => headers.map((_, c) => toFormula(row[c])));
  }
  return table;
}

function collect(inventory: QueuedInventory, sheets: QueuedSheet[], tables: QueuedTable[]): WorkbookSnapshot {
  const used = new Map<string, RawSheet['used']>();
  for (const probe of sheets) {
    if (probe.nullable?.isNullObject || probe.used.isNullObject) continue;
    const located = parseRangeAddress(probe.used.address);
    if (located) used.set(probe.name, located.bounds);
  }
  const data: WorkbookData = { sheets: [], tables: {}, names: {} };
  const states: Record<string, SheetState> = {};
  for (const ws of inventory.worksheets.items) {
    data.sheets.push({
      name: ws.name,
      visibility: toVisibility(ws.visibility),
      used: used.get(ws.name) ?? null,
    });
    states[ws.name] = {
      protected: ws.protection.protected,
      options: copyOptions(ws.protection.options),
      charts: ws.charts.items.map((chart) => chart.name),
    };
  }
  for (const probe of tables) {
    const table = collectTable(probe);
    if (table) data.tables[table.name] = table;
  }
  const names: Record<string, string> = {};
  for (const item of inventory.names.items) names[item.name] = String(item.formula);
  data.names = names;
  return { data, sheets: states, roundTrips: 1 };
}

/**
 * One request: the inventory, and every probed sheet and table looked up with `getItemOrNullObject`
 * (a missing one comes back as a null object).
 */
async function readWithProbes(
  context: Excel.RequestContext,
  probe: WorkbookProbe,
): Promise<WorkbookSnapshot> {
  const inventory = queueInventory(context);
  const sheets = probe.sheets.map((name): QueuedSheet => {
    const nullable = context.workbook.worksheets.getItemOrNullObject(name);
    const used = nullable.getUsedRangeOrNullObject(true);
    used.load('address');
    return { name, nullable, used };
  });
  const tables = probe.tables.map((name) =>
    queueTable(context.workbook.tables.getItemOrNullObject(name), name, probe, true),
  );
  await context.sync();
  return collect(inventory, sheets, tables);
}

/** Two requests: the names that exist first, then the ranges of those only (no null objects involved). */
async function readInTwoSteps(
  context: Excel.RequestContext,
  probe: WorkbookProbe,
): Promise<WorkbookSnapshot> {
  const inventory = queueInventory(context);
  const existingTables = context.workbook.tables;
  existingTables.load('items/name');
  await context.sync();
  const sheetNames = new Set(inventory.worksheets.items.map((ws) => ws.name));
  const tableNames = new Set(existingTables.items.map((t) => t.name));
  const sheets = probe.sheets
    .filter((name) => sheetNames.has(name))
    .map((name): QueuedSheet => {
      const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load('address');
      return { name, used };
    });
  const tables = probe.tables
    .filter((name) => tableNames.has(name))
    .map((name) => queueTable(context.workbook.tables.getItem(name), name, probe, false));
  await context.sync();
  return collect(inventory, sheets, tables);
}

/**
 * Reads the workbook in one round trip. Should Excel refuse a lookup on a missing sheet or table (a
 * null object), it reads again in two steps, so an action still works, one round trip slower.
 * @param context - the request context of the running `Excel.run`
 * @param probe - the sheets and tables to read in detail
 * @returns the plain data and the writer's state
 * @example
 * await Excel.run(async (context) => (await readWorkbook(context, CONTRACT_PROBE)).data)
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  probe: WorkbookProbe,
): Promise<WorkbookSnapshot> {
  try {
    return await readWithProbes(context, probe);
  } catch (error) {
    const code = officeErrorCode(error);
    if (code === null || !PROBE_REFUSALS.has(code)) throw error;
  }
  const snapshot = await readInTwoSteps(context, probe);
  return { ...snapshot, roundTrips: 3 };
}
