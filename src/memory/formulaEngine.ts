/**
 * The evaluating half of the in-memory host: a HyperFormula instance holding every cell of the
 * workbook, with each formula translated from the plan's structured form to A1 (`toA1Formula`, then
 * {@link toHyperFormulaDialect}). HyperFormula is GPL-3.0: this module serves tests and the workbench
 * only and must never be imported by the add-in bundle.
 */
import {
  HyperFormula,
  DetailedCellError,
  type FunctionPluginDefinition,
  type RawCellContent,
} from 'hyperformula';
import { a1, parseA1, type CellPosition, type CellValue } from '../domain/workbook';
import { toA1Formula, tokenizeFormula, type A1Context } from '../geometry/formulaForms';
import { groupBlocks, groupColumnsOf, groupKey, narrowFormula, type GroupColumn } from './clusterRanges';
import { indexedCriteriaPlugins } from './criteriaFunctions';
import { shareRanges } from './sharedRanges';
import { useExcelRound } from './excelRound';
import { toHyperFormulaDialect } from './hyperFormulaDialect';
import { cellKey, keyPosition, tableAt, tableGeometries, type MemoryWorkbook } from './workbookModel';

/** A formula that could not be translated, or that evaluates to an error. */
export interface FormulaProblem {
  sheet: string;
  /** A1 address. */
  cell: string;
  /** The formula as written in the workbook (plan form). */
  formula: string;
  /** What the engine was given, or null when translation failed. */
  translated: string | null;
  /** Error value shown in the cell (`#NAME?`, `#VALUE!`, `#REF!` for a failed translation). */
  error: string;
  /** Why, as the translator or the engine explains it. */
  message: string;
}

/**
 * How HyperFormula is set up to evaluate as Excel does. The licence key is what the GPL edition
 * expects; without it every cell reads #LIC!. Array arithmetic makes SUMPRODUCT over comparisons work
 * as in Excel instead of silently treating them as scalars. Text is compared as Excel compares it:
 * case ignored (HyperFormula's default too) and accents kept — HyperFormula's default ignores accents,
 * so "Tien" would find "Tiên" in COUNTIFS and MATCH, which Excel and LibreOffice never do. The column
 * index answers MATCH by lookup rather than by a scan: 20,000 registrations each find their unit among
 * a thousand. (The workbench's engine answers MATCH from its own index instead: see
 * {@link workbenchEngineConfig}.)
 */
export const ENGINE_CONFIG = {
  licenseKey: 'gpl-v3',
  useArrayArithmetic: true,
  caseSensitive: false,
  accentSensitive: true,
  useColumnIndex: true,
} as const;

/**
 * The workbench's engine: {@link ENGINE_CONFIG} with COUNTIFS, SUMIFS and MATCH answered from indexes
 * kept with each range (`criteriaFunctions.ts`), and without HyperFormula's column index, which would
 * index every value of every column and update it at every changed cell for lookups those answer.
 *
 * @returns the configuration, with a fresh list of function plugins
 * @example
 * HyperFormula.buildFromSheets(sheets, workbenchEngineConfig());
 */
export function workbenchEngineConfig(): Omit<typeof ENGINE_CONFIG, 'useColumnIndex'> & {
  useColumnIndex: false;
  functionPlugins: FunctionPluginDefinition[];
} {
  return { ...ENGINE_CONFIG, useColumnIndex: false, functionPlugins: indexedCriteriaPlugins() };
}

// Totals are ROUNDed before ranking: the engine must round as Excel does, not as binary does.
useExcelRound();

/** How the engine is given the workbook. */
export interface EngineOptions {
  /**
   * Every formula as written, with HyperFormula's own COUNTIFS and SUMIFS: no narrowing to a cluster's
   * rows, no shared ranges, no index. The same values, slower; the benchmark's baseline.
   */
  plain: boolean;
}

/** A formula cell whose COUNTIFS calls the engine evaluates over its cluster's rows only. */
interface GroupedCell {
  sheet: string;
  pos: CellPosition;
  /** The formula in A1, whole columns as in the workbook. */
  formula: string;
  groups: GroupColumn[];
  /** What the engine holds now: the narrowed formula, or null before the first narrowing. */
  given: string | null;
}

/** How many times the clusters may move under a narrowing before the engine gives it up. */
const NARROWING_ROUNDS = 3;

/**
 * HyperFormula over a workbook; rebuilt whenever the workbook's shape changes. The ranking COUNTIFS
 * run over their cluster's rows only (see `clusterRanges.ts`): the engine reads the clusters again
 * after every change and narrows again when a row's cluster changed, so what it computes is always
 * what the whole-column formula gives.
 */
export class FormulaEngine {
  /** Each grouping column's keys, row by row, as the last narrowing read them. */
  private groupKeys = new Map<string, GroupKeys>();
  /** Formula cells given a constant since the build (`addressKey`): no longer the engine's formulas. */
  private readonly overwritten = new Set<string>();

  private constructor(
    private readonly hf: HyperFormula,
    private readonly sheetIds: ReadonlyMap<string, number>,
    /** The workbook the engine was built from, and how one of its formulas is translated for the engine. */
    private readonly workbook: MemoryWorkbook,
    private readonly translate: (sheet: string, pos: CellPosition, formula: string) => string,
    /** Why each formula that failed to translate failed, by address (`addressKey`). */
    private readonly failures: ReadonlyMap<string, string>,
    /** The grouped cells by address (`addressKey`). */
    private readonly grouped: Map<string, GroupedCell>,
  ) {}

  /**
   * Loads every sheet of the workbook into a new engine and evaluates it, once: the clusters' rows are
   * read beforehand from the few cells that say them (see {@link clusterKeysBeforehand}), so the ranking
   * formulas go in narrowed, and the large lookup ranges go in by name (`sharedRanges.ts`).
   *
   * @param workbook - the workbook
   * @param options - `plain: true` gives the engine every formula as written, with HyperFormula's own
   *   COUNTIFS and SUMIFS: the same values, slower; the benchmark's baseline
   * @returns the engine
   *
   * @example
   * ```ts
   * const engine = FormulaEngine.build(workbook);
   * engine.value('Chấm điểm', { row: 1, col: 7 }); //=> 95.5
   * ```
   */
  static build(workbook: MemoryWorkbook, options: EngineOptions = { plain: false }): FormulaEngine {
    // Translations are not kept: the engine holds what it needs, and the few read back are made again.
    const failures = new Map<string, string>();
    const translate = translator(workbook);
    const grids = new Map<string, RawCellContent[][]>();
    const grouped = new Map<string, GroupedCell>();
    const formulas: { sheet: string; pos: CellPosition; formula: string }[] = [];

    for (const sheet of workbook.sheets) {
      const grid: RawCellContent[][] = [];
      grids.set(sheet.name, grid);
      for (const [key, cell] of sheet.cells) {
        const pos = keyPosition(key);
        let content: RawCellContent = engineContent(cell.value);
        if (cell.formula !== null) {
          content = null;
          try {
            const translated = translate(sheet.name, pos, cell.formula);
            const groups = options.plain ? [] : groupColumnsOf(translated, pos.row + 1);
            if (groups.length > 0) {
              grouped.set(addressKey(sheet.name, pos), {
                sheet: sheet.name,
                pos,
                formula: translated,
                groups,
                given: null,
              });
            } else {
              formulas.push({ sheet: sheet.name, pos, formula: translated });
            }
          } catch (error) {
            failures.set(addressKey(sheet.name, pos), messageOf(error));
            content = '#REF!';
          }
        }
        const row = grid[pos.row] ?? (grid[pos.row] = []);
        row[pos.col] = content;
      }
    }

    // Narrowed from the start where the clusters can be read beforehand; held back otherwise (evaluated
    // whole, they would cost what narrowing saves) until the engine has read them.
    // The few other formulas the clusters need are translated again rather than all kept by address.
    const sheetsByName = new Map(workbook.sheets.map((sheet) => [sheet.name.toUpperCase(), sheet]));
    const formulaAt = (sheet: string, row: number, col: number): string | null => {
      const formula = sheetsByName.get(sheet.toUpperCase())?.cells.get(cellKey(row, col))?.formula ?? null;
      if (formula === null || failures.has(addressKey(sheet, { row, col }))) return null;
      return translate(sheet, { row, col }, formula);
    };
    const keys =
      grouped.size === 0 ? new Map<string, GroupKeys>() : clusterKeysBeforehand(grids, grouped, formulaAt);
    const blocks = new Map<string, ReturnType<typeof groupBlocks>>();
    for (const cell of grouped.values()) cell.given = narrowedFormula(cell, keys, blocks);
    const given = [...grouped.values()].flatMap((cell) =>
      cell.given === null ? [] : [{ sheet: cell.sheet, pos: cell.pos, formula: cell.given }],
    );
    const all = [...formulas, ...given];
    const shared = options.plain ? null : shareRanges(all);
    all.forEach(({ sheet, pos, formula }, i) => {
      const grid = grids.get(sheet) ?? [];
      const row = grid[pos.row] ?? (grid[pos.row] = []);
      row[pos.col] = shared?.shared[i] ?? formula;
    });
    const sharedNames = shared?.names ?? [];
    // The formulas as translated, and what naming them kept, are in the grids now: let them go before
    // the engine builds, the moment the process needs most memory.
    formulas.length = 0;
    given.length = 0;
    all.length = 0;
    shared?.shared.splice(0);

    const sheets: Record<string, RawCellContent[][]> = {};
    for (const [name, grid] of grids) sheets[name] = densify(grid);
    grids.clear();
    const hf = HyperFormula.buildFromSheets(
      sheets,
      options.plain ? ENGINE_CONFIG : workbenchEngineConfig(),
      sharedNames,
    );
    const sheetIds = new Map<string, number>();
    for (const sheet of workbook.sheets) {
      const id = hf.getSheetId(sheet.name);
      if (id !== undefined) sheetIds.set(sheet.name.toUpperCase(), id);
    }
    const engine = new FormulaEngine(hf, sheetIds, workbook, translate, failures, grouped);
    engine.groupKeys = keys;
    // Checks the clusters against what the engine computed; narrows again if they differ.
    engine.narrow();
    return engine;
  }

  /**
   * The evaluated value of a cell: a number, text or boolean; null for a blank cell or an empty-text
   * result (`""`), as Excel reads back; an error as its text (`#DIV/0!`), as Office.js reads it.
   *
   * @param sheet - sheet name
   * @param pos - zero-based cell
   * @returns the value
   */
  value(sheet: string, pos: CellPosition): CellValue {
    const id = this.sheetId(sheet);
    return readValue(this.hf.getCellValue({ sheet: id, row: pos.row, col: pos.col }));
  }

  /**
   * The evaluated values of a block of cells, row by row, each as {@link FormulaEngine.value} reads it:
   * a table read back whole, its sheet found once.
   *
   * @param sheet - sheet name
   * @param top - zero-based first row
   * @param left - zero-based first column
   * @param height - rows
   * @param width - columns
   * @returns the values
   */
  values(sheet: string, top: number, left: number, height: number, width: number): CellValue[][] {
    const id = this.sheetId(sheet);
    const rows: CellValue[][] = [];
    for (let row = top; row < top + height; row += 1) {
      const values: CellValue[] = [];
      for (let col = left; col < left + width; col += 1)
        values.push(readValue(this.hf.getCellValue({ sheet: id, row, col })));
      rows.push(values);
    }
    return rows;
  }

  /**
   * Writes a constant into a cell; the engine recalculates what depends on it. Text is always text,
   * even when it looks like a number, a date or a formula.
   *
   * @param sheet - sheet name
   * @param pos - zero-based cell
   * @param value - the constant
   */
  setValue(sheet: string, pos: CellPosition, value: CellValue): void {
    this.hf.setCellContents({ sheet: this.sheetId(sheet), row: pos.row, col: pos.col }, [
      [engineContent(value)],
    ]);
    this.overwritten.add(addressKey(sheet, pos));
    // A constant typed over a narrowed formula: the cell is no longer the engine's to narrow.
    this.grouped.delete(addressKey(sheet, pos));
    if (!this.hf.isEvaluationSuspended()) this.narrow();
  }

  /**
   * The formula the engine evaluates for a cell (A1, HyperFormula dialect), or null.
   *
   * @param sheet - sheet name
   * @param pos - zero-based cell
   * @returns the translated formula, or null for a constant or a failed translation
   */
  translatedFormula(sheet: string, pos: CellPosition): string | null {
    const key = addressKey(sheet, pos);
    if (this.failures.has(key) || this.overwritten.has(key)) return null;
    const named = this.workbook.sheets.find((s) => s.name.toUpperCase() === sheet.toUpperCase());
    const formula = named?.cells.get(cellKey(pos.row, pos.col))?.formula ?? null;
    if (named === undefined || formula === null) return null;
    try {
      return this.translate(named.name, pos, formula);
    } catch {
      return null;
    }
  }

  /**
   * Formulas that failed to translate or evaluate to an error, in sheet order.
   *
   * @param workbook - the workbook the engine was built from
   * @returns the problems, empty when every formula evaluates
   */
  problems(workbook: MemoryWorkbook): FormulaProblem[] {
    const problems: FormulaProblem[] = [];
    for (const sheet of workbook.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (cell.formula === null) continue;
        const pos = keyPosition(key);
        const address = addressKey(sheet.name, pos);
        if (this.overwritten.has(address)) continue;
        const failure = this.failures.get(address);
        if (failure !== undefined) {
          problems.push({
            sheet: sheet.name,
            cell: a1(pos),
            formula: cell.formula,
            translated: null,
            error: '#REF!',
            message: failure,
          });
          continue;
        }
        const raw = this.hf.getCellValue({ sheet: this.sheetId(sheet.name), row: pos.row, col: pos.col });
        if (raw instanceof DetailedCellError) {
          problems.push({
            sheet: sheet.name,
            cell: a1(pos),
            formula: cell.formula,
            translated: this.translatedFormula(sheet.name, pos),
            error: raw.value,
            message: raw.message,
          });
        }
      }
    }
    return problems;
  }

  /**
   * Runs `writes` with recalculation suspended, then recalculates once: typing a whole scoring table
   * cell by cell would otherwise re-run every COUNTIFS rank of the cluster after each cell. Values cannot
   * be read inside.
   *
   * @param writes - calls to {@link FormulaEngine.setValue}
   */
  batch(writes: () => void): void {
    if (this.hf.isEvaluationSuspended()) {
      writes();
      return;
    }
    this.hf.suspendEvaluation();
    try {
      writes();
    } finally {
      this.hf.resumeEvaluation();
    }
    this.narrow();
  }

  /**
   * Gives each grouped formula its cluster's block of rows, as the clusters stand now; again while a
   * narrowing moves them (a cluster computed from a ranked cell), and whole columns for good after
   * {@link NARROWING_ROUNDS} rounds. Cheap when nothing moved: one read of each grouping column.
   */
  private narrow(): void {
    if (this.grouped.size === 0) return;
    const cells = [...this.grouped.values()];
    for (let round = 0; round < NARROWING_ROUNDS; round += 1) {
      const keys = this.readGroupKeys();
      const moved =
        cells.some((cell) => cell.given === null) ||
        [...keys].some(([id, now]) => !sameKeys(now, this.groupKeys.get(id)));
      if (!moved) return;
      this.groupKeys = keys;
      const blocks = new Map<string, ReturnType<typeof groupBlocks>>();
      this.give((cell) => narrowedFormula(cell, keys, blocks) ?? cell.formula);
    }
    // The clusters keep moving: evaluate the workbook's own formulas, whole.
    this.give((cell) => cell.formula);
    this.grouped.clear();
  }

  /** Sets each grouped cell's formula where it changed, in one batch. */
  private give(formulaOf: (cell: GroupedCell) => string): void {
    const changes = [...this.grouped.values()].filter((cell) => formulaOf(cell) !== cell.given);
    if (changes.length === 0) return;
    this.hf.batch(() => {
      for (const cell of changes) {
        const formula = formulaOf(cell);
        this.hf.setCellContents({ sheet: this.sheetId(cell.sheet), row: cell.pos.row, col: cell.pos.col }, [
          [formula],
        ]);
        cell.given = formula;
      }
    });
  }

  /** The keys of every grouping column, row by row, read from the engine. */
  private readGroupKeys(): Map<string, GroupKeys> {
    return readGroupKeys(this.grouped.values(), (sheet, row, col) =>
      readValue(this.hf.getCellValue({ sheet: this.sheetId(sheet), row, col })),
    );
  }

  /** Releases the engine. */
  destroy(): void {
    this.hf.destroy();
  }

  private sheetId(sheet: string): number {
    const id = this.sheetIds.get(sheet.toUpperCase());
    if (id === undefined) throw new Error(`No sheet named ${sheet}`);
    return id;
  }
}

/**
 * How a formula of the workbook (plan form) is translated for the engine at a cell: to A1, then to
 * HyperFormula's dialect. Made apart from the build so that what it keeps is the workbook's geometry
 * only, not the build's working data.
 */
function translator(workbook: MemoryWorkbook): (sheet: string, pos: CellPosition, formula: string) => string {
  const geometries = tableGeometries(workbook);
  const names: Record<string, string> = {};
  for (const name of workbook.names.values()) names[name.name] = name.formula;
  return (sheet, pos, formula) => {
    const table = tableAt(workbook, sheet, pos);
    const ctx: A1Context = {
      tables: geometries,
      names,
      sheet,
      row: pos.row,
      ...(table === null ? {} : { table: table.name }),
    };
    return toHyperFormulaDialect(toA1Formula(formula, ctx));
  };
}

/** What the engine is given for a constant: text behind an apostrophe so it is never parsed. */
function engineContent(value: CellValue): RawCellContent {
  // Without the apostrophe HyperFormula would read "01/02/2018" as a date, "1.5" as a number and
  // "=A1" as a formula; a typed value must stay what was typed.
  return typeof value === 'string' ? `'${value}` : value;
}

function readValue(raw: unknown): CellValue {
  if (raw instanceof DetailedCellError) return raw.value;
  if (raw === '' || raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  return null;
}

function densify(grid: RawCellContent[][]): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (let r = 0; r < grid.length; r += 1) {
    const source = grid[r] ?? [];
    const row: RawCellContent[] = [];
    for (let c = 0; c < source.length; c += 1) row.push(source[c] ?? null);
    rows.push(row);
  }
  return rows;
}

/** A grouping column's rows as keys (`groupKey`), from its first row (1-based) on. */
interface GroupKeys {
  first: number;
  keys: (string | null)[];
}

/** A grouping column's identity: sheet, column and rows. */
function groupId(sheet: string, group: GroupColumn): string {
  return JSON.stringify([sheet.toUpperCase(), group.column, group.first, group.last]);
}

function sameKeys(a: GroupKeys, b: GroupKeys | undefined): boolean {
  return b !== undefined && a.keys.length === b.keys.length && a.keys.every((key, i) => key === b.keys[i]);
}

function addressKey(sheet: string, pos: CellPosition): string {
  return `${sheet.toUpperCase()}!${cellKey(pos.row, pos.col)}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The formula with each narrowable call over its cluster's rows, as the keys place them; null when no
 * key of the cell's grouping columns is known (the clusters are not read yet). `blocks` keeps each
 * grouping column's blocks for the next cell narrowed over the same keys.
 */
function narrowedFormula(
  cell: GroupedCell,
  keys: ReadonlyMap<string, GroupKeys>,
  blocks: Map<string, ReturnType<typeof groupBlocks>>,
): string | null {
  if (!cell.groups.some((group) => keys.has(groupId(cell.sheet, group)))) return null;
  return narrowFormula(cell.formula, cell.pos.row + 1, (group) => {
    const id = groupId(cell.sheet, group);
    const column = keys.get(id);
    const key = column?.keys[cell.pos.row + 1 - group.first];
    if (column === undefined || key === null || key === undefined) return null;
    if (!blocks.has(id)) blocks.set(id, groupBlocks(column.keys, column.first));
    return blocks.get(id)?.get(key) ?? null;
  });
}

/** The keys of the grouping columns of some grouped cells, each value read by `read` (zero-based row, column). */
function readGroupKeys(
  cells: Iterable<GroupedCell>,
  read: (sheet: string, row: number, col: number) => CellValue,
): Map<string, GroupKeys> {
  const keys = new Map<string, GroupKeys>();
  for (const cell of cells) {
    for (const group of cell.groups) {
      const id = groupId(cell.sheet, group);
      if (keys.has(id)) continue;
      const col = parseA1(`${group.column}1`)?.col ?? 0;
      const column: (string | null)[] = [];
      for (let row = group.first; row <= group.last; row += 1)
        column.push(groupKey(read(cell.sheet, row - 1, col)));
      keys.set(id, { first: group.first, keys: column });
    }
  }
  return keys;
}

/**
 * The clusters of the grouping columns, read before the workbook's engine is built: a small engine
 * holds the constants of the sheets those columns need and the columns' own formulas (the unit's
 * cluster looked up in the catalogue), and nothing else. A column whose formulas read other formulas
 * may come out wrong here; the built engine reads the clusters again and narrows again where they
 * differ, so a wrong guess costs time, never a wrong value.
 *
 * @param grids - each sheet's cells so far: constants, `#REF!` where a formula failed to translate
 * @param grouped - the grouped cells, their formulas in A1
 * @param formulaAt - the formula (A1) of any other cell, or null
 * @returns the keys of every grouping column
 */
function clusterKeysBeforehand(
  grids: ReadonlyMap<string, RawCellContent[][]>,
  grouped: ReadonlyMap<string, GroupedCell>,
  formulaAt: (sheet: string, row: number, col: number) => string | null,
): Map<string, GroupKeys> {
  const columns = new Map<string, { sheet: string; col: number; first: number; last: number }>();
  for (const cell of grouped.values()) {
    for (const group of cell.groups) {
      const col = parseA1(`${group.column}1`)?.col ?? 0;
      columns.set(groupId(cell.sheet, group), {
        sheet: cell.sheet,
        col,
        first: group.first,
        last: group.last,
      });
    }
  }
  const formulas = new Map<string, RawCellContent[][]>();
  // The columns of each sheet the grouping formulas read (upper-case sheet name), or all of them.
  const needed = new Map<string, Set<number> | 'all'>();
  for (const { sheet, col, first, last } of columns.values()) {
    neededColumns(needed, sheet).add(col);
    for (let row = first - 1; row < last; row += 1) {
      const formula = grouped.has(addressKey(sheet, { row, col })) ? null : formulaAt(sheet, row, col);
      if (formula === null) continue;
      readColumns(formula, sheet, needed);
      const grid = formulas.get(sheet) ?? (formulas.set(sheet, []), formulas.get(sheet) ?? []);
      (grid[row] ?? (grid[row] = []))[col] = formula;
    }
  }
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const [name, grid] of grids) {
    const wanted = needed.get(name.toUpperCase());
    if (wanted === undefined) continue;
    const rows = densify(grid);
    if (wanted !== 'all') {
      for (const row of rows) for (let c = 0; c < row.length; c += 1) if (!wanted.has(c)) row[c] = null;
    }
    formulas.get(name)?.forEach((cells, r) => {
      const row = rows[r] ?? (rows[r] = []);
      cells.forEach((formula, c) => {
        while (row.length < c) row.push(null);
        row[c] = formula;
      });
    });
    sheets[name] = rows;
  }
  const hf = HyperFormula.buildFromSheets(sheets, workbenchEngineConfig());
  try {
    return readGroupKeys(grouped.values(), (sheet, row, col) => {
      const id = hf.getSheetId(sheet);
      return id === undefined ? null : readValue(hf.getCellValue({ sheet: id, row, col }));
    });
  } finally {
    hf.destroy();
  }
}

function neededColumns(needed: Map<string, Set<number> | 'all'>, sheet: string): Set<number> {
  const key = sheet.toUpperCase();
  const columns = needed.get(key);
  if (columns === 'all') return new Set();
  if (columns !== undefined) return columns;
  const fresh = new Set<number>();
  needed.set(key, fresh);
  return fresh;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?\d+$/;

/**
 * Adds the columns a formula reads, by sheet, to `needed`: a cell or a range of cells gives its
 * columns; any other reference (a whole column, a name) gives its sheet whole.
 */
function readColumns(formula: string, own: string, needed: Map<string, Set<number> | 'all'>): void {
  const tokens = tokenizeFormula(formula);
  let sheet = own;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token.kind === 'sheetPrefix') {
      sheet = token.sheet;
      continue;
    }
    if (token.kind === 'identifier') {
      const from = parseA1(token.text.replace(/\$/g, ''));
      if (!CELL.test(token.text) || from === null) {
        needed.set(sheet.toUpperCase(), 'all');
      } else {
        let to = from;
        const end = tokens[i + 2];
        if (tokens[i + 1]?.text === ':' && end?.kind === 'identifier' && CELL.test(end.text)) {
          to = parseA1(end.text.replace(/\$/g, '')) ?? from;
          i += 2;
        }
        const columns = neededColumns(needed, sheet);
        for (let c = Math.min(from.col, to.col); c <= Math.max(from.col, to.col); c += 1) columns.add(c);
      }
    }
    sheet = own;
  }
}
