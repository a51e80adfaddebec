import { REGISTRATION_HEADERS, SUBJECT_LABELS, TABLES } from '../../contract';
import { formatDateVi, isIsoDate } from '../../dates';
import type { Issue, Registration } from '../../model';
import { makeIssue } from '../../issues';
import type { RegistrationContext } from './context';
import { titleLabel } from './context';

/** A check of one registration row on its own (or against the rows before it). */
type RowCheck = (registration: Registration, context: RegistrationContext) => Issue | null;

function at(registration: Registration, column: string) {
  return { table: TABLES.registrations, row: registration.row, column };
}

const unitKnown: RowCheck = (r, { units }) =>
  units.has(r.unit)
    ? null
    : makeIssue('REGISTRATION_UNIT_UNKNOWN', { unit: r.unit.trim() }, at(r, REGISTRATION_HEADERS.unit));

const titleKnown: RowCheck = (r, { titles }) =>
  titles.has(r.title)
    ? null
    : makeIssue('REGISTRATION_TITLE_UNKNOWN', { title: r.title.trim() }, at(r, REGISTRATION_HEADERS.title));

const subjectMatches: RowCheck = (r, { titles }) => {
  const title = titles.get(r.title);
  if (title === undefined || title.subject === r.subject) return null;
  return makeIssue(
    'REGISTRATION_SUBJECT_MISMATCH',
    {
      title: titleLabel(titles, r.title),
      titleSubject: SUBJECT_LABELS[title.subject],
      subject: SUBJECT_LABELS[r.subject],
    },
    at(r, REGISTRATION_HEADERS.subject),
  );
};

const nameGiven: RowCheck = (r) =>
  r.subject === 'individual' && r.person.trim() === ''
    ? makeIssue('REGISTRATION_NAME_MISSING', {}, at(r, REGISTRATION_HEADERS.person))
    : null;

const noNameOnCollective: RowCheck = (r) =>
  r.subject === 'collective' && r.person.trim() !== ''
    ? makeIssue(
        'REGISTRATION_NAME_ON_COLLECTIVE',
        { person: r.person.trim() },
        at(r, REGISTRATION_HEADERS.person),
      )
    : null;

const notRepeated: RowCheck = (r, { repeatOf, titles }) => {
  const first = repeatOf.get(r);
  if (first === undefined) return null;
  return makeIssue(
    'REGISTRATION_DUPLICATE',
    { unit: r.unit, person: r.person.trim(), title: titleLabel(titles, r.title), firstRow: first.row },
    at(r, REGISTRATION_HEADERS.title),
  );
};

// Reading reports a cell it could not read as a date; here a missing date is only a gap to fill.
const dateGiven: RowCheck = (r) =>
  isIsoDate(r.date) ? null : makeIssue('REGISTRATION_DATE_MISSING', {}, at(r, REGISTRATION_HEADERS.date));

const beforeDeadline: RowCheck = (r, { campaign }) => {
  const deadline = campaign.registrationDeadline;
  if (!isIsoDate(r.date) || !isIsoDate(deadline) || r.date <= deadline) return null;
  return makeIssue(
    'REGISTRATION_AFTER_DEADLINE',
    { date: formatDateVi(r.date), deadline: formatDateVi(deadline) },
    at(r, REGISTRATION_HEADERS.date),
  );
};

/** The row checks, in the order of the columns they point at; a new check is a new entry. */
const ROW_CHECKS: readonly RowCheck[] = [
  unitKnown,
  titleKnown,
  subjectMatches,
  nameGiven,
  noNameOnCollective,
  notRepeated,
  dateGiven,
  beforeDeadline,
];

/**
 * Checks each registration row: known unit and title, a title for this kind of registrant, a name
 * for an individual and none for a collective, no repeated row, a date on or before the deadline.
 *
 * A late registration is a warning: the deadline is the launch plan's, not the law's, and the
 * council may still accept it; the row stays in every count.
 *
 * @param context - the shared registration context
 * @returns issues in row order, each row's in column order
 * @example
 * const stray = { ...campaign.registrations[0], unit: 'X' };
 * rowIssues(registrationContext({ ...campaign, registrations: [stray] })).map((i) => i.code)
 * //=> ['REGISTRATION_UNIT_UNKNOWN']
 */
export function rowIssues(context: RegistrationContext): Issue[] {
  // A plain loop: at 20,000 rows, two throw-away arrays per row cost more than the checks themselves.
  const issues: Issue[] = [];
  for (const registration of context.campaign.registrations) {
    for (const check of ROW_CHECKS) {
      const issue = check(registration, context);
      if (issue !== null) issues.push(issue);
    }
  }
  return issues;
}
