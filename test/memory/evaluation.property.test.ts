// The headline property: whatever the campaign, the workbook's live formulas (evaluated by the memory
// host) rank, flag and propose exactly as the domain does, and the summary tables agree with it.
import fc from 'fast-check';
import { buildPlan } from '../../src/layout/buildPlan';
import { campaignArb } from './campaignArbitrary';
import {
  domainClusterFigures,
  domainProposals,
  domainRanking,
  domainStandings,
  domainTitleCounts,
  hostWith,
  workbookClusterFigures,
  workbookProposals,
  workbookRanking,
  workbookStandings,
  workbookTitleCounts,
} from './evaluationHelpers';

// Each run builds a workbook and evaluates it: a modest count keeps the suite fast.
const RUNS = { numRuns: 25 };

describe('workbook formulas against the domain, on random campaigns', () => {
  it('compute the total, rank, tie, lead and proposal of every unit as rankCampaign does', async () => {
    await fc.assert(
      fc.asyncProperty(campaignArb, async (campaign) => {
        expect(buildPlan(campaign).issues.filter((i) => i.severity === 'error')).toEqual([]);
        const host = await hostWith(campaign);
        expect(host.formulaProblems()).toEqual([]);
        const data = host.exportWorkbookData();
        expect(Object.fromEntries(workbookStandings(data))).toEqual(
          Object.fromEntries(domainStandings(campaign)),
        );
      }),
      RUNS,
    );
  }, 120_000);

  it('fill the summary tables as summarise does', async () => {
    await fc.assert(
      fc.asyncProperty(campaignArb, async (campaign) => {
        const data = (await hostWith(campaign)).exportWorkbookData();
        expect(workbookClusterFigures(data)).toEqual(domainClusterFigures(campaign));
        expect(workbookRanking(data)).toEqual(domainRanking(campaign));
        expect(workbookProposals(data)).toEqual(domainProposals(campaign));
        expect(workbookTitleCounts(data)).toEqual(domainTitleCounts(campaign));
      }),
      RUNS,
    );
  }, 120_000);
});
