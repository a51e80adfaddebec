/**
 * COUNTIFS and SUMIFS for the in-memory engine, answering as HyperFormula's own do but without reading
 * a whole range for every call. The summary counts the registrations of each cluster and title:
 * 400 calls, each over the 20,000 rows of two columns. HyperFormula walks every row of every range
 * anew for each call, through generators that allocate at every row; at the Ministry's scale that was
 * most of the time to evaluate the workbook, and most of its memory churn.
 *
 * Here each range's values are read once and kept with the range (HyperFormula's range vertex, whose
 * cache the engine empties whenever a cell of the range changes: the same invalidation its own criterion
 * cache relies on), and a criterion that asks for a text equal to a given one (`"CUM03"`, a unit's
 * code, `"x"`) finds its rows through an index of that column by text, built once. Every other row
 * could never match it, and each candidate row is still tested with HyperFormula's own criterion, so
 * what counts as a match (case, accents, numbers written as text, wildcards, comparisons) stays
 * HyperFormula's.
 *
 * MATCH looking for an exact match reads its range the same way: each range's first row of every
 * value, found once and kept with the range, answers every call. HyperFormula's own answer to that is
 * its column index, which keeps every value of every column of the workbook in sorted lists and
 * updates them at each changed cell (a name over a column of Scores changes a thousand entries at a
 * time): at the Ministry's scale a second of the build and of a recalculation. The workbench's engine
 * runs without it.
 *
 * SMALL and LARGE read a range's numbers sorted once, likewise: the award list finds its 700 rows, one
 * SMALL each over the thousand ranked units, without sorting them 700 times.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
} from 'hyperformula';
import type { FunctionPluginDefinition, ImplementedFunctions, SimpleRangeValue } from 'hyperformula';
import { lazyConditionalsPlugin } from './lazyConditionals';
import type { RangeVertex } from 'hyperformula/typings/DependencyGraph/RangeVertex';
import type { CriterionPackage } from 'hyperformula/typings/interpreter/Criterion';
import type { RawScalarValue } from 'hyperformula/typings/interpreter/InterpreterValue';

type RunArgs = Parameters<FunctionPlugin['runFunction']>;
type Result = ReturnType<FunctionPlugin['runFunction']>;

/** What the engine's range vertex keeps for us, under a key of our own in its criterion cache. */
const CACHE_KEY = 'thidua:column';

/** One range's values, row by row, the rows of each text and the first position of each value, built on first need. */
interface RangeColumn {
  values: RawScalarValue[];
  byText: Map<string, number[]> | null;
  /** Each value's first position (from 0), strings as exact MATCH compares them; no blank, no error. */
  firstOf: Map<unknown, number> | null;
  /** Each value's last position, likewise. */
  lastOf: Map<unknown, number> | null;
  /** The numbers in ascending order, or the first error: what SMALL and LARGE read. */
  sorted: number[] | CellError | null;
}

/** A criterion of the call: the range it tests, HyperFormula's test, and the text key when it has one. */
interface Condition {
  column: RangeColumn;
  test: (value: RawScalarValue) => boolean;
  /** The text every matching cell holds once normalised, or null when matching is not plain equality. */
  text: string | null;
}

/** The number inside one of the engine's rich numbers (dates, percentages), as HyperFormula's `getRawValue`. */
function rawValue(value: unknown): RawScalarValue {
  if (typeof value === 'object' && value !== null && !(value instanceof CellError)) {
    const inner = (value as { val?: unknown }).val;
    if (typeof inner === 'number') return inner;
  }
  return value as RawScalarValue;
}

/** Wildcards, the escape sign: a criterion holding one is not plain equality. */
const PATTERN_SIGN = /[*?~]/;

/** Criteria read so far, at most: beyond, they are read again. */
const CRITERIA_KEPT = 10_000;

class CriteriaPlugin extends FunctionPlugin {
  private readonly criteria = new Map<
    string,
    { test: (value: RawScalarValue) => boolean; text: string | null } | null
  >();

  static override implementedFunctions = {
    COUNTIFS: {
      method: 'countifs',
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NOERROR },
      ],
      repeatLastArgs: 2,
    },
    // As HyperFormula declares them: the k-th of a range's numbers, from the bottom or the top.
    SMALL: {
      method: 'small',
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, minValue: 1 },
      ],
    },
    LARGE: {
      method: 'large',
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, minValue: 1 },
      ],
    },
    SUMIFS: {
      method: 'sumifs',
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NOERROR },
      ],
      repeatLastArgs: 2,
    },
  };

  countifs(ast: { args: RunArgs[0] }, state: RunArgs[1]): Result {
    return this.runFunction(ast.args, state, this.metadata('COUNTIFS'), (...args: unknown[]) => {
      const rows = this.matchingRows(args[0] as SimpleRangeValue, args);
      return Array.isArray(rows) ? rows.length : rows;
    });
  }

  small(ast: { args: RunArgs[0] }, state: RunArgs[1]): Result {
    return this.runFunction(ast.args, state, this.metadata('SMALL'), (range: SimpleRangeValue, n: number) => {
      const sorted = this.sorted(range);
      if (sorted instanceof CellError) return sorted;
      const k = Math.trunc(n);
      return k > sorted.length ? new CellError(ErrorType.NUM, 'Value too large.') : (sorted[k - 1] as number);
    });
  }

  large(ast: { args: RunArgs[0] }, state: RunArgs[1]): Result {
    return this.runFunction(ast.args, state, this.metadata('LARGE'), (range: SimpleRangeValue, n: number) => {
      const sorted = this.sorted(range);
      if (sorted instanceof CellError) return sorted;
      const k = Math.trunc(n);
      return k > sorted.length
        ? new CellError(ErrorType.NUM, 'Value too large.')
        : (sorted[sorted.length - k] as number);
    });
  }

  /** A range's numbers in ascending order (its first error instead, as HyperFormula's SMALL), sorted once. */
  private sorted(range: SimpleRangeValue): number[] | CellError {
    const column = this.column(range);
    if (column.sorted !== null) return column.sorted;
    const numbers = this.arithmeticHelper.manyToExactNumbers(column.values);
    if (!(numbers instanceof CellError)) numbers.sort((a, b) => a - b);
    column.sorted = numbers;
    return numbers;
  }

  sumifs(ast: { args: RunArgs[0] }, state: RunArgs[1]): Result {
    return this.runFunction(ast.args, state, this.metadata('SUMIFS'), (...args: unknown[]) => {
      const summed = args[0] as SimpleRangeValue;
      const rows = this.matchingRows(summed, args.slice(1));
      if (!Array.isArray(rows)) return rows;
      const values = this.column(summed).values;
      let sum: number | CellError = 0;
      for (const row of rows) {
        const value = values[row];
        // As HyperFormula's SUMIFS: numbers add up, errors win, anything else is left out.
        const addend = value instanceof CellError || typeof value === 'number' ? value : undefined;
        sum = this.arithmeticHelper.nonstrictadd(sum, addend as RawScalarValue);
      }
      return sum;
    });
  }

  /**
   * The rows (from 0) where every criterion holds, in order; an error when a range's size differs
   * from the first's or a criterion cannot be read, as HyperFormula answers.
   */
  private matchingRows(first: SimpleRangeValue, pairs: unknown[]): number[] | CellError {
    const conditions: Condition[] = [];
    for (let i = 0; i < pairs.length; i += 2) {
      const range = pairs[i] as SimpleRangeValue;
      if (!range.sameDimensionsAs(first))
        return new CellError(ErrorType.VALUE, 'Ranges need to be of equal length.');
      const criterion = pairs[i + 1] as RawScalarValue;
      const read = this.criterion(criterion);
      if (read === null) return new CellError(ErrorType.VALUE, 'Incorrect criterion.');
      conditions.push({ column: this.column(range), test: read.test, text: read.text });
    }
    const keyed = conditions.find((c) => c.text !== null);
    const candidates =
      keyed === undefined ? null : (this.rowsByText(keyed.column).get(keyed.text ?? '') ?? []);
    const rows: number[] = [];
    const size = first.numberOfElements();
    const count = candidates === null ? size : candidates.length;
    for (let k = 0; k < count; k += 1) {
      const row = candidates === null ? k : (candidates[k] ?? 0);
      let all = true;
      for (const condition of conditions) {
        if (!condition.test(condition.column.values[row] as RawScalarValue)) {
          all = false;
          break;
        }
      }
      if (all) rows.push(row);
    }
    return rows;
  }

  /**
   * A criterion as HyperFormula reads it (its test) and its text key, read once per value: a string
   * criterion costs HyperFormula a regular expression, and the ranking formulas pass the same few values
   * thousands of times.
   */
  private criterion(
    raw: RawScalarValue,
  ): { test: (value: RawScalarValue) => boolean; text: string | null } | null {
    const plain = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean';
    const key = plain ? `${typeof raw}:${String(raw)}` : null;
    const kept = key === null ? undefined : this.criteria.get(key);
    if (kept !== undefined) return kept;
    const built: CriterionPackage | undefined = this.interpreter.criterionBuilder.fromCellValue(
      raw,
      this.arithmeticHelper,
    );
    const read = built === undefined ? null : { test: built.lambda, text: this.plainText(raw) };
    if (key === null) return read;
    if (this.criteria.size >= CRITERIA_KEPT) this.criteria.clear();
    this.criteria.set(key, read);
    return read;
  }

  /**
   * The text a criterion asks cells to equal, normalised as HyperFormula compares (case folded unless
   * the engine is case-sensitive, accents dropped unless it is accent-sensitive); null when it asks
   * anything else: a comparison, a number, a boolean, a blank, a wildcard.
   */
  private plainText(criterion: RawScalarValue): string | null {
    if (this.config.useRegularExpressions || !this.config.matchWholeCell) return null;
    const parsed = this.interpreter.criterionBuilder.parseCriterion(criterion, this.arithmeticHelper);
    if (parsed === undefined || String(parsed.operator) !== 'EQUAL') return null;
    const value = parsed.value;
    if (typeof value !== 'string' || value === '' || PATTERN_SIGN.test(value)) return null;
    const key = this.normalise(value);
    // HyperFormula lowers the pattern once more, one character at a time: a text that this would
    // change could match otherwise than by equality, so it is not looked up.
    return [...key].map((c) => (this.config.caseSensitive ? c : c.toLowerCase())).join('') === key
      ? key
      : null;
  }

  private normalise(text: string): string {
    const cased = this.config.caseSensitive ? text : text.toLowerCase();
    return this.config.accentSensitive ? cased : cased.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  /** A range's values, read once until a cell of the range changes. */
  private column(range: SimpleRangeValue): RangeColumn {
    return rangeColumn(this.dependencyGraph, range);
  }

  private rowsByText(column: RangeColumn): Map<string, number[]> {
    if (column.byText !== null) return column.byText;
    const byText = new Map<string, number[]>();
    column.values.forEach((value, row) => {
      if (typeof value !== 'string') return;
      const key = this.normalise(value);
      const rows = byText.get(key);
      if (rows === undefined) byText.set(key, [row]);
      else rows.push(row);
    });
    column.byText = byText;
    return byText;
  }
}

/** The engine's graph, as a plugin sees it: enough to find a range's vertex. */
type Graph = FunctionPlugin['dependencyGraph'];

/**
 * A range's values, read once and kept with the range's vertex until a cell of the range changes; read
 * anew for an array computed on the fly, which has no vertex.
 */
function rangeColumn(graph: Graph, range: SimpleRangeValue): RangeColumn {
  const cells = range.range;
  const vertex: RangeVertex | undefined =
    cells === undefined ? undefined : graph.getRange(cells.start, cells.end);
  const kept = vertex?.getCriterionFunctionValues(CACHE_KEY).get('')?.[0] as RangeColumn | undefined;
  if (kept !== undefined) return kept;
  const column: RangeColumn = {
    values: range.valuesFromTopLeftCorner().map(rawValue),
    byText: null,
    firstOf: null,
    lastOf: null,
    sorted: null,
  };
  vertex?.setCriterionFunctionValues(CACHE_KEY, new Map([['', [column, []]]]));
  return column;
}

/** A text as HyperFormula's exact MATCH compares it, whatever the engine's case and accent settings. */
function matchKey(value: unknown): unknown {
  return typeof value === 'string'
    ? value
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
    : value;
}

/** Each value's first and last position in a range, as {@link RangeColumn.firstOf}. */
function positions(column: RangeColumn): { firstOf: Map<unknown, number>; lastOf: Map<unknown, number> } {
  if (column.firstOf !== null && column.lastOf !== null)
    return { firstOf: column.firstOf, lastOf: column.lastOf };
  const firstOf = new Map<unknown, number>();
  const lastOf = new Map<unknown, number>();
  column.values.forEach((value, i) => {
    if (value === EmptyValue || value instanceof CellError) return;
    const key = matchKey(value);
    if (!firstOf.has(key)) firstOf.set(key, i);
    lastOf.set(key, i);
  });
  column.firstOf = firstOf;
  column.lastOf = lastOf;
  return { firstOf, lastOf };
}

/** HyperFormula's lookup plugin, as far as this module calls it. */
interface LookupPlugin extends FunctionPlugin {
  match(ast: { args: RunArgs[0] }, state: RunArgs[1]): Result;
  doMatch(key: unknown, range: SimpleRangeValue, type: number): Result;
}
type LookupPluginClass = (new (...args: ConstructorParameters<typeof FunctionPlugin>) => LookupPlugin) & {
  implementedFunctions: ImplementedFunctions;
};

let indexedMatch: FunctionPluginDefinition | null = null;

/**
 * MATCH as HyperFormula's own (its lookup plugin, extended): an exact match over a row or a column is
 * answered from the range's first positions; any other call goes to HyperFormula's.
 */
function indexedMatchPlugin(): FunctionPluginDefinition {
  if (indexedMatch !== null) return indexedMatch;
  const Lookup = HyperFormula.getFunctionPlugin('MATCH') as LookupPluginClass | undefined;
  const metadata = Lookup?.implementedFunctions['MATCH'];
  if (Lookup === undefined || metadata === undefined) throw new Error('HyperFormula has no MATCH');
  const implemented: ImplementedFunctions = { MATCH: metadata };
  class IndexedMatch extends Lookup {
    static override implementedFunctions = implemented;

    override match(ast: { args: RunArgs[0] }, state: RunArgs[1]): Result {
      return this.runFunction(ast.args, state, this.metadata('MATCH'), (...args: unknown[]) => {
        const [raw, range, type] = args as [unknown, SimpleRangeValue, number];
        // As HyperFormula's MATCH: a blank sought is 0.
        const key = raw === EmptyValue ? 0 : raw;
        const down = range.width() === 1;
        if ((type !== 0 && type !== 1 && type !== -1) || (!down && range.height() > 1)) {
          return this.doMatch(key, range, type);
        }
        if (type === 0) {
          const at = positions(rangeColumn(this.dependencyGraph, range)).firstOf.get(matchKey(key));
          return at === undefined ? new CellError(ErrorType.NA, 'Value not found.') : at + 1;
        }
        // A sorted search down a column of the workbook: HyperFormula's column index answers the last
        // cell equal to the value sought where there is one, before searching by halves.
        if (down && range.range !== undefined) {
          const at = positions(rangeColumn(this.dependencyGraph, range)).lastOf.get(matchKey(key));
          if (at !== undefined) return at + 1;
        }
        return this.doMatch(key, range, type);
      });
    }
  }
  indexedMatch = IndexedMatch;
  return IndexedMatch;
}

/**
 * The function plugins of an engine that evaluates COUNTIFS and SUMIFS as described above: every
 * plugin the engine has by default (Excel's ROUND among them, see `excelRound.ts`), then ours, which
 * take those two names over. Given as an engine's `functionPlugins`, it leaves other engines of the
 * process, and the plain engine the benchmark compares with, as HyperFormula ships them.
 * @returns the plugins, in the order the engine loads them
 * @example
 * HyperFormula.buildFromSheets(sheets, { ...config, functionPlugins: indexedCriteriaPlugins() });
 */
export function indexedCriteriaPlugins(): FunctionPluginDefinition[] {
  const plugins = HyperFormula.getAllFunctionPlugins();
  // A default plugin one of whose names another took over (HyperFormula's ROUND, Excel's) must load
  // first: loaded after, it would take the name back.
  const owns = (plugin: FunctionPluginDefinition): boolean =>
    Object.keys(plugin.implementedFunctions).every((id) => HyperFormula.getFunctionPlugin(id) === plugin);
  return [
    ...plugins.filter((p) => !owns(p)),
    ...plugins.filter(owns),
    CriteriaPlugin,
    indexedMatchPlugin(),
    lazyConditionalsPlugin(),
  ];
}
