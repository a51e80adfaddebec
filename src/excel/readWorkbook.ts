/**
 * Phase 1 of every action: read what the workbook holds in one round trip — every sheet (name,
 * visibility, protection, chart names), every defined name, and for the sheets and tables of the
 * probe, the used range and the header, values and which cells hold a formula — and turn it into
 * plain data.
 *
 * Which cells hold a formula is all the layout asks of them (a typed value in a computed column is
 * kept, never overwritten); it never reads the formula text. Bringing the text back made the read of
 * a Ministry workbook (1,000 units, 20,000 registrations) 7.6 MB, over the 5 MB Excel on the web
 * accepts in a response. So where ExcelApi 1.9 is supported the read asks Excel for the addresses of
 * the formula cells (`getSpecialCellsOrNullObject`), a few rectangles per table, and marks those cells
 * with {@link FORMULA_MARKER}; Excel 2019 (ExcelApi 1.8, desktop only, no such limit) reads the text.
 * Values are read for every table, the summary's included: the summary sheet is rebuilt only when the
 * constants of its tables (the cluster codes, ordinals and title codes of its places) differ from the
 * plan's, and a value typed over one of its formulas is kept like any other.
 */
import type {
  CellBounds,
  CellValue,
  RawSheet,
  RawTable,
  SheetVisibility,
  WorkbookData,
} from '../domain/workbook';
import { parseAreasAddress, parseRangeAddress } from './_lib/address';
import { officeErrorCode } from './errors';
import type { WorkbookProbe } from './workbookProbe';

/** Protection options kept from a protected sheet, so it is protected again the way it was. */
export type ProtectionOptions = Excel.WorksheetProtectionOptions;

/**
 * What {@link RawTable.formulas} holds for a cell known to hold a formula whose text was not read. It
 * starts with `=`, like any formula, and is never written back: the plan has its own formulas.
 */
export const FORMULA_MARKER = '=';

/** How the read learns which cells of a table hold a formula. */
export interface ReadOptions {
  /**
   * Locate formula cells with `getSpecialCellsOrNullObject` (ExcelApi 1.9) rather than read every
   * cell's formula: the response then carries a few addresses per table instead of the formulas.
   */
  formulaCells: boolean;
}

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

/** What is read of a table's formulas: nothing, their text, or where the formula cells are. */
type QueuedFormulas =
  | { kind: 'none' }
  | { kind: 'text' }
  | {
      kind: 'cells';
      /** The formula cells of the data body; a null object when it has none. */
      cells: Excel.RangeAreas;
    };

interface QueuedTable {
  name: string;
  /** The table when looked up with `getItemOrNullObject`; absent when it is known to exist. */
  nullable?: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
  formulas: QueuedFormulas;
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

function queueFormulas(
  body: Excel.Range,
  name: string,
  probe: WorkbookProbe,
  options: ReadOptions,
): QueuedFormulas {
  if (probe.valuesOnlyTables.includes(name)) return { kind: 'none' };
  if (!options.formulaCells) {
    body.load('formulas');
    return { kind: 'text' };
  }
  const cells = body.getSpecialCellsOrNullObject('Formulas');
  // One string listing every rectangle of formula cells: whole computed columns come back as one.
  cells.load('address');
  return { kind: 'cells', cells };
}

function queueTable(
  table: Excel.Table,
  name: string,
  probe: WorkbookProbe,
  options: ReadOptions,
  nullable: boolean,
): QueuedTable {
  const header = table.getHeaderRowRange();
  header.load('address,values');
  const body = table.getDataBodyRange();
  body.load('values');
  const formulas = queueFormulas(body, name, probe, options);
  return nullable ? { name, nullable: table, header, body, formulas } : { name, header, body, formulas };
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

/**
 * A cell's formula, or null for a constant. Text typed after the text prefix (`'=SUM(…)`) comes back
 * from `formulas` without the prefix, so it looks like a formula; but its value is that same text, which
 * a formula's value never is.
 */
function toFormula(formula: unknown, value: unknown): string | null {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value ? formula : null;
}

function copyOptions(options: ProtectionOptions): ProtectionOptions {
  const copy: Record<string, unknown> = {};
  for (const key of PROTECTION_OPTION_KEYS) {
    const value = options[key];
    if (value !== undefined && value !== null) copy[key] = value;
  }
  return copy;
}

/**
 * Marks the formula cells of a data body, given the rectangles Excel found. A rectangle reaching past
 * the body is cut to it: Go To Special searches the whole sheet when given a single cell, and a
 * one-cell data body must not take in the cells around it.
 */
function markFormulaCells(
  rows: number,
  width: number,
  body: CellBounds,
  address: string,
): (string | null)[][] {
  const formulas = Array.from({ length: rows }, () => Array<string | null>(width).fill(null));
  for (const { bounds } of parseAreasAddress(address)) {
    for (let r = Math.max(bounds.top, body.top); r <= Math.min(bounds.bottom, body.bottom); r++) {
      const row = formulas[r - body.top];
      if (row === undefined) continue;
      for (let c = Math.max(bounds.left, body.left); c <= Math.min(bounds.right, body.right); c++) {
        row[c - body.left] = FORMULA_MARKER;
      }
    }
  }
  return formulas;
}

function collectFormulas(
  queued: QueuedTable,
  headers: readonly string[],
  rows: number,
  body: CellBounds,
): (string | null)[][] | undefined {
  const read = queued.formulas;
  if (read.kind === 'none') return undefined;
  if (read.kind === 'text') {
    const values = queued.body.values;
    return queued.body.formulas.map((row, r) => headers.map((_, c) => toFormula(row[c], values[r]?.[c])));
  }
  if (read.cells.isNullObject) return Array.from({ length: rows }, () => headers.map(() => null));
  return markFormulaCells(rows, headers.length, body, read.cells.address);
}

function collectTable(queued: QueuedTable): RawTable | null {
  if (queued.nullable?.isNullObject) return null;
  const located = parseRangeAddress(queued.header.address);
  if (!located || located.sheet === null) return null;
  const headers = (queued.header.values[0] ?? []).map((h) => String(h));
  const rows = queued.body.values.map((row) => headers.map((_, c) => toCellValue(row[c])));
  const origin = { row: located.bounds.top, col: located.bounds.left };
  const table: RawTable = { name: queued.name, sheet: located.sheet, origin, headers, rows };
  // The data body starts on the row under the header, as in every Excel table.
  const body: CellBounds = {
    top: origin.row + 1,
    left: origin.col,
    bottom: origin.row + rows.length,
    right: origin.col + headers.length - 1,
  };
  const formulas = collectFormulas(queued, headers, rows.length, body);
  if (formulas !== undefined) table.formulas = formulas;
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
  options: ReadOptions,
): Promise<WorkbookSnapshot> {
  const inventory = queueInventory(context);
  const sheets = probe.sheets.map((name): QueuedSheet => {
    const nullable = context.workbook.worksheets.getItemOrNullObject(name);
    const used = nullable.getUsedRangeOrNullObject(true);
    used.load('address');
    return { name, nullable, used };
  });
  const tables = probe.tables.map((name) =>
    queueTable(context.workbook.tables.getItemOrNullObject(name), name, probe, options, true),
  );
  await context.sync();
  return collect(inventory, sheets, tables);
}

/** Two requests: the names that exist first, then the ranges of those only (no null objects involved). */
async function readInTwoSteps(
  context: Excel.RequestContext,
  probe: WorkbookProbe,
  options: ReadOptions,
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
    .map((name) => queueTable(context.workbook.tables.getItem(name), name, probe, options, false));
  await context.sync();
  return collect(inventory, sheets, tables);
}

/**
 * Reads the workbook in one round trip. Should Excel refuse a lookup on a missing sheet or table (a
 * null object), it reads again in two steps, so an action still works, one round trip slower.
 * @param context - the request context of the running `Excel.run`
 * @param probe - the sheets and tables to read in detail
 * @param options - how formula cells are found (by address with ExcelApi 1.9, else by their text)
 * @returns the plain data and the writer's state
 * @example
 * await Excel.run(async (context) => (await readWorkbook(context, CONTRACT_PROBE, { formulaCells: true })).data)
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  probe: WorkbookProbe,
  options: ReadOptions,
): Promise<WorkbookSnapshot> {
  try {
    return await readWithProbes(context, probe, options);
  } catch (error) {
    const code = officeErrorCode(error);
    if (code === null || !PROBE_REFUSALS.has(code)) throw error;
  }
  const snapshot = await readInTwoSteps(context, probe, options);
  return { ...snapshot, roundTrips: 3 };
}
