import fc from 'fast-check';
import type { Campaign } from '../../../src/domain/model';
import { rankCampaign } from '../../../src/domain/rank';
import { campaignWith, cluster, criterion, link, oneCluster, score, unit } from './rankBuilders';

function unitsOf(campaign: Campaign, clusterCode = 'C1') {
  return rankCampaign(campaign).find((c) => c.cluster === clusterCode)?.units ?? [];
}

describe('rankCampaign', () => {
  it('ranks tied totals equally and skips the next rank', () => {
    const units = unitsOf(oneCluster({ A: 90, B: 95, C: 90, D: 80 }));
    expect(units.map((u) => [u.unit, u.rank, u.tied])).toEqual([
      ['B', 1, false],
      ['A', 2, true],
      ['C', 2, true],
      ['D', 4, false],
    ]);
  });

  it('never ranks an unscored unit, and lists it last with a blank total', () => {
    const units = unitsOf(oneCluster({ A: null, B: 60, C: null }));
    expect(units.map((u) => [u.unit, u.total, u.rank, u.leading])).toEqual([
      ['B', 60, 1, false],
      ['A', null, null, false],
      ['C', null, null, false],
    ]);
  });

  it('treats a score row with only blank cells as unscored', () => {
    const campaign = oneCluster({ A: 50 });
    const blank = {
      ...campaign,
      units: [...campaign.units, unit('B', 'C1')],
      scores: [...campaign.scores, score('B', { P: null })],
    };
    expect(unitsOf(blank).find((u) => u.unit === 'B')).toMatchObject({ total: null, rank: null, keys: [] });
  });

  it('ranks units within their own cluster only', () => {
    const campaign = campaignWith({
      clusters: [cluster('C1'), cluster('C2')],
      units: [unit('A', 'C1'), unit('B', 'C2'), unit('C', 'C2')],
      criteria: [criterion('P', 'I')],
      scores: [score('A', { P: 50 }), score('B', { P: 90 }), score('C', { P: 70 })],
    });
    const [c1, c2] = rankCampaign(campaign);
    expect(c1?.units.map((u) => [u.unit, u.rank])).toEqual([['A', 1]]);
    expect(c2?.units.map((u) => [u.unit, u.rank])).toEqual([
      ['B', 1],
      ['C', 2],
    ]);
  });

  it('takes the cluster from the unit catalogue and ignores score rows of unknown units', () => {
    const campaign = campaignWith({
      clusters: [cluster('C1'), cluster('C2')],
      units: [unit('A', 'C2'), unit('B', 'C2')],
      criteria: [criterion('P', 'I')],
      scores: [score('A', { P: 50 }), score('B', { P: 40 }), score('GHOST', { P: 100 })],
    });
    const [c1, c2] = rankCampaign(campaign);
    expect(c1?.units).toEqual([]);
    expect(c2?.units.map((u) => [u.unit, u.cluster, u.rank])).toEqual([
      ['A', 'C2', 1],
      ['B', 'C2', 2],
    ]);
  });

  it('lists clusters in catalogue order, then clusters only units name', () => {
    const campaign = campaignWith({
      clusters: [cluster('K2', 'Khối 2'), cluster('K1', 'Khối 1')],
      units: [unit('A', 'K1'), unit('B', 'X'), unit('C', 'K2')],
    });
    expect(rankCampaign(campaign).map((c) => [c.cluster, c.name])).toEqual([
      ['K2', 'Khối 2'],
      ['K1', 'Khối 1'],
      ['X', 'X'],
    ]);
  });

  it('orders equal ranks by unit code, numbers in codes read as numbers', () => {
    const units = unitsOf(oneCluster({ U10: 80, U2: 80, U1: 70 }));
    expect(units.map((u) => u.unit)).toEqual(['U2', 'U10', 'U1']);
  });

  it('ranks totals equal after rounding as equal (0.1 + 0.2 against 0.3)', () => {
    const campaign = campaignWith({
      clusters: [cluster('C1')],
      units: [unit('A', 'C1'), unit('B', 'C1')],
      criteria: [criterion('P', 'I'), criterion('Q', 'I')],
      scores: [score('A', { P: 0.1, Q: 0.2 }), score('B', { P: 0.3, Q: 0 })],
    });
    expect(unitsOf(campaign).map((u) => [u.unit, u.rank, u.tied])).toEqual([
      ['A', 1, true],
      ['B', 1, true],
    ]);
  });

  it('ranks totals that differ only beyond the precision as equal', () => {
    const campaign = oneCluster({ A: 90.004, B: 89.996 });
    expect(unitsOf(campaign).map((u) => [u.total, u.rank])).toEqual([
      [90, 1],
      [90, 1],
    ]);
  });

  it('parts equal totals by the tie-break chain, in chain order', () => {
    const campaign = campaignWith({
      clusters: [cluster('C1')],
      units: [unit('A', 'C1'), unit('B', 'C1'), unit('C', 'C1')],
      criteria: [criterion('I.1', 'I'), criterion('II.1', 'II'), criterion('D', 'D', 'deduction')],
      tieBreaks: [link.group('I'), link.deductions('asc')],
      scores: [
        // All total 80; B leads on group I; A and C tie on group I and A has fewer deductions.
        score('A', { 'I.1': 40, 'II.1': 41, D: 1 }),
        score('B', { 'I.1': 50, 'II.1': 40, D: 10 }),
        score('C', { 'I.1': 40, 'II.1': 42, D: 2 }),
      ],
    });
    expect(unitsOf(campaign).map((u) => [u.unit, u.total, u.keys, u.rank, u.tied, u.tiedOnTotal])).toEqual([
      ['B', 80, [50, -10], 1, false, true],
      ['A', 80, [40, -1], 2, false, true],
      ['C', 80, [40, -2], 3, false, true],
    ]);
  });

  it('does not depend on the order of score rows or units', () => {
    const arb = fc
      .array(
        fc.record({
          cluster: fc.constantFrom('C1', 'C2'),
          points: fc.option(fc.constantFrom(60, 75.5, 80, 90), { nil: null }),
          bonus: fc.constantFrom(0, 1, 2),
          vote: fc.option(fc.constantFrom(0.5, 0.9), { nil: null }),
        }),
        { maxLength: 16 },
      )
      .map((specs) =>
        campaignWith({
          clusters: [cluster('C1'), cluster('C2')],
          units: specs.map((s, i) => unit(`U${i}`, s.cluster)),
          criteria: [criterion('P', 'I'), criterion('T', 'T', 'bonus')],
          tieBreaks: [link.bonus(), link.input('vote')],
          scores: specs.flatMap((s, i) =>
            s.points === null ? [] : [score(`U${i}`, { P: s.points, T: s.bonus }, { vote: s.vote })],
          ),
        }),
      )
      .chain((campaign) =>
        fc.tuple(
          fc.constant(campaign),
          fc.shuffledSubarray(campaign.units, { minLength: campaign.units.length }),
          fc.shuffledSubarray(campaign.scores, { minLength: campaign.scores.length }),
        ),
      );
    fc.assert(
      fc.property(arb, ([campaign, units, scores]) => {
        expect(rankCampaign({ ...campaign, units, scores })).toEqual(rankCampaign(campaign));
      }),
    );
  });

  it('gives every scored unit 1 + the number of units of its cluster with a better total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { maxLength: 20 }),
        (points) => {
          const totals = Object.fromEntries(points.map((p, i) => [`U${i}`, p]));
          for (const u of unitsOf(oneCluster(totals))) {
            const own = totals[u.unit];
            if (own === null || own === undefined) {
              expect(u.rank).toBeNull();
              continue;
            }
            expect(u.rank).toBe(1 + points.filter((p) => p !== null && p > own).length);
          }
        },
      ),
    );
  });

  it('does not mutate the campaign', () => {
    const campaign = oneCluster({ B: 50, A: 70 });
    const copy = structuredClone(campaign);
    rankCampaign(campaign);
    expect(campaign).toEqual(copy);
  });
});
