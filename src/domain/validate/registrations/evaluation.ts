import { SCORE_HEADERS, TABLES } from '../../contract';
import type { Issue } from '../../model';
import { makeIssue } from '../../issues';
import type { RegistrationContext } from './context';
import { titleLabel } from './context';

/** A unit proposed for a title at evaluation, as the ranking proposes it. */
export interface ProposedAward {
  unit: string;
  title: string;
}

/**
 * At evaluation: every unit proposed for an emulation title must have registered for it — a
 * collective registration of that unit for the title, or for a title that counts as it (a unit that
 * registered for the flag and is proposed for TTLĐXS registered for more than it gets).
 *
 * How much this matters is a setting: `required` (Law 2003/2013 and Decree 91/2017: no registration,
 * no title) gives an error, `optional` (Law 06/2022/QH15 Art. 7: registration is no longer a basis)
 * a warning, `off` nothing. Forms of commendation (Bằng khen …) are not registered for, and a
 * proposal outside the catalogue (free text such as "Giấy khen") has nothing to match: both are skipped.
 *
 * @param context - the shared registration context
 * @param proposals - the units and titles proposed, in the ranking's order
 * @returns one issue per unit and title proposed without a registration, on its Scores row
 * @example
 * // U3 has no collective registration; registration is required
 * evaluationIssues(registrationContext(campaign), [{ unit: 'U3', title: 'CTD_BO' }]).map((i) => i.code)
 * //=> ['REGISTRATION_MISSING_AT_EVALUATION']
 */
export function evaluationIssues(
  context: RegistrationContext,
  proposals: ReadonlyArray<ProposedAward>,
): Issue[] {
  const level = context.campaign.settings.registrationCheck;
  if (level === 'off') return [];
  const severity = level === 'required' ? 'error' : 'warning';

  const registered = new Map<string, string[]>();
  for (const registration of context.campaign.registrations) {
    if (registration.subject !== 'collective' || !context.counts(registration)) continue;
    registered.set(registration.unit, [...(registered.get(registration.unit) ?? []), registration.title]);
  }
  const scoreRows = new Map<string, number>();
  for (const row of context.campaign.scores) if (!scoreRows.has(row.unit)) scoreRows.set(row.unit, row.row);

  const issues: Issue[] = [];
  const reported = new Set<string>();
  for (const { unit, title: code } of proposals) {
    const title = context.titles.get(code);
    if (title === undefined || title.kind !== 'title' || title.subject !== 'collective') continue;
    const key = `${unit}\u0000${code}`;
    if (reported.has(key)) continue;
    if ((registered.get(unit) ?? []).some((held) => context.countsAs(held, code))) continue;
    reported.add(key);
    issues.push(
      makeIssue(
        'REGISTRATION_MISSING_AT_EVALUATION',
        { unit, title: titleLabel(context.titles, code) },
        { table: TABLES.scores, row: scoreRows.get(unit) ?? null, column: SCORE_HEADERS.proposal },
        severity,
      ),
    );
  }
  return issues;
}
