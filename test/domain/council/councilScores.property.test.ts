// The council's combined score in the ranking, as properties of the domain: it is exactly the campaign
// whose typed points of the criteria members scored are their combined scores; the order of the members'
// rows never matters; a recused member's scores never count; members' rows without a score change
// nothing; and the explanation names the members counted, never one who is recused.
import fc from 'fast-check';
import { combineReviews } from '../../../src/domain/council';
import { explainUnit } from '../../../src/domain/explain';
import type { Campaign, Criterion, ReviewMethod, ReviewScore } from '../../../src/domain/model';
import { rankCampaign } from '../../../src/domain/rank';
import { scoringCaseArb } from '../../memory/scoringArbitrary';

const MEMBERS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'];

/** Criteria without parts whose points are typed: their typed points can be set to a combined score. */
function typedLeaves(criteria: readonly Criterion[]): Criterion[] {
  const headings = new Set(criteria.flatMap((c) => (c.parent === undefined ? [] : [c.parent])));
  return criteria.filter((c) => !headings.has(c.code) && (c.method ?? 'typed') === 'typed');
}

/**
 * Whether every typed point is a number in range: a slip in a typed cell holds its unit whether or not
 * the council scored the criterion, so the campaign typed with the combined scores would differ there.
 */
function typedInRange(campaign: Campaign): boolean {
  return typedLeaves(campaign.criteria).every((leaf) =>
    campaign.scores.every((row) => {
      const value = row.values[leaf.code] ?? null;
      return value === null || (value >= 0 && (leaf.mayExceed === true || value <= leaf.max));
    }),
  );
}

/** A campaign of the scoring rules with a council of four and members' scores that can all count. */
const councilArb: fc.Arbitrary<Campaign> = scoringCaseArb
  .filter(
    ({ campaign, texts }) =>
      texts.length === 0 && typedLeaves(campaign.criteria).length > 0 && typedInRange(campaign),
  )
  .chain(({ campaign }) => {
    const leaves = typedLeaves(campaign.criteria);
    const units = campaign.scores.map((s) => s.unit);
    const review = fc
      .record({
        member: fc.constantFrom(...MEMBERS),
        unit: fc.constantFrom(...(units.length > 0 ? units : campaign.units.map((u) => u.code))),
        criterion: fc.constantFrom(...leaves),
        quarters: fc.integer({ min: 0, max: 400 }),
      })
      .map(({ member, unit, criterion, quarters }): Omit<ReviewScore, 'row'> => ({
        member,
        unit,
        criterion: criterion.code,
        score: Math.min(criterion.max, quarters / 4),
      }));
    return fc
      .record({
        reviews: fc.array(review, { minLength: 1, maxLength: 12 }),
        method: fc.constantFrom<ReviewMethod>('mean', 'median', 'trimmed'),
      })
      .map(({ reviews, method }): Campaign => ({
        ...campaign,
        council: MEMBERS.map((name, i) => ({ row: i + 1, name, role: 'Ủy viên', present: true })),
        reviews: reviews.map((r, i) => ({ ...r, row: i + 1 })),
        recusals: [],
        settings: { ...campaign.settings, reviewMethod: method },
      }));
  });

/** The campaign without members' scores whose typed points are the council's combined scores. */
function typedAsCombined(campaign: Campaign): Campaign {
  const combined = combineReviews(campaign).combined;
  return {
    ...campaign,
    reviews: [],
    scores: campaign.scores.map((row) => {
      const values = { ...row.values };
      for (const c of combined)
        if (c.unit === row.unit && c.combined !== null) values[c.criterion] = c.combined;
      return { ...row, values };
    }),
  };
}

const withRows = (campaign: Campaign, reviews: Omit<ReviewScore, 'row'>[]): Campaign => ({
  ...campaign,
  reviews: reviews.map((r, i) => ({ ...r, row: i + 1 })),
});

describe('the council’s combined score in the ranking', () => {
  it('ranks as if the combined scores had been typed in place of the points', () => {
    fc.assert(
      fc.property(councilArb, (campaign) => {
        expect(rankCampaign(campaign)).toEqual(rankCampaign(typedAsCombined(campaign)));
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the order of the members’ rows', () => {
    fc.assert(
      fc.property(
        councilArb.chain((c) =>
          fc.tuple(
            fc.constant(c),
            fc.shuffledSubarray(c.reviews ?? [], { minLength: c.reviews?.length ?? 0 }),
          ),
        ),
        ([campaign, shuffled]) => {
          expect(rankCampaign(withRows(campaign, shuffled))).toEqual(rankCampaign(campaign));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never counts a recused member: adding their scores of the unit changes nothing', () => {
    fc.assert(
      fc.property(
        councilArb,
        fc.constantFrom(...MEMBERS),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 4 }),
        (campaign, member, scores) => {
          const first = campaign.reviews?.[0];
          if (first === undefined) return;
          const recused: Campaign = {
            ...campaign,
            reviews: (campaign.reviews ?? []).filter((r) => !(r.member === member && r.unit === first.unit)),
            recusals: [{ row: 1, member, unit: first.unit, reason: 'Người thân làm việc tại đơn vị' }],
          };
          const max = campaign.criteria.find((c) => c.code === first.criterion)?.max ?? 0;
          const more = withRows(recused, [
            ...(recused.reviews ?? []),
            ...scores.map((q) => ({
              member,
              unit: first.unit,
              criterion: first.criterion,
              score: Math.min(max, q / 4),
            })),
          ]);
          expect(rankCampaign(more)).toEqual(rankCampaign(recused));
          const explained = explainUnit(more, first.unit);
          expect(explained?.council?.members ?? []).not.toContain(member);
          if (explained?.council != null) expect(explained.council.recused).toEqual([member]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('changes nothing for members’ rows without a score, as with no rows at all', () => {
    fc.assert(
      fc.property(councilArb, (campaign) => {
        const blank = withRows(
          campaign,
          (campaign.reviews ?? []).map((r) => ({ ...r, score: null })),
        );
        expect(rankCampaign(blank)).toEqual(rankCampaign({ ...campaign, reviews: [] }));
      }),
      { numRuns: 100 },
    );
  });

  it('explains a unit scored by the council with the members whose scores count', () => {
    fc.assert(
      fc.property(councilArb, (campaign) => {
        for (const row of campaign.scores) {
          const e = explainUnit(campaign, row.unit);
          const counted = new Set(
            (campaign.reviews ?? [])
              .filter((r) => r.unit === row.unit && r.score !== null)
              .map((r) => r.member),
          );
          if (e === null) continue;
          if (counted.size === 0) {
            expect(e.council).toBeNull();
            continue;
          }
          expect(new Set(e.council?.members)).toEqual(counted);
          if (e.total !== null) expect(e.sentences.join(' ')).toContain(`từ ${counted.size} thành viên: `);
        }
      }),
      { numRuns: 100 },
    );
  });
});
