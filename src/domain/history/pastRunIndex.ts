import type { HistoryEntry, Registration } from '../model';
import type { RegistrationContext } from '../validate/registrations/context';
import { personKey } from '../validate/registrations/context';
import { historyIndex, type HistoryIndex } from './historyIndex';
import type { PastRun } from './pastRun';

/** A run of earlier years that one registration asks the history about. */
export interface PastRunQuestion {
  /** An individual registration that counts, with a name. */
  registration: Registration;
  run: PastRun;
  /** This year's registrations already give the run's title: the run ends this year. */
  heldThisYear: boolean;
}

/**
 * Whether this year's registrations already give a run's title to the person of a registration:
 * the registered title is or counts as it (a CSTĐ bộ is also a CSTĐCS), or the same person of the
 * unit registered it too.
 * @param registration - an individual registration
 * @param run - the run
 * @param context - the registration context
 * @returns true when the run ends in the campaign year
 * @example
 * heldThisYear({ ...registration, title: 'CSTD_BO' }, { kind: 'pastRun', title: 'CSTDCS', times: 3, every: 1 }, context) // true
 */
export function heldThisYear(
  registration: Registration,
  run: PastRun,
  context: RegistrationContext,
): boolean {
  return (
    context.countsAs(registration.title, run.title) ||
    context.holders(registration.unit, run.title).has(personKey(registration))
  );
}

/**
 * Every run of earlier years the campaign's registrations ask about, in registration order: each
 * individual registration that counts and has a name, with each `pastRun` prerequisite of its title
 * whose title the catalogue has.
 * @param context - the registration context
 * @returns the questions
 * @example
 * pastRunQuestions(registrationContext(campaign)).map((q) => q.run.title) // ['CSTDCS']
 */
export function pastRunQuestions(context: RegistrationContext): PastRunQuestion[] {
  const questions: PastRunQuestion[] = [];
  for (const registration of context.campaign.registrations) {
    if (registration.subject !== 'individual' || registration.person.trim() === '') continue;
    if (!context.counts(registration)) continue;
    for (const run of context.titles.get(registration.title)?.prerequisites ?? []) {
      if (run.kind !== 'pastRun' || !context.titles.has(run.title)) continue;
      questions.push({ registration, run, heldThisYear: heldThisYear(registration, run, context) });
    }
  }
  return questions;
}

/**
 * The award history indexed for the given runs of earlier years (CSTĐCS three years in a row for a
 * CSTĐ bộ, CSTĐ bộ twice for a CSTĐ toàn quốc): only the titles that are or count as an asked run's
 * title, and only the years from the earliest year an asked run reaches to the year before the
 * campaign. A run that this year's registrations already complete (a CSTĐ bộ is also this year's
 * CSTĐCS) reaches one year less far back. Only these questions may be asked of it: another person or
 * run may find the years it needs left out.
 *
 * @param history - the History table's entries
 * @param year - the campaign year
 * @param questions - the runs that will be asked ({@link pastRunQuestions})
 * @param countsAs - whether a title code is or counts as another
 * @returns the index
 * @example
 * pastRunIndex(campaign.history ?? [], 2024, pastRunQuestions(context), context.countsAs).ofPerson('VP', 'Nguyễn Văn An')
 */
export function pastRunIndex(
  history: readonly HistoryEntry[],
  year: number,
  questions: readonly PastRunQuestion[],
  countsAs: (code: string, target: string) => boolean,
): HistoryIndex {
  const targets = new Set<string>();
  let from = Infinity;
  for (const { run, heldThisYear: held } of questions) {
    // As checkPastRun places the run: ending this year when this year's registrations give the title.
    from = Math.min(from, (held ? year : year - 1) - (run.times - 1) * run.every);
    targets.add(run.title);
  }
  if (targets.size === 0) return historyIndex([]);
  const asked = [...targets];
  return historyIndex(history, (title) => asked.some((target) => countsAs(title, target)), {
    from,
    to: year - 1,
  });
}
