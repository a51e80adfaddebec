import type { Campaign, HistoryEntry } from '../model';

// One answer per history: the ranking asks for every unit of every cluster.
const cache = new WeakMap<readonly HistoryEntry[], Map<string, ReadonlySet<string> | null>>();

/**
 * Which units held the flag the year before the campaign, as the award history says, for the
 * tie-break "did not hold the flag last year". The history says it only when it holds that year's
 * flags (at least one entry of the flag title for the year): otherwise the answer is null and the
 * typed column of the Scores table decides, as before the history existed.
 *
 * @param campaign - the campaign, with its history and its flag title (setting `flagTitle`)
 * @returns the codes of the units that held the flag last year, or null when the history cannot say
 * @example
 * flagsLastYear({ ...campaign, year: 2024, history: [{ year: 2023, subject: 'collective', unit: 'VP', title: 'CTD_BO', … }] })
 * // Set { 'VP' }
 */
export function flagsLastYear(campaign: Campaign): ReadonlySet<string> | null {
  const { history } = campaign;
  if (history === undefined) return null;
  const key = `${campaign.year}\u0000${campaign.awardRules.flagTitle}`;
  let known = cache.get(history);
  if (known === undefined) cache.set(history, (known = new Map<string, ReadonlySet<string> | null>()));
  const found = known.get(key);
  if (found !== undefined) return found;
  const last = campaign.year - 1;
  const units = new Set<string>();
  for (const e of history) {
    if (e.year === last && e.title === campaign.awardRules.flagTitle) units.add(e.unit);
  }
  const answer = units.size === 0 ? null : units;
  known.set(key, answer);
  return answer;
}
