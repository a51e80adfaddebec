import type { Campaign, HistoryEntry } from '../model';
import { foldPersonName } from '../rank/_lib/personName';
import { rankCampaign } from '../rank/rankCampaign';

/** What one earlier workbook brings to the history. */
export interface HistoryImport {
  /** How the officer named the file, for the report. */
  label: string;
  /** Entries added, with their rows in the History table after the import. */
  added: HistoryEntry[];
  /** Entries the history already held (an import run again adds nothing). */
  alreadyThere: number;
}

/**
 * The awards an earlier year's workbook records: the rows of its own award history, then its year's
 * registrations of titles (not forms), then the flag its ranking proposed in each cluster. A
 * registration is what a unit aimed for, not what the council decided: its decision number stays
 * blank for the officer to fill, or to delete the row the council turned down. The flag is not taken
 * from registrations (every unit may register it) but from the ranking; a tie for it, left to the
 * council's vote, gives no row.
 * @param earlier - the campaign read from the earlier workbook
 * @returns its entries, rows numbered from 1 in this order
 * @example
 * entriesFromCampaign(campaign2023).every((e) => e.year <= 2023) // true
 */
export function entriesFromCampaign(earlier: Campaign): HistoryEntry[] {
  const forms = new Set(earlier.titles.filter((t) => t.kind === 'form').map((t) => t.code));
  const flag = earlier.awardRules.flagTitle;
  const registered: Omit<HistoryEntry, 'row'>[] = earlier.registrations
    .filter((r) => !forms.has(r.title) && r.title !== flag && r.unit !== '' && r.title !== '')
    .map((r) => ({
      year: earlier.year,
      subject: r.subject,
      unit: r.unit,
      person: r.subject === 'individual' ? r.person.trim() : '',
      birthDate: null,
      title: r.title,
      decision: '',
      decisionDate: null,
    }));
  const flags: Omit<HistoryEntry, 'row'>[] = rankCampaign(earlier).flatMap((cluster) =>
    cluster.units
      .filter((u) => u.proposalCode === flag && u.vote === null)
      .map((u) => ({
        year: earlier.year,
        subject: 'collective' as const,
        unit: u.unit,
        person: '',
        birthDate: null,
        title: flag,
        decision: '',
        decisionDate: null,
      })),
  );
  return [...(earlier.history ?? []), ...registered, ...flags].map((e, i) => ({ ...e, row: i + 1 }));
}

/**
 * Adds earlier workbooks' entries to a history without touching what it holds. An entry is already
 * there when the year, subject, unit, person (name compared in NFC without case and spacing, and the
 * date of birth where both give one) and title agree; so importing a workbook twice adds nothing the
 * second time, and the order of the files does not change which awards the history holds.
 * @param current - the History table's entries
 * @param sources - each earlier workbook's entries ({@link entriesFromCampaign}), with its label
 * @returns the history after the import (current rows first, unchanged) and what each file added
 * @example
 * const once = importHistory([], [{ label: '2023.xlsx', entries }]).history;
 * importHistory(once, [{ label: '2023.xlsx', entries }]).imports[0]?.added.length // 0
 */
export function importHistory(
  current: readonly HistoryEntry[],
  sources: readonly { label: string; entries: readonly HistoryEntry[] }[],
): { history: HistoryEntry[]; imports: HistoryImport[] } {
  const history = [...current];
  const seen = new Set<string>();
  const bornless = new Set<string>();
  const remember = (e: HistoryEntry): void => {
    seen.add(entryKey(e, e.birthDate));
    bornless.add(entryKey(e, null));
  };
  current.forEach(remember);
  let next = current.reduce((max, e) => Math.max(max, e.row), 0) + 1;
  const imports = sources.map(({ label, entries }) => {
    const added: HistoryEntry[] = [];
    let alreadyThere = 0;
    for (const entry of entries) {
      // Without a date of birth on one side, the name, unit, year and title decide.
      const known =
        seen.has(entryKey(entry, entry.birthDate)) ||
        (entry.birthDate === null ? bornless.has(entryKey(entry, null)) : seen.has(entryKey(entry, null)));
      if (known) {
        alreadyThere += 1;
        continue;
      }
      const row = { ...entry, row: next };
      next += 1;
      remember(row);
      history.push(row);
      added.push(row);
    }
    return { label, added, alreadyThere };
  });
  return { history, imports };
}

function entryKey(e: HistoryEntry, birthDate: string | null): string {
  const person = e.subject === 'individual' ? foldPersonName(e.person) : '';
  return [e.year, e.subject, e.unit, person, birthDate ?? '', e.title].join('\u0000');
}
