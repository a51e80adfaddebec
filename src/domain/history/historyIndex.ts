import type { HistoryEntry } from '../model';
import { foldPersonName } from '../rank/_lib/personName';

/**
 * The award history arranged for the checks: built once per campaign, so a Ministry of 20,000
 * registrations and ten years of history asks a map, not a scan, for each person.
 */
export interface HistoryIndex {
  /** Entries of a person: same unit and name, and the same name and date of birth in other units. */
  ofPerson(unit: string, person: string): readonly HistoryEntry[];
  /** Entries of a collective (a unit's own awards). */
  ofUnit(unit: string): readonly HistoryEntry[];
  /** Individuals' entries of a unit grouped by name as typed, to look for near matches. */
  namesOf(unit: string): ReadonlyMap<string, readonly HistoryEntry[]>;
}

const EMPTY: readonly HistoryEntry[] = [];

/**
 * Indexes the award history by unit and person.
 *
 * A person moves between units over ten years: entries under another unit join a person's record
 * only when both the name and the date of birth agree, since a name alone is shared by many
 * officers of a Ministry. Two entries of one unit with the same name and different dates of birth
 * are two people; a registration (which carries no date of birth) then matches both, and the
 * officer is asked to confirm by the near-match warning, never by a silent guess.
 *
 * @param history - the History table's entries
 * @param relevant - which titles the checks ask about (all when left out): ten years of a Ministry are
 *   some 190,000 rows, most of them LĐTT that no condition reads, and indexing only what is asked keeps
 *   the check within the time of one click
 * @returns the index
 * @example
 * historyIndex([{ row: 1, year: 2023, subject: 'individual', unit: 'VP', person: 'Nguyễn Văn An', birthDate: null, title: 'CSTDCS', decision: '', decisionDate: null }])
 *   .ofPerson('VP', 'nguyễn văn an').length // 1
 */
export function historyIndex(
  history: readonly HistoryEntry[],
  relevant: (title: string) => boolean = () => true,
): HistoryIndex {
  const byUnitPerson = new Map<string, Map<string, HistoryEntry[]>>();
  const byUnit = new Map<string, HistoryEntry[]>();
  const byNameBirth = new Map<string, HistoryEntry[]>();
  const asked = new Map<string, boolean>();
  for (const entry of history) {
    let wanted = asked.get(entry.title);
    if (wanted === undefined) asked.set(entry.title, (wanted = relevant(entry.title)));
    if (!wanted) continue;
    if (entry.subject === 'collective') {
      push(byUnit, entry.unit, entry);
      continue;
    }
    const name = foldPersonName(entry.person);
    if (name === '') continue;
    let people = byUnitPerson.get(entry.unit);
    if (people === undefined) byUnitPerson.set(entry.unit, (people = new Map<string, HistoryEntry[]>()));
    push(people, name, entry);
    if (entry.birthDate !== null) push(byNameBirth, `${name}|${entry.birthDate}`, entry);
  }
  return {
    ofPerson(unit, person) {
      const own = byUnitPerson.get(unit)?.get(foldPersonName(person)) ?? EMPTY;
      const births = new Set(own.flatMap((e) => (e.birthDate === null ? [] : [e.birthDate])));
      if (births.size === 0) return own;
      const name = foldPersonName(person);
      const moved = [...births]
        .flatMap((b) => byNameBirth.get(`${name}|${b}`) ?? EMPTY)
        .filter((e) => e.unit !== unit);
      return moved.length === 0 ? own : [...own, ...moved];
    },
    ofUnit: (unit) => byUnit.get(unit) ?? EMPTY,
    namesOf(unit) {
      // Asked only when a condition fails, so grouped then rather than for every row up front.
      const typed = new Map<string, HistoryEntry[]>();
      for (const entries of byUnitPerson.get(unit)?.values() ?? [])
        for (const entry of entries) push(typed, entry.person, entry);
      return typed;
    },
  };
}

function push<K>(map: Map<K, HistoryEntry[]>, key: K, entry: HistoryEntry): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entry]);
  else list.push(entry);
}
