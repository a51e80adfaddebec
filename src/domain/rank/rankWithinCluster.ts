/** What ranking needs of a unit: its total (null when unscored) and its tie-break keys, "higher wins". */
export interface RankEntry {
  unit: string;
  total: number | null;
  keys: (number | null)[];
}

/** Where a unit stands in its cluster. */
export interface ClusterStanding {
  /** Standard competition rank (1, 2, 2, 4), or null for an unscored unit. */
  rank: number | null;
  /** Another unit has the same total and the same keys: only a council vote can part them. */
  tied: boolean;
  /** Another unit has the same total, so the tie-break chain decided (or could not decide). */
  tiedOnTotal: boolean;
}

/**
 * Ranks the units of one cluster (standard competition ranking: 1, 2, 2, 4).
 *
 * A unit's rank is 1 + the number of scored units strictly better, where "better" compares
 * (total, key1, key2, …) from left to right, higher first. This is the definition the workbook's
 * COUNTIFS chain computes, so the two always agree. Keys are compared as given: totals and keys
 * should already be rounded (see {@link unitTotal} and {@link tieBreakKeys}). A null key (there is
 * none for a scored unit read through `tieBreakKeys`) sits below every number. Units without a total
 * get no rank and are never tied.
 *
 * @param entries - the units of one cluster, each unit once; order does not matter
 * @returns the standing of every entry, by unit code
 *
 * @example
 * ```ts
 * const standings = rankWithinCluster([
 *   { unit: 'A', total: 90, keys: [40] },
 *   { unit: 'B', total: 95, keys: [45] },
 *   { unit: 'C', total: 90, keys: [40] },
 *   { unit: 'D', total: 90, keys: [30] },
 *   { unit: 'E', total: null, keys: [null] },
 * ]);
 * standings.get('B'); //=> { rank: 1, tied: false, tiedOnTotal: false }
 * standings.get('A'); //=> { rank: 2, tied: true, tiedOnTotal: true }
 * standings.get('C'); //=> { rank: 2, tied: true, tiedOnTotal: true }
 * standings.get('D'); //=> { rank: 4, tied: false, tiedOnTotal: true }
 * standings.get('E'); //=> { rank: null, tied: false, tiedOnTotal: false }
 * ```
 */
export function rankWithinCluster(entries: readonly RankEntry[]): Map<string, ClusterStanding> {
  const standings = new Map<string, ClusterStanding>();
  const scored: { unit: string; total: number; tuple: (number | null)[] }[] = [];
  const unitsPerTotal = new Map<number, number>();
  for (const entry of entries) {
    if (entry.total === null) {
      standings.set(entry.unit, { rank: null, tied: false, tiedOnTotal: false });
      continue;
    }
    scored.push({ unit: entry.unit, total: entry.total, tuple: [entry.total, ...entry.keys] });
    unitsPerTotal.set(entry.total, (unitsPerTotal.get(entry.total) ?? 0) + 1);
  }

  // Sorted best first, the units strictly better than a unit are exactly those before its run of equals.
  scored.sort((a, b) => compareTuples(b.tuple, a.tuple));
  let runStart = 0;
  while (runStart < scored.length) {
    let runEnd = runStart + 1;
    while (
      runEnd < scored.length &&
      compareTuples(at(scored, runStart).tuple, at(scored, runEnd).tuple) === 0
    ) {
      runEnd += 1;
    }
    for (let i = runStart; i < runEnd; i += 1) {
      const { unit, total } = at(scored, i);
      standings.set(unit, {
        rank: runStart + 1,
        tied: runEnd - runStart > 1,
        tiedOnTotal: (unitsPerTotal.get(total) ?? 0) > 1,
      });
    }
    runStart = runEnd;
  }
  return standings;
}

/** Lexicographic comparison, higher is greater; a missing, null or NaN key is below every number. */
function compareTuples(a: readonly (number | null)[], b: readonly (number | null)[]): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = comparable(a[i]);
    const y = comparable(b[i]);
    if (x !== y) return x > y ? 1 : -1;
  }
  return 0;
}

// NaN would compare unequal to itself and break the sort's consistency.
function comparable(key: number | null | undefined): number {
  return key === null || key === undefined || Number.isNaN(key) ? Number.NEGATIVE_INFINITY : key;
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No item at ${index}`);
  return item;
}
