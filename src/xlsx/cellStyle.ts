/**
 * Plan styles (colours as `#RRGGBB`, bold, alignment, number format) turned into the library's styles.
 */
import type { CellStyle } from '../layout/plan';
import type { Cell, Style } from './library';

/**
 * An ARGB colour, as the file stores it, from a plan colour.
 * @param color - `#RRGGBB`, `RRGGBB` or `AARRGGBB`
 * @returns the opaque ARGB form (`FFRRGGBB`)
 * @example
 * argb('#C6EFCE') // 'FFC6EFCE'
 */
export function argb(color: string): string {
  const hex = color.replace(/^#/, '').toUpperCase();
  return hex.length === 8 ? hex : `FF${hex.padStart(6, '0')}`;
}

/**
 * Applies a plan style to a cell, leaving what the style does not mention as it is.
 * @param cell - the cell
 * @param style - the plan's style
 */
export function applyCellStyle(cell: Cell, style: CellStyle): void {
  if (style.bold !== undefined || style.italic !== undefined || style.size !== undefined || style.color) {
    // A font without a name or size is read by LibreOffice as its own default (a serif lacking some
    // Vietnamese letters): start from the workbook's body font.
    const font: Partial<Style['font']> = { name: 'Calibri', family: 2, size: 11, ...cell.font };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.size !== undefined) font.size = style.size;
    if (style.color) font.color = { argb: argb(style.color) };
    cell.font = font;
  }
  if (style.align) cell.alignment = { ...cell.alignment, horizontal: style.align, vertical: 'middle' };
  if (style.wrap === true) cell.alignment = { ...cell.alignment, wrapText: true, vertical: 'middle' };
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
}
