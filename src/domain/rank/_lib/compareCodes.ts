// Numeric collation puts U2 before U10, as an officer numbering units expects.
const collator = new Intl.Collator('vi', { numeric: true });

/** Orders codes naturally (U2 before U10), falling back to code units so the order is total. */
export function compareCodes(a: string, b: string): number {
  const byCollation = collator.compare(a, b);
  if (byCollation !== 0) return byCollation;
  return a < b ? -1 : a > b ? 1 : 0;
}
