/**
 * What a text codec's parser gives back: the value, or why the text could not be read — in
 * Vietnamese (`error`) and English (`errorEn`), worded so the officer can correct the cell.
 */
export type Parsed<T> = { value: T } | { error: string; errorEn: string };

/**
 * Wraps a value read successfully.
 * @param value - the value read
 * @returns the successful result
 * @example
 * parsedValue(3) // { value: 3 }
 */
export function parsedValue<T>(value: T): Parsed<T> {
  return { value };
}

/**
 * A failed read, with its explanation in both languages.
 * @param error - what is wrong, in Vietnamese
 * @param errorEn - the same in English
 * @returns the failed result
 * @example
 * parseError('thiếu mã', 'code missing') // { error: 'thiếu mã', errorEn: 'code missing' }
 */
export function parseError<T = never>(error: string, errorEn: string): Parsed<T> {
  return { error, errorEn };
}

/**
 * Whether a parse result holds a value (narrows the union).
 * @param result - a parse result
 * @returns true when the text was read
 * @example
 * isParsed({ value: 1 }) // true
 */
export function isParsed<T>(result: Parsed<T>): result is { value: T } {
  return 'value' in result;
}
