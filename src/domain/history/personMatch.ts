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
  const x = foldPersonName(a);
  const y = foldPersonName(b);
  if (x === '' || y === '') return 'different';
  if (x === y) return 'same';
  const bareX = stripDiacritics(x);
  const bareY = stripDiacritics(y);
  if (bareX === bareY || oneEditApart(x, y) || oneEditApart(bareX, bareY)) return 'near';
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
