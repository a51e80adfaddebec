import type { IsoDate } from '../../model';

const HYPHEN = 0x2d;
const ZERO = 0x30;

/**
 * True when `value` is a real calendar date written `yyyy-mm-dd` (2021-02-30 is not).
 * @param value - a date string from the model, or null
 * @returns whether the value can be compared as a date
 * @example
 * isIsoDate('2021-02-28') //=> true
 */
export function isIsoDate(value: IsoDate | null | undefined): value is IsoDate {
  // Read character by character: this runs two or three times per registration row, and a regular
  // expression with a Date per call cost more than the row checks around it.
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  // Years 0000–0099 are not dates here (Date.UTC reads them as 1900–1999, and the check has always
  // been made through it); in a campaign they can only be a slip. A -1 (not a digit) fails here too.
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** The ASCII digits `value[start … start + count)` as a number, or -1 when one is not a digit. */
function digitsAt(value: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const digit = value.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** Days of `month` (1–12) in `year` of the proleptic Gregorian calendar, as Date counts them. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A date as the workbook shows it, dd/mm/yyyy; anything that is not an ISO date is shown as typed.
 * @param value - an ISO date
 * @returns the date in dd/mm/yyyy
 * @example
 * showDate('2018-01-30') //=> '30/01/2018'
 */
export function showDate(value: IsoDate): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}
