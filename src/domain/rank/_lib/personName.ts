/** A run of two or more whitespace characters, or one that is not a plain space (tab, line break, NBSP…). */
const UNUSUAL_SPACE = /\s{2,}|[^\S ]/;

const SPACE_RUNS = /\s+/g;

/**
 * A person's name as the domain compares names: Unicode NFC, trimmed, every run of whitespace one
 * space, lower case. Names typed with different spacing, case or Unicode form fold to the same text,
 * so the registration checks and the cap checks of the summary count the same people.
 *
 * @param name - the name as typed
 * @returns the folded name; `''` for a blank name
 * @example
 * foldPersonName(' NGUYỄN  Văn\tA ') === foldPersonName('nguyễn văn a') //=> true
 */
export function foldPersonName(name: string): string {
  const trimmed = name.normalize('NFC').trim();
  // Most names are typed with single spaces: testing for anything else is much cheaper than a
  // replace that would change nothing, and it runs once per registration row.
  const spaced = UNUSUAL_SPACE.test(trimmed) ? trimmed.replace(SPACE_RUNS, ' ') : trimmed;
  // Vietnamese has no case mappings of its own (only Turkish, Azeri and Lithuanian do), so this is
  // what toLocaleLowerCase('vi') gives, without the locale lookup that made it costly.
  return spaced.toLowerCase();
}
