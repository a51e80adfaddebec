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

/** A span of years, first and last included. */
export interface YearSpan {
  from: number;
  to: number;
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
 * The answers are those of a scan of the whole history, but the work is done only for what is asked:
 * one pass sorts the entries of the relevant titles by unit, and a unit's people are told apart (their
 * names folded, {@link foldPersonName}) the first time one of them is asked for. Ten years of a
 * Ministry are some 190,000 rows; the checks ask for the few hundred people registered for a title
 * with a past condition, whose units hold a few thousand of them.
 *
 * @param history - the History table's entries
 * @param relevant - which titles the checks ask about (all when left out): most rows are LĐTT that no
 *   condition reads, and leaving them out keeps the check within the time of one click
 * @param years - the years the checks ask about, first and last included (all when left out): a run
 *   of three years never reads the seven before it. Rows of other years with a date of birth are kept,
 *   as they identify a person who moved; a person's entries may then include years outside the span
 * @returns the index
 * @example
 * historyIndex([{ row: 1, year: 2023, subject: 'individual', unit: 'VP', person: 'Nguyễn Văn An', birthDate: null, title: 'CSTDCS', decision: '', decisionDate: null }])
 *   .ofPerson('VP', 'nguyễn văn an').length // 1
 */
export function historyIndex(
  history: readonly HistoryEntry[],
  relevant: (title: string) => boolean = () => true,
  years: YearSpan = { from: -Infinity, to: Infinity },
): HistoryIndex {
  // The one pass over every row: no name is folded here.
  const individualsByUnit = new Map<string, HistoryEntry[]>();
  const byUnit = new Map<string, HistoryEntry[]>();
  const born: HistoryEntry[] = [];
  const asked = new Map<string, boolean>();
  // Rows come in runs of one title (a person's years, a decision's list): ask the map once per run.
  let lastTitle: string | null = null;
  let wanted = false;
  for (const entry of history) {
    // The year first: it sits in the row itself, while reading the title reaches another string of
    // the heap for every row, which is what a pass over 190,000 rows mostly waits for. A row with a
    // date of birth stays whatever its year: it tells which rows of other units are the same person.
    if ((entry.year < years.from || entry.year > years.to) && entry.birthDate === null) continue;
    if (entry.title !== lastTitle) {
      lastTitle = entry.title;
      const known = asked.get(lastTitle);
      if (known === undefined) asked.set(lastTitle, (wanted = relevant(lastTitle)));
      else wanted = known;
    }
    if (!wanted) continue;
    if (entry.subject === 'collective') {
      push(byUnit, entry.unit, entry);
      continue;
    }
    push(individualsByUnit, entry.unit, entry);
    if (entry.birthDate !== null) born.push(entry);
  }

  // A name typed the same way in ten years' rows is folded once.
  const folded = new Map<string, string>();
  const fold = (name: string): string => {
    let key = folded.get(name);
    if (key === undefined) folded.set(name, (key = foldPersonName(name)));
    return key;
  };

  const peopleOfUnit = new Map<string, ReadonlyMap<string, readonly HistoryEntry[]>>();
  const people = (unit: string): ReadonlyMap<string, readonly HistoryEntry[]> => {
    let byName = peopleOfUnit.get(unit);
    if (byName !== undefined) return byName;
    const grouped = new Map<string, HistoryEntry[]>();
    for (const entry of individualsByUnit.get(unit) ?? EMPTY) {
      const name = fold(entry.person);
      if (name !== '') push(grouped, name, entry);
    }
    peopleOfUnit.set(unit, (byName = grouped));
    return byName;
  };

  // Across units only by name and date of birth: indexed the first time a person with a date of birth is asked for.
  let byNameBirth: Map<string, HistoryEntry[]> | null = null;
  const namesakes = (name: string, birthDate: string): readonly HistoryEntry[] => {
    if (byNameBirth === null) {
      byNameBirth = new Map<string, HistoryEntry[]>();
      for (const entry of born) {
        const folded = fold(entry.person);
        if (folded !== '') push(byNameBirth, `${folded}|${entry.birthDate ?? ''}`, entry);
      }
    }
    return byNameBirth.get(`${name}|${birthDate}`) ?? EMPTY;
  };

  const typedOfUnit = new Map<string, ReadonlyMap<string, readonly HistoryEntry[]>>();
  return {
    ofPerson(unit, person) {
      const name = fold(person);
      const own = people(unit).get(name) ?? EMPTY;
      const births = new Set<string>();
      for (const e of own) if (e.birthDate !== null) births.add(e.birthDate);
      if (births.size === 0) return own;
      const moved: HistoryEntry[] = [];
      for (const b of births) for (const e of namesakes(name, b)) if (e.unit !== unit) moved.push(e);
      return moved.length === 0 ? own : [...own, ...moved];
    },
    ofUnit: (unit) => byUnit.get(unit) ?? EMPTY,
    namesOf(unit) {
      let typed = typedOfUnit.get(unit);
      if (typed !== undefined) return typed;
      const grouped = new Map<string, HistoryEntry[]>();
      for (const entries of people(unit).values())
        for (const entry of entries) push(grouped, entry.person, entry);
      typedOfUnit.set(unit, (typed = grouped));
      return typed;
    },
  };
}

function push<K>(map: Map<K, HistoryEntry[]>, key: K, entry: HistoryEntry): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [entry]);
  else list.push(entry);
}
