/**
 * IF and IFERROR for the in-memory engine, evaluating only the branch they return. HyperFormula
 * evaluates every argument of a function before choosing, so an `IF([@[Xếp hạng]]="","",…)` guard saves
 * no work: the explanation of an unranked unit is built in full and thrown away, the council's mean is
 * divided out for a unit no member scored, a lookup's fallback is looked up beside the value found. At
 * the Ministry's scale that is a good part of evaluating the workbook.
 *
 * Here the condition (or IFERROR's value) is evaluated first and only the branch returned is evaluated
 * after it. The answer stays HyperFormula's: the condition is coerced as its IF coerces it, the value
 * returned as its IF returns it, and where a skipped branch could have changed the result (an array
 * argument makes HyperFormula's IF answer element by element) or the call is not of the usual form,
 * HyperFormula's own IF or IFERROR answers, evaluating everything. (A branch HyperFormula reads as a
 * scalar it returns as it is: a date or a percentage kept as such.)
 */
import { CellError, FunctionArgumentType, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { FunctionPlugin, FunctionPluginDefinition, ImplementedFunctions } from 'hyperformula';
import type { InterpreterValue } from 'hyperformula/typings/interpreter/InterpreterValue';

type RunArgs = Parameters<FunctionPlugin['runFunction']>;
type Result = InterpreterValue;
type Ast = RunArgs[0][number];
type State = RunArgs[1];

/** HyperFormula's plugin of IF and IFERROR, as far as this module calls it. */
interface BooleanPlugin extends FunctionPlugin {
  conditionalIf(ast: { args: RunArgs[0] }, state: State): Result;
  iferror(ast: { args: RunArgs[0] }, state: State): Result;
}
type BooleanPluginClass = (new (...args: ConstructorParameters<typeof FunctionPlugin>) => BooleanPlugin) & {
  implementedFunctions: ImplementedFunctions;
};

/** How IF reads its condition, as HyperFormula declares it. */
const CONDITION = { argumentType: FunctionArgumentType.BOOLEAN };

let lazyConditionals: FunctionPluginDefinition | null = null;

/** The parts of a formula's tree this module reads. */
interface Node {
  type: string;
  expression?: Node;
  value?: Node;
  left?: Node;
  right?: Node;
  procedureName?: string;
  args?: Node[];
}

const BINARY = new Set([
  'CONCATENATE_OP',
  'EQUALS_OP',
  'NOT_EQUAL_OP',
  'GREATER_THAN_OP',
  'GREATER_THAN_OR_EQUAL_OP',
  'LESS_THAN_OP',
  'LESS_THAN_OR_EQUAL_OP',
  'MINUS_OP',
  'PLUS_OP',
  'TIMES_OP',
  'DIV_OP',
  'POWER_OP',
]);

const UNARY = new Set(['MINUS_UNARY_OP', 'PLUS_UNARY_OP', 'PERCENT_OP']);

/**
 * Whether HyperFormula sizes a formula's part as one cell when it vectorises a call (its array size
 * predictor, with array arithmetic on), read without building its sizes: that predictor allocates at
 * every call of the tree, and an IF skipping a branch asks at every evaluation. A range or an array
 * constant is taken for more than one cell; a function that makes arrays (FILTER, TRANSPOSE …) too.
 */
function sizedAsOneCell(ast: Ast): boolean {
  const node = ast as unknown as Node;
  const type = String(node.type);
  if (type === 'CELL_RANGE' || type === 'COLUMN_RANGE' || type === 'ROW_RANGE' || type === 'ARRAY')
    return false;
  if (type === 'PARENTHESES') return node.expression === undefined || sizedAsOneCell(node.expression as Ast);
  if (UNARY.has(type)) return node.value === undefined || sizedAsOneCell(node.value as Ast);
  if (BINARY.has(type)) {
    return (
      (node.left === undefined || sizedAsOneCell(node.left as Ast)) &&
      (node.right === undefined || sizedAsOneCell(node.right as Ast))
    );
  }
  if (type === 'FUNCTION_CALL') return callSizedAsOneCell(node);
  // Numbers, texts, cell references; names, errors and empty arguments, which HyperFormula sizes as one.
  return true;
}

function callSizedAsOneCell(node: Node): boolean {
  const name = node.procedureName ?? '';
  const metadata = HyperFormula.getFunctionPlugin(name)?.implementedFunctions[name];
  if (metadata === undefined || metadata.sizeOfResultArrayMethod !== undefined) return false;
  const parameters = metadata.parameters;
  if (
    metadata.expandRanges === true ||
    metadata.vectorizationForbidden === true ||
    parameters === undefined
  ) {
    return true;
  }
  const args = node.args ?? [];
  const repeat = metadata.repeatLastArgs;
  // A call with arguments its declaration cannot take: HyperFormula sizes it as one cell.
  if (
    args.length > parameters.length &&
    (repeat === undefined || (args.length - parameters.length) % repeat !== 0)
  ) {
    return true;
  }
  return args.every((arg, i) => {
    const parameter =
      i < parameters.length
        ? parameters[i]
        : parameters[parameters.length - (repeat ?? 1) + ((i - parameters.length) % (repeat ?? 1))];
    if (parameter === undefined) return true;
    const type = parameter.argumentType;
    return (
      type === FunctionArgumentType.RANGE || type === FunctionArgumentType.ANY || sizedAsOneCell(arg as Ast)
    );
  });
}

/**
 * The plugin of IF and IFERROR that evaluates only the branch returned (HyperFormula's boolean plugin,
 * extended); to be loaded after HyperFormula's own, whose names it takes over.
 *
 * @returns the plugin
 * @example
 * HyperFormula.buildFromSheets(sheets, { ...config, functionPlugins: [...plugins, lazyConditionalsPlugin()] });
 */
export function lazyConditionalsPlugin(): FunctionPluginDefinition {
  if (lazyConditionals !== null) return lazyConditionals;
  const Boolean = HyperFormula.getFunctionPlugin('IF') as BooleanPluginClass | undefined;
  const ifMetadata = Boolean?.implementedFunctions['IF'];
  const iferrorMetadata = Boolean?.implementedFunctions['IFERROR'];
  if (Boolean === undefined || ifMetadata === undefined || iferrorMetadata === undefined)
    throw new Error('HyperFormula has no IF or IFERROR');
  const implemented: ImplementedFunctions = { IF: ifMetadata, IFERROR: iferrorMetadata };

  class LazyConditionals extends Boolean {
    static override implementedFunctions = implemented;

    override conditionalIf(ast: { args: RunArgs[0] }, state: State): Result {
      const [conditionAst, whenTrue, whenFalse] = ast.args;
      if (conditionAst === undefined || whenTrue === undefined || ast.args.length > 3) {
        return super.conditionalIf(ast, state);
      }
      const condition = this.evaluateAst(conditionAst, state);
      if (condition instanceof SimpleRangeValue) return super.conditionalIf(ast, state);
      // Coerced first, as HyperFormula coerces IF's arguments in order: an error here is the answer.
      const read = this.coerceToType(condition, CONDITION, state);
      if (read instanceof CellError) return read;
      if (typeof read !== 'boolean') return super.conditionalIf(ast, state);
      const [chosen, skipped] = read ? [whenTrue, whenFalse] : [whenFalse, whenTrue];
      if (skipped !== undefined && !this.scalarOnly(skipped, state)) return super.conditionalIf(ast, state);
      // No third argument: IF's FALSE.
      if (chosen === undefined) return false;
      return this.branch(chosen, state) ?? super.conditionalIf(ast, state);
    }

    override iferror(ast: { args: RunArgs[0] }, state: State): Result {
      const [valueAst, fallback] = ast.args;
      if (valueAst === undefined || fallback === undefined || ast.args.length !== 2) {
        return super.iferror(ast, state);
      }
      const value = this.evaluateAst(valueAst, state);
      if (value instanceof SimpleRangeValue) return super.iferror(ast, state);
      if (value instanceof CellError) return this.branch(fallback, state) ?? super.iferror(ast, state);
      if (!this.scalarOnly(fallback, state)) return super.iferror(ast, state);
      return value;
    }

    /**
     * A branch's value, returned as HyperFormula's IF returns a scalar argument (as it is); null where
     * HyperFormula must answer: an empty argument (`IF(c,x,)`), an array.
     */
    private branch(chosen: Ast, state: State): Result | null {
      if (String(chosen.type) === 'EMPTY') return null;
      const value = this.evaluateAst(chosen, state);
      return value instanceof SimpleRangeValue ? null : value;
    }

    /** Whether an argument is a single value, never an array that would make the call answer element by element. */
    private scalarOnly(ast: Ast, state: State): boolean {
      return !state.arraysFlag || sizedAsOneCell(ast);
    }
  }
  lazyConditionals = LazyConditionals;
  return LazyConditionals;
}
