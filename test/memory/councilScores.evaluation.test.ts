/**
 * @jest-environment node
 */
// The council members' scores count in the ranking: on random campaigns of the scoring rules (criteria
// trees, tiers, bands, exclusions, tie-breaks) with members, their scores (some recused, some rows that
// cannot be) and each way of combining them, the workbook's live formulas give every unit the points,
// total, status, rank, band and proposal the domain gives, and `Giải thích` names the members counted.
import fc from 'fast-check';
import { SCORE_HEADERS, TABLES } from '../../src/domain/contract';
import { explainUnit } from '../../src/domain/explain';
import type { Campaign, Criterion, ReviewMethod, ReviewScore } from '../../src/domain/model';
import { readCampaign } from '../../src/domain/read';
import type { CellValue } from '../../src/domain/workbook';
import { records } from './evaluationHelpers';
import { scoringCaseArb, type ScoringCase } from './scoringArbitrary';
import { domainOutcomes, pointsBothWays, workbookOf, workbookOutcomes } from './scoringOutcomes';

const MEMBERS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'];

function leavesOf(criteria: readonly Criterion[]): Criterion[] {
  const headings = new Set(criteria.flatMap((c) => (c.parent === undefined ? [] : [c.parent])));
  return criteria.filter((c) => !headings.has(c.code));
}

/** A scoring case with a council of four, members' scores of its units and a few recusals. */

const councilCaseArb: fc.Arbitrary<ScoringCase> = scoringCaseArb.chain((scoring) => {
  const { campaign } = scoring;
  const leaves = leavesOf(campaign.criteria);
  const headings = campaign.criteria.filter((c) => !leaves.includes(c));
  const units = campaign.units.map((u) => u.code);
  const review = fc
    .record({
      member: fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...MEMBERS) },
        { weight: 1, arbitrary: fc.constant('Người lạ') },
      ),
      unit: fc.constantFrom(...units),
      criterion: fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...leaves) },
        { weight: 1, arbitrary: fc.constantFrom(...(headings.length > 0 ? headings : leaves)) },
      ),
      quarters: fc.integer({ min: 0, max: 400 }),
      kind: fc.oneof(
        { weight: 10, arbitrary: fc.constant('score' as const) },
        { weight: 2, arbitrary: fc.constant('blank' as const) },
        { weight: 1, arbitrary: fc.constant('aboveMax' as const) },
      ),
    })
    .map(({ member, unit, criterion, quarters, kind }): Omit<ReviewScore, 'row'> => ({
      member,
      unit,
      criterion: criterion.code,
      score:
        kind === 'blank'
          ? null
          : kind === 'aboveMax'
            ? criterion.max + 1
            : Math.min(criterion.max, quarters / 4),
    }));
  return fc
    .record({
      reviews: fc.array(review, { minLength: 1, maxLength: 14 }),
      recusals: fc.array(fc.tuple(fc.constantFrom(...MEMBERS), fc.constantFrom(...units)), { maxLength: 2 }),
      method: fc.option(fc.constantFrom<ReviewMethod>('mean', 'median', 'trimmed'), { nil: undefined }),
    })
    .map(({ reviews, recusals, method }): ScoringCase => ({
      ...scoring,
      campaign: {
        ...campaign,
        council: MEMBERS.map((name, i) => ({ row: i + 1, name, role: 'Ủy viên', present: true })),
        reviews: reviews.map((r, i) => ({ ...r, row: i + 1 })),
        recusals: recusals.map(([member, unit], i) => ({ row: i + 1, member, unit, reason: 'Người thân' })),
        settings: { ...campaign.settings, ...(method === undefined ? {} : { reviewMethod: method }) },
      },
    }));
});

const str = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v));

describe('the council members’ combined scores in the ranking, sheet against domain', () => {
  it('give every unit the points, total, status, rank, band and proposal the domain gives', async () => {
    await fc.assert(
      fc.asyncProperty(councilCaseArb, async (councilCase) => {
        const { host, data } = await workbookOf(councilCase, false);
        expect(host.formulaProblems()).toEqual([]);
        const campaign = readCampaign(data).campaign as Campaign;
        expect(campaign.reviews?.length).toBe(councilCase.campaign.reviews?.length);
        const both = pointsBothWays(campaign, data);
        expect(both.sheet).toEqual(both.domain);
        expect(Object.fromEntries(workbookOutcomes(data))).toEqual(
          Object.fromEntries(domainOutcomes(campaign)),
        );
        // Giải thích of a ranked unit ends by naming how many members' scores count.
        for (const row of records(data, TABLES.scores)) {
          const said = str(row[SCORE_HEADERS.explanation]);
          const e = explainUnit(campaign, str(row[SCORE_HEADERS.unit]));
          if (e === null || e.rank === null) continue;
          const phrase =
            e.council === null ? '' : `; điểm kết hợp của ${e.council.members.length} thành viên Hội đồng`;
          expect(said.endsWith(phrase) && (phrase !== '' || !said.includes('thành viên Hội đồng'))).toBe(
            true,
          );
        }
      }),
      { numRuns: 40 },
    );
  }, 300_000);
});
