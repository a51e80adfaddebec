/**
 * Text written as text. Excel reads a string written through `range.values` or `table.rows.add` as if
 * it were typed: `=SUM(…)` becomes a formula, `001` the number 1, `12/2018` a date. The plan's strings
 * are text, whatever they look like, so the host writes the ones Excel would not keep as text the way
 * an officer types them: after an apostrophe, Excel's text prefix, which is neither shown nor part of
 * the value (the cell reads back as the string without it).
 *
 * The test is generous on purpose: a string that would have stayed text anyway loses nothing by the
 * prefix, while one that slips through is changed for good. The prefix is also written in columns
 * formatted `@` (text), where Excel would keep the string as it is: it is harmless there, a single
 * cell's format may differ from its column's, and so the writer never depends on a format written
 * earlier in the same request.
 */
import type { CellValue } from '../../domain/workbook';

/** Excel's text prefix. */
export const TEXT_PREFIX = "'";

/** First characters that make Excel read an entry as a formula (`@`, `+`, `-` are Lotus habits), or eat it (`'`). */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', TEXT_PREFIX]);

/**
 * Digits with the separators of numbers, dates, times, fractions, percentages and currencies, and
 * maybe an exponent or a time of day (`AM`, or `SA`/`CH` in Vietnamese): `001`, `1.10`, `12/2018`,
 * `1 1/2`, `50%`, `(12)`, `1e5`, `10:30 SA`, `5.000 ₫`.
 */
const NUMBER_LIKE = /^(?=\D*\d)[\d\s.,:/()+\-%$€£¥₫]+(?:e[+-]?\d+)?\s*(?:am|pm|a|p|sa|ch|đ)?$/i;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** A date with an English month name, as an en-US Excel reads it: `Jan 2018`, `12-Jan`, `March 5, 2018`. */
const MONTH_DATE = new RegExp(`^(?:\\d{1,4}[\\s\\-/.,]*)?${MONTH}\\.?(?:[\\s\\-/.,]+\\d{1,4}){0,2}$`, 'i');

/** Booleans and error values, which Excel turns into the value they name. */
const NAMED_VALUE =
  /^(?:true|false|#(?:null!|div\/0!|value!|ref!|name\?|num!|n\/a|getting_data|spill!|calc!|field!|blocked!|connect!|busy!|unknown!))$/i;

/**
 * Whether Excel would read a string as something other than that text.
 * @param text - the string to write
 * @returns true for a string that starts like a formula (or with the prefix itself), or whose trimmed
 *   form looks like a number, date, time, percentage, boolean or error value
 * @example
 * needsTextPrefix('12/2018') // true
 * needsTextPrefix('12/KH-STP') // false
 */
export function needsTextPrefix(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  if (FORMULA_STARTS.has(text[0] ?? '') || FORMULA_STARTS.has(trimmed[0] ?? '')) return true;
  return NUMBER_LIKE.test(trimmed) || MONTH_DATE.test(trimmed) || NAMED_VALUE.test(trimmed);
}

/**
 * A planned value as the host writes it: a string Excel would not keep as text gets the text prefix;
 * anything else is written as it is.
 * @param value - a value of the plan (`rows`, `appendRows`, `CellPlan.value`, a header)
 * @returns the value to put in the 2-D array sent to Excel
 * @example
 * asText('=SUM(A1:A3)') // "'=SUM(A1:A3)"
 * asText(42) // 42
 */
export function asText(value: string | number | boolean): string | number | boolean;
export function asText(value: CellValue): CellValue;
export function asText(value: CellValue): CellValue {
  return typeof value === 'string' && needsTextPrefix(value) ? TEXT_PREFIX + value : value;
}
