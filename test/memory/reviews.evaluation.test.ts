// The council members' scores on the council sheet, evaluated by the memory host, combine, spread and
// flag as the domain's combineReviews does, whatever the method, the recusals and the rows that cannot be.
import fc from 'fast-check';
import { REVIEW_HEADERS as H, VOTE_RESULT_LABELS } from '../../src/domain/contract';
import { combineReviews } from '../../src/domain/council';
import type { Campaign, ReviewMethod, ReviewScore } from '../../src/domain/model';
import type { CellValue } from '../../src/domain/workbook';
import { campaignWith, cluster, criterion, unit } from '../domain/rank/rankBuilders';
import { hostWith, records } from './evaluationHelpers';

const MEMBERS = ['An', 'Bình', 'Cường', 'Dung'];

function campaignOf(
  reviews: ReviewScore[],
  method: ReviewMethod | undefined,
  spread: number | undefined,
  recused: [string, string][],
): Campaign {
  return campaignWith({
    clusters: [cluster('C1')],
    units: ['U1', 'U2'].map((code) => unit(code, 'C1')),
    criteria: [
      { ...criterion('P', 'I'), max: 10 },
      { ...criterion('Q', 'I'), max: 5 },
    ],
    council: MEMBERS.map((name, i) => ({ row: i + 1, name, role: 'Ủy viên', present: true })),
    reviews,
    recusals: recused.map(([member, u], i) => ({ row: i + 1, member, unit: u, reason: '' })),
    settings: {
      selfReviewGap: 5,
      precision: 2,
      registrationCheck: 'off',
      ...(method === undefined ? {} : { reviewMethod: method }),
      ...(spread === undefined ? {} : { reviewSpread: spread }),
    },
  });
}

const reviewArb = fc.record({
  member: fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...MEMBERS) },
    { weight: 1, arbitrary: fc.constant('Lạ') },
  ),
  unit: fc.constantFrom('U1', 'U2'),
  criterion: fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom('P', 'Q') },
    { weight: 1, arbitrary: fc.constant('Z') },
  ),
  score: fc.option(
    fc.integer({ min: 0, max: 44 }).map((q) => q / 4),
    { nil: null, freq: 8 },
  ),
});

const num = (v: CellValue | undefined): number | null => (typeof v === 'number' ? v : null);
const str = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v));

describe('the council members’ scores on the council sheet', () => {
  it('combine, spread and flag as combineReviews does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(reviewArb, { minLength: 1, maxLength: 12 }),
        fc.option(fc.constantFrom<ReviewMethod>('mean', 'median', 'trimmed'), { nil: undefined }),
        fc.option(fc.constantFrom(0.5, 2), { nil: undefined }),
        fc.array(fc.tuple(fc.constantFrom(...MEMBERS), fc.constantFrom('U1', 'U2')), { maxLength: 2 }),
        async (rows, method, spread, recused) => {
          const campaign = campaignOf(
            rows.map((r, i) => ({ ...r, row: i + 1 })),
            method,
            spread,
            recused,
          );
          const data = (await hostWith(campaign)).exportWorkbookData();
          const sheet = records(data, 'Reviews').map((r) => ({
            counted: str(r[H.counted]),
            combined: r[H.combined] === VOTE_RESULT_LABELS.held ? 'held' : num(r[H.combined]),
            spread: num(r[H.spread]),
            flagged: str(r[H.flagged]) === 'x',
          }));
          const { rows: judged, combined } = combineReviews(campaign);
          const groups = new Map(combined.map((g) => [`${g.unit}/${g.criterion}`, g]));
          const domain = judged.map((r, i) => {
            const review = campaign.reviews?.[i];
            const group = groups.get(`${review?.unit ?? ''}/${review?.criterion ?? ''}`);
            return {
              counted: r.status === 'counted' ? 'x' : r.status === 'left out' ? '' : 'lỗi',
              combined: group?.held === true ? 'held' : (group?.combined ?? null),
              spread: r.spread,
              flagged: r.flagged,
            };
          });
          expect(sheet).toEqual(domain);
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);
});
