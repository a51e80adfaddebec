/**
 * Text helpers shared by the codecs and the cell readers. Internal: not part of the public API.
 */

/**
 * The text as an officer means it: Unicode NFC (a pasted "Tập thể" may come decomposed), outer
 * spaces removed, runs of spaces (non-breaking ones too, common in text copied from Word) made one.
 */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0]+/gu, ' ').trim();
}

/** The normalised text in lower case, for comparisons that ignore case but keep diacritics. */
export function foldCase(text: string): string {
  return normaliseText(text).toLowerCase();
}

/**
 * A code of the catalogue (unit, cluster, title, criterion): letters with or without diacritics,
 * digits, and `.`, `_`, `-`, `/` inside (`I.1`, `LĐTT`, `CTĐ-TP`).
 */
export const CODE_PATTERN = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}._\-/]*[\p{L}\p{N}])?`;

const CODE_ONLY = new RegExp(`^${CODE_PATTERN}$`, 'u');

/** Whether the text is one catalogue code. */
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
 */
export function parseDecimal(text: string): number | null {
  const t = text.trim();
  if (!DECIMAL_ONLY.test(t)) return null;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** Writes a number with the Vietnamese decimal comma (`12,5`), never in exponent form. */
export function formatDecimal(n: number): string {
  const plain = Number.isInteger(n) ? n.toFixed(0) : String(n);
  const text = /e/i.test(plain) ? n.toFixed(10).replace(/\.?0+$/u, '') : plain;
  return text.replace('.', ',');
}

/** Splits a list written with `;` or line breaks, dropping empty items. */
export function splitItems(text: string): string[] {
  return text
    .split(/[;\n\r]+/u)
    .map(normaliseText)
    .filter((item) => item !== '');
}

/** Removes diacritics (đ → d) for ASCII keys; never used to compare what an officer typed. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D');
}
