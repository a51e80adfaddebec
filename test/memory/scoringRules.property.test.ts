/**
 * @jest-environment node
 */
// The scoring rules' headline property: on random campaigns with criteria trees, tiers, proportional
// points, exclusions, held scores, bands with conditions and quotas and a flag that may need a band, the
// workbook's live formulas (evaluated by the memory host) give every unit the points, total, status,
// rank, band, flag, vote and proposal the domain gives the campaign read back from the same workbook.
import fc from 'fast-check';
import type { Campaign } from '../../src/domain/model';
import { readCampaign } from '../../src/domain/read';
import {
  domainClusterFigures,
  domainProposals,
  domainRanking,
  workbookClusterFigures,
  workbookProposals,
  workbookRanking,
} from './evaluationHelpers';
import { scoringCaseArb } from './scoringArbitrary';
import { domainOutcomes, pointsBothWays, workbookOf, workbookOutcomes } from './scoringOutcomes';

const RUNS = { numRuns: 60 };

describe('scoring rules: the workbook against the domain, on random campaigns', () => {
  it('gives every unit the points, total, status, rank, band, flag, vote and proposal the domain gives', async () => {
    await fc.assert(
      fc.asyncProperty(scoringCaseArb, async (scoringCase) => {
        const { host, data } = await workbookOf(scoringCase);
        expect(host.formulaProblems()).toEqual([]);
        const read = readCampaign(data);
        expect(read.campaign).not.toBeNull();
        const campaign = read.campaign as Campaign;
        const both = pointsBothWays(campaign, data);
        expect(both.sheet).toEqual(both.domain);
        expect(Object.fromEntries(workbookOutcomes(data))).toEqual(
          Object.fromEntries(domainOutcomes(campaign)),
        );
      }),
      RUNS,
    );
  }, 300_000);

  it('fills the summary tables as summarise does, held and excluded units left out', async () => {
    await fc.assert(
      fc.asyncProperty(scoringCaseArb, async (scoringCase) => {
        const { data } = await workbookOf(scoringCase);
        const campaign = readCampaign(data).campaign as Campaign;
        expect(workbookClusterFigures(data)).toEqual(domainClusterFigures(campaign));
        expect(workbookRanking(data)).toEqual(domainRanking(campaign));
        expect(workbookProposals(data)).toEqual(domainProposals(campaign));
      }),
      { numRuns: 30 },
    );
  }, 300_000);
});
