/**
 * A recording stand-in for the few Excel objects the host uses, where office-addin-mock falls short
 * (tables.add, rows.add, data validation, protection, names, charts). Every queued call is recorded;
 * `context.sync()` runs the queue in order, counts the round trip and measures the request (JSON bytes
 * of the arrays and objects sent) and the response (JSON bytes of the values, formulas and addresses of
 * the ranges loaded). A queued call may be made to fail, as Excel does: the calls before it
 * stay done, the ones after it are dropped.
 *
 * Shared by the host's tests and the benchmark (`npm run bench`), which counts the round trips and
 * request sizes of the task pane's actions on it. Never part of the add-in bundle.
 */
import { parseA1, type CellBounds, type CellValue } from '../../domain/workbook';
import { parseRangeA1, rangeA1 } from '../../geometry/bounds';
import { quoteSheetName } from '../../geometry/sheetName';
import type { ExcelRun } from '../excelRun';

/** One call as Excel received it. */
export interface Recorded {
  kind: string;
  target: string;
  detail: string;
  bytes: number;
}

/** One `context.sync()` and what it carried. */
export interface RequestLog {
  entries: Recorded[];
  bytes: number;
  /** JSON bytes of the range properties loaded for this sync (values, formulas, address). */
  responseBytes: number;
}

export interface FakeSheetSeed {
  name: string;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  protected?: boolean;
  options?: Excel.WorksheetProtectionOptions;
  /** Local A1 address of the used range, or null for an empty sheet. */
  used?: string | null;
  charts?: string[];
}

export interface FakeTableSeed {
  name: string;
  sheet: string;
  /** Local A1 address of header row and body. */
  address: string;
  /** Header row first, then the data rows (`""` for an empty cell, as Office.js returns it). */
  values: (string | number | boolean)[][];
  /**
   * Formulas of the data rows (constants as themselves); the values when absent. Text typed after the
   * text prefix is the same string in both, as Office.js returns it.
   */
  formulas?: (string | number | boolean)[][];
}

export interface FakeSeed {
  sheets: FakeSheetSeed[];
  tables?: FakeTableSeed[];
  names?: Record<string, string>;
}

interface SheetState {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
  used: string | null;
  charts: string[];
}

interface TableState {
  name: string;
  sheet: string;
  address: string;
  values: (string | number | boolean)[][];
  formulas: (string | number | boolean)[][];
}

interface Pending {
  entry: Recorded;
  /** The call's effect on the workbook; throws as Excel would refuse it. */
  apply?: () => void;
}

/** An error shaped like `OfficeExtension.Error`. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const encoder = new TextEncoder();
const bytesOf = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

function firstCell(address: string): string {
  return address.split(':')[0] ?? address;
}

function lastCell(address: string): string {
  const parts = address.split(':');
  return parts[parts.length - 1] ?? address;
}

function rowOf(cell: string): number {
  return Number(/\d+$/.exec(cell)?.[0] ?? '0');
}

function colLetters(cell: string): string {
  return /^[A-Z]+/.exec(cell)?.[0] ?? 'A';
}

function propertyNames(properties?: string | string[]): string[] {
  return (Array.isArray(properties) ? properties : (properties ?? '').split(',')).map((p) => p.trim());
}

const isFormula = (cell: unknown): boolean => typeof cell === 'string' && cell.startsWith('=');

/**
 * The cells of a range that hold a formula, or a constant (neither a formula nor blank), as
 * rectangles relative to the range: each column's runs of such rows, side-by-side columns with the
 * same runs joined, so a computed column (or a block of them) filled to the bottom is one rectangle.
 */
function specialCells(data: { values: unknown[][]; formulas: unknown[][] }, cellType: string): CellBounds[] {
  const rows = data.formulas.length;
  // A loop, not Math.max(...rows): ten years of award history pass the engine's argument limit.
  const width = data.formulas.reduce((most, row) => Math.max(most, row.length), 0);
  const matches = (r: number, c: number): boolean => {
    const value = data.values[r]?.[c];
    // Text typed after the text prefix (`'=x`) reads back the same from `values` and `formulas`.
    const formula = isFormula(data.formulas[r]?.[c]) && data.formulas[r]?.[c] !== value;
    if (cellType === 'Formulas') return formula;
    return !formula && value !== '' && value !== null && value !== undefined;
  };
  const runsOf = (c: number): [number, number][] => {
    const runs: [number, number][] = [];
    for (let r = 0; r < rows; r++) {
      if (!matches(r, c)) continue;
      const last = runs[runs.length - 1];
      if (last !== undefined && last[1] === r - 1) last[1] = r;
      else runs.push([r, r]);
    }
    return runs;
  };
  const rects: CellBounds[] = [];
  let open: { left: number; key: string; runs: [number, number][] } | null = null;
  const close = (right: number): void => {
    if (open === null) return;
    for (const [top, bottom] of open.runs) rects.push({ top, left: open.left, bottom, right });
    open = null;
  };
  for (let c = 0; c < width; c++) {
    const runs = runsOf(c);
    const key = JSON.stringify(runs);
    if (open !== null && open.key === key) continue;
    close(c - 1);
    if (runs.length > 0) open = { left: c, key, runs };
  }
  close(width - 1);
  return rects.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** The recording workbook. */
export class FakeExcel {
  readonly sheets: SheetState[];
  readonly tables: TableState[];
  readonly names: Map<string, string>;
  /** Every call Excel ran, in order. */
  readonly log: Recorded[] = [];
  /** Every `context.sync()`, with the calls it carried. */
  readonly requests: RequestLog[] = [];
  runs = 0;
  /** Makes a queued call fail with an Office error code. */
  failWhen: ((entry: Recorded) => string | null) | null = null;
  /** Makes a whole sync fail (0 for the first sync) with an Office error code, before anything runs. */
  failSync: ((index: number) => string | null) | null = null;
  /** How Excel treats a method called on a null object: propagate a null object, or refuse at sync. */
  nullObjects: 'propagate' | 'refuse' = 'propagate';
  private pending: Pending[] = [];
  /** Loads queued since the last sync, each measuring what it brings back once the queue has run. */
  private loads: (() => number)[] = [];

  constructor(seed: FakeSeed) {
    this.sheets = seed.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility ?? 'Visible',
      protected: s.protected ?? false,
      options: s.options ?? {},
      used: s.used ?? null,
      charts: s.charts ?? [],
    }));
    this.tables = (seed.tables ?? []).map((t) => ({
      name: t.name,
      sheet: t.sheet,
      address: t.address,
      values: t.values,
      formulas: t.formulas ?? t.values.slice(1),
    }));
    this.names = new Map(Object.entries(seed.names ?? {}));
  }

  /** A stand-in for `Excel.run`: a fresh context per run. */
  readonly run: ExcelRun = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs += 1;
    this.pending = [];
    this.loads = [];
    const context = new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    // Excel.run sends whatever is still queued when the batch returns.
    if (this.pending.length > 0) await context.sync();
    return result;
  };

  /** Number of `context.sync()` calls so far. */
  get syncs(): number {
    return this.requests.length;
  }

  /** The recorded calls as one line each: `kind target detail`. */
  lines(entries: readonly Recorded[] = this.log): string[] {
    return entries.map((e) => [e.kind, e.target, e.detail].filter((part) => part !== '').join(' '));
  }

  /** How many calls of each kind were recorded. */
  countsByKind(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const entry of this.log) counts[entry.kind] = (counts[entry.kind] ?? 0) + 1;
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
  }

  sheetState(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  tableState(name: string): TableState | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /**
   * Writes values into the tables a range of a sheet covers (their data rows), as Excel would: what a
   * later read of the table returns. Cells outside every table are not kept.
   */
  applyValues(sheet: string, local: string, values: unknown[][]): void {
    const range = parseRangeA1(local);
    if (range === null) return;
    for (const table of this.tables.filter((t) => t.sheet === sheet)) {
      const bounds = parseRangeA1(table.address);
      if (bounds === null) continue;
      values.forEach((row, i) =>
        row.forEach((value, j) => {
          const r = range.top + i - bounds.top;
          const c = range.left + j - bounds.left;
          if (r < 1 || c < 0 || c > bounds.right - bounds.left || r > table.values.length - 1) return;
          const cell = typeof value === 'string' && value.startsWith("'") ? value.slice(1) : value;
          const shown = (cell ?? '') as string | number | boolean;
          const data = table.values[r];
          const formulas = table.formulas[r - 1];
          if (data !== undefined) data[c] = shown;
          if (formulas !== undefined) formulas[c] = shown;
        }),
      );
    }
  }

  /** Adds rows at the bottom of a table, its address growing with them. */
  addTableRows(name: string, rows: unknown[][]): void {
    const table = this.tableState(name);
    const bounds = table === undefined ? null : parseRangeA1(table.address);
    if (table === undefined || bounds === null) throw new FakeOfficeError('ItemNotFound', `table ${name}`);
    const width = bounds.right - bounds.left + 1;
    for (const row of rows) {
      const cells = Array.from({ length: width }, (_, j) => {
        const value = row[j];
        return (typeof value === 'string' && value.startsWith("'") ? value.slice(1) : (value ?? '')) as
          string | number | boolean;
      });
      table.values.push(cells);
      table.formulas.push([...cells]);
    }
    table.address = rangeA1({ ...bounds, bottom: bounds.top + table.values.length - 1 });
  }

  /** Deletes the rows of a sheet's range from the tables it covers, shifting the cells below up. */
  deleteRows(sheet: string, local: string): void {
    const range = parseRangeA1(local);
    if (range === null) return;
    for (const table of this.tables.filter((t) => t.sheet === sheet)) {
      const bounds = parseRangeA1(table.address);
      if (bounds === null) continue;
      const from = Math.max(1, range.top - bounds.top);
      const to = Math.min(table.values.length - 1, range.bottom - bounds.top);
      if (to < from) continue;
      table.values.splice(from, to - from + 1);
      table.formulas.splice(from - 1, to - from + 1);
      table.address = rangeA1({ ...bounds, bottom: bounds.top + table.values.length - 1 });
    }
  }

  /** Queues a call. */
  record(kind: string, target: string, payload?: unknown, apply?: () => void): void {
    const detail =
      payload === undefined ? '' : typeof payload === 'string' ? payload : JSON.stringify(payload);
    const bytes = payload === undefined ? 0 : bytesOf(payload);
    this.pending.push({ entry: { kind, target, detail, bytes }, apply });
  }

  /** Queues a load: `measure` gives the bytes of the loaded properties after the queue has run. */
  recordLoad(measure: () => number): void {
    this.loads.push(measure);
  }

  /** Runs the queue, as `context.sync()` does. */
  async sync(): Promise<void> {
    const queue = this.pending;
    const loads = this.loads;
    this.pending = [];
    this.loads = [];
    const request: RequestLog = { entries: [], bytes: 0, responseBytes: 0 };
    this.requests.push(request);
    await Promise.resolve();
    const refused = this.failSync?.(this.requests.length - 1) ?? null;
    if (refused !== null) throw new FakeOfficeError(refused, 'sync refused');
    for (const { entry, apply } of queue) {
      const code = this.failWhen?.(entry) ?? null;
      if (code !== null) throw new FakeOfficeError(code, `${entry.kind} ${entry.target} failed`);
      apply?.();
      request.entries.push(entry);
      request.bytes += entry.bytes;
      this.log.push(entry);
    }
    for (const measure of loads) request.responseBytes += measure();
  }
}

class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync(): void };

  constructor(private readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(excel);
    this.application = {
      suspendApiCalculationUntilNextSync: () => excel.record('suspendCalculation', 'application'),
    };
  }

  sync(): Promise<void> {
    return this.excel.sync();
  }
}

/** A null object: every method gives another, loads do nothing. */
function nullObject(excel: FakeExcel, path: string): unknown {
  const target = function () {};
  return new Proxy(target, {
    get(_, prop) {
      if (prop === 'isNullObject') return true;
      if (prop === 'load') return () => nullObject(excel, path);
      if (prop === 'then') return undefined;
      const child = `${path}.${String(prop)}`;
      return (..._args: unknown[]) => {
        if (excel.nullObjects === 'refuse') {
          excel.record('nullObjectCall', child, undefined, () => {
            throw new FakeOfficeError('ItemNotFound', `${child} on a null object`);
          });
        }
        return nullObject(excel, child);
      };
    },
  });
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNameCollection;

  constructor(excel: FakeExcel) {
    this.worksheets = new FakeWorksheetCollection(excel);
    this.tables = new FakeTableCollection(excel);
    this.names = new FakeNameCollection(excel);
  }
}

class FakeWorksheetCollection {
  constructor(private readonly excel: FakeExcel) {}
  load(): this {
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.excel.sheets.map((s) => new FakeWorksheet(this.excel, s.name));
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.excel, name);
  }
  getItemOrNullObject(name: string): unknown {
    return this.excel.sheetState(name)
      ? new FakeWorksheet(this.excel, name)
      : nullObject(this.excel, `sheet(${name})`);
  }
  add(name: string): FakeWorksheet {
    this.excel.record('addSheet', name, undefined, () => {
      if (this.excel.sheetState(name)) throw new FakeOfficeError('ItemAlreadyExists', name);
      this.excel.sheets.push({
        name,
        visibility: 'Visible',
        protected: false,
        options: {},
        used: null,
        charts: [],
      });
    });
    return new FakeWorksheet(this.excel, name);
  }
}

class FakeWorksheet {
  readonly isNullObject = false;
  readonly protection: {
    readonly protected: boolean;
    readonly options: Excel.WorksheetProtectionOptions;
    load(): void;
    protect(options?: Excel.WorksheetProtectionOptions): void;
    unprotect(): void;
  };
  readonly charts: {
    load(): void;
    readonly items: { name: string }[];
    add(type: string, range: FakeRange, by: string): FakeChart;
  };
  readonly tables: { add(address: string, hasHeaders: boolean): FakeTable };
  readonly freezePanes: { freezeRows(count: number): void };
  readonly pageLayout: Record<string, unknown>;

  constructor(
    private readonly excel: FakeExcel,
    readonly name: string,
  ) {
    const state = (): SheetState => {
      const found = excel.sheetState(name);
      if (!found) throw new FakeOfficeError('ItemNotFound', `sheet ${name}`);
      return found;
    };
    this.protection = {
      get protected() {
        return state().protected;
      },
      get options() {
        return state().options;
      },
      load: () => undefined,
      protect: (options) =>
        excel.record('protect', name, options ?? {}, () => {
          const s = state();
          // Excel refuses to protect a sheet that is already protected.
          if (s.protected) throw new FakeOfficeError('InvalidOperation', `${name} is already protected`);
          s.protected = true;
          s.options = options ?? {};
        }),
      unprotect: () =>
        excel.record('unprotect', name, undefined, () => {
          state().protected = false;
        }),
    };
    this.charts = {
      load: () => undefined,
      get items() {
        return state().charts.map((chart) => ({ name: chart }));
      },
      add: (type, range, by) => {
        excel.record('chart.add', name, `${type} ${range.target} ${by}`);
        return new FakeChart(excel, name);
      },
    };
    this.tables = {
      add: (address, hasHeaders) => {
        const table = new FakeTable(excel, `@${name}!${address}`);
        excel.record('table.add', `${name}!${address}`, String(hasHeaders), () => {
          excel.tables.push({ name: table.key, sheet: name, address, values: [], formulas: [] });
        });
        return table;
      },
    };
    this.freezePanes = { freezeRows: (count) => excel.record('freezeRows', name, String(count)) };
    const layout: Record<string, unknown> = {
      setPrintTitleRows: (rows: string) => excel.record('print.titleRows', name, rows),
      setPrintTitleColumns: (columns: string) => excel.record('print.titleColumns', name, columns),
      setPrintArea: (area: string) => excel.record('print.area', name, area),
    };
    for (const prop of ['orientation', 'paperSize', 'zoom']) {
      Object.defineProperty(layout, prop, { set: (v: unknown) => excel.record(`print.${prop}`, name, v) });
    }
    this.pageLayout = layout;
  }

  load(): this {
    return this;
  }
  get visibility(): string {
    return this.excel.sheetState(this.name)?.visibility ?? 'Visible';
  }
  set visibility(value: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.excel.record('visibility', this.name, value, () => {
      const s = this.excel.sheetState(this.name);
      if (s) s.visibility = value;
    });
  }
  set tabColor(value: string) {
    this.excel.record('tabColor', this.name, value);
  }
  activate(): void {
    this.excel.record('activate', this.name);
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.excel, this.name, address);
  }
  getUsedRangeOrNullObject(): unknown {
    const used = this.excel.sheetState(this.name)?.used ?? null;
    return used === null
      ? nullObject(this.excel, `used(${this.name})`)
      : new FakeRange(this.excel, this.name, used);
  }
}

class FakeRange {
  readonly isNullObject = false;
  readonly target: string;
  readonly format: Record<string, unknown>;
  readonly dataValidation: Record<string, unknown>;
  readonly conditionalFormats: { clearAll(): void; add(type: string): unknown };

  constructor(
    private readonly excel: FakeExcel,
    private readonly sheet: string,
    private readonly local: string,
    private readonly data?: { values: unknown[][]; formulas: unknown[][] },
  ) {
    this.target = `${sheet}!${local}`;
    const setter = (kind: string) => ({ set: (v: unknown) => excel.record(kind, this.target, v) });
    const font = Object.defineProperties(
      {},
      {
        bold: setter('font.bold'),
        italic: setter('font.italic'),
        size: setter('font.size'),
        color: setter('font.color'),
      },
    );
    const fill = Object.defineProperties({}, { color: setter('fill.color') });
    const protection = Object.defineProperties({}, { locked: setter('locked') });
    // Each edge's line is recorded by its name: `border.InsideVertical.style` = `Continuous`.
    const borders = {
      getItem: (edge: string) =>
        Object.defineProperties(
          {},
          { style: setter(`border.${edge}.style`), weight: setter(`border.${edge}.weight`) },
        ),
    };
    this.format = Object.defineProperties(
      { font, fill, protection, borders },
      {
        horizontalAlignment: setter('align'),
        wrapText: setter('wrapText'),
        columnWidth: setter('columnWidth'),
        rowHeight: setter('rowHeight'),
      },
    );
    this.dataValidation = Object.defineProperties(
      { clear: () => excel.record('validation.clear', this.target) },
      {
        rule: setter('validation.rule'),
        prompt: setter('validation.prompt'),
        errorAlert: setter('validation.errorAlert'),
      },
    );
    this.conditionalFormats = {
      clearAll: () => excel.record('conditionalFormats.clearAll', this.target),
      add: (type: string) => {
        excel.record('conditionalFormats.add', this.target, type);
        const ruleObject = Object.defineProperties({}, { formula: setter('conditionalFormat.formula') });
        const cfFill = Object.defineProperties({}, { color: setter('conditionalFormat.fill') });
        const cfFont = Object.defineProperties({}, { color: setter('conditionalFormat.fontColor') });
        const cfBorders = {
          getItem: (edge: string) =>
            Object.defineProperties({}, { style: setter(`conditionalFormat.border.${edge}`) }),
        };
        return { custom: { rule: ruleObject, format: { fill: cfFill, font: cfFont, borders: cfBorders } } };
      },
    };
  }

  load(properties?: string | string[]): this {
    const names = propertyNames(properties);
    this.excel.recordLoad(() =>
      names.reduce((sum, name) => {
        if (name === 'values') return sum + bytesOf(this.values);
        if (name === 'formulas') return sum + bytesOf(this.formulas);
        return name === 'address' ? sum + bytesOf(this.address) : sum;
      }, 0),
    );
    return this;
  }
  get address(): string {
    return `${quoteSheetName(this.sheet)}!${this.local}`;
  }
  get values(): unknown[][] {
    return this.data?.values ?? [];
  }
  set values(v: unknown[][]) {
    this.excel.record('values', this.target, v, () => this.excel.applyValues(this.sheet, this.local, v));
  }
  get rowCount(): number {
    const bounds = parseRangeA1(this.local);
    return bounds === null ? 0 : bounds.bottom - bounds.top + 1;
  }
  get columnCount(): number {
    const bounds = parseRangeA1(this.local);
    return bounds === null ? 0 : bounds.right - bounds.left + 1;
  }
  private around(top: number, left: number, bottom: number, right: number): FakeRange {
    return new FakeRange(this.excel, this.sheet, rangeA1({ top, left, bottom, right }));
  }
  getCell(row: number, column: number): FakeRange {
    const bounds = parseRangeA1(this.local);
    if (bounds === null) throw new FakeOfficeError('InvalidArgument', this.local);
    return this.around(bounds.top + row, bounds.left + column, bounds.top + row, bounds.left + column);
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    const bounds = parseRangeA1(this.local);
    if (bounds === null) throw new FakeOfficeError('InvalidArgument', this.local);
    return this.around(bounds.top, bounds.left, bounds.bottom + deltaRows, bounds.right + deltaColumns);
  }
  getRow(row: number): FakeRange {
    const bounds = parseRangeA1(this.local);
    if (bounds === null) throw new FakeOfficeError('InvalidArgument', this.local);
    return this.around(bounds.top + row, bounds.left, bounds.top + row, bounds.right);
  }
  delete(shift: string): void {
    this.excel.record('delete', this.target, shift, () => this.excel.deleteRows(this.sheet, this.local));
  }
  get formulas(): unknown[][] {
    return this.data?.formulas ?? [];
  }
  set formulas(v: unknown[][]) {
    this.excel.record('formulas', this.target, v);
  }
  set numberFormat(v: unknown[][]) {
    this.excel.record('numberFormat', this.target, v);
  }
  set columnHidden(v: boolean) {
    this.excel.record('columnHidden', this.target, v);
  }
  merge(across: boolean): void {
    this.excel.record('merge', this.target, String(across));
  }
  /**
   * The cells holding a formula (or a constant) as rectangles, or a null object when there are none.
   * Only a table's data body knows its cells; any other range has none.
   */
  getSpecialCellsOrNullObject(cellType: 'Formulas' | 'Constants'): unknown {
    const start = parseA1(firstCell(this.local));
    const found = this.data === undefined || start === null ? [] : specialCells(this.data, cellType);
    if (start === null || found.length === 0) {
      return nullObject(this.excel, `${this.target}.specialCells(${cellType})`);
    }
    const address = found
      .map((area) =>
        rangeA1({
          top: start.row + area.top,
          left: start.col + area.left,
          bottom: start.row + area.bottom,
          right: start.col + area.right,
        }),
      )
      .map((local) => `${quoteSheetName(this.sheet)}!${local}`)
      .join(', ');
    return new FakeRangeAreas(this.excel, address, found.length);
  }
  select(): void {
    this.excel.record('select', this.target);
  }
}

/** A `RangeAreas`: its address lists each rectangle with its sheet, comma-separated. */
class FakeRangeAreas {
  readonly isNullObject = false;

  constructor(
    private readonly excel: FakeExcel,
    readonly address: string,
    readonly areaCount: number,
  ) {}

  load(properties?: string | string[]): this {
    const names = propertyNames(properties);
    this.excel.recordLoad(() =>
      names.reduce((sum, name) => {
        if (name === 'address') return sum + bytesOf(this.address);
        return name === 'areaCount' ? sum + bytesOf(this.areaCount) : sum;
      }, 0),
    );
    return this;
  }
}

/** A row of a table (`table.rows.getItemAt(i)`), as sample code reads a table row by row. */
interface FakeTableRow {
  load(): FakeTableRow;
  readonly values: unknown[][];
  getRange(): FakeRange;
}

class FakeTable {
  readonly isNullObject = false;
  readonly columns: { add(index: unknown, values: unknown, name: string): void };
  readonly rows: {
    add(index: unknown, values: unknown[][]): void;
    load(): void;
    readonly count: number;
    getItemAt(index: number): FakeTableRow;
  };

  /** @param key - the table's name, or `@sheet!address` until a created table is named */
  constructor(
    private readonly excel: FakeExcel,
    public key: string,
  ) {
    this.columns = {
      add: (index, values, name) => excel.record('table.columns.add', this.key, { index, values, name }),
    };
    const state = (): TableState => this.state();
    const rowAt = (index: number): FakeRange => {
      const t = state();
      const row = rowOf(firstCell(t.address)) + 1 + index;
      const local = `${colLetters(firstCell(t.address))}${row}:${colLetters(lastCell(t.address))}${row}`;
      return new FakeRange(excel, t.sheet, local, {
        values: t.values.slice(index + 1, index + 2),
        formulas: t.formulas.slice(index, index + 1),
      });
    };
    this.rows = {
      add: (index, values) =>
        excel.record('table.rows.add', this.key, { index, values }, () => {
          // Rows added to a named table land at its bottom; a created one is named later.
          if (excel.tableState(this.key) !== undefined) excel.addTableRows(this.key, values);
        }),
      load: () => undefined,
      get count() {
        return Math.max(0, state().values.length - 1);
      },
      getItemAt: (index) => {
        const item: FakeTableRow = {
          load: () => item,
          get values() {
            return rowAt(index).values;
          },
          getRange: () => rowAt(index),
        };
        return item;
      },
    };
  }

  load(): this {
    return this;
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.excel, this.state().sheet);
  }
  set name(value: string) {
    const previous = this.key;
    this.excel.record('table.name', previous, value, () => {
      const state = this.excel.tableState(previous);
      if (state) state.name = value;
    });
    this.key = value;
  }
  set style(value: string) {
    this.excel.record('table.style', this.key, value);
  }
  set showFilterButton(value: boolean) {
    this.excel.record('table.showFilterButton', this.key, String(value));
  }
  private state(): TableState {
    const found = this.excel.tableState(this.key);
    if (!found) throw new FakeOfficeError('ItemNotFound', `table ${this.key}`);
    return found;
  }
  getHeaderRowRange(): FakeRange {
    const t = this.state();
    const header = `${firstCell(t.address)}:${colLetters(lastCell(t.address))}${rowOf(firstCell(t.address))}`;
    return new FakeRange(this.excel, t.sheet, header, {
      values: t.values.slice(0, 1),
      formulas: t.values.slice(0, 1),
    });
  }
  getDataBodyRange(): FakeRange {
    const t = this.state();
    const start = `${colLetters(firstCell(t.address))}${rowOf(firstCell(t.address)) + 1}`;
    return new FakeRange(this.excel, t.sheet, `${start}:${lastCell(t.address)}`, {
      values: t.values.slice(1),
      formulas: t.formulas,
    });
  }
}

class FakeTableCollection {
  constructor(private readonly excel: FakeExcel) {}
  load(): this {
    return this;
  }
  get items(): { name: string }[] {
    return this.excel.tables.map((t) => ({ name: t.name }));
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.excel, name);
  }
  getItemOrNullObject(name: string): unknown {
    return this.excel.tableState(name)
      ? new FakeTable(this.excel, name)
      : nullObject(this.excel, `table(${name})`);
  }
}

class FakeNameCollection {
  constructor(private readonly excel: FakeExcel) {}
  load(): this {
    return this;
  }
  get items(): { name: string; formula: string }[] {
    return [...this.excel.names].map(([name, formula]) => ({ name, formula }));
  }
  add(name: string, formula: string, comment: string): void {
    this.excel.record('names.add', name, `${formula} (${comment})`, () => {
      if ([...this.excel.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError('ItemAlreadyExists', name);
      }
      this.excel.names.set(name, formula);
    });
  }
  getItem(name: string): { formula: string } {
    const excel = this.excel;
    return Object.defineProperty({} as { formula: string }, 'formula', {
      set: (formula: string) =>
        excel.record('names.formula', name, formula, () => excel.names.set(name, formula)),
    });
  }
}

class FakeChart {
  readonly title: Record<string, unknown>;
  readonly series: { getItemAt(index: number): FakeSeries; add(name: string): FakeSeries };

  constructor(
    private readonly excel: FakeExcel,
    private readonly sheet: string,
  ) {
    this.title = Object.defineProperty({}, 'text', {
      set: (v: string) => excel.record('chart.title', sheet, v),
    });
    this.series = {
      getItemAt: (index) => new FakeSeries(excel, `${sheet}#${index}`),
      add: (name) => {
        excel.record('chart.series.add', sheet, name);
        return new FakeSeries(excel, `${sheet}:${name}`);
      },
    };
  }
  set name(value: string) {
    this.excel.record('chart.name', this.sheet, value);
  }
  setPosition(start: string, end: string): void {
    this.excel.record('chart.position', this.sheet, `${start}:${end}`);
  }
}

class FakeSeries {
  constructor(
    private readonly excel: FakeExcel,
    private readonly key: string,
  ) {}
  set name(value: string) {
    this.excel.record('series.name', this.key, value);
  }
  setValues(range: FakeRange): void {
    this.excel.record('series.values', this.key, range.target);
  }
  setXAxisValues(range: FakeRange): void {
    this.excel.record('series.categories', this.key, range.target);
  }
}

/** Values of a seeded table, with `""` for blanks as Office.js returns them. */
export function officeRows(rows: CellValue[][]): (string | number | boolean)[][] {
  return rows.map((row) => row.map((v) => v ?? ''));
}
