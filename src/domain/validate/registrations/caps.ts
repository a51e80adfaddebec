import { REGISTRATION_HEADERS, TABLES } from '../../contract';
import type { Cap, Issue, Registration, Title } from '../../model';
import { allowedCount } from '../../rank/capChecks';
import { makeIssue } from '../../issues';
import type { Individual, RegistrationContext } from './context';
import { titleLabel } from './context';

/**
 * Checks the per-unit caps of the catalogue (Title.cap): in each unit, the people registered for a
 * capped title may be at most `percent`% of the unit's holders of `cap.of` (people registered for it
 * or for a title that counts as it), rounded by the cap's rule.
 *
 * One issue per unit and capped title, on the first registration beyond the allowed number (in row
 * order), so the officer sees where the list goes over. Rows another check rejects are not counted.
 *
 * @param context - the shared registration context
 * @returns issues in the order of the rows they point at
 * @example
 * // CSTDCS ≤ 15% of LDTT, rounded down; U1 has 8 holders of LDTT (allowing 1) and CSTDCS on rows 9 and 13
 * capIssues(registrationContext(campaign)).map((i) => [i.code, i.row]) //=> [['CAP_EXCEEDED', 13]]
 */
export function capIssues(context: RegistrationContext): Issue[] {
  // A cap of a title missing from the catalogue is reported there (TITLE_RULE_UNKNOWN); counting
  // holders of a name that matches nothing would only add a second, misleading issue.
  const capped = [...context.titles.values()].filter(
    (t): t is Title & { cap: Cap } => t.cap !== null && context.titles.has(t.cap.of),
  );
  if (capped.length === 0) return [];

  const issues: Issue[] = [];
  for (const unit of context.units.keys()) {
    const individuals = context.individualsByUnit.get(unit) ?? [];
    for (const title of capped) {
      const { cap } = title;
      const people = firstRowPerPerson(individuals.filter((i) => i.registration.title === title.code));
      const base = context.holders(unit, cap.of).size;
      const allowed = allowedCount(cap.percent, base, cap.rounding);
      const firstOver = people[allowed];
      if (firstOver === undefined) continue;
      issues.push(
        makeIssue(
          'CAP_EXCEEDED',
          {
            unit,
            title: titleLabel(context.titles, title.code),
            of: titleLabel(context.titles, cap.of),
            count: people.length,
            base,
            percent: cap.percent,
            allowed,
            rounding: cap.rounding,
          },
          { table: TABLES.registrations, row: firstOver.row, column: REGISTRATION_HEADERS.title },
        ),
      );
    }
  }
  return issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** A person registered twice for the title (under two spellings) is one person against the cap. */
function firstRowPerPerson(rows: readonly Individual[]): Registration[] {
  const seen = new Set<string>();
  const first: Registration[] = [];
  for (const { registration, person } of rows) {
    if (seen.has(person)) continue;
    seen.add(person);
    first.push(registration);
  }
  return first;
}
