/**
 * What a person types into a cell, turned into the value Excel would store: the workbench grid edits
 * the in-memory workbook the way a Vietnamese Excel edits a sheet (decimal comma, dates day first).
 */
import { formatDateVi, isoToSerial, parseDateVi, serialToIso } from '../../domain/dates';
import type { CellValue } from '../../domain/workbook';

/**
 * The value of typed text in a cell of a given number format.
 *
 * A cell formatted as text (`@`) keeps the text as typed, as Excel does; elsewhere a number (with a
 * decimal comma or point, an optional sign and a `%`) becomes a number, a day-first date
 * (`30/01/2021`) its serial, `TRUE`/`FALSE` a boolean, and anything else stays text. Empty text
 * clears the cell. A leading apostrophe keeps the rest as text, as in Excel.
 *
 * @param text - what was typed
 * @param numberFormat - the cell's number format, or null for General
 * @returns the value to store
 * @example
 * typedValue('18,5', '0.00') // 18.5
 * typedValue('30/01/2021', 'dd/mm/yyyy') // 44226
 * typedValue('0123', '@') // '0123'
 * typedValue('  ', null) // null
 */
export function typedValue(text: string, numberFormat: string | null): CellValue {
  if (text.trim() === '') return null;
  if (text.startsWith("'")) return text.slice(1);
  if (numberFormat === '@') return text;
  const trimmed = text.trim();
  const number = parseNumber(trimmed);
  if (number !== null) return number;
  const date = parseDate(trimmed);
  if (date !== null) return date;
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  return text;
}

function parseNumber(text: string): number | null {
  const m = /^([+-]?)(\d+(?:[.,]\d+)?|[.,]\d+)(%?)$/.exec(text);
  if (m === null) return null;
  const value = Number(`${m[1] ?? ''}${(m[2] ?? '').replace(',', '.')}`);
  if (!Number.isFinite(value)) return null;
  // Percent text is a fraction in Excel: 85% is stored as 0.85.
  return m[3] === '%' ? Number((value / 100).toPrecision(15)) : value;
}

/** The serial of a day-first date; 31/02/2021, or a day before 1900, Excel keeps as text. */
function parseDate(text: string): number | null {
  const iso = parseDateVi(text);
  return iso === null ? null : isoToSerial(iso);
}

/**
 * The text a cell is edited from: its formula, or its value as a person would type it again
 * (decimal comma, dates day first) — what Excel shows in the formula bar.
 *
 * @param value - the cell's value
 * @param formula - the cell's formula, or null
 * @param numberFormat - the cell's number format, or null
 * @returns the text
 * @example
 * editText(18.5, null, '0.00') // '18,5'
 * editText(44226, null, 'dd/mm/yyyy') // '30/01/2021'
 * editText(null, '=SUM(A1:A2)', null) // '=SUM(A1:A2)'
 */
export function editText(value: CellValue, formula: string | null, numberFormat: string | null): string {
  if (formula !== null) return formula;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const format = numberFormat ?? '';
  const date = /[dy]/i.test(format.replace(/"[^"]*"/g, '')) && format !== '@' ? serialToIso(value) : null;
  if (date !== null) return formatDateVi(date);
  if (format.endsWith('%')) return `${String(Number((value * 100).toPrecision(15))).replace('.', ',')}%`;
  return String(Number(value.toPrecision(15))).replace('.', ',');
}
