/**
 * Numbers as a Vietnamese reader writes them: a decimal comma, no trailing zeros.
 */

/**
 * Formats a number with a decimal comma.
 * @param value - the number, or null
 * @param decimals - the most decimals shown
 * @returns the text; an empty string for null
 * @example
 * formatNumber(95.5) // '95,5'
 * formatNumber(88) // '88'
 * formatNumber(null) // ''
 */
export function formatNumber(value: number | null, decimals = 2): string {
  if (value === null || !Number.isFinite(value)) return '';
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed.replace('.', ',');
}
