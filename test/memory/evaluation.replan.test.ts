// Re-planning a workbook for a campaign that grew (a new unit, a new criterion) keeps every typed score,
// and the formulas still rank as the domain does on the grown campaign.
import fc from 'fast-check';
import type { Campaign } from '../../src/domain/model';
import { buildPlan } from '../../src/layout/buildPlan';
import { campaignArb } from './campaignArbitrary';
import { domainStandings, hostWith, records, workbookStandings } from './evaluationHelpers';

/** The campaign with one more unit in the first cluster (scored) and one more bonus criterion (blank so far). */
function grown(campaign: Campaign): Campaign {
  const bonus = { code: 'T.9', group: 'T', text: 'Điểm thưởng bổ sung', max: 5, kind: 'bonus' as const };
  const cluster = campaign.clusters[0]?.code ?? 'C1';
  const first = campaign.criteria[0]?.code ?? 'I.1';
  return {
    ...campaign,
    units: [...campaign.units, { code: 'U99', name: 'Đơn vị mới', cluster, headcount: 7 }],
    criteria: [...campaign.criteria, bonus],
    scores: [
      ...campaign.scores.map((row) => ({ ...row, values: { ...row.values, [bonus.code]: null } })),
      { row: campaign.scores.length + 1, unit: 'U99', values: { [first]: 3, [bonus.code]: 1.5 }, inputs: {} },
    ],
  };
}

describe('re-planning a grown campaign in the memory host', () => {
  it('keeps typed scores and ranks as the domain does', async () => {
    await fc.assert(
      fc.asyncProperty(campaignArb, async (campaign) => {
        const host = await hostWith(campaign);
        const typedBefore = records(host.exportWorkbookData(), 'Scores').map((row) =>
          campaign.criteria.map((c) => row[c.code] ?? null),
        );
        const next = grown(campaign);
        const { plan } = await host.applyPlan((current) => buildPlan(next, current));
        expect(plan.issues.filter((i) => i.severity === 'error')).toEqual([]);
        const scoresPlan = plan.sheets.flatMap((s) => s.tables).find((t) => t.name === 'Scores');
        expect(scoresPlan?.addColumns).toContain('T.9');
        expect(scoresPlan?.appendRows.map((row) => row[0])).toEqual(['U99']);
        expect(host.formulaProblems()).toEqual([]);

        const after = records(host.exportWorkbookData(), 'Scores');
        expect(
          after.slice(0, typedBefore.length).map((row) => campaign.criteria.map((c) => row[c.code] ?? null)),
        ).toEqual(typedBefore);
        expect(Object.fromEntries(workbookStandings(host.exportWorkbookData()))).toEqual(
          Object.fromEntries(domainStandings(next)),
        );
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
