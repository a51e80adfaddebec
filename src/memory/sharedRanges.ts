/**
 * Ranges that many formulas read given to the in-memory engine once, by name. Each of the 20,000
 * registrations looks its unit up in the catalogue: `INDEX('Danh mục'!$H$3:$H$1002,MATCH(A4,'Danh mục'!$G$3:$G$1002,0))`.
 * HyperFormula links every formula that names a range to each cell of that range, again for every
 * formula, and INDEX reads the whole range anew at every call: 40,000 such formulas cost it some 80
 * million links and as many reads, most of the time to build the Ministry's workbook.
 *
 * The other way round, a few cells read by very many formulas: the council's points on Scores, 28
 * columns on each of the 1,000 rows, each read the one row of an empty Reviews table three times. Each
 * of those cells (or a small range, the rank bands' two rows) then has some 30,000 links, and the
 * engine checks each new link of a cell against all its links so far: a billion checks, seconds.
 *
 * A range that several formulas pass whole to a lookup or criteria function, where the function takes
 * a range, is given to the engine as a named expression (`_Range1` standing for
 * `'Danh mục'!$G$3:$G$1002`, a single cell as a range of one cell: `'Hội đồng'!$U$4:$U$4`): the engine
 * links the name to the range once and each formula to the name, and the name's value, read once,
 * serves every INDEX. MATCH and the criteria functions still see the range. Only what the engine holds
 * changes; the workbook's formulas, and what the workbench shows, stay as written.
 */

/** A range named by this module: the name the engine knows and the range it stands for. */
export interface SharedRange {
  name: string;
  /** `=` and the sheet-qualified absolute range: `='Danh mục'!$G$3:$G$1002`. */
  expression: string;
}

/**
 * Functions whose range arguments are read as values, so that a name standing for the range serves,
 * and which of their arguments (from 0) take a range. Only those are named: a criterion or a row number
 * given as a range would be read otherwise.
 */
const RANGE_ARGUMENTS: Readonly<Record<string, (index: number) => boolean>> = {
  INDEX: (i) => i === 0,
  MATCH: (i) => i === 1,
  COUNTIF: (i) => i === 0,
  COUNTIFS: (i) => i % 2 === 0,
  SUMIF: (i) => i === 0 || i === 2,
  AVERAGEIF: (i) => i === 0 || i === 2,
  SUMIFS: (i) => i === 0 || i % 2 === 1,
  AVERAGEIFS: (i) => i === 0 || i % 2 === 1,
  MAXIFS: (i) => i === 0 || i % 2 === 1,
  MINIFS: (i) => i === 0 || i % 2 === 1,
};

/** Fewer cells than this and the name saves less than it costs, unless very many formulas read the range. */
export const SHARED_RANGE_MIN_CELLS = 100;

/**
 * Readings of one range on one sheet from which it is named whatever its size: below, its cells' links
 * cost the engine less than the names would.
 */
export const SHARED_RANGE_MIN_READERS = 512;

/**
 * Rows of formulas served by one name of a large range. HyperFormula checks each new link of a vertex
 * against all its links so far, so a name read by 40,000 formulas would cost it some 800 million
 * checks: each block of rows of a sheet gets a name of its own.
 */
export const SHARED_BLOCK_ROWS = 256;

/**
 * Readings served by one name of a small range, about (a formula reading the range three times counts
 * three): its blocks are fewer rows where each row reads it many times.
 */
export const SHARED_READERS_PER_NAME = 512;

/**
 * An absolute range or cell, perhaps on another sheet, standing whole as an argument: matched right
 * after a `(` or `,`, and followed by a `,` or `)`.
 */
const ARGUMENT_RANGE =
  /((?:'(?:[^']|'')+'|[A-Za-z0-9_\u00C0-\u02AF.]+)!)?\$([A-Z]{1,3})\$(\d+)(?::\$([A-Z]{1,3})\$(\d+))?(?=[,)])/y;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** A range read by the formulas of one sheet, with what this module learns of its readings. */
interface Reading {
  /** The range qualified by its sheet, as the engine's named expression gives it (a cell as a range). */
  range: string;
  cells: number;
  /** Readings, counted over the formulas, and the rows they come from. */
  count: number;
  rows: Set<number>;
  /** Rows of formulas served by one name, once decided; 0 while undecided or never named. */
  blockRows: number;
  /** The name of each block of rows (by its index), once given. */
  blocks: Map<number, string>;
}

/** A range argument of a sharing function: where it stands in the formula and what it reads. */
interface Argument {
  start: number;
  end: number;
  reading: Reading;
}

/** The readings of a sheet's formulas by the range as written there (`$G$3:$G$1002`, `'Danh mục'!$G$3:$G$1002`). */
type SheetReadings = Map<string, Reading>;

/** A call or parenthesis open at a point of a formula: the function's name (null for none) and the argument. */
interface Enclosing {
  name: string | null;
  argument: number;
}

/** The name of the function whose `(` is at `open`, upper-cased; null for plain parentheses. */
function functionNameBefore(formula: string, open: number): string | null {
  let from = open;
  while (from > 0 && open - from < 40) {
    const c = formula.charCodeAt(from - 1);
    const word =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46;
    if (!word) break;
    from -= 1;
  }
  return from === open ? null : formula.slice(from, open).toUpperCase();
}

/** What a range argument reads, before any formula is counted. */
function newReading(match: RegExpExecArray, sheet: string): Reading {
  const [text, prefix, left = '', first = '', right, bottom] = match;
  const cell = right === undefined || bottom === undefined;
  // A cell as a range of one cell: the name's value is then what the function read, a range, and an
  // empty cell stays empty instead of becoming the 0 a formula `=A1` gives.
  const written = cell ? `${text}:${text.slice(prefix?.length ?? 0)}` : text;
  const range = prefix === undefined ? `'${sheet.replace(/'/g, "''")}'!${written}` : written;
  const cells = cell
    ? 1
    : (columnNumber(right) - columnNumber(left) + 1) * (Number(bottom) - Number(first) + 1);
  return { range, cells, count: 0, rows: new Set(), blockRows: 0, blocks: new Map() };
}

/**
 * The absolute ranges and cells a formula passes whole where a sharing function takes a range, in one
 * pass over the formula: strings are skipped, a sheet name in quotes holds no parenthesis or comma that
 * counts, an array constant's commas separate no arguments.
 */
function rangeArguments(formula: string, sheet: string, readings: SheetReadings): Argument[] {
  if (!formula.includes('$')) return [];
  const found: Argument[] = [];
  const stack: Enclosing[] = [];
  for (let i = 0; i < formula.length; i += 1) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // Doubled quotes inside are two strings back to back: the same skip reads them.
      const end = formula.indexOf(ch, i + 1);
      if (end < 0) break;
      i = end;
      continue;
    }
    if (ch === ')' || ch === '}') {
      stack.pop();
      continue;
    }
    if (ch === '{') {
      stack.push({ name: null, argument: 0 });
      continue;
    }
    if (ch !== '(' && ch !== ',') continue;
    if (ch === '(') {
      stack.push({ name: functionNameBefore(formula, i), argument: 0 });
    } else {
      const top = stack.at(-1);
      if (top !== undefined) top.argument += 1;
    }
    const top = stack.at(-1);
    const takesRange = top?.name === null || top === undefined ? undefined : RANGE_ARGUMENTS[top.name];
    if (takesRange === undefined || !takesRange(top?.argument ?? 0)) continue;
    ARGUMENT_RANGE.lastIndex = i + 1;
    const match = ARGUMENT_RANGE.exec(formula);
    if (match === null) continue;
    const [text] = match;
    const start = i + 1;
    let reading = readings.get(text);
    if (reading === undefined) {
      reading = newReading(match, sheet);
      readings.set(text, reading);
    }
    found.push({ start, end: start + text.length, reading });
    i = start + text.length - 1;
  }
  return found;
}

/**
 * The ranges worth naming among a workbook's formulas, and each formula with them named: a range of
 * {@link SHARED_RANGE_MIN_CELLS} cells or more read twice or more on a sheet, any range read
 * {@link SHARED_RANGE_MIN_READERS} times or more on a sheet. Each block of rows gets names of its own,
 * at most {@link SHARED_BLOCK_ROWS} rows and about {@link SHARED_READERS_PER_NAME} readings each; a
 * range read from several blocks gets a name of its own too, which theirs stand for.
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
  const bySheet = new Map<string, SheetReadings>();
  const readingsOf = (sheet: string): SheetReadings => {
    const key = sheet.toUpperCase();
    const readings = bySheet.get(key) ?? new Map<string, Reading>();
    bySheet.set(key, readings);
    return readings;
  };
  // Two passes over the formulas, the arguments found again in the second rather than kept: at the
  // Ministry's scale they would be half a million objects held while the engine builds.
  for (const { sheet, pos, formula } of formulas) {
    for (const { reading } of rangeArguments(formula, sheet, readingsOf(sheet))) {
      reading.count += 1;
      reading.rows.add(pos.row);
    }
  }
  for (const readings of bySheet.values()) {
    for (const reading of readings.values()) {
      // A range only one formula reads gains nothing from a name.
      if (reading.count < 2) {
        // Left as written.
      } else if (reading.cells >= SHARED_RANGE_MIN_CELLS) {
        // The name's value holds a copy of the range: as few names as the links allow.
        reading.blockRows = SHARED_BLOCK_ROWS;
      } else if (reading.count >= SHARED_RANGE_MIN_READERS) {
        const perRow = reading.count / reading.rows.size;
        reading.blockRows = Math.max(
          1,
          Math.min(SHARED_BLOCK_ROWS, Math.floor(SHARED_READERS_PER_NAME / perRow)),
        );
      }
      reading.rows.clear();
    }
  }
  // Each block's name, given as the second pass meets it; what it stands for is settled after.
  const blockNames: { name: string; reading: Reading }[] = [];
  const nameOf = (reading: Reading, row: number, given: boolean): string | null => {
    if (reading.blockRows === 0) return null;
    const index = Math.floor(row / reading.blockRows);
    const known = reading.blocks.get(index);
    if (known !== undefined || !given) return known ?? null;
    const name = `_Range${blockNames.length + 1}`;
    reading.blocks.set(index, name);
    blockNames.push({ name, reading });
    return name;
  };
  const rewritten = (sheet: string, row: number, formula: string, given: boolean): string => {
    let out = '';
    let at = 0;
    for (const { start, end, reading } of rangeArguments(formula, sheet, readingsOf(sheet))) {
      const name = nameOf(reading, row, given);
      if (name === null) continue;
      out += formula.slice(at, start) + name;
      at = end;
    }
    return at === 0 ? formula : out + formula.slice(at);
  };
  const shared = formulas.map(({ sheet, pos, formula }) => rewritten(sheet, pos.row, formula, true));
  // A range read from several blocks (of one sheet or more) is named once for itself, and each block's
  // name stands for that name: the range's values are then read and kept once, whatever the blocks.
  const blocksOf = new Map<string, number>();
  for (const { reading } of blockNames) blocksOf.set(reading.range, (blocksOf.get(reading.range) ?? 0) + 1);
  const whole = new Map<string, string>();
  const names: SharedRange[] = blockNames.map(({ name, reading }) => {
    let stands = reading.range;
    if ((blocksOf.get(reading.range) ?? 0) >= 2) {
      const base = whole.get(reading.range) ?? `_Range${blockNames.length + whole.size + 1}`;
      whole.set(reading.range, base);
      stands = base;
    }
    return { name, expression: `=${stands}` };
  });
  // The whole ranges first: a name is given to the engine after the name it stands for.
  const wholeNames = [...whole].map(([range, name]) => ({ name, expression: `=${range}` }));
  return {
    names: [...wholeNames, ...names],
    shared,
    rewrite: (sheet, row, formula) => rewritten(sheet, row, formula, false),
  };
}
