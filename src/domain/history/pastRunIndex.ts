import type { RegistrationContext } from '../validate/registrations/context';
import { historyIndex, type HistoryIndex } from './historyIndex';
import { pastRunYears, type PastRun } from './pastRun';

/**
 * The award history indexed for the catalogue's runs of earlier years (CSTĐCS three years in a row,
 * CSTĐ bộ twice): only the titles that are or count as a run's title, and only the years a run can
 * reach. The checks and the explanations of the same registrations ask this one index.
 *
 * @param context - the registration context of the campaign
 * @returns the index, or null without a History table
 * @example
 * pastRunIndex(registrationContext(campaign))?.ofPerson('VP', 'Nguyễn Văn An')
 */
export function pastRunIndex(context: RegistrationContext): HistoryIndex | null {
  const { history, year } = context.campaign;
  if (history === undefined) return null;
  const runs: PastRun[] = [];
  for (const title of context.titles.values())
    for (const p of title.prerequisites) if (p.kind === 'pastRun') runs.push(p);
  const targets = [...new Set(runs.map((run) => run.title))];
  const years = pastRunYears(year, runs);
  return historyIndex(
    years === null ? [] : history,
    (title) => targets.some((target) => context.countsAs(title, target)),
    years ?? undefined,
  );
}
