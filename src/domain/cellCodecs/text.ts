/**
 * How the codecs and the cell readers see typed text: normalised spaces and Unicode form, case
 * folding, catalogue codes and plain decimals.
 */

/** A run of two or more whitespace characters, or one that is not a plain space (tab, NBSP…). */
const UNUSUAL_SPACE = /\s{2,}|[^\S ]/u;

/** What {@link normaliseText} makes one space. */
const SPACE_RUNS = /[\s\u00a0]+/gu;

/**
 * The text as an officer means it: Unicode NFC (a pasted "Tập thể" may come decomposed), outer
 * spaces removed, runs of spaces (non-breaking ones too, common in text copied from Word) made one.
 * @param text - text as typed or pasted
 * @returns the normalised text
 * @example
 * normaliseText('  Tập\u00a0 thể ') // 'Tập thể'
 */
export function normaliseText(text: string): string {
  const nfc = text.normalize('NFC');
  // Every cell read goes through here, and nearly all of them have single spaces only: testing for
  // anything else is much cheaper than a replace that would change nothing.
  return (UNUSUAL_SPACE.test(nfc) ? nfc.replace(SPACE_RUNS, ' ') : nfc).trim();
}

/**
 * The normalised text in lower case, for comparisons that ignore case but keep diacritics.
 * @param text - text as typed
 * @returns the normalised text in lower case
 * @example
 * foldCase(' TẬP THỂ ') // 'tập thể'
 */
export function foldCase(text: string): string {
  return normaliseText(text).toLowerCase();
}

/**
 * A code of the catalogue (unit, cluster, title, criterion): letters with or without diacritics,
 * digits, and `.`, `_`, `-`, `/` inside (`I.1`, `LĐTT`, `CTĐ-TP`).
 */
export const CODE_PATTERN = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}._\-/]*[\p{L}\p{N}])?`;

const CODE_ONLY = new RegExp(`^${CODE_PATTERN}$`, 'u');

/**
 * Whether the text is one catalogue code.
 * @param text - a trimmed text
 * @returns true when the text is a single code
 * @example
 * isCode('CTĐ-TP') // true
 */
export function isCode(text: string): boolean {
  return CODE_ONLY.test(text);
}

/** A plain decimal, either separator: `9`, `9.5`, `9,5`, `-2`. */
export const DECIMAL_PATTERN = String.raw`[+-]?\d+(?:[.,]\d+)?`;

const DECIMAL_ONLY = new RegExp(`^${DECIMAL_PATTERN}$`, 'u');

/**
 * Reads a plain decimal written with a point or a comma. Thousands separators are not accepted:
 * in Vietnamese "1.000" means one thousand and in English one, and the rule values and points of a
 * campaign are small, so both separators mean the decimal point here.
 * @param text - the text
 * @returns the number, or null when the text is not a plain decimal
 * @example
 * parseDecimal('9,5') // 9.5
 */
export function parseDecimal(text: string): number | null {
  const t = text.trim();
  if (!DECIMAL_ONLY.test(t)) return null;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/**
 * Writes a number with the Vietnamese decimal comma (`12,5`), never in exponent form.
 * @param n - a finite number
 * @returns its text with a decimal comma
 * @example
 * formatDecimal(12.5) // '12,5'
 */
export function formatDecimal(n: number): string {
  const plain = Number.isInteger(n) ? n.toFixed(0) : String(n);
  const text = /e/i.test(plain) ? n.toFixed(10).replace(/\.?0+$/u, '') : plain;
  return text.replace('.', ',');
}

/**
 * Splits a list written with `;` or line breaks, dropping empty items.
 * @param text - a list cell
 * @returns the non-empty items, normalised
 * @example
 * splitItems('a; b\n;') // ['a', 'b']
 */
export function splitItems(text: string): string[] {
  return text
    .split(/[;\n\r]+/u)
    .map(normaliseText)
    .filter((item) => item !== '');
}

/**
 * Removes diacritics (đ → d) for ASCII keys; never used to compare what an officer typed.
 * @param text - Vietnamese text
 * @returns the text without diacritics
 * @example
 * stripDiacritics('Tỷ lệ đạt') // 'Ty le dat'
 */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D');
}
