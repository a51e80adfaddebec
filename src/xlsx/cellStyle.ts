/**
 * Plan styles (colours as `#RRGGBB`, bold, alignment, number format) turned into ExcelJS styles.
 */
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../layout/plan';

/**
 * An ExcelJS ARGB colour from a plan colour.
 * @param color - `#RRGGBB`, `RRGGBB` or `AARRGGBB`
 * @returns the opaque ARGB form ExcelJS writes (`FFRRGGBB`)
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
export function applyCellStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold !== undefined || style.italic !== undefined || style.size !== undefined || style.color) {
    const font: Partial<ExcelJS.Font> = { ...cell.font };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.size !== undefined) font.size = style.size;
    if (style.color) font.color = { argb: argb(style.color) };
    cell.font = font;
  }
  if (style.align) cell.alignment = { ...cell.alignment, horizontal: style.align, vertical: 'middle' };
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
}
