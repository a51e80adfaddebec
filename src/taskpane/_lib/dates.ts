/**
 * The date fields of the campaign form: a blank field is no date, which the form tells apart from a
 * date it cannot read. Reading and writing the date itself is the domain's (`domain/dates`).
 */
import { formatDateVi, isIsoDate, parseDateVi, readDateVi, type DateTextProblem } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';

/**
 * The text of a date field.
 * @param iso - `yyyy-mm-dd`, or null
 * @returns `dd/mm/yyyy`, or an empty field for null or a malformed date
 * @example
 * isoToDisplay('2018-01-02') // '02/01/2018'
 */
export function isoToDisplay(iso: IsoDate | null): string {
  return isIsoDate(iso) ? formatDateVi(iso) : '';
}

/**
 * Reads a date field typed day first (`30/01/2018`, `2/1/2018`, `30-01-2018`, `30.01.2018`).
 * @param text - the typed text
 * @returns the ISO date, `null` for a blank field, or `undefined` when the text is not a real date
 * @example
 * displayToIso('30/01/2018') // '2018-01-30'
 * displayToIso('31/02/2018') // undefined
 */
export function displayToIso(text: string): IsoDate | null | undefined {
  if (text.trim() === '') return null;
  return parseDateVi(text) ?? undefined;
}

/**
 * Why a date field's text is no date, for the message under the field.
 * @param text - the typed text
 * @returns the problem, or null when the text is blank or a real date
 * @example
 * dateFieldProblem('31/02/2021') // { kind: 'noSuchDay', day: 31, month: 2, year: 2021, daysInMonth: 28 }
 */
export function dateFieldProblem(text: string): DateTextProblem | null {
  if (text.trim() === '') return null;
  const read = readDateVi(text);
  return 'iso' in read ? null : read.problem;
}
