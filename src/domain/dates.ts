/**
 * Calendar dates in the three forms the project meets them: ISO text inside the domain (`2018-01-30`),
 * dd/mm/yyyy where an officer reads or types one, and Excel's serial numbers (1900 date system) in
 * the cells. Every layer converts through here, so a date reads the same in the pane, the sheet, the
 * file and the messages.
 *
 * All arithmetic is in UTC: no time zone can move a date by a day.
 */
import type { IsoDate } from './model';

/** Milliseconds in a day (UTC days have no daylight-saving hour). */
export const MS_PER_DAY = 86_400_000;

/** Day 0 of the plain day count behind Excel's 1900 system: serial 61 is 01/03/1900, 61 days on. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
/** Serial of the 29/02/1900 that never was: Excel keeps it for Lotus 1-2-3 compatibility. */
const PHANTOM_LEAP_DAY = 60;
/** The first year Excel's 1900 system holds, and the last year Excel holds at all. */
const FIRST_SERIAL_YEAR = 1900;
const LAST_YEAR = 9999;
/**
 * Years below 100 are no dates here: `Date.UTC` reads them as 1900–1999, every check of the project has
 * always gone through it, and in a campaign such a year can only be a slip.
 */
const FIRST_YEAR = 100;

const HYPHEN = 0x2d;
const ZERO = 0x30;

/** The parts of a date, month and day counted from 1. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days of `month` (1–12) in `year` of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether the parts name a day of the calendar in the years the project accepts (0100–9999). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= FIRST_YEAR &&
    year <= LAST_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function toIso({ year, month, day }: DateParts): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
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

/**
 * Whether a value is a real calendar day written `yyyy-mm-dd` (years 0100–9999): `2021-02-30` is not.
 *
 * @param value - a date string from the model, or anything else
 * @returns whether the value can be compared and converted as a date
 *
 * @example
 * ```ts
 * isIsoDate('2020-02-29'); //=> true
 * isIsoDate('2021-02-29'); //=> false
 * isIsoDate('30/01/2021'); //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  // Read character by character: this runs two or three times per registration row, and a regular
  // expression with a Date per call cost more than the row checks around it.
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) return false;
  // A -1 (not a digit) fails the calendar check too.
  return isCalendarDay(digitsAt(value, 0, 4), digitsAt(value, 5, 2), digitsAt(value, 8, 2));
}

/**
 * The year, month and day of an ISO date.
 *
 * @param iso - a date `yyyy-mm-dd`
 * @returns its parts, or null when it is not a real day (see {@link isIsoDate})
 *
 * @example
 * ```ts
 * isoParts('2018-04-30'); //=> { year: 2018, month: 4, day: 30 }
 * isoParts('2018-04-31'); //=> null
 * ```
 */
export function isoParts(iso: string): DateParts | null {
  if (!isIsoDate(iso)) return null;
  return { year: digitsAt(iso, 0, 4), month: digitsAt(iso, 5, 2), day: digitsAt(iso, 8, 2) };
}

/**
 * Writes an ISO date as Vietnamese documents and the workbook show it.
 *
 * @param iso - a date `yyyy-mm-dd`
 * @returns `dd/mm/yyyy`, or the text unchanged when it is not a real ISO date
 *
 * @example
 * ```ts
 * formatDateVi('2018-01-02'); //=> '02/01/2018'
 * formatDateVi('sáng mai'); //=> 'sáng mai'
 * ```
 */
export function formatDateVi(iso: IsoDate): string {
  const parts = isoParts(iso);
  if (parts === null) return iso;
  return `${pad(parts.day, 2)}/${pad(parts.month, 2)}/${pad(parts.year, 4)}`;
}

/**
 * Writes an ISO date in words, as the place-and-date line of an administrative document does
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I): the day and month without leading zeros.
 *
 * @param iso - a date `yyyy-mm-dd`, or null
 * @returns `ngày 5 tháng 12 năm 2018`; dotted blanks to fill by hand for null or a date that is not real
 *
 * @example
 * ```ts
 * dateInWords('2018-12-05'); //=> 'ngày 5 tháng 12 năm 2018'
 * dateInWords(null); //=> 'ngày … tháng … năm …'
 * ```
 */
export function dateInWords(iso: IsoDate | null): string {
  const parts = iso === null ? null : isoParts(iso);
  if (parts === null) return 'ngày … tháng … năm …';
  return `ngày ${parts.day} tháng ${parts.month} năm ${parts.year}`;
}

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;
const DAY_MONTH = /^(\d{1,2})[/.-](\d{1,2})$/u;

function dateOf(year: number, month: number, day: number): IsoDate | null {
  return isCalendarDay(year, month, day) ? toIso({ year, month, day }) : null;
}

/**
 * Why a text written as a date names no day: it is not written as a date at all, its month is not
 * 1–12, its day is past the end of its month (`31/02/2021`), or its year is outside 0100–9999.
 */
export type DateTextProblem =
  | { kind: 'form' }
  | { kind: 'noSuchMonth'; month: number }
  | { kind: 'noSuchDay'; day: number; month: number; year: number; daysInMonth: number }
  | { kind: 'yearOutOfRange'; year: number };

/** What reading a date typed as text gives: the date, or why the text names none. */
export type DateTextReading = { iso: IsoDate } | { problem: DateTextProblem };

function readParts(year: number, month: number, day: number): DateTextReading {
  if (year < FIRST_YEAR || year > LAST_YEAR) return { problem: { kind: 'yearOutOfRange', year } };
  if (month < 1 || month > 12) return { problem: { kind: 'noSuchMonth', month } };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return { problem: { kind: 'noSuchDay', day, month, year, daysInMonth: days } };
  }
  return { iso: toIso({ year, month, day }) };
}

/**
 * Reads a date typed as text, day first (`30/01/2018`, `2/1/2018`, `30-01-2018`, `30.01.2018`) or
 * year first (`2018-01-30`, `2018-1-2`), and says why when the text names no day: a text written as a
 * date whose day the calendar lacks is not a wrongly written date, and the officer is told which.
 *
 * @param text - the text; spaces around it are ignored
 * @returns the ISO date, or the problem
 *
 * @example
 * ```ts
 * readTypedDate('30/01/2018'); //=> { iso: '2018-01-30' }
 * readTypedDate('31/02/2021'); //=> { problem: { kind: 'noSuchDay', day: 31, month: 2, year: 2021, daysInMonth: 28 } }
 * readTypedDate('15/13/2021'); //=> { problem: { kind: 'noSuchMonth', month: 13 } }
 * readTypedDate('sáng mai'); //=> { problem: { kind: 'form' } }
 * ```
 */
export function readTypedDate(text: string): DateTextReading {
  const trimmed = text.trim();
  const yearFirst = YEAR_FIRST.exec(trimmed);
  if (yearFirst !== null) return readParts(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  return readDateVi(trimmed);
}

/**
 * Reads a date written day first (see {@link parseDateVi}), saying why when the text names no day.
 *
 * @param text - the text; spaces around it are ignored
 * @returns the ISO date, or the problem
 *
 * @example
 * ```ts
 * readDateVi('29/02/2021'); //=> { problem: { kind: 'noSuchDay', day: 29, month: 2, year: 2021, daysInMonth: 28 } }
 * readDateVi('2021-02-01'); //=> { problem: { kind: 'form' } }
 * ```
 */
export function readDateVi(text: string): DateTextReading {
  const m = DAY_FIRST.exec(text.trim());
  return m === null ? { problem: { kind: 'form' } } : readParts(Number(m[3]), Number(m[2]), Number(m[1]));
}

const DAY_FIRST_SHORT_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$/u;

/**
 * The year Excel makes of a two-digit year: 00–29 are the 2000s, 30–99 the 1900s (its rule for a
 * date typed with a two-digit year).
 *
 * @param yy - 0–99
 * @returns the four-digit year
 *
 * @example
 * ```ts
 * excelCentury(26); //=> 2026
 * excelCentury(30); //=> 1930
 * ```
 */
export function excelCentury(yy: number): number {
  return yy < 30 ? 2000 + yy : 1900 + yy;
}

/**
 * Reads a date typed day first with a two-digit year (`15/03/26`) as Excel reads it typed into a
 * cell ({@link excelCentury}); the checks accept it and warn, since the century is a guess.
 *
 * @param text - the text; spaces around it are ignored
 * @returns the ISO date, or null when the text is not such a date
 *
 * @example
 * ```ts
 * readShortYearDate('15/03/26'); //=> '2026-03-15'
 * readShortYearDate('15/03/2026'); //=> null
 * ```
 */
export function readShortYearDate(text: string): IsoDate | null {
  const m = DAY_FIRST_SHORT_YEAR.exec(text.trim());
  if (m === null) return null;
  const read = readParts(excelCentury(Number(m[3])), Number(m[2]), Number(m[1]));
  return 'iso' in read ? read.iso : null;
}

/**
 * Reads a date written day first, as Vietnamese write it: `30/01/2018`, `2/1/2018`, `30-01-2018` or
 * `30.01.2018`. A two-digit year is refused rather than guessed, and so is a day the calendar lacks
 * ({@link readTypedDate} says which).
 *
 * @param text - the text; spaces around it are ignored
 * @returns the ISO date, or null when the text is no such date
 *
 * @example
 * ```ts
 * parseDateVi('2/1/2018'); //=> '2018-01-02'
 * parseDateVi('29.02.2020'); //=> '2020-02-29'
 * parseDateVi('31/02/2021'); //=> null
 * parseDateVi('2018-01-02'); //=> null (year first: see parseTypedDate)
 * ```
 */
export function parseDateVi(text: string): IsoDate | null {
  const read = readDateVi(text);
  return 'iso' in read ? read.iso : null;
}

/**
 * Reads a date typed into a cell as text: day first (see {@link parseDateVi}) or ISO-like year first
 * (`2018-01-02`, `2018-1-2`), the two ways a date reaches a workbook as text.
 *
 * @param text - the text; spaces around it are ignored
 * @returns the ISO date, or null when the text is no date
 *
 * @example
 * ```ts
 * parseTypedDate('02/01/2018'); //=> '2018-01-02'
 * parseTypedDate('2018-1-2'); //=> '2018-01-02'
 * parseTypedDate('02/01/18'); //=> null
 * ```
 */
export function parseTypedDate(text: string): IsoDate | null {
  const read = readTypedDate(text);
  return 'iso' in read ? read.iso : null;
}

/**
 * Reads a day and month written without a year (`30/4`, `03/02`), completing the year.
 *
 * @param text - `d/m` or `dd/mm` (`-` and `.` also separate)
 * @param year - the year to complete it with
 * @returns the ISO date, or null when it is no day of that year
 *
 * @example
 * ```ts
 * parseDayMonth('30/4', 2018); //=> '2018-04-30'
 * parseDayMonth('29/02', 2019); //=> null
 * ```
 */
export function parseDayMonth(text: string, year: number): IsoDate | null {
  const m = DAY_MONTH.exec(text.trim());
  return m === null ? null : dateOf(year, Number(m[2]), Number(m[1]));
}

/**
 * The date of an Excel serial (1900 date system), the time of day dropped. Excel counts a 29/02/1900
 * that never was (serial 60), so serials from 61 on are one day ahead of a plain day count from
 * 31/12/1899, and serial 60 itself names no date.
 *
 * @param serial - the serial as Excel stores it (1 = 01/01/1900)
 * @returns the ISO date, or null for serial 60, serials below 1 and years past 9999
 *
 * @example
 * ```ts
 * serialToIso(43101); //=> '2018-01-01'
 * serialToIso(43101.75); //=> '2018-01-01'
 * serialToIso(59); //=> '1900-02-28'
 * serialToIso(60); //=> null
 * serialToIso(61); //=> '1900-03-01'
 * ```
 */
export function serialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const day = Math.floor(serial);
  if (day === PHANTOM_LEAP_DAY) return null;
  const offset = day < PHANTOM_LEAP_DAY ? day + 1 : day;
  const date = new Date(SERIAL_EPOCH + offset * MS_PER_DAY);
  const year = date.getUTCFullYear();
  if (year > LAST_YEAR) return null;
  return toIso({ year, month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/**
 * The Excel serial (1900 date system) of a date, counting the phantom 29/02/1900 as Excel does.
 *
 * @param iso - a date `yyyy-mm-dd`
 * @returns the serial, or null when the text is not a real day from 01/01/1900 to 31/12/9999
 *
 * @example
 * ```ts
 * isoToSerial('2018-01-01'); //=> 43101
 * isoToSerial('1900-02-28'); //=> 59
 * isoToSerial('1900-03-01'); //=> 61
 * isoToSerial('1899-12-31'); //=> null
 * ```
 */
export function isoToSerial(iso: IsoDate): number | null {
  const parts = isoParts(iso);
  if (parts === null || parts.year < FIRST_SERIAL_YEAR) return null;
  const days = Math.round((Date.UTC(parts.year, parts.month - 1, parts.day) - SERIAL_EPOCH) / MS_PER_DAY);
  return days <= PHANTOM_LEAP_DAY ? days - 1 : days;
}

/**
 * The serial of a moment on the plain day count of the 1900 system: days since 30/12/1899 UTC, the
 * time of day as a fraction. Programs that hand serials over as JavaScript dates (the file host's spreadsheet library) convert on
 * this count; from 01/03/1900 on it is Excel's own serial, and before that it is their exact inverse.
 *
 * @param time - milliseconds since 1970 (UTC), as `Date.getTime()` gives them
 * @returns the serial
 *
 * @example
 * ```ts
 * serialOfUtcTime(Date.UTC(2018, 0, 2)); //=> 43102
 * serialOfUtcTime(Date.UTC(2018, 0, 2, 18)); //=> 43102.75
 * ```
 */
export function serialOfUtcTime(time: number): number {
  return (time - SERIAL_EPOCH) / MS_PER_DAY;
}

/**
 * The UTC time at which an ISO date begins, for arithmetic on days.
 *
 * @param iso - a date `yyyy-mm-dd`
 * @returns milliseconds since 1970 (UTC); a malformed part counts as the first year, month or day
 *
 * @example
 * ```ts
 * isoToUtcTime('1970-01-02'); //=> 86400000
 * ```
 */
export function isoToUtcTime(iso: IsoDate): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1);
}

/**
 * Adds days to an ISO date.
 *
 * @param iso - a date `yyyy-mm-dd`
 * @param days - days to add (negative to go back)
 * @returns the ISO date
 *
 * @example
 * ```ts
 * addDays('2018-01-30', 2); //=> '2018-02-01'
 * addDays('2020-03-01', -1); //=> '2020-02-29'
 * ```
 */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return new Date(isoToUtcTime(iso) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Whole days from one ISO date to another.
 *
 * @param from - a date `yyyy-mm-dd`
 * @param to - a date `yyyy-mm-dd`
 * @returns the days, negative when `to` is earlier
 *
 * @example
 * ```ts
 * daysBetween('2018-01-01', '2018-01-31'); //=> 30
 * daysBetween('2020-02-28', '2020-03-01'); //=> 2
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((isoToUtcTime(to) - isoToUtcTime(from)) / MS_PER_DAY);
}
