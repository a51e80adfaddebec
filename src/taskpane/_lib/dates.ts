import type { IsoDate } from '../../domain/model';

/**
 * Shows an ISO date the way the workbook and Vietnamese documents write it.
 * @param iso - `yyyy-mm-dd`, or null
 * @returns `dd/mm/yyyy`, or an empty string for null or a malformed date
 * @example
 * isoToDisplay('2018-01-02') // '02/01/2018'
 */
export function isoToDisplay(iso: IsoDate | null): string {
  if (iso === null) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return '';
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/**
 * Reads a date typed as day/month/year (`30/01/2018`, `2/1/2018`, `30-01-2018`, `30.01.2018`).
 * @param text - the typed text
 * @returns the ISO date, `null` for blank text, or `undefined` when the text is not a real date
 * @example
 * displayToIso('30/01/2018') // '2018-01-30'
 * displayToIso('31/02/2018') // undefined
 */
export function displayToIso(text: string): IsoDate | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (m === null) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date rolls 31/02 over into March: a date is real only when it survives the round trip.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return date.toISOString().slice(0, 10);
}
