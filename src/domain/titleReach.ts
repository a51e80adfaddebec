/**
 * The titles a title counts as, itself included, following `counts` from title to title (a CSTĐ bộ
 * counts as a CSTĐCS, which counts as an LĐTT). Answers are kept, since caps and prerequisites ask
 * the same question for every registration row.
 * @param countsOf - the `counts` of a title code (empty for a code the catalogue lacks)
 * @returns a lookup from a title code to every code it reaches
 * @example
 * titleReach((code) => (code === 'CSTDCS' ? ['LDTT'] : []))('CSTDCS').has('LDTT') // true
 */
export function titleReach(
  countsOf: (code: string) => readonly string[],
): (code: string) => ReadonlySet<string> {
  const known = new Map<string, ReadonlySet<string>>();
  return (code) => {
    const cached = known.get(code);
    if (cached !== undefined) return cached;
    const reached = new Set<string>();
    const pending = [code];
    for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
      if (reached.has(current)) continue;
      reached.add(current);
      pending.push(...countsOf(current));
    }
    known.set(code, reached);
    return reached;
  };
}
