import type { Severity } from '../model';

/**
 * One entry of the issue catalogue: its severity and how to word it. `vi` and `en` get the values
 * the message names, the place the issue points at, already worded in their language by
 * {@link placeWords}, and how to name another row of the same table (`row`: the table's row before
 * the issue is located, the sheet's once it is); a message that opens with its place starts with
 * `at`. `explain` is the short rule text the task pane shows beside the issue, with the legal source
 * where there is one.
 */
export interface IssueTemplate<P> {
  severity: Severity;
  vi: (p: P, at: string, row: (n: number) => string) => string;
  en: (p: P, at: string, row: (n: number) => string) => string;
  explain: { vi: string; en: string; source: string | null };
}

/**
 * Declares a catalogue entry; the parameter type `P` is what its messages name.
 * @param t - the entry
 * @returns the same entry, typed by its parameters
 * @example
 * template<{ unit: string }>({ severity: 'error', vi: (p, at) => `${at}: ${p.unit}`, en: (p, at) => `${at}: ${p.unit}`, explain })
 */
export function template<P>(t: IssueTemplate<P>): IssueTemplate<P> {
  return t;
}
