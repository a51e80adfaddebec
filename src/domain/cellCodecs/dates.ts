import type { IsoDate } from '../model';
import { normaliseText } from './text';
import type { Parsed } from './result';
import { parseError, parsedValue } from './result';

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 date system once its phantom 29/02/1900 is counted: 30/12/1899. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
/** Serial of the phantom 29/02/1900 that Excel keeps for Lotus 1-2-3 compatibility. */
const PHANTOM_LEAP_DAY = 60;
const MAX_YEAR = 9999;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether year/month/day name a real calendar day Excel can hold (1900–9999). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1900 &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function toIso(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The year, month and day of an ISO date, or null when it is not a real day.
 * @param iso - a date `yyyy-mm-dd`
 * @returns its parts, or null
 * @example
 * isoParts('2018-04-30') // { year: 2018, month: 4, day: 30 }
 */
export function isoParts(iso: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isCalendarDay(year, month, day) ? { year, month, day } : null;
}

/**
 * Converts an Excel serial date (1900 date system) to an ISO date. The time of day is dropped.
 * Excel counts a 29/02/1900 that never existed (serial 60): serials above 60 are one day ahead of
 * a plain day count, and serial 60 itself is no date.
 * @param serial - the serial as Excel stores it (1 = 01/01/1900)
 * @returns the ISO date, or null for serial 60, serials below 1 and years past 9999
 * @example
 * serialToIso(43101) // '2018-01-01'
 */
export function serialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const day = Math.floor(serial);
  if (day === PHANTOM_LEAP_DAY) return null;
  const offset = day < PHANTOM_LEAP_DAY ? day + 1 : day;
  const date = new Date(SERIAL_EPOCH + offset * MS_PER_DAY);
  const year = date.getUTCFullYear();
  if (year > MAX_YEAR) return null;
  return toIso(year, date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * Converts an ISO date to its Excel serial (1900 date system, phantom 29/02/1900 included).
 * @param iso - a date `yyyy-mm-dd` from 1900-01-01 on
 * @returns the serial, or null when the text is not a real day in Excel's range
 * @example
 * isoToSerial('2018-01-01') // 43101
 */
export function isoToSerial(iso: IsoDate): number | null {
  const parts = isoParts(iso);
  if (!parts) return null;
  const days = Math.round((Date.UTC(parts.year, parts.month - 1, parts.day) - SERIAL_EPOCH) / MS_PER_DAY);
  return days <= PHANTOM_LEAP_DAY ? days - 1 : days;
}

/**
 * Writes an ISO date the Vietnamese way.
 * @param iso - a date `yyyy-mm-dd`
 * @returns `dd/mm/yyyy`, or the text unchanged when it is not an ISO date
 * @example
 * formatDateVi('2018-01-02') // '02/01/2018'
 */
export function formatDateVi(iso: IsoDate): string {
  const parts = isoParts(iso);
  if (!parts) return iso;
  return `${pad(parts.day, 2)}/${pad(parts.month, 2)}/${pad(parts.year, 4)}`;
}

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;

/**
 * Reads a date typed as text: `d/m/yyyy`, `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy` or `yyyy-mm-dd`.
 * Day first, as Vietnamese write it; a two-digit year is refused rather than guessed.
 * @param text - the text of the cell
 * @returns the ISO date, or why the text is no date
 * @example
 * parseDateText('2/1/2018') // { value: '2018-01-02' }
 */
export function parseDateText(text: string): Parsed<IsoDate> {
  const t = normaliseText(text);
  const dayFirst = DAY_FIRST.exec(t);
  const yearFirst = dayFirst ? null : YEAR_FIRST.exec(t);
  const [year, month, day] = dayFirst
    ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
    : yearFirst
      ? [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])]
      : [NaN, NaN, NaN];
  if (isCalendarDay(year, month, day)) return parsedValue(toIso(year, month, day));
  return parseError(
    `"${t}" không phải một ngày có thật; hãy nhập ngày theo dạng dd/mm/yyyy (ví dụ 30/01/2018)`,
    `"${t}" is not a real date; enter it as dd/mm/yyyy (e.g. 30/01/2018)`,
  );
}

/**
 * Reads a day and month typed without a year (`30/4`, `03/02`), completing the year.
 * @param text - `d/m` or `dd/mm`
 * @param year - the year to complete it with
 * @returns the ISO date, or null when it is no day of that year
 * @example
 * parseDayMonth('30/4', 2018) // '2018-04-30'
 */
export function parseDayMonth(text: string, year: number): IsoDate | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})$/u.exec(normaliseText(text));
  if (!m) return null;
  const [month, day] = [Number(m[2]), Number(m[1])];
  return isCalendarDay(year, month, day) ? toIso(year, month, day) : null;
}
