/**
 * Large lookup ranges given to the in-memory engine once, by name. Each of the 20,000 registrations
 * looks its unit up in the catalogue: `INDEX('Danh mục'!$H$3:$H$1002,MATCH(A4,'Danh mục'!$G$3:$G$1002,0))`.
 * HyperFormula links every formula that names a range to each cell of that range, again for every
 * formula, and INDEX reads the whole range anew at every call: 40,000 such formulas cost it some 80
 * million links and as many reads, most of the time to build the Ministry's workbook.
 *
 * A range that several formulas pass whole to a lookup or criteria function is given to the engine as
 * a named expression (`_Range1` standing for `'Danh mục'!$G$3:$G$1002`): the engine links the name to
 * the range once and each formula to the name, and the name's value, read once, serves every INDEX.
 * MATCH still finds its row through the engine's column index, the criteria functions still see the
 * range. Only what the engine holds changes; the workbook's formulas, and what the workbench shows, stay
 * as written.
 */

/** A range named by this module: the name the engine knows and the range it stands for. */
export interface SharedRange {
  name: string;
  /** `=` and the sheet-qualified absolute range: `='Danh mục'!$G$3:$G$1002`. */
  expression: string;
}

/** Functions whose range arguments are read as values, so that a name standing for the range serves. */
const SHARING_FUNCTIONS = new Set([
  'INDEX',
  'MATCH',
  'COUNTIF',
  'COUNTIFS',
  'SUMIF',
  'SUMIFS',
  'AVERAGEIF',
  'AVERAGEIFS',
  'MAXIFS',
  'MINIFS',
]);

/** Fewer cells than this and the name saves less than it costs. */
export const SHARED_RANGE_MIN_CELLS = 100;

/**
 * Rows of formulas served by one name. HyperFormula checks each new link of a vertex against all its
 * links so far, so a name read by 40,000 formulas would cost it some 800 million checks: each block of
 * rows of a sheet gets a name of its own.
 */
export const SHARED_BLOCK_ROWS = 256;

/** An absolute range, perhaps on another sheet, standing whole between a `(` or `,` and a `,` or `)`. */
const ARGUMENT_RANGE =
  /(?<=[(,])((?:'(?:[^']|'')+'|[A-Za-z0-9_\u00C0-\u02AF.]+)!)?\$([A-Z]{1,3})\$(\d+):\$([A-Z]{1,3})\$(\d+)(?=[,)])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** A large range argument of a sharing function: where it stands in the formula and what it names. */
interface Argument {
  start: number;
  end: number;
  /** The range qualified by its sheet, as the engine's named expression gives it. */
  range: string;
}

/**
 * The function each position of a formula stands in: for every index, the name of the innermost
 * function whose parentheses hold it (null outside any, or inside plain parentheses). Strings are
 * skipped; a sheet name in quotes holds no parenthesis that counts.
 */
function enclosingFunctions(formula: string, positions: readonly number[]): (string | null)[] {
  const found: (string | null)[] = [];
  const stack: (string | null)[] = [];
  let next = 0;
  for (let i = 0; i < formula.length && next < positions.length; i += 1) {
    if (i === positions[next]) {
      found.push(stack.at(-1) ?? null);
      next += 1;
    }
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // Doubled quotes inside are two strings back to back: the same skip reads them.
      const end = formula.indexOf(ch, i + 1);
      if (end < 0) break;
      i = end;
    } else if (ch === '(') {
      const name = /[A-Za-z0-9_.]+$/.exec(formula.slice(Math.max(0, i - 40), i))?.[0] ?? null;
      stack.push(name === null ? null : name.toUpperCase());
    } else if (ch === ')') {
      stack.pop();
    }
  }
  while (found.length < positions.length) found.push(null);
  return found;
}

function largeArguments(formula: string, sheet: string): Argument[] {
  if (!formula.includes(':$')) return [];
  const matches = [...formula.matchAll(ARGUMENT_RANGE)].filter(
    ([, , left = '', top = '', right = '', bottom = '']) => {
      const cells = (columnNumber(right) - columnNumber(left) + 1) * (Number(bottom) - Number(top) + 1);
      return cells >= SHARED_RANGE_MIN_CELLS;
    },
  );
  if (matches.length === 0) return [];
  const functions = enclosingFunctions(
    formula,
    matches.map((m) => m.index ?? 0),
  );
  const found: Argument[] = [];
  matches.forEach((match, k) => {
    const fn = functions[k];
    if (fn === null || fn === undefined || !SHARING_FUNCTIONS.has(fn)) return;
    const [text, prefix] = match;
    const start = match.index ?? 0;
    const qualified = prefix === undefined ? `'${sheet.replace(/'/g, "''")}'!${text}` : text;
    found.push({ start, end: start + text.length, range: qualified });
  });
  return found;
}

/**
 * The ranges worth naming among a workbook's formulas, and each formula with them named.
 *
 * @param formulas - every formula the engine is to hold (A1, HyperFormula's dialect), with its sheet
 *   and zero-based position
 * @returns the named expressions to give the engine, and a function rewriting one formula
 *
 * @example
 * ```ts
 * const shared = shareRanges([{ sheet: 'Đăng ký', formula }, …]);
 * shared.rewrite('Đăng ký', 3, formula); //=> '=IFERROR(INDEX(_Range1,MATCH(A4,_Range2,0)),"")'
 * ```
 */
export function shareRanges(formulas: readonly { sheet: string; pos: { row: number }; formula: string }[]): {
  names: SharedRange[];
  /** The formulas given, in their order, with the named ranges named. */
  shared: string[];
  rewrite: (sheet: string, row: number, formula: string) => string;
} {
  const key = (range: string, sheet: string, row: number): string =>
    `${range}|${sheet.toUpperCase()}|${Math.floor(row / SHARED_BLOCK_ROWS)}`;
  const uses = new Map<string, { range: string; count: number }>();
  const found = formulas.map(({ sheet, pos, formula }) => {
    const args = largeArguments(formula, sheet);
    for (const argument of args) {
      const k = key(argument.range, sheet, pos.row);
      const use = uses.get(k) ?? { range: argument.range, count: 0 };
      use.count += 1;
      uses.set(k, use);
    }
    return args;
  });
  const byKey = new Map<string, string>();
  const names: SharedRange[] = [];
  for (const [k, { range, count }] of uses) {
    // A range only one formula reads gains nothing from a name.
    if (count < 2) continue;
    const name = `_Range${names.length + 1}`;
    byKey.set(k, name);
    names.push({ name, expression: `=${range}` });
  }
  const named = (sheet: string, row: number, formula: string, args: readonly Argument[]): string => {
    let out = '';
    let at = 0;
    for (const argument of args) {
      const name = byKey.get(key(argument.range, sheet, row));
      if (name === undefined) continue;
      out += formula.slice(at, argument.start) + name;
      at = argument.end;
    }
    return at === 0 ? formula : out + formula.slice(at);
  };
  return {
    names,
    shared: formulas.map(({ sheet, pos, formula }, i) => named(sheet, pos.row, formula, found[i] ?? [])),
    rewrite: (sheet, row, formula) => named(sheet, row, formula, largeArguments(formula, sheet)),
  };
}
