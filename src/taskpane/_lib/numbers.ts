/**
 * A number as the pane's language writes it (92,5 in Vietnamese, 92.5 in English), with at most the
 * decimals the campaign keeps.
 * @param value - the number, or null
 * @param locale - `vi-VN` or `en-US`
 * @param blank - what to show for null
 * @returns the text
 * @example
 * formatNumber(92.5, 'vi-VN') // '92,5'
 */
export function formatNumber(value: number | null, locale: string, blank = '—'): string {
  if (value === null || !Number.isFinite(value)) return blank;
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}
