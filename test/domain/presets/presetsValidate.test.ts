import { PRESETS } from '../../../src/domain/presets';
import { rankCampaign } from '../../../src/domain/rank';
import { validateAll } from '../../../src/domain/validate';

describe.each(PRESETS.map((p) => [p.id, p] as const))('preset %s end to end', (_id, campaign) => {
  const rankings = rankCampaign(campaign);

  it('ranks every unit of every cluster, except one a rule leaves out', () => {
    expect(rankings.map((r) => r.cluster)).toEqual(campaign.clusters.map((c) => c.code));
    for (const cluster of campaign.clusters) {
      const ranked = rankings.find((r) => r.cluster === cluster.code)?.units ?? [];
      const members = campaign.units.filter((u) => u.cluster === cluster.code).map((u) => u.code);
      expect(ranked.map((u) => u.unit).sort()).toEqual([...members].sort());
      for (const unit of ranked) {
        expect(unit.total).not.toBeNull();
        if (unit.status === 'excluded') expect(unit.statusReason).toMatch(/^Không xét: /);
        else expect(unit.rank).not.toBeNull();
      }
    }
  });

  it('proposes one leading unit per cluster for the flag, with no tie left for the council', () => {
    for (const ranking of rankings) {
      const leading = ranking.units.filter((u) => u.leading);
      expect(leading).toHaveLength(1);
      expect(leading[0]?.proposalCode).toBe(campaign.awardRules.flagTitle);
      expect(ranking.units.some((u) => u.tied)).toBe(false);
    }
  });

  it('gives no error from validation at evaluation', () => {
    const proposals = rankings.flatMap((r) =>
      r.units.flatMap((u) => (u.proposalCode === null ? [] : [{ unit: u.unit, title: u.proposalCode }])),
    );
    const errors = validateAll(campaign, { evaluation: true, proposals }).filter(
      (i) => i.severity === 'error',
    );
    expect(errors).toEqual([]);
  });
});

it('shows the tie-break chain at work in the presets', () => {
  const tiedOnTotal = PRESETS.flatMap((p) =>
    rankCampaign(p).flatMap((r) => r.units.filter((u) => u.tiedOnTotal)),
  );
  expect(tiedOnTotal.length).toBeGreaterThanOrEqual(4);
});
