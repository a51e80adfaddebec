/**
 * Formula forms. The plan writes formulas in the en-US form Office.js takes, with structured references
 * (`=IF([@[Tổng điểm]]="","",1+COUNTIFS([Mã cụm],[@[Mã cụm]],…))`). Two other consumers need other forms:
 *
 * - an .xlsx file stores the text without `=`, with every structured reference qualified by its table and
 *   this-row items spelled out (`Scores[[#This Row],[Mã cụm]]`), and with the `_xlfn.` prefix on
 *   functions newer than Excel 2007 ({@link toFileFormula});
 * - an engine that knows no tables (HyperFormula) needs A1 ranges ({@link toA1Formula}).
 *
 * Both run on one tokenizer ({@link tokenizeFormula}), so a bracket inside a string literal or an escaped
 * `']` in a column name is never mistaken for a reference.
 */
import { columnLetters } from '../domain/workbook';
import { escapeHeader, unescapeHeader } from './columnSpecifier';
import { quoteSheetName } from './sheetName';
import { bodyRows, headerIndex, type TableGeometry } from './tableGeometry';

/** A structured-reference item (`@` is read as `#This Row`). */
export type TableItem = '#All' | '#Data' | '#Headers' | '#Totals' | '#This Row';

/** A structured reference, parsed: `Scores[[#This Row],[I.1]:[III.2]]` or `[@[Mã cụm]]`. */
export interface StructuredReference {
  /** Table name, or null for a reference written inside its own table (`[Mã cụm]`). */
  table: string | null;
  /** Items, in the order written; empty for a plain column reference. */
  items: TableItem[];
  /** Column or column range (unescaped header texts), or null for every column. */
  columns: { first: string; last: string } | null;
}

/** A token of a formula; `text` is the exact source text, so joining every token gives the formula back. */
export type FormulaToken =
  | { kind: 'string'; text: string }
  | { kind: 'number'; text: string }
  | { kind: 'error'; text: string }
  /** An identifier immediately followed by `(`; `name` is the function name as written. */
  | { kind: 'function'; text: string; name: string }
  /** A cell reference, a defined name, `TRUE`/`FALSE` — any identifier that is not a function or table. */
  | { kind: 'identifier'; text: string }
  /** `Sheet1!` or `'Chấm điểm'!`; `sheet` is the unquoted name. */
  | { kind: 'sheetPrefix'; text: string; sheet: string }
  | { kind: 'structured'; text: string; ref: StructuredReference }
  | { kind: 'space'; text: string }
  /** Operators, parentheses, separators, braces. */
  | { kind: 'punctuation'; text: string };

/** A formula that cannot be read or converted; the message names the formula and the reason. */
export class FormulaFormError extends Error {
  constructor(
    message: string,
    readonly formula: string,
  ) {
    super(`${message} — in ${formula}`);
    this.name = 'FormulaFormError';
  }
}

/**
 * Functions that a file stores with a prefix because they are newer than Excel 2007: without it Excel
 * reads the name as unknown (`#NAME?`) even though it knows the function. Name → stored prefix.
 */
export const FUTURE_FUNCTION_PREFIXES: Readonly<Record<string, string>> = {
  AGGREGATE: '_xlfn.',
  ARABIC: '_xlfn.',
  BASE: '_xlfn.',
  'BETA.DIST': '_xlfn.',
  'BINOM.DIST': '_xlfn.',
  BITAND: '_xlfn.',
  BITOR: '_xlfn.',
  BITXOR: '_xlfn.',
  'CEILING.MATH': '_xlfn.',
  'CEILING.PRECISE': '_xlfn.',
  'CHISQ.DIST': '_xlfn.',
  'CHISQ.TEST': '_xlfn.',
  CONCAT: '_xlfn.',
  'CONFIDENCE.NORM': '_xlfn.',
  'COVARIANCE.P': '_xlfn.',
  'COVARIANCE.S': '_xlfn.',
  DAYS: '_xlfn.',
  DECIMAL: '_xlfn.',
  'ERF.PRECISE': '_xlfn.',
  'EXPON.DIST': '_xlfn.',
  'F.DIST': '_xlfn.',
  FILTER: '_xlfn._xlws.',
  'FLOOR.MATH': '_xlfn.',
  'FLOOR.PRECISE': '_xlfn.',
  FORMULATEXT: '_xlfn.',
  'GAMMA.DIST': '_xlfn.',
  IFNA: '_xlfn.',
  IFS: '_xlfn.',
  ISFORMULA: '_xlfn.',
  ISOWEEKNUM: '_xlfn.',
  LAMBDA: '_xlfn.',
  LET: '_xlfn.',
  'LOGNORM.DIST': '_xlfn.',
  MAXIFS: '_xlfn.',
  MINIFS: '_xlfn.',
  'MODE.MULT': '_xlfn.',
  'MODE.SNGL': '_xlfn.',
  'NORM.DIST': '_xlfn.',
  'NORM.INV': '_xlfn.',
  'NORM.S.DIST': '_xlfn.',
  'NORM.S.INV': '_xlfn.',
  NUMBERVALUE: '_xlfn.',
  'PERCENTILE.EXC': '_xlfn.',
  'PERCENTILE.INC': '_xlfn.',
  'PERCENTRANK.EXC': '_xlfn.',
  'PERCENTRANK.INC': '_xlfn.',
  'POISSON.DIST': '_xlfn.',
  'QUARTILE.EXC': '_xlfn.',
  'QUARTILE.INC': '_xlfn.',
  RANDARRAY: '_xlfn.',
  'RANK.AVG': '_xlfn.',
  'RANK.EQ': '_xlfn.',
  SEQUENCE: '_xlfn.',
  SHEET: '_xlfn.',
  SHEETS: '_xlfn.',
  SORT: '_xlfn._xlws.',
  SORTBY: '_xlfn.',
  'STDEV.P': '_xlfn.',
  'STDEV.S': '_xlfn.',
  SWITCH: '_xlfn.',
  'T.DIST': '_xlfn.',
  'T.INV': '_xlfn.',
  'T.TEST': '_xlfn.',
  TEXTJOIN: '_xlfn.',
  UNIQUE: '_xlfn.',
  'VAR.P': '_xlfn.',
  'VAR.S': '_xlfn.',
  'WEIBULL.DIST': '_xlfn.',
  XLOOKUP: '_xlfn.',
  XMATCH: '_xlfn.',
  XOR: '_xlfn.',
};

const ITEM_NAMES: Readonly<Record<string, TableItem>> = {
  '#ALL': '#All',
  '#DATA': '#Data',
  '#HEADERS': '#Headers',
  '#TOTALS': '#Totals',
  '#THIS ROW': '#This Row',
};

const ERROR_LITERAL = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/i;
const NUMBER_LITERAL = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const IDENTIFIER_START = /[\p{L}_\\$]/u;
const IDENTIFIER_PART = /[\p{L}\p{N}_.\\$?]/u;
const CELL_REFERENCE = /^\$?[A-Za-z]{1,3}\$?\d+$/;

/**
 * Splits an en-US formula into tokens, reading string literals, quoted sheet names and structured
 * references whole. A leading `=` is a punctuation token.
 *
 * @param formula - the formula, with or without its leading `=`
 * @returns the tokens; their texts joined give `formula` back
 * @throws {@link FormulaFormError} for an unterminated string, sheet name or bracket, or an unknown `#` literal
 *
 * @example
 * ```ts
 * tokenizeFormula('=SUM(Scores[I.1])').map((t) => t.kind);
 * //=> ['punctuation', 'function', 'punctuation', 'structured', 'punctuation']
 * ```
 */
export function tokenizeFormula(formula: string): readonly FormulaToken[] {
  const cached = tokenCache.get(formula);
  if (cached !== undefined) return cached;
  const tokens = Object.freeze(scanTokens(formula));
  // A workbook repeats one row formula on every data row: reading it once per text saves most of the work.
  if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear();
  tokenCache.set(formula, tokens);
  return tokens;
}

const TOKEN_CACHE_SIZE = 4096;
const tokenCache = new Map<string, readonly FormulaToken[]>();

function scanTokens(formula: string): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"') {
      const end = closingQuote(formula, i, '"');
      tokens.push({ kind: 'string', text: formula.slice(i, end + 1) });
      i = end + 1;
    } else if (ch === "'") {
      const end = closingQuote(formula, i, "'");
      if (formula.charAt(end + 1) !== '!')
        throw new FormulaFormError(`A quoted name at ${i} is not a sheet name`, formula);
      tokens.push({
        kind: 'sheetPrefix',
        text: formula.slice(i, end + 2),
        sheet: formula.slice(i + 1, end).replace(/''/g, "'"),
      });
      i = end + 2;
    } else if (ch === '[') {
      const end = closingBracket(formula, i);
      const text = formula.slice(i, end + 1);
      tokens.push({ kind: 'structured', text, ref: parseSpecifier(null, text.slice(1, -1), formula) });
      i = end + 1;
    } else if (ch === '#') {
      const match = ERROR_LITERAL.exec(formula.slice(i));
      if (match === null) throw new FormulaFormError(`Unknown literal at ${i}`, formula);
      tokens.push({ kind: 'error', text: match[0] });
      i += match[0].length;
    } else if (/\s/.test(ch)) {
      let end = i;
      while (end < formula.length && /\s/.test(formula.charAt(end))) end += 1;
      tokens.push({ kind: 'space', text: formula.slice(i, end) });
      i = end;
    } else if (/[\d.]/.test(ch) && NUMBER_LITERAL.test(formula.slice(i))) {
      const text = NUMBER_LITERAL.exec(formula.slice(i))?.[0] ?? ch;
      tokens.push({ kind: 'number', text });
      i += text.length;
    } else if (IDENTIFIER_START.test(ch)) {
      let end = i + 1;
      while (end < formula.length && IDENTIFIER_PART.test(formula.charAt(end))) end += 1;
      const name = formula.slice(i, end);
      const next = formula.charAt(end);
      if (next === '!') {
        tokens.push({ kind: 'sheetPrefix', text: `${name}!`, sheet: name });
        i = end + 1;
      } else if (next === '[') {
        const close = closingBracket(formula, end);
        const text = formula.slice(i, close + 1);
        tokens.push({
          kind: 'structured',
          text,
          ref: parseSpecifier(name, formula.slice(end + 1, close), formula),
        });
        i = close + 1;
      } else if (next === '(') {
        tokens.push({ kind: 'function', text: name, name });
        i = end;
      } else {
        tokens.push({ kind: 'identifier', text: name });
        i = end;
      }
    } else {
      tokens.push({ kind: 'punctuation', text: ch });
      i += 1;
    }
  }
  return tokens;
}

/**
 * The form a formula is stored in inside an .xlsx file (what the file host writes verbatim): no leading `=`,
 * every structured reference qualified by its table with `@` spelled `[#This Row]`, and the `_xlfn.`
 * prefix on functions newer than Excel 2007 (see {@link FUTURE_FUNCTION_PREFIXES}).
 *
 * @param formula - en-US formula as the plan writes it
 * @param tableName - the table the formula sits in, for references that name no table; omit outside tables
 * @returns the file form
 * @throws {@link FormulaFormError} when a reference names no table and none is given
 *
 * @example
 * ```ts
 * toFileFormula('=IF([@[Tổng điểm]]="","",MAXIFS([Tổng điểm],[Mã cụm],[@[Mã cụm]]))', 'Scores');
 * //=> 'IF(Scores[[#This Row],[Tổng điểm]]="","",_xlfn.MAXIFS(Scores[Tổng điểm],Scores[Mã cụm],Scores[[#This Row],[Mã cụm]]))'
 * ```
 */
export function toFileFormula(formula: string, tableName?: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  return tokenizeFormula(body)
    .map((token) => {
      if (token.kind === 'function') return prefixed(token.name);
      if (token.kind !== 'structured') return token.text;
      const table = token.ref.table ?? tableName;
      if (table === undefined) {
        throw new FormulaFormError(`${token.text} names no table and the formula sits in none`, formula);
      }
      return fileReference({ ...token.ref, table });
    })
    .join('');
}

/** What {@link toA1Formula} needs to know about the workbook and the cell the formula sits in. */
export interface A1Context {
  /** Every table, by name (looked up regardless of case, as Excel does). */
  tables: Readonly<Record<string, TableGeometry>>;
  /** Defined names (name → refers-to formula, structured references allowed). */
  names?: Readonly<Record<string, string>>;
  /** Sheet of the cell; references to another sheet are qualified with its name. Omit for a defined name. */
  sheet?: string;
  /** Table the cell sits in, for references that name no table. */
  table?: string;
  /** Zero-based sheet row of the cell, for this-row references. */
  row?: number;
  /** How a this-row reference is written: relative (`E2`, default) or absolute (`$E$2`). */
  thisRow?: 'relative' | 'absolute';
}

/**
 * Resolves the structured references of a formula (and the defined names that stand for them) to A1
 * references, for an engine that knows no tables. A column becomes an absolute range over the data
 * rows (`'Chấm điểm'!$E$2:$E$41`), qualified by sheet when it lies on another sheet than the cell; a
 * this-row reference becomes the cell of the current row (`E2`). The leading `=` is kept as given.
 *
 * @param formula - en-US formula with structured references
 * @param ctx - the tables and names of the workbook, and where the cell is
 * @returns the same formula with A1 references only
 * @throws {@link FormulaFormError} for an unknown table or column, a this-row reference outside the
 *   table's data rows, a `#Totals` item (tables here have no totals row) or a name that refers to itself
 *
 * @example
 * ```ts
 * const scores = { name: 'Scores', sheet: 'Chấm điểm', origin: { row: 0, col: 0 },
 *   headers: ['Mã đơn vị', 'Mã cụm', 'Tổng điểm'], rowCount: 40 };
 * toA1Formula('=COUNTIFS([Mã cụm],[@[Mã cụm]])', { tables: { Scores: scores }, sheet: 'Chấm điểm', table: 'Scores', row: 1 });
 * //=> '=COUNTIFS($B$2:$B$41,B2)'
 * toA1Formula('=Scores[Tổng điểm]', { tables: { Scores: scores } });
 * //=> "='Chấm điểm'!$C$2:$C$41"
 * ```
 */
export function toA1Formula(formula: string, ctx: A1Context): string {
  return resolveA1(formula, ctx, []);
}

function resolveA1(formula: string, ctx: A1Context, expanding: readonly string[]): string {
  const tokens = tokenizeFormula(formula);
  const findName = nameFinder(ctx.names);
  return tokens
    .map((token, index) => {
      if (token.kind === 'structured') return a1Reference(token.ref, ctx, formula);
      if (token.kind !== 'identifier' || tokens[index - 1]?.kind === 'sheetPrefix') return token.text;
      const name = findName(token.text);
      if (name === null || CELL_REFERENCE.test(token.text)) return token.text;
      if (expanding.includes(name.key.toUpperCase())) {
        throw new FormulaFormError(`The name ${name.key} refers to itself`, formula);
      }
      const body = name.formula.startsWith('=') ? name.formula.slice(1) : name.formula;
      // A name stands for its whole formula: parentheses keep `2*Name` right when it is `A+B`.
      const nameCtx: A1Context = {
        tables: ctx.tables,
        names: ctx.names,
        ...(ctx.sheet === undefined ? {} : { sheet: ctx.sheet }),
      };
      const resolved = resolveA1(body, nameCtx, [...expanding, name.key.toUpperCase()]);
      return isSingleReference(body) ? resolved : `(${resolved})`;
    })
    .join('');
}

/**
 * Finds a defined name whatever its case: the first of names differing only in case, as a search in
 * order finds it. The names are read into a map at the first identifier of a formula, not searched
 * for every identifier.
 */
function nameFinder(
  names: Readonly<Record<string, string>> | undefined,
): (text: string) => { key: string; formula: string } | null {
  let byKey: Map<string, { key: string; formula: string }> | null = null;
  return (text) => {
    if (names === undefined) return null;
    if (byKey === null) {
      byKey = new Map();
      for (const [key, formula] of Object.entries(names))
        if (!byKey.has(key.toUpperCase())) byKey.set(key.toUpperCase(), { key, formula });
    }
    return byKey.get(text.toUpperCase()) ?? null;
  };
}

function isSingleReference(body: string): boolean {
  const meaningful = tokenizeFormula(body).filter((t) => t.kind !== 'space');
  if (meaningful.length === 1)
    return meaningful[0]?.kind === 'structured' || meaningful[0]?.kind === 'identifier';
  return (
    meaningful.length === 2 && meaningful[0]?.kind === 'sheetPrefix' && meaningful[1]?.kind === 'identifier'
  );
}

function a1Reference(ref: StructuredReference, ctx: A1Context, formula: string): string {
  const tableName = ref.table ?? ctx.table;
  if (tableName === undefined)
    throw new FormulaFormError(`A column reference names no table and the formula sits in none`, formula);
  const table = findTable(ctx.tables, tableName);
  if (table === null) throw new FormulaFormError(`No table named ${tableName}`, formula);

  const firstCol = ref.columns === null ? 0 : columnIndex(table, ref.columns.first, formula);
  const lastCol =
    ref.columns === null ? table.headers.length - 1 : columnIndex(table, ref.columns.last, formula);
  const [left, right] = firstCol <= lastCol ? [firstCol, lastCol] : [lastCol, firstCol];
  const colStart = table.origin.col + left;
  const colEnd = table.origin.col + right;
  const sheet = ctx.sheet === table.sheet ? '' : `${quoteSheetName(table.sheet)}!`;

  if (ref.items.includes('#This Row')) {
    const row = ctx.row;
    const firstData = table.origin.row + 1;
    if (row === undefined || row < firstData || row >= firstData + bodyRows(table)) {
      throw new FormulaFormError(`A this-row reference to ${table.name} sits outside its data rows`, formula);
    }
    const absolute = ctx.thisRow === 'absolute';
    const start = cellA1(row, colStart, absolute);
    return colStart === colEnd ? `${sheet}${start}` : `${sheet}${start}:${cellA1(row, colEnd, absolute)}`;
  }

  if (ref.items.includes('#Totals')) throw new FormulaFormError(`${table.name} has no totals row`, formula);
  const items = ref.items.length === 0 ? ['#Data'] : ref.items;
  const headerRow = table.origin.row;
  const lastData = headerRow + bodyRows(table);
  const wantsHeaders = items.includes('#Headers') || items.includes('#All');
  const wantsData = items.includes('#Data') || items.includes('#All');
  const rowStart = wantsHeaders ? headerRow : headerRow + 1;
  const rowEnd = wantsData ? lastData : headerRow;
  const start = cellA1(rowStart, colStart, true);
  // One cell reads as a cell, as Excel shows `Units[[#Headers],[Mã cụm]]` resolved.
  if (rowStart === rowEnd && colStart === colEnd) return `${sheet}${start}`;
  return `${sheet}${start}:${cellA1(rowEnd, colEnd, true)}`;
}

function findTable(tables: Readonly<Record<string, TableGeometry>>, name: string): TableGeometry | null {
  const direct = tables[name];
  if (direct !== undefined) return direct;
  const wanted = name.toUpperCase();
  return Object.values(tables).find((t) => t.name.toUpperCase() === wanted) ?? null;
}

function columnIndex(table: TableGeometry, header: string, formula: string): number {
  const at = headerIndex(table.headers, header);
  if (at < 0) throw new FormulaFormError(`${table.name} has no column ${header}`, formula);
  return at;
}

function cellA1(row: number, col: number, absolute: boolean): string {
  const mark = absolute ? '$' : '';
  return `${mark}${columnLetters(col)}${mark}${row + 1}`;
}

function prefixed(name: string): string {
  if (/^_xl/i.test(name)) return name;
  const prefix = FUTURE_FUNCTION_PREFIXES[name.toUpperCase()];
  return prefix === undefined ? name : `${prefix}${name}`;
}

/** The file form of a reference: qualified, `[#This Row]` spelled out, headers escaped. */
function fileReference(ref: StructuredReference & { table: string }): string {
  const parts: string[] = ref.items.map((item) => `[${item}]`);
  if (ref.columns !== null) {
    const { first, last } = ref.columns;
    parts.push(
      first === last ? `[${escapeHeader(first)}]` : `[${escapeHeader(first)}]:[${escapeHeader(last)}]`,
    );
  }
  if (parts.length === 0) return `${ref.table}[#Data]`;
  // A lone item or plain column can drop its inner brackets; a column with special characters cannot.
  if (ref.items.length === 1 && ref.columns === null) return `${ref.table}[${ref.items[0] ?? '#Data'}]`;
  if (ref.items.length === 0 && ref.columns !== null && ref.columns.first === ref.columns.last) {
    const header = ref.columns.first;
    return needsInnerBrackets(header)
      ? `${ref.table}[[${escapeHeader(header)}]]`
      : `${ref.table}[${escapeHeader(header)}]`;
  }
  return `${ref.table}[${parts.join(',')}]`;
}

// Excel's list of characters that force a column specifier into its own brackets (space is allowed).
function needsInnerBrackets(header: string): boolean {
  return /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]/.test(header);
}

function closingQuote(formula: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < formula.length) {
    if (formula.charAt(i) === quote) {
      if (formula.charAt(i + 1) !== quote) return i;
      i += 2;
    } else {
      i += 1;
    }
  }
  throw new FormulaFormError(`Unterminated ${quote === '"' ? 'string' : 'sheet name'} at ${start}`, formula);
}

/** Index of the `]` that closes the `[` at `start`; `'` escapes the next character. */
function closingBracket(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i += 1) {
    const ch = formula.charAt(i);
    if (ch === "'") {
      i += 1;
    } else if (ch === '[') {
      depth += 1;
    } else if (ch === ']') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  throw new FormulaFormError(`Unclosed [ at ${start}`, formula);
}

/** Reads what sits between the outer brackets of a structured reference. */
function parseSpecifier(table: string | null, inner: string, formula: string): StructuredReference {
  if (!hasUnescapedBracket(inner)) return parseSimpleSpecifier(table, inner, formula);

  const items: TableItem[] = [];
  let columns: StructuredReference['columns'] = null;
  let i = 0;
  const skipSpaces = (): void => {
    while (inner.charAt(i) === ' ') i += 1;
  };
  const readSegment = (): string => {
    if (inner.charAt(i) !== '[') throw new FormulaFormError(`Expected [ in [${inner}]`, formula);
    const end = closingBracket(inner, i);
    const segment = inner.slice(i + 1, end);
    i = end + 1;
    return segment;
  };
  while (i < inner.length) {
    skipSpaces();
    if (inner.charAt(i) === '@') {
      items.push('#This Row');
      i += 1;
      skipSpaces();
      if (i >= inner.length) break;
      if (inner.charAt(i) !== '[') {
        // `[@Col]`-style shorthand inside a longer specifier is not Excel syntax.
        throw new FormulaFormError(`Unexpected text after @ in [${inner}]`, formula);
      }
    }
    const segment = readSegment();
    const item = ITEM_NAMES[segment.trim().toUpperCase()];
    if (segment.trimStart().startsWith('#')) {
      if (item === undefined) throw new FormulaFormError(`Unknown item [${segment}]`, formula);
      items.push(item);
    } else {
      if (columns !== null) throw new FormulaFormError(`Two column specifiers in [${inner}]`, formula);
      const first = unescapeHeader(segment);
      skipSpaces();
      if (inner.charAt(i) === ':') {
        i += 1;
        skipSpaces();
        columns = { first, last: unescapeHeader(readSegment()) };
      } else {
        columns = { first, last: first };
      }
    }
    skipSpaces();
    if (i < inner.length) {
      if (inner.charAt(i) !== ',') throw new FormulaFormError(`Expected , in [${inner}]`, formula);
      i += 1;
    }
  }
  return { table, items, columns };
}

function parseSimpleSpecifier(table: string | null, inner: string, formula: string): StructuredReference {
  if (inner.trim() === '') return { table, items: [], columns: null };
  if (inner.startsWith('#')) {
    const item = ITEM_NAMES[inner.trim().toUpperCase()];
    if (item === undefined) throw new FormulaFormError(`Unknown item [${inner}]`, formula);
    return { table, items: [item], columns: null };
  }
  if (inner.startsWith('@')) {
    const header = unescapeHeader(inner.slice(1));
    return { table, items: ['#This Row'], columns: header === '' ? null : { first: header, last: header } };
  }
  const header = unescapeHeader(inner);
  return { table, items: [], columns: { first: header, last: header } };
}

function hasUnescapedBracket(inner: string): boolean {
  for (let i = 0; i < inner.length; i += 1) {
    const ch = inner.charAt(i);
    if (ch === "'") i += 1;
    else if (ch === '[') return true;
  }
  return false;
}
