/**
 * Walks `items` and reports each repeat of a key with the 1-based position of its first occurrence,
 * so a duplicate is flagged on the later row and the message can point back to the one kept.
 * @param items - rows in table order
 * @param keyOf - the key rows must not share; null skips the row (a blank key is another check's job)
 * @returns one entry per repeated row, in table order
 * @example
 * repeats(['a', 'b', 'a'], (x) => x) //=> [{ item: 'a', index: 2, first: 0 }]
 */
export function repeats<T>(
  items: readonly T[],
  keyOf: (item: T) => string | null,
): { item: T; index: number; first: number }[] {
  const firstIndex = new Map<string, number>();
  const found: { item: T; index: number; first: number }[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (key === null) return;
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else found.push({ item, index, first });
  });
  return found;
}
