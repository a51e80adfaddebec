import type { Campaign } from '../../../src/domain/model';
import { allowedCount, checkCaps, countTitles, rankCampaign, summarise } from '../../../src/domain/rank';
import {
  campaignWith,
  cluster,
  criterion,
  oneCluster,
  registration,
  score,
  title,
  unit,
} from './rankBuilders';

describe('cluster comparison', () => {
  it('gives mean, median, extremes, spread, leader and margin computed by hand', () => {
    // Totals 92, 88, 75.5, 70: mean 325.5 / 4 = 81.375 → 81.38; median (88 + 75.5) / 2 = 81.75.
    const campaign = oneCluster({ A: 75.5, B: 92, C: 70, D: 88, E: null });
    const [comparison] = summarise(campaign).clusters;
    expect(comparison).toEqual({
      cluster: 'C1',
      name: 'Cụm 1',
      units: 5,
      scored: 4,
      mean: 81.38,
      median: 81.75,
      max: 92,
      min: 70,
      spread: 22,
      leader: 'B',
      leaders: ['B'],
      leaderName: 'Đơn vị B',
      margin: 4,
    });
  });

  it('takes the middle total as the median of an odd count', () => {
    const [comparison] = summarise(oneCluster({ A: 60, B: 99, C: 70 })).clusters;
    expect(comparison?.median).toBe(70);
  });

  it('gives nulls for a cluster with nothing scored', () => {
    const [comparison] = summarise(oneCluster({ A: null, B: null })).clusters;
    expect(comparison).toMatchObject({
      units: 2,
      scored: 0,
      ...{ mean: null, median: null, max: null, min: null, spread: null },
      ...{ leader: null, leaders: [], leaderName: null, margin: null },
    });
  });

  it('gives nulls for a cluster with no units at all', () => {
    const campaign = campaignWith({ clusters: [cluster('C1')] });
    expect(summarise(campaign).clusters[0]).toMatchObject({ units: 0, scored: 0, mean: null, leader: null });
  });

  it('gives no margin with a single scored unit', () => {
    const [comparison] = summarise(oneCluster({ A: 80, B: null })).clusters;
    expect(comparison).toMatchObject({ leader: 'A', margin: null, spread: 0, mean: 80, median: 80 });
  });

  it('lists every tied leader and gives a margin of 0', () => {
    const [comparison] = summarise(oneCluster({ A: 90, B: 90, C: 80 })).clusters;
    expect(comparison).toMatchObject({
      leader: 'A, B',
      leaders: ['A', 'B'],
      leaderName: 'Đơn vị A; Đơn vị B',
      margin: 0,
    });
  });

  it("rounds the figures to the campaign's precision", () => {
    const [comparison] = summarise(oneCluster({ A: 0.1, B: 0.2, C: 0.2 })).clusters;
    expect(comparison).toMatchObject({ mean: 0.17, spread: 0.1, margin: 0 });
  });

  it('uses the rankings it is given instead of ranking again', () => {
    const campaign = oneCluster({ A: 90, B: 80 });
    const rankings = rankCampaign(campaign);
    expect(summarise(campaign, rankings)).toEqual(summarise(campaign));
  });
});

describe('registrations per title', () => {
  const campaign = campaignWith({
    clusters: [cluster('C1', 'Cụm 1'), cluster('C2', 'Cụm 2')],
    units: [unit('A', 'C1'), unit('B', 'C1'), unit('C', 'C2')],
    titles: [title('LĐTT'), title('TTLĐXS', { subject: 'collective' })],
    registrations: [
      registration('A', 'LĐTT', 'Nguyễn Văn An'),
      registration('A', 'LĐTT', 'Trần Thị Bình'),
      registration('B', 'LĐTT', 'Lê Văn Cường'),
      registration('B', 'TTLĐXS', '', 'collective'),
      registration('C', 'XYZ', 'Phạm Văn Dũng'),
      registration('GHOST', 'LĐTT', 'Không rõ'),
      registration('A', '  ', 'Ô trống'),
    ],
  });

  it('counts registrations per unit, then gives the cluster total, title by title', () => {
    expect(countTitles(campaign).map((r) => [r.cluster, r.title, r.unit, r.count])).toEqual([
      ['C1', 'LĐTT', 'A', 2],
      ['C1', 'LĐTT', 'B', 1],
      ['C1', 'LĐTT', null, 3],
      ['C1', 'TTLĐXS', 'B', 1],
      ['C1', 'TTLĐXS', null, 1],
      ['C2', 'LĐTT', null, 0],
      ['C2', 'TTLĐXS', null, 0],
      ['C2', 'XYZ', 'C', 1],
      ['C2', 'XYZ', null, 1],
    ]);
  });

  it('names titles from the catalogue and an unknown title by its code', () => {
    const rows = countTitles(campaign);
    expect(rows.find((r) => r.title === 'LĐTT')?.titleName).toBe('Danh hiệu LĐTT');
    expect(rows.find((r) => r.title === 'XYZ')?.titleName).toBe('XYZ');
    expect(rows.find((r) => r.unit === null && r.cluster === 'C2')?.unitName).toBe('Cụm 2');
  });
});

describe('cap checks', () => {
  const lđtt = title('LĐTT');
  const cstđcs = title('CSTĐCS', { cap: { of: 'LĐTT', percent: 15, rounding: 'floor' }, counts: ['LĐTT'] });
  const cstđBộ = title('CSTĐB', { counts: ['CSTĐCS'] });

  function capped(registrations: Campaign['registrations'], rounding: 'floor' | 'round' | 'ceil' = 'floor') {
    return campaignWith({
      clusters: [cluster('C1')],
      units: [unit('A', 'C1'), unit('B', 'C1')],
      titles: [lđtt, { ...cstđcs, cap: { of: 'LĐTT', percent: 15, rounding } }, cstđBộ],
      registrations,
    });
  }
  const sevenLđtt = ['An', 'Bình', 'Cường', 'Dũng', 'Em', 'Giang', 'Hà'].map((p) =>
    registration('A', 'LĐTT', p),
  );

  it('allows 15% of 7 people as 1 (floor), 1 (round) or 2 (ceil)', () => {
    expect(allowedCount(15, 7, 'floor')).toBe(1);
    expect(allowedCount(15, 7, 'round')).toBe(1);
    expect(allowedCount(15, 7, 'ceil')).toBe(2);
  });

  it('does not let binary noise push the allowed count over an integer', () => {
    expect(allowedCount(8.8, 375, 'ceil')).toBe(33);
    expect(allowedCount(18.4, 375, 'floor')).toBe(69);
  });

  it('counts a person registered for both titles once in the base', () => {
    const registrations = [...sevenLđtt, registration('A', 'CSTĐCS', 'an ')];
    const [check] = checkCaps(capped(registrations));
    expect(check).toMatchObject({ unit: 'A', title: 'CSTĐCS', count: 1, base: 7, allowed: 1, ok: true });
  });

  it('counts a title that counts as the base title, through a chain of titles', () => {
    const registrations = [
      ...sevenLđtt,
      registration('A', 'CSTĐCS', 'Khoa'),
      registration('A', 'CSTĐB', 'Lan'),
    ];
    const [check] = checkCaps(capped(registrations, 'ceil'));
    expect(check).toMatchObject({ count: 1, base: 9, allowed: 2, ok: true });
  });

  it('reports a unit over its cap', () => {
    const registrations = [
      ...sevenLđtt,
      registration('A', 'CSTĐCS', 'Khoa'),
      registration('A', 'CSTĐCS', 'Lan'),
    ];
    const [check] = checkCaps(capped(registrations));
    expect(check).toMatchObject({ count: 2, base: 9, allowed: 1, ok: false });
  });

  it('checks every unit of the catalogue, with zeros for a unit without registrations', () => {
    const checks = checkCaps(capped(sevenLđtt));
    expect(checks.map((c) => [c.unit, c.count, c.base, c.allowed, c.ok])).toEqual([
      ['A', 0, 7, 1, true],
      ['B', 0, 0, 0, true],
    ]);
  });

  it('ignores collective registrations', () => {
    const [check] = checkCaps(capped([registration('A', 'LĐTT', '', 'collective')]));
    expect(check?.base).toBe(0);
  });

  it('gives no checks when no title is capped', () => {
    expect(checkCaps(campaignWith({ units: [unit('A', 'C1')], titles: [lđtt] }))).toEqual([]);
  });
});

describe('award proposal rows', () => {
  it('lists every scored unit with its proposal, cluster by cluster, and leaves out unscored units', () => {
    const campaign = campaignWith({
      clusters: [cluster('C1', 'Cụm 1'), cluster('C2', 'Cụm 2')],
      units: [unit('A', 'C1'), unit('B', 'C1'), unit('C', 'C2'), unit('D', 'C2')],
      criteria: [criterion('P', 'I')],
      titles: [title('CO', { name: 'Cờ thi đua', subject: 'collective' })],
      awardRules: {
        flagsPerCluster: 1,
        flagTitle: 'CO',
        flagMinScore: null,
        bands: [{ code: 'B', name: 'Hạng B', minScore: 80, gates: [], proposal: 'Giấy khen' }],
      },
      scores: [score('A', { P: 85 }), score('B', { P: 85 }), score('C', { P: 70 })],
    });
    expect(summarise(campaign).proposals.map((p) => [p.cluster, p.unit, p.rank, p.proposal, p.tied])).toEqual(
      [
        // Tied for the one flag of C1: no flag until the council votes; each keeps its band's proposal.
        ['C1', 'A', 1, 'Giấy khen', true],
        ['C1', 'B', 1, 'Giấy khen', true],
        ['C2', 'C', 1, 'Cờ thi đua', false],
      ],
    );
  });
});
