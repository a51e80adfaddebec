/**
 * Narrowing a COUNTIFS to the rows of one group, for evaluation only. The ranking formulas count,
 * for every unit, the units of its own cluster that beat it: `COUNTIFS($C$4:$C$1003,C7,…)` over the
 * whole table. HyperFormula evaluates each such call over every row, and one changed score makes every
 * call over that column run again: a thousand units cost a million comparisons per column, each time.
 *
 * Rows of another cluster never pass the first criterion, so a call whose ranges run only over the
 * rows from the first to the last of its own cluster counts the same. The in-memory engine evaluates
 * that narrower call; the workbook's formula (and so Excel's and the file's) stays the whole-column
 * one. The narrowing holds only while the rows' clusters stay where they were: the engine reads them
 * again after every change and narrows again when they moved (see `FormulaEngine`).
 *
 * Only calls of the form `COUNTIFS($X$a:$X$b,X<own row>,…)` are narrowed, and only when every range of
 * the call spans rows a to b of its sheet (else their sizes would part).
 */
import type { CellValue } from '../domain/workbook';

/** One grouping column: the whole-column range a COUNTIFS starts with, on the formula's sheet. */
export interface GroupColumn {
  /** Column letters, `C`. */
  column: string;
  /** First and last row of the range, 1-based, as written (`$C$4:$C$1003`: 4 and 1003). */
  first: number;
  last: number;
}

/** Rows (1-based) of the block a group's rows lie in: from its first row to its last. */
export interface RowBlock {
  top: number;
  bottom: number;
}

/** `COUNTIFS($X$a:$X$b,X<row>,` — a call whose first criterion is "same as this row" on column X. */
const GROUPED_CALL = /COUNTIFS\(\$([A-Z]{1,3})\$(\d+):\$\1\$(\d+),\1(\d+),/g;

/** An absolute range of one column on the formula's own sheet (not after a `!`). */
const COLUMN_RANGE = /(^|[^!A-Za-z0-9_$'])\$([A-Z]{1,3})\$(\d+):\$\2\$(\d+)/g;

/** A sheet-qualified reference: a call holding one is left whole. */
const OTHER_SHEET = /!\$?[A-Z]{1,3}\$?\d+/;

/** Any range, absolute or not, whole columns included: each must be one {@link COLUMN_RANGE} matches. */
const ANY_RANGE = /\$?[A-Z]{1,3}\$?\d*:\$?[A-Z]{1,3}\$?\d*/g;

/** The end of the call whose `(` is at `open`: the index of its `)`, strings skipped. */
function closingParen(formula: string, open: number): number {
  let depth = 0;
  for (let i = open; i < formula.length; i += 1) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      if (end < 0) return -1;
      i = end;
      continue;
    }
    if (ch === '(') depth += 1;
    else if (ch === ')') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

interface GroupedCall {
  /** Start and end (exclusive) of the call's argument text, between its parentheses. */
  start: number;
  end: number;
  group: GroupColumn;
}

function groupedCalls(formula: string, row: number): GroupedCall[] {
  const calls: GroupedCall[] = [];
  for (const match of formula.matchAll(GROUPED_CALL)) {
    const [, column = '', firstText = '', lastText = '', ownText = ''] = match;
    const first = Number(firstText);
    const last = Number(lastText);
    // The criterion cell must be this row's cell of the same column, inside the range.
    if (Number(ownText) !== row || row < first || row > last) continue;
    const open = (match.index ?? 0) + 'COUNTIFS'.length;
    const close = closingParen(formula, open);
    if (close < 0) continue;
    const args = formula.slice(open + 1, close);
    if (OTHER_SHEET.test(args)) continue;
    // Every range of the call must span the same rows, or narrowing would make their sizes differ.
    const ranges = [...args.matchAll(COLUMN_RANGE)];
    if (ranges.length !== [...args.matchAll(ANY_RANGE)].length) continue;
    if (ranges.some(([, , , a, b]) => Number(a) !== first || Number(b) !== last)) continue;
    calls.push({ start: open + 1, end: close, group: { column, first, last } });
  }
  return calls;
}

/**
 * The grouping columns of a formula's narrowable COUNTIFS calls.
 * @param formula - the formula in A1 (HyperFormula's dialect)
 * @param row - the formula's own row, 1-based
 * @returns one entry per narrowable call (a column may repeat), empty when none
 * @example
 * groupColumnsOf('=1+COUNTIFS($C$4:$C$43,C7,$H$4:$H$43,">"&H7)', 7) // [{ column: 'C', first: 4, last: 43 }]
 */
export function groupColumnsOf(formula: string, row: number): GroupColumn[] {
  if (!formula.includes('COUNTIFS($')) return [];
  return groupedCalls(formula, row).map((call) => call.group);
}

/**
 * The formula with each narrowable COUNTIFS running over its group's block of rows only.
 * @param formula - the formula in A1 (HyperFormula's dialect)
 * @param row - the formula's own row, 1-based
 * @param blockOf - the block of this row's group in a grouping column, or null to leave the call whole
 * @returns the narrowed formula (the same text when nothing is narrowed)
 * @example
 * narrowFormula('=COUNTIFS($C$4:$C$43,C7,$H$4:$H$43,">"&H7)', 7, () => ({ top: 5, bottom: 9 }))
 * // '=COUNTIFS($C$5:$C$9,C7,$H$5:$H$9,">"&H7)'
 */
export function narrowFormula(
  formula: string,
  row: number,
  blockOf: (group: GroupColumn) => RowBlock | null,
): string {
  if (!formula.includes('COUNTIFS($')) return formula;
  let out = '';
  let at = 0;
  for (const call of groupedCalls(formula, row)) {
    const block = blockOf(call.group);
    if (block === null) continue;
    const args = formula
      .slice(call.start, call.end)
      .replace(COLUMN_RANGE, (_, before: string, column: string) => {
        return `${before}$${column}$${block.top}:$${column}$${block.bottom}`;
      });
    out += formula.slice(at, call.start) + args;
    at = call.end;
  }
  return out + formula.slice(at);
}

/** What a cluster code may hold for its rows to be grouped: no criterion operator, wildcard or regex sign. */
const PLAIN = /^[\p{L}\p{N} _-]*$/u;

/**
 * The key a COUNTIFS criterion taken from this value matches by: coarser than the engine's own
 * matching (case, accents, surrounding spaces and a number's spelling all dropped), so every row the
 * engine would count shares the key. Null when the value could match rows by pattern or comparison
 * (`*`, `?`, `<`, `|` …) or is no text or number: such a column is not narrowed.
 * @param value - the grouping cell's value
 * @returns the key, or null
 * @example
 * groupKey('Cụm 1 ') // 'cum 1'
 * groupKey('01') // '1'
 * groupKey('K*') // null
 */
export function groupKey(value: CellValue): string | null {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!PLAIN.test(trimmed)) return null;
  if (trimmed !== '' && Number.isFinite(Number(trimmed))) return String(Number(trimmed));
  return trimmed
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * The block of rows of each group of a column: from the first row holding the key to the last.
 * @param keys - the key of each row of the range, from its first row on (null: not narrowable)
 * @param first - the range's first row, 1-based
 * @returns the block by key, or null when some row is not narrowable
 * @example
 * groupBlocks(['a', 'a', 'b'], 4)?.get('b') // { top: 6, bottom: 6 }
 */
export function groupBlocks(keys: readonly (string | null)[], first: number): Map<string, RowBlock> | null {
  const blocks = new Map<string, RowBlock>();
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i];
    if (key === null || key === undefined) return null;
    const row = first + i;
    const block = blocks.get(key);
    if (block === undefined) blocks.set(key, { top: row, bottom: row });
    else block.bottom = row;
  }
  return blocks;
}
