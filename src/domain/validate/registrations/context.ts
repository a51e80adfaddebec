import type { Campaign, Registration, Title, Unit } from '../../model';
import { titleReach } from '../../titleReach';
import { foldPersonName } from '../../rank/_lib/personName';

/** An individual registration that counts, with the key of its person ({@link personKey}). */
export interface Individual {
  registration: Registration;
  person: string;
}

/**
 * What the registration checks share, computed once: the catalogues by code, the repeated rows,
 * and who in each unit holds (registered for, or counts as) a title.
 */
export interface RegistrationContext {
  campaign: Campaign;
  /** Units by code; a repeated code keeps its first row, as every stage does. */
  units: ReadonlyMap<string, Unit>;
  /** Titles by code; a repeated code keeps its first row. */
  titles: ReadonlyMap<string, Title>;
  /** Each registration that repeats an earlier one, with the earlier one. */
  repeatOf: ReadonlyMap<Registration, Registration>;
  /**
   * The individual registrations that count ({@link RegistrationContext.counts}) by unit, in row
   * order, each with its person's key: names are folded once, here, for every check that needs them.
   */
  individualsByUnit: ReadonlyMap<string, readonly Individual[]>;
  /** True when title `code` is `target` or counts as it, directly or through other titles. */
  countsAs(code: string, target: string): boolean;
  /** People of `unit` whose individual registrations hold `target` (keys from {@link personKey}). */
  holders(unit: string, target: string): ReadonlySet<string>;
  /** True when the registration is sound enough to count: known unit and title, right subject, no repeat. */
  counts(registration: Registration): boolean;
}

/**
 * The key a person is known by within a unit: names typed with different spacing, case or Unicode
 * form are the same person. A nameless row is a person of its own (another check reports it).
 * @param registration - an individual registration
 * @returns the key
 * @example
 * personKey({ ...registration, person: ' Nguyễn  Văn A ' }) === personKey({ ...registration, person: 'nguyễn văn a' }) //=> true
 */
export function personKey(registration: Registration): string {
  const name = foldPersonName(registration.person);
  return name === '' ? `#${registration.row}` : name;
}

/**
 * Builds the shared context of the registration checks.
 * @param campaign - the campaign
 * @returns the context
 * @example
 * // CSTDCS lists LDTT in its counts
 * registrationContext(campaign).countsAs('CSTDCS', 'LDTT') //=> true
 */
export function registrationContext(campaign: Campaign): RegistrationContext {
  const units = firstByCode(campaign.units);
  const titles = firstByCode(campaign.titles);

  const repeatOf = new Map<Registration, Registration>();
  const counts = (registration: Registration): boolean => {
    const title = titles.get(registration.title);
    return (
      units.has(registration.unit) &&
      title !== undefined &&
      title.subject === registration.subject &&
      !repeatOf.has(registration)
    );
  };

  // Folding a name is the costliest step of the checks, and the holders, the caps and the
  // prerequisites all ask for the same people again: each row's name is folded here, once.
  const individualsByUnit = new Map<string, Individual[]>();
  // Unit › subject › title › person: nested so that no key string is built and hashed per row.
  const seen = new Map<string, Map<string, Map<string, Map<string, Registration>>>>();
  for (const registration of campaign.registrations) {
    const individual = registration.subject === 'individual';
    const name = foldPersonName(registration.person);
    // personKey(registration) for an individual. Two nameless individual rows may be two people
    // not yet named: they are not called repeats.
    const person = individual && name === '' ? `#${registration.row}` : name;
    const people = within(within(within(seen, registration.unit), registration.subject), registration.title);
    const first = people.get(person);
    if (first === undefined) people.set(person, registration);
    else repeatOf.set(registration, first);
    // Whether this row repeats an earlier one is settled just above, so `counts` can answer now.
    if (!individual || !counts(registration)) continue;
    const rows = individualsByUnit.get(registration.unit);
    if (rows === undefined) individualsByUnit.set(registration.unit, [{ registration, person }]);
    else rows.push({ registration, person });
  }

  const reach = titleReach((code) => titles.get(code)?.counts ?? []);
  const countsAs = (code: string, target: string): boolean => reach(code).has(target);

  // Target › unit: asked once per registration with a condition, so no key string is built per ask.
  const holderSets = new Map<string, Map<string, ReadonlySet<string>>>();
  const holders = (unit: string, target: string): ReadonlySet<string> => {
    const ofTarget = within(holderSets, target);
    const known = ofTarget.get(unit);
    if (known !== undefined) return known;
    const people = new Set<string>();
    for (const { registration, person } of individualsByUnit.get(unit) ?? []) {
      if (countsAs(registration.title, target)) people.add(person);
    }
    ofTarget.set(unit, people);
    return people;
  };

  return { campaign, units, titles, repeatOf, individualsByUnit, countsAs, holders, counts };
}

/**
 * How a title is named in messages: its name and code.
 * @param titles - the catalogue by code
 * @param code - a title code
 * @returns `"Tập thể lao động xuất sắc" (TTLDXS)`, or the quoted code when it is not in the catalogue
 * @example
 * titleLabel(new Map(), 'BK') //=> '"BK"'
 */
export function titleLabel(titles: ReadonlyMap<string, Title>, code: string): string {
  const title = titles.get(code);
  return title === undefined || title.name.trim() === '' ? `"${code}"` : `"${title.name}" (${code})`;
}

function firstByCode<T extends { code: string }>(items: readonly T[]): Map<string, T> {
  const byCode = new Map<string, T>();
  for (const item of items) if (!byCode.has(item.code)) byCode.set(item.code, item);
  return byCode;
}

/** The map under `key` in `map`, added empty on first use. */
function within<T>(map: Map<string, Map<string, T>>, key: string): Map<string, T> {
  let inner = map.get(key);
  if (inner === undefined) {
    inner = new Map<string, T>();
    map.set(key, inner);
  }
  return inner;
}
