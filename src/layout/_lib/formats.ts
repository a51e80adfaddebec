/**
 * Number formats, colours and table styles shared by the sheets, so that the same kind of cell looks
 * the same everywhere.
 */

/** Dates as Vietnamese write them. */
export const DATE_FORMAT = 'dd/mm/yyyy';

/** Text: codes and free text stay exactly as typed (`01` keeps its zero, `=…` is not a formula). */
export const TEXT_FORMAT = '@';

/** Whole numbers (counts, ranks, places). */
export const COUNT_FORMAT = '0';

/**
 * Points with the campaign's decimals.
 * @param precision - decimals kept
 * @returns `0`, `0.0`, `0.00` …
 * @example
 * pointsFormat(2) // '0.00'
 */
export function pointsFormat(precision: number): string {
  const decimals = Math.max(0, Math.min(10, Math.trunc(precision)));
  return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
}

/** Excel table styles: inputs on a light style, computed summaries on a medium one. */
export const TABLE_STYLE = { input: 'TableStyleLight9', summary: 'TableStyleMedium2' } as const;

/** Fills and font colours of conditional formats and tabs (`#RRGGBB`). */
export const COLORS = {
  errorFill: '#FFC7CE',
  errorFont: '#9C0006',
  warningFill: '#FFEB9C',
  warningFont: '#9C5700',
  goodFill: '#C6EFCE',
  goodFont: '#006100',
  tabInput: '#2F75B5',
  tabScores: '#548235',
  tabSummary: '#C00000',
  /** Paper white: a slot number with nothing beside it is not printed. */
  blank: '#FFFFFF',
} as const;
