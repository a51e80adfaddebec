/**
 * Converts what the spreadsheet library holds in a cell into the plain value every host reads back
 * (text, number, boolean or null; dates as Excel serials).
 */
import { MS_PER_DAY, serialOfUtcTime } from '../domain/dates';
import type { CellValue } from '../domain/workbook';
import type { Cell, LibraryCellValue } from './library';

/**
 * The Excel serial (1900 date system) of a date as the library gives it: the library turns a serial into
 * a JavaScript date at UTC midnight plus the time of day, so the conversion is done in UTC.
 * @param date - the date the library produced for a date-formatted cell
 * @returns the serial, with the time of day as a fraction
 * @example
 * excelSerial(new Date(Date.UTC(2018, 0, 2))) // 43102
 */
export function excelSerial(date: Date): number {
  const serial = serialOfUtcTime(date.getTime());
  // The library rounds to the millisecond when it makes the date; undo the float noise that leaves.
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}

/**
 * The plain value of a cell value as the library holds it.
 *
 * A formula gives its cached result, or null when the file holds none (the file host writes no results,
 * and the domain recomputes whatever it needs from the inputs). Rich text and hyperlinks give their
 * text, an error gives its text (`#N/A`). Text is returned as stored, in its own Unicode form: the
 * sheet's formulas tell a decomposed "ê" from a composed one, so the checks must see which was typed
 * (headers are put in NFC where a table is read).
 *
 * Dates come back as serials of the 1900 date system, the one the domain reads, even from a workbook
 * in the 1904 system (the library has already turned the stored serial into the real date).
 *
 * @param value - the value of `cell.value`
 * @returns the plain value
 * @example
 * plainCellValue({ richText: [{ text: 'Văn phòng ' }, { text: 'Sở' }] }) // 'Văn phòng Sở'
 * plainCellValue({ formula: 'SUM(A1:A2)' }) // null
 */
export function plainCellValue(value: LibraryCellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : excelSerial(value);
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    return value.result === undefined ? null : plainCellValue(value.result);
  }
  // A hyperlink carries its shown text (and may carry it as rich text too).
  if ('text' in value) return value.text;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('checkbox' in value) return value.checkbox;
  return null;
}

/**
 * The formula of a cell in the form the file stores it (no leading `=`), or null for a constant.
 * Cells that share a formula give their own, translated to their position.
 * @param cell - the cell
 * @returns the formula text
 */
export function cellFormula(cell: Cell): string | null {
  const value = cell.value;
  if (value === null || typeof value !== 'object' || value instanceof Date) return null;
  if (!('formula' in value) && !('sharedFormula' in value)) return null;
  const formula = cell.formula;
  return typeof formula === 'string' && formula !== '' ? formula : null;
}
