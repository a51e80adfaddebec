import type { IsoDate } from '../../model';

/**
 * Adds days to an ISO date, in UTC so no time zone moves the result.
 * @param date - ISO date `yyyy-mm-dd`
 * @param days - days to add (negative to go back)
 * @returns the ISO date
 * @example
 * addDays('2018-01-30', 2) // '2018-02-01'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/**
 * Days from one ISO date to another.
 * @param from - ISO date
 * @param to - ISO date
 * @returns whole days, negative when `to` is earlier
 * @example
 * daysBetween('2018-01-01', '2018-01-31') // 30
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const utc = (date: IsoDate): number => {
    const [y, m, d] = date.split('-').map(Number);
    return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
