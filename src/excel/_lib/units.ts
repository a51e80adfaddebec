/**
 * Column widths: the plan speaks in characters (what the officer sees in Excel's width box), Office.js
 * in points (`range.format.columnWidth`).
 */

/**
 * Converts a width in characters of the default font (Calibri 11) to points, the way Excel does:
 * seven pixels a character plus five pixels of padding, at 0.75 point a pixel.
 * @param chars - width in characters
 * @returns width in points, rounded to two decimals
 * @example
 * charsToPoints(8.43) // 48 — Excel's default column
 */
export function charsToPoints(chars: number): number {
  const pixels = Math.round(chars * 7 + 5);
  return Math.round(pixels * 0.75 * 100) / 100;
}
