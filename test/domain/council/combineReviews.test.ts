import fc from 'fast-check';
import { combine, combineReviews } from '../../../src/domain/council';
import type { Campaign, ReviewMethod, ReviewScore } from '../../../src/domain/model';
import { campaignWith, cluster, criterion, unit } from '../rank/rankBuilders';

const METHODS: ReviewMethod[] = ['mean', 'median', 'trimmed'];
const MEMBERS = ['An', 'Bình', 'Cường', 'Dung', 'Em'];

function campaignOf(
  reviews: ReviewScore[],
  method: ReviewMethod,
  recused: [string, string][] = [],
): Campaign {
  return campaignWith({
    clusters: [cluster('C1')],
    units: ['U1', 'U2'].map((code) => unit(code, 'C1')),
    criteria: [
      { ...criterion('P', 'I'), max: 10 },
      { ...criterion('Q', 'I'), max: 10 },
    ],
    council: MEMBERS.map((name, i) => ({ row: i + 1, name, role: 'Ủy viên', present: true })),
    reviews,
    recusals: recused.map(([member, u], i) => ({ row: i + 1, member, unit: u, reason: '' })),
    settings: {
      selfReviewGap: 5,
      precision: 2,
      registrationCheck: 'off',
      reviewMethod: method,
      reviewSpread: 2,
    },
  });
}

const reviewArb = fc.record({
  member: fc.constantFrom(...MEMBERS),
  unit: fc.constantFrom('U1', 'U2'),
  criterion: fc.constantFrom('P', 'Q'),
  score: fc.option(
    fc.integer({ min: 0, max: 40 }).map((q) => q / 4),
    { nil: null, freq: 6 },
  ),
});
const rowsArb = fc
  .array(reviewArb, { maxLength: 14 })
  .map((rows) => rows.map((r, i) => ({ ...r, row: i + 1 })));
const recusalArb = fc.array(fc.tuple(fc.constantFrom(...MEMBERS), fc.constantFrom('U1', 'U2')), {
  maxLength: 3,
});

const byGroup = (c: Campaign) =>
  Object.fromEntries(combineReviews(c).combined.map((g) => [`${g.unit}/${g.criterion}`, g.combined]));

describe('combining the council members’ scores', () => {
  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(
        rowsArb,
        recusalArb,
        fc.constantFrom(...METHODS),
        fc.nat(),
        (rows, recused, method, seed) => {
          const shuffled = [...rows].sort(
            (a, b) => ((a.row * 7919 + seed) % 101) - ((b.row * 7919 + seed) % 101),
          );
          expect(byGroup(campaignOf(shuffled, method, recused))).toEqual(
            byGroup(campaignOf(rows, method, recused)),
          );
        },
      ),
    );
  });

  it('drops one highest and one lowest score in the trimmed mean, whatever those extremes are', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 3, maxLength: 8 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (scores, high, low) => {
          const sorted = [...scores].sort((a, b) => a - b);
          const middle = sorted.slice(1, -1);
          const expected = middle.reduce((s, v) => s + v, 0) / middle.length;
          expect(combine(scores, 'trimmed')).toBeCloseTo(expected, 10);
          // Moving the extremes further out changes nothing.
          const wider = [
            ...sorted.slice(1, -1),
            (sorted[sorted.length - 1] ?? 0) + high,
            (sorted[0] ?? 0) - low,
          ];
          expect(combine(wider, 'trimmed')).toBeCloseTo(expected, 10);
        },
      ),
    );
  });

  it('never counts a recused member, whatever the score', () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.constantFrom(...METHODS),
        fc.constantFrom(...MEMBERS),
        (rows, method, member) => {
          const recused = campaignOf(rows, method, [[member, 'U1']]);
          const changed = rows.map((r) =>
            r.member === member && r.unit === 'U1' ? { ...r, score: 10 - (r.score ?? 0) } : r,
          );
          expect(byGroup(campaignOf(changed, method, [[member, 'U1']]))).toEqual(byGroup(recused));
          const counted = combineReviews(recused)
            .rows.filter((r) => r.status === 'counted')
            .map((r) => r.row);
          for (const r of rows)
            if (r.member === member && r.unit === 'U1') expect(counted).not.toContain(r.row);
        },
      ),
    );
  });

  it('gives the median and the mean of a small example', () => {
    expect(combine([7, 9, 10, 2], 'median')).toBe(8);
    expect(combine([7, 9, 10], 'median')).toBe(9);
    expect(combine([7, 9], 'trimmed')).toBe(8);
    expect(combine([], 'mean')).toBeNull();
  });

  it('holds a unit and criterion with a member not on the council or a score above the maximum, and flags a spread', () => {
    const result = combineReviews(
      campaignOf(
        [
          { row: 1, member: 'An', unit: 'U1', criterion: 'P', score: 9 },
          { row: 2, member: 'Bình', unit: 'U1', criterion: 'P', score: 5 },
          { row: 3, member: 'Lạ', unit: 'U1', criterion: 'Q', score: 5 },
          { row: 4, member: 'An', unit: 'U2', criterion: 'P', score: 11 },
        ],
        'mean',
      ),
    );
    expect(result.rows.map((r) => [r.status, r.spread, r.flagged])).toEqual([
      ['counted', 4, true],
      ['counted', -4, true],
      ['memberUnknown', null, false],
      ['aboveMax', null, false],
    ]);
    expect(result.combined.map((g) => [g.unit, g.criterion, g.combined, g.held])).toEqual([
      ['U1', 'P', 7, false],
      ['U1', 'Q', null, true],
      ['U2', 'P', null, true],
    ]);
  });
});
