import type { Campaign, Registration, Title, Unit } from '../../model';

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
  const name = foldName(registration.person);
  return name === '' ? `#${registration.row}` : name;
}

function foldName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
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
  const seen = new Map<string, Registration>();
  for (const registration of campaign.registrations) {
    // Two nameless individual rows may be two people not yet named: they are not called repeats.
    const person =
      registration.subject === 'individual' ? personKey(registration) : foldName(registration.person);
    const key = [registration.unit, registration.subject, person, registration.title].join('\u0000');
    const first = seen.get(key);
    if (first === undefined) seen.set(key, registration);
    else repeatOf.set(registration, first);
  }

  const closures = new Map<string, ReadonlySet<string>>();
  const closure = (code: string): ReadonlySet<string> => {
    const known = closures.get(code);
    if (known !== undefined) return known;
    const reached = new Set<string>();
    const pending = [code];
    for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
      if (reached.has(current)) continue;
      reached.add(current);
      pending.push(...(titles.get(current)?.counts ?? []));
    }
    closures.set(code, reached);
    return reached;
  };
  const countsAs = (code: string, target: string): boolean => closure(code).has(target);

  const counts = (registration: Registration): boolean => {
    const title = titles.get(registration.title);
    return (
      units.has(registration.unit) &&
      title !== undefined &&
      title.subject === registration.subject &&
      !repeatOf.has(registration)
    );
  };

  const individualsByUnit = new Map<string, Registration[]>();
  for (const registration of campaign.registrations) {
    if (registration.subject !== 'individual' || !counts(registration)) continue;
    const rows = individualsByUnit.get(registration.unit) ?? [];
    rows.push(registration);
    individualsByUnit.set(registration.unit, rows);
  }
  const holderSets = new Map<string, ReadonlySet<string>>();
  const holders = (unit: string, target: string): ReadonlySet<string> => {
    const key = `${unit}\u0000${target}`;
    const known = holderSets.get(key);
    if (known !== undefined) return known;
    const people = new Set(
      (individualsByUnit.get(unit) ?? []).filter((r) => countsAs(r.title, target)).map((r) => personKey(r)),
    );
    holderSets.set(key, people);
    return people;
  };

  return { campaign, units, titles, repeatOf, countsAs, holders, counts };
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
