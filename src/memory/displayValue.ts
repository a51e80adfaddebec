/**
 * How a cell reads on screen in the workbench grid: the value under its number format, with the
 * separators of a Vietnamese Excel (decimal comma, dot between thousands). Only the formats the plan
 * uses are understood — fixed decimals, thousands, percent, dates and text; anything else shows as
 * General.
 */
import { isoParts, serialToIso } from '../domain/dates';
import type { CellValue } from '../domain/workbook';

/**
 * The text a cell shows.
 *
 * @param value - the evaluated value
 * @param numberFormat - the cell's number format, or null for General
 * @returns the displayed text
 *
 * @example
 * ```ts
 * displayValue(95.5, '0.00'); //=> '95,50'
 * displayValue(43102, 'dd/mm/yyyy'); //=> '02/01/2018'
 * displayValue(0.705, '0.0%'); //=> '70,5%'
 * displayValue(null, '0.00'); //=> ''
 * ```
 */
export function displayValue(value: CellValue, numberFormat: string | null): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const format = (numberFormat ?? 'General').split(';')[0] ?? 'General';
  if (format === '@') return generalNumber(value);
  if (/[dy]/i.test(format.replace(/"[^"]*"/g, ''))) return dateText(value, format) ?? generalNumber(value);
  const fixed = /^(#,##)?0(?:\.(0+))?(%?)$/.exec(format);
  if (fixed !== null) {
    const decimals = fixed[2]?.length ?? 0;
    const percent = fixed[3] === '%';
    return (
      groupedNumber(percent ? value * 100 : value, decimals, fixed[1] !== undefined) + (percent ? '%' : '')
    );
  }
  return generalNumber(value);
}

function generalNumber(value: number): string {
  // General shows up to about ten significant digits; more would only show binary noise.
  const text = String(Number(value.toPrecision(10)));
  return text.replace('.', ',');
}

function groupedNumber(value: number, decimals: number, group: boolean): string {
  const [whole = '0', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const wholeText = group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
  const sign = value < 0 && Number(value.toFixed(decimals)) !== 0 ? '-' : '';
  return fraction === undefined ? `${sign}${wholeText}` : `${sign}${wholeText},${fraction}`;
}

/** The date under a date format, or null for a serial that names no day (below 1, or the phantom 29/02/1900). */
function dateText(serial: number, format: string): string | null {
  const iso = serialToIso(serial);
  const date = iso === null ? null : isoParts(iso);
  if (date === null) return null;
  const parts: Record<string, string> = {
    yyyy: String(date.year),
    yy: String(date.year).slice(-2),
    mm: String(date.month).padStart(2, '0'),
    m: String(date.month),
    dd: String(date.day).padStart(2, '0'),
    d: String(date.day),
  };
  return format.replace(/yyyy|yy|mm|m|dd|d/gi, (token) => parts[token.toLowerCase()] ?? token);
}
