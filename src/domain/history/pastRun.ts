import type { HistoryEntry, Prerequisite } from '../model';

/** A `pastRun` prerequisite (CSTĐCS three years in a row, CSTĐ bộ twice in a row). */
export type PastRun = Extract<Prerequisite, { kind: 'pastRun' }>;

/** How a person's history meets a run of earlier years. */
export interface PastRunResult {
  /** Every year of the run, earliest first, the campaign year included when the run ends there. */
  run: number[];
  /** Years of the run the history must give, earliest first (the campaign year is never among them). */
  needed: number[];
  /** The entry that gives each needed year the history holds, earliest first. */
  held: HistoryEntry[];
  /** Needed years the history lacks, earliest first. */
  missing: number[];
}

/**
 * Checks a run of earlier years against a person's award history. The run ends in the campaign year
 * when this year's registrations already give the title (a CSTĐ bộ is considered in the year of the
 * third CSTĐCS, and counts as one), else in the year before; from there it steps back `every` years
 * `times` times. An entry gives a year when its title is the one needed or counts as it (a CSTĐ bộ of
 * 2022 is also that year's CSTĐCS); a Bằng khen or an LĐTT does not.
 *
 * @param year - the campaign year
 * @param run - the prerequisite
 * @param heldThisYear - true when this year's registrations give the title
 * @param entries - the person's history entries
 * @param countsAs - whether a title code is or counts as another
 * @returns the years of the run, those needed from the history, those held and those missing
 * @example
 * const e = (year: number) => ({ row: 1, year, subject: 'individual', unit: 'VP', person: 'An', birthDate: null, title: 'CSTDCS', decision: '', decisionDate: null }) as const;
 * checkPastRun(2024, { kind: 'pastRun', title: 'CSTDCS', times: 3, every: 1 }, true, [e(2023)], (a, b) => a === b).missing // [2022]
 */
export function checkPastRun(
  year: number,
  run: PastRun,
  heldThisYear: boolean,
  entries: readonly HistoryEntry[],
  countsAs: (code: string, target: string) => boolean,
): PastRunResult {
  const last = heldThisYear ? year : year - 1;
  const years: number[] = [];
  for (let k = run.times - 1; k >= 0; k -= 1) years.push(last - k * run.every);
  const needed = years.filter((y) => y !== year);
  const byYear = new Map<number, HistoryEntry>();
  for (const entry of entries) {
    if (!needed.includes(entry.year) || byYear.has(entry.year)) continue;
    if (countsAs(entry.title, run.title)) byYear.set(entry.year, entry);
  }
  const held = needed.flatMap((y) => {
    const entry = byYear.get(y);
    return entry === undefined ? [] : [entry];
  });
  return { run: years, needed, held, missing: needed.filter((y) => !byYear.has(y)) };
}
