import type { Exclusion } from '../model';
import type { Parsed } from './result';
import { parseError, parsedValue } from './result';
import { foldCase, normaliseText } from './text';

/** A comparison as a rule table writes it. */
export type Comparison = Exclusion['comparison'];

/** How each comparison is written in the workbook: the signs an officer types on any keyboard. */
export const COMPARISON_SIGNS: Readonly<Record<Comparison, string>> = {
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
};

// The mathematical signs (≤, ≥) and the words of the published tables are read too.
const ALIASES: Readonly<Record<string, Comparison>> = {
  '<': '<',
  '<=': '<=',
  '≤': '<=',
  '=<': '<=',
  '>': '>',
  '>=': '>=',
  '≥': '>=',
  '=>': '>=',
  dưới: '<',
  'nhỏ hơn': '<',
  'không quá': '<=',
  trên: '>',
  'lớn hơn': '>',
  từ: '>=',
  'từ … trở lên': '>=',
  'không dưới': '>=',
};

/**
 * Reads the `So sánh` column of a rule table.
 * @param text - `<`, `<=`, `>`, `>=` (also `≤`, `≥`, `dưới`, `trên`, `từ`, `không quá`, `không dưới`)
 * @returns the comparison, or an error listing the signs
 * @example
 * parseComparison('≥') // { value: '>=' }
 */
export function parseComparison(text: string): Parsed<Comparison> {
  const wanted = foldCase(text);
  const found = ALIASES[wanted];
  if (found !== undefined) return parsedValue(found);
  return parseError(
    `"${normaliseText(text)}" không phải phép so sánh; hãy ghi một trong: <, <=, >, >=`,
    `"${normaliseText(text)}" is not a comparison; write one of: <, <=, >, >=`,
  );
}

/**
 * Writes a comparison as the workbook shows it.
 * @param comparison - the comparison
 * @returns its sign
 * @example
 * formatComparison('>=') // '>='
 */
export function formatComparison(comparison: Comparison): string {
  return COMPARISON_SIGNS[comparison];
}
