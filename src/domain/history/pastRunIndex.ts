import type { RegistrationContext } from '../validate/registrations/context';
import { historyIndex, type HistoryIndex } from './historyIndex';

/**
 * The award history indexed for the runs of earlier years that this campaign's registrations ask
 * about (CSTĐCS three years in a row for a CSTĐ bộ, CSTĐ bộ twice for a CSTĐ toàn quốc): only the
 * titles that are or count as an asked run's title, and only the years from the earliest year an
 * asked run reaches to the year before the campaign. A run that this year's registrations already
 * complete (a CSTĐ bộ is also this year's CSTĐCS) reaches one year less far back. The checks and the
 * explanations of the same registrations ask this one index, and nothing else may: a person or a run
 * the registrations do not ask about may find the years it needs left out.
 *
 * @param context - the registration context of the campaign
 * @returns the index, or null without a History table
 * @example
 * pastRunIndex(registrationContext(campaign))?.ofPerson('VP', 'Nguyễn Văn An')
 */
export function pastRunIndex(context: RegistrationContext): HistoryIndex | null {
  const { history, year } = context.campaign;
  if (history === undefined) return null;
  const targets = new Set<string>();
  let from = Infinity;
  for (const [unit, people] of context.individualsByUnit) {
    for (const { registration, person } of people) {
      for (const p of context.titles.get(registration.title)?.prerequisites ?? []) {
        if (p.kind !== 'pastRun' || !context.titles.has(p.title)) continue;
        // As checkPastRun places the run: ending this year when this year's registrations give the title.
        const held =
          context.countsAs(registration.title, p.title) || context.holders(unit, p.title).has(person);
        from = Math.min(from, (held ? year : year - 1) - (p.times - 1) * p.every);
        targets.add(p.title);
      }
    }
  }
  if (targets.size === 0) return historyIndex([]);
  const asked = [...targets];
  return historyIndex(history, (title) => asked.some((target) => context.countsAs(title, target)), {
    from,
    to: year - 1,
  });
}
