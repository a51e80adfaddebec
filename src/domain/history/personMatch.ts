import { stripDiacritics } from '../cellCodecs/text';
import { foldPersonName } from '../rank/_lib/personName';

/** How two names of one unit compare across years. */
export type NameMatch =
  /** The same name once Unicode form, case and spacing are set aside: the same person. */
  | 'same'
  /**
   * The same letters without diacritics ("Nguyen Van An" and "Nguyễn Văn An"), or one letter apart
   * ("Nguyễn Văn Anh"): likely the same person, typed differently in another year. Never merged:
   * the officer confirms by typing the name the same way in both places.
   */
  | 'near'
  | 'different';

/**
 * Compares two names of people of the same unit, as found in two years' workbooks.
 * @param a - a name as typed
 * @param b - another name as typed
 * @returns `same`, `near` or `different`
 * @example
 * compareNames('Nguyễn Văn An', ' nguyễn  văn an') // 'same'
 * compareNames('Nguyễn Văn An', 'Nguyen Van An') // 'near'
 * compareNames('Nguyễn Văn An', 'Nguyễn Văn Anh') // 'near'
 * compareNames('Nguyễn Văn An', 'Trần Thị Bình') // 'different'
 */
export function compareNames(a: string, b: string): NameMatch {
  return compareForms(formsOf(a), formsOf(b));
}

/**
 * {@link compareNames} for many comparisons among the same names (a registration against every name
 * of its unit's history): each name is folded and stripped of its diacritics once, not once per pair.
 * @returns a comparison that gives what compareNames gives
 * @example
 * const compare = nameComparer();
 * compare('Nguyễn Văn An', 'Nguyen Van An') // 'near'
 */
export function nameComparer(): (a: string, b: string) => NameMatch {
  const known = new Map<string, NameForms>();
  const forms = (name: string): NameForms => {
    let found = known.get(name);
    if (found === undefined) known.set(name, (found = formsOf(name)));
    return found;
  };
  return (a, b) => compareForms(forms(a), forms(b));
}

interface NameForms {
  folded: string;
  /** The folded name without diacritics. */
  bare: string;
}

function formsOf(name: string): NameForms {
  const folded = foldPersonName(name);
  return { folded, bare: stripDiacritics(folded) };
}

function compareForms(a: NameForms, b: NameForms): NameMatch {
  const x = a.folded;
  const y = b.folded;
  if (x === '' || y === '') return 'different';
  if (x === y) return 'same';
  if (a.bare === b.bare || oneEditApart(x, y) || oneEditApart(a.bare, b.bare)) return 'near';
  return 'different';
}

/** True when one insertion, deletion or substitution turns `a` into `b` (and they differ). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
