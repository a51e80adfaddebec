import type { IsoDate } from '../../model';

/**
 * True when `value` is a real calendar date written `yyyy-mm-dd` (2021-02-30 is not).
 * @param value - a date string from the model, or null
 * @returns whether the value can be compared as a date
 * @example
 * isIsoDate('2021-02-28') //=> true
 */
export function isIsoDate(value: IsoDate | null | undefined): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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
