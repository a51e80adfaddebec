/**
 * The in-memory host: a {@link WorkbookHost} over a workbook held in memory and evaluated by
 * HyperFormula, so tests and the workbench see the same plan live that Excel and the .xlsx file get.
 * HyperFormula is GPL-3.0: tests and the workbench only, never the add-in bundle.
 */
import { a1, parseA1, type CellPosition, type CellValue, type WorkbookData } from '../domain/workbook';
import {
  applyOutcome,
  isRefusal,
  type ApplyOutcome,
  type CellTarget,
  type HostCapabilities,
  type PlanRefusal,
  type StopWatching,
  type TableRowsWrite,
  type WorkbookChange,
  type WorkbookHost,
} from '../layout/host';
import type { WorkbookPlan } from '../layout/plan';
import { appendTableRows, applyWorkbookPlan } from './applyWorkbookPlan';
import { displayValue } from './displayValue';
import { FormulaEngine, type FormulaProblem } from './formulaEngine';
import { readWorkbookData } from './readWorkbookData';
import { writeTableRows } from './writeTableRows';
import {
  snapshotWorkbook,
  type SheetSnapshot,
  type TableSnapshot,
  type WorkbookSnapshot,
} from './snapshotWorkbook';
import {
  cellKey,
  createWorkbook,
  findSheet,
  tableAt,
  usedBounds,
  type MemorySheet,
  type MemoryWorkbook,
} from './workbookModel';

/** Options of {@link createMemoryHost}. */
export interface MemoryHostOptions {
  /** Features to switch off, to see how the pane words a missing one; every feature is on by default. */
  capabilities?: Partial<HostCapabilities>;
  /** Blank sheets of the new workbook, in tab order; default one `Sheet1`, as a new Excel file. */
  sheets?: readonly string[];
  /**
   * Give the engine every formula as written, with HyperFormula's own COUNTIFS and SUMIFS, instead of
   * the ranking COUNTIFS over their cluster's rows (`clusterRanges.ts`), large lookup ranges by name
   * (`sharedRanges.ts`) and criteria answered from an index (`criteriaFunctions.ts`), the default: the
   * same values, slower; the benchmark's baseline.
   */
  plainEngine?: boolean;
}

/** A cell as the workbench grid shows it. */
export interface MemoryCellView {
  /** Evaluated value; null for blank and for `""` results. */
  value: CellValue;
  /** Formula as written (the plan's structured form), or null for a constant. */
  formula: string | null;
  /** The formula the engine evaluates (A1), or null. */
  engineFormula: string | null;
  /** Text shown in the cell, under its number format. */
  display: string;
  numberFormat: string | null;
  locked: boolean;
  /** Name of the table the cell belongs to, or null. */
  table: string | null;
}

/** What changed, for the listeners of {@link MemoryHost.subscribe}. */
export type MemoryHostChange =
  | { kind: 'plan'; notes: string[] }
  | { kind: 'cell'; sheet: string; cell: string }
  | { kind: 'rows'; table: string; count: number }
  | { kind: 'selection'; target: CellTarget }
  /** A person selected a cell in the grid (the pane went nowhere): what the pane may follow. */
  | { kind: 'selected'; target: CellTarget };

/** Layout of a sheet beside its cells: what the workbench draws around the grid. */
export type MemorySheetLayout = Omit<SheetSnapshot, 'cells'>;

/** A write refused because the cell is locked on a protected sheet, as Excel refuses it. */
export class LockedCellError extends Error {
  constructor(
    readonly sheet: string,
    readonly cell: string,
  ) {
    super(`Ô ${cell} trên trang "${sheet}" đã bị khoá (trang được bảo vệ): chỉ nhập vào các ô nhập liệu.`);
    this.name = 'LockedCellError';
  }
}

/** The in-memory host and what the workbench and tests need beyond {@link WorkbookHost}. */
export interface MemoryHost extends WorkbookHost {
  readonly kind: 'memory';
  /** Every change but a selection, as {@link WorkbookHost.watchChanges} promises it. */
  watchChanges(listener: (change: WorkbookChange) => void): Promise<StopWatching>;
  /**
   * Writes a constant into a cell, as a person typing it; what depends on it recalculates. Text that
   * starts with `=` is stored as text, never evaluated.
   * @throws {@link LockedCellError} for a locked cell of a protected sheet
   */
  setCellValue(sheet: string, address: string, value: CellValue): void;
  /** A cell: evaluated value, formula, display text. */
  getCell(sheet: string, address: string): MemoryCellView;
  /** Evaluated values of a sheet from A1 to the bottom-right of its used range. */
  getSheetValues(sheet: string): CellValue[][];
  /** Sheet names in tab order. */
  sheetNames(): string[];
  /** A sheet's layout: visibility, protection, merges, conditional formats, charts, print setup. */
  sheetLayout(sheet: string): MemorySheetLayout;
  /** Tables as written (columns, validations, row counts). */
  tables(): TableSnapshot[];
  /**
   * Runs several {@link MemoryHost.setCellValue} calls and recalculates once at the end, as a paste
   * does; listeners hear of the changes after it. Values read inside `writes` are not yet recalculated.
   */
  batch(writes: () => void): void;
  /** Rewrites the data rows of tables, as a file's host does (the results lock writes `Meta` so). */
  writeRows(writes: readonly TableRowsWrite[]): Promise<void>;
  /** Adds rows at the bottom of a table (values in the table's column order); computed columns fill in. */
  appendTableRows(table: string, rows: readonly CellValue[][]): void;
  /** The cell last selected by {@link WorkbookHost.goTo}, or null. */
  selection(): CellTarget | null;
  /** A person selects a cell in the grid: the listeners of {@link WorkbookHost.watchSelection} hear of it. */
  select(target: CellTarget): void;
  watchSelection(listener: (target: CellTarget) => void): Promise<StopWatching>;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: (change: MemoryHostChange) => void): () => void;
  /** What {@link WorkbookHost.read} returns, synchronously. */
  exportWorkbookData(): WorkbookData;
  /** Everything written, as plain comparable data. */
  snapshot(): WorkbookSnapshot;
  /** Formulas that fail to translate or evaluate to an error. */
  formulaProblems(): FormulaProblem[];
}

const ALL_CAPABILITIES: HostCapabilities = {
  printSetup: true,
  charts: true,
  protection: true,
  veryHidden: true,
};

/**
 * Creates an in-memory host holding a new, blank workbook.
 *
 * @param options - features to switch off, initial sheets
 * @returns the host
 *
 * @example
 * ```ts
 * const host = createMemoryHost();
 * await host.applyPlan((current) => buildPlan(campaign, current));
 * host.setCellValue('Chấm điểm', 'D2', 18);
 * host.getCell('Chấm điểm', 'H2').value; //=> 1
 * ```
 */
export function createMemoryHost(options: MemoryHostOptions = {}): MemoryHost {
  const capabilities: HostCapabilities = { ...ALL_CAPABILITIES, ...options.capabilities };
  const workbook: MemoryWorkbook = createWorkbook(options.sheets ?? ['Sheet1']);
  const engineOptions = { plain: options.plainEngine === true };
  let engine = FormulaEngine.build(workbook, engineOptions);
  let selected: CellTarget | null = null;
  const listeners = new Set<(change: MemoryHostChange) => void>();

  // While a batch runs, changes wait: a listener reading values then would see them half recalculated.
  let pending: MemoryHostChange[] | null = null;
  const emit = (change: MemoryHostChange): void => {
    if (pending !== null) {
      pending.push(change);
      return;
    }
    for (const listener of [...listeners]) listener(change);
  };
  let rebuildAfterBatch = false;
  const rebuild = (): void => {
    if (pending !== null) {
      // The engine in use is suspended by the batch; the workbook is the truth, so build once after it.
      rebuildAfterBatch = true;
      return;
    }
    const next = FormulaEngine.build(workbook, engineOptions);
    engine.destroy();
    engine = next;
  };
  const sheetNamed = (name: string): MemorySheet => {
    const sheet = findSheet(workbook, name);
    if (sheet === null) throw new Error(`No sheet named ${name}`);
    return sheet;
  };
  const position = (address: string): CellPosition => {
    const pos = parseA1(address);
    if (pos === null) throw new Error(`Not an A1 address: ${address}`);
    return pos;
  };

  const host: MemoryHost = {
    kind: 'memory',

    capabilities: () => ({ ...capabilities }),

    applyPlan<B extends WorkbookPlan | PlanRefusal>(
      build: (current: WorkbookData) => B,
    ): Promise<ApplyOutcome<B>> {
      const current = readWorkbookData(workbook, engine);
      const built = build(current);
      if (isRefusal(built))
        return Promise.resolve(applyOutcome<B>({ refused: built.refused, current, roundTrips: 0 }));
      try {
        const notes = applyWorkbookPlan(workbook, built, capabilities);
        rebuild();
        emit({ kind: 'plan', notes });
        return Promise.resolve(applyOutcome<B>({ plan: built, notes, roundTrips: 0, current }));
      } catch (error) {
        // A plan that failed half way still changed the workbook: the engine must see what is there.
        rebuild();
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },

    read: () => Promise.resolve(readWorkbookData(workbook, engine)),

    goTo(target: CellTarget): Promise<void> {
      const sheet = findSheet(workbook, target.sheet);
      if (sheet === null) return Promise.reject(new Error(`No sheet named ${target.sheet}`));
      const pos = parseA1(target.cell);
      if (pos === null) return Promise.reject(new Error(`Not an A1 address: ${target.cell}`));
      selected = { sheet: sheet.name, cell: a1(pos) };
      emit({ kind: 'selection', target: selected });
      return Promise.resolve();
    },

    setCellValue(sheetName: string, address: string, value: CellValue): void {
      const sheet = sheetNamed(sheetName);
      const pos = position(address);
      const key = cellKey(pos.row, pos.col);
      const existing = sheet.cells.get(key);
      if (sheet.protect && (existing?.locked ?? true)) throw new LockedCellError(sheet.name, a1(pos));
      sheet.cells.set(key, {
        value,
        formula: null,
        numberFormat: existing?.numberFormat ?? null,
        locked: existing?.locked ?? true,
        style: existing?.style ?? null,
      });
      engine.setValue(sheet.name, pos, value);
      emit({ kind: 'cell', sheet: sheet.name, cell: a1(pos) });
    },

    batch(writes: () => void): void {
      if (pending !== null) {
        writes();
        return;
      }
      const changes: MemoryHostChange[] = [];
      pending = changes;
      try {
        engine.batch(writes);
      } finally {
        pending = null;
        if (rebuildAfterBatch) {
          rebuildAfterBatch = false;
          rebuild();
        }
      }
      for (const change of changes) emit(change);
    },

    getCell(sheetName: string, address: string): MemoryCellView {
      const sheet = sheetNamed(sheetName);
      const pos = position(address);
      const cell = sheet.cells.get(cellKey(pos.row, pos.col));
      const value = engine.value(sheet.name, pos);
      const numberFormat = cell?.numberFormat ?? null;
      return {
        value,
        formula: cell?.formula ?? null,
        engineFormula: engine.translatedFormula(sheet.name, pos),
        display: displayValue(value, numberFormat),
        numberFormat,
        locked: cell?.locked ?? true,
        table: tableAt(workbook, sheet.name, pos)?.name ?? null,
      };
    },

    getSheetValues(sheetName: string): CellValue[][] {
      const sheet = sheetNamed(sheetName);
      const bounds = usedBounds(sheet);
      if (bounds === null) return [];
      const rows: CellValue[][] = [];
      for (let row = 0; row <= bounds.bottom; row += 1) {
        const values: CellValue[] = [];
        for (let col = 0; col <= bounds.right; col += 1) values.push(engine.value(sheet.name, { row, col }));
        rows.push(values);
      }
      return rows;
    },

    sheetNames: () => workbook.sheets.map((s) => s.name),

    sheetLayout(sheetName: string): MemorySheetLayout {
      const name = sheetNamed(sheetName).name;
      const found = snapshotWorkbook(workbook).sheets.find((s) => s.name === name);
      if (found === undefined) throw new Error(`No sheet named ${sheetName}`);
      const { cells: _cells, ...layout } = found;
      return layout;
    },

    tables: () => snapshotWorkbook(workbook).tables,

    writeRows(writes: readonly TableRowsWrite[]): Promise<void> {
      try {
        for (const write of writes) writeTableRows(workbook, write);
      } finally {
        // Whatever was written, the engine must see what is there.
        rebuild();
      }
      for (const write of writes) emit({ kind: 'rows', table: write.table, count: write.rows.length });
      return Promise.resolve();
    },

    appendTableRows(tableName: string, rows: readonly CellValue[][]): void {
      const table = workbook.tables.get(tableName);
      if (table === undefined) throw new Error(`No table named ${tableName}`);
      appendTableRows(workbook, sheetNamed(table.sheet), table, rows);
      rebuild();
      emit({ kind: 'rows', table: table.name, count: rows.length });
    },

    selection: () => (selected === null ? null : { ...selected }),

    select(target: CellTarget): void {
      emit({ kind: 'selected', target: { ...target } });
    },

    watchSelection(listener: (target: CellTarget) => void): Promise<StopWatching> {
      const stop = host.subscribe((change) => {
        if (change.kind === 'selected') listener(change.target);
      });
      return Promise.resolve(() => {
        stop();
        return Promise.resolve();
      });
    },

    watchChanges(listener: (change: WorkbookChange) => void): Promise<StopWatching> {
      // What the workbook holds changed: a cell, rows, a plan. A selection changes nothing to check.
      const stop = host.subscribe((change) => {
        if (change.kind === 'selection' || change.kind === 'selected') return;
        listener({ sheet: change.kind === 'cell' ? change.sheet : null });
      });
      return Promise.resolve(() => {
        stop();
        return Promise.resolve();
      });
    },

    subscribe(listener: (change: MemoryHostChange) => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    exportWorkbookData: () => readWorkbookData(workbook, engine),

    snapshot: () => snapshotWorkbook(workbook),

    formulaProblems: () => engine.problems(workbook),
  };
  return host;
}
