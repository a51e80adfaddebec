import fc from 'fast-check';
import { rankWithinCluster, type RankEntry } from '../../../src/domain/rank';

/** Lexicographic "strictly better", written independently of the implementation. */
function better(a: RankEntry, b: RankEntry): boolean {
  const x = [a.total, ...a.keys];
  const y = [b.total, ...b.keys];
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const p = x[i] ?? Number.NEGATIVE_INFINITY;
    const q = y[i] ?? Number.NEGATIVE_INFINITY;
    if (p !== q) return p > q;
  }
  return false;
}

function sameTuple(a: RankEntry, b: RankEntry): boolean {
  return !better(a, b) && !better(b, a);
}

/** Few distinct values, so that ties on totals and keys happen often. */
const entriesArb = fc
  .array(
    fc.record({
      total: fc.option(fc.constantFrom(70, 80, 85.5, 90, 100), { nil: null, freq: 5 }),
      keys: fc.tuple(fc.constantFrom(1, 2, 3), fc.constantFrom(-1, 0, 1)),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows.map((r, i): RankEntry => ({
      unit: `U${i + 1}`,
      total: r.total,
      keys: r.total === null ? [null, null] : [...r.keys],
    })),
  );

describe('rankWithinCluster', () => {
  it('ranks tied totals equally and skips the next rank', () => {
    const standings = rankWithinCluster([
      { unit: 'A', total: 90, keys: [] },
      { unit: 'B', total: 95, keys: [] },
      { unit: 'C', total: 90, keys: [] },
      { unit: 'D', total: 80, keys: [] },
    ]);
    expect(standings.get('B')?.rank).toBe(1);
    expect(standings.get('A')?.rank).toBe(2);
    expect(standings.get('C')?.rank).toBe(2);
    expect(standings.get('D')?.rank).toBe(4);
  });

  it('never ranks an unscored unit', () => {
    const standings = rankWithinCluster([
      { unit: 'A', total: null, keys: [null] },
      { unit: 'B', total: 0, keys: [0] },
    ]);
    expect(standings.get('A')).toEqual({ rank: null, tied: false, tiedOnTotal: false });
    expect(standings.get('B')).toEqual({ rank: 1, tied: false, tiedOnTotal: false });
  });

  it('ranks a unit scored 0 below every positive total but still ranks it', () => {
    const standings = rankWithinCluster([
      { unit: 'A', total: 0, keys: [] },
      { unit: 'B', total: 10, keys: [] },
    ]);
    expect(standings.get('A')?.rank).toBe(2);
  });

  it('parts equal totals by the tie-break chain and reports the unit as tied on total only', () => {
    const standings = rankWithinCluster([
      { unit: 'A', total: 90, keys: [40, 1] },
      { unit: 'B', total: 90, keys: [45, 0] },
    ]);
    expect(standings.get('B')).toEqual({ rank: 1, tied: false, tiedOnTotal: true });
    expect(standings.get('A')).toEqual({ rank: 2, tied: false, tiedOnTotal: true });
  });

  it('applies the chain in order: a unit better on the first key beats one better on the second', () => {
    const standings = rankWithinCluster([
      { unit: 'FirstKey', total: 90, keys: [41, 0] },
      { unit: 'SecondKey', total: 90, keys: [40, 99] },
    ]);
    expect(standings.get('FirstKey')?.rank).toBe(1);
    expect(standings.get('SecondKey')?.rank).toBe(2);
  });

  it('lets the total outweigh every key', () => {
    const standings = rankWithinCluster([
      { unit: 'A', total: 90.01, keys: [0] },
      { unit: 'B', total: 90, keys: [1000] },
    ]);
    expect(standings.get('A')?.rank).toBe(1);
  });

  it('marks units equal on the whole chain as tied, for the council to vote', () => {
    const standings = rankWithinCluster([
      { unit: 'A', total: 90, keys: [40] },
      { unit: 'B', total: 90, keys: [40] },
      { unit: 'C', total: 85, keys: [40] },
    ]);
    expect(standings.get('A')).toEqual({ rank: 1, tied: true, tiedOnTotal: true });
    expect(standings.get('B')).toEqual({ rank: 1, tied: true, tiedOnTotal: true });
    expect(standings.get('C')).toEqual({ rank: 3, tied: false, tiedOnTotal: false });
  });

  it('gives each unit its rank as 1 + the number of units strictly better', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const standings = rankWithinCluster(entries);
        const scored = entries.filter((e) => e.total !== null);
        for (const entry of entries) {
          const standing = standings.get(entry.unit);
          if (entry.total === null) {
            expect(standing).toEqual({ rank: null, tied: false, tiedOnTotal: false });
            continue;
          }
          expect(standing?.rank).toBe(1 + scored.filter((other) => better(other, entry)).length);
        }
      }),
    );
  });

  it('lets units share a rank exactly when their whole tuples are equal', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const standings = rankWithinCluster(entries);
        const scored = entries.filter((e) => e.total !== null);
        for (const a of scored) {
          const others = scored.filter((b) => b.unit !== a.unit);
          expect(standings.get(a.unit)?.tied).toBe(others.some((b) => sameTuple(a, b)));
          expect(standings.get(a.unit)?.tiedOnTotal).toBe(others.some((b) => b.total === a.total));
          for (const b of others) {
            const sameRank = standings.get(a.unit)?.rank === standings.get(b.unit)?.rank;
            expect(sameRank).toBe(sameTuple(a, b));
          }
        }
      }),
    );
  });

  it('uses ranks 1..n with gaps exactly as wide as the ties before them', () => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const standings = rankWithinCluster(entries);
        const ranks = entries
          .flatMap((e) => {
            const rank = standings.get(e.unit)?.rank;
            return rank === null || rank === undefined ? [] : [rank];
          })
          .sort((a, b) => a - b);
        // Sorted standard competition ranks: each rank is its 1-based position among equals' first slot.
        ranks.forEach((rank, i) => {
          expect(rank === i + 1 || rank === ranks[i - 1]).toBe(true);
        });
        if (ranks.length > 0) expect(ranks[0]).toBe(1);
      }),
    );
  });

  it('does not depend on the order of its entries', () => {
    fc.assert(
      fc.property(
        entriesArb.chain((entries) =>
          fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length })),
        ),
        ([entries, shuffled]) => {
          expect(rankWithinCluster(shuffled)).toEqual(rankWithinCluster(entries));
        },
      ),
    );
  });

  it('does not mutate its input', () => {
    const entries: RankEntry[] = [
      { unit: 'A', total: 80, keys: [1] },
      { unit: 'B', total: 90, keys: [2] },
    ];
    const copy = structuredClone(entries);
    rankWithinCluster(entries);
    expect(entries).toEqual(copy);
  });
});
