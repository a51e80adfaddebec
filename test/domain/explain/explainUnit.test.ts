import fc from 'fast-check';
import { explainUnit } from '../../../src/domain/explain';
import { rankCampaign } from '../../../src/domain/rank';
import { buildCampaign } from '../support/campaignBuilder';
import { campaignWith, cluster, criterion, link, score, unit } from '../rank/rankBuilders';

describe('explainUnit', () => {
  it('gives the points by group, the self-score gap and the gaps to the units above and below', () => {
    const campaign = buildCampaign();
    const explained = explainUnit(campaign, 'U2');
    expect(explained).not.toBeNull();
    if (explained === null) return;
    // U2: I.1 17, II 25 + 16, III 24, bonus 0, deduction 1 → 81.
    expect(explained.total).toBe(81);
    expect(explained.groups.map((g) => [g.group, g.points, g.max])).toEqual([
      ['I', 17, 20],
      ['II', 41, 50],
      ['III', 24, 30],
      ['T', 0, 0],
      ['TR', -1, 0],
    ]);
    // The self-score adds 2 points to III.1.
    expect(explained.self).toMatchObject({ selfTotal: 83, reviewedTotal: 81, gap: 2, overThreshold: false });
    expect(explained.above).toMatchObject({ unit: 'U1', rank: 1, total: 94, gap: 13, decidedBy: null });
    expect(explained.below).toMatchObject({ unit: 'U3', rank: 3, total: 70, gap: 11 });
    expect(explained.sentences).toContain('Đơn vị liền trên: Văn phòng Sở (hạng 1, 94 điểm), hơn 13 điểm.');
    expect(explained.sentences).toContain('Tự chấm 83, cao hơn 2 điểm so với điểm thẩm định 81.');
  });

  it('names the tie-break link that parted two units of equal total, with both values', () => {
    const campaign = campaignWith({
      clusters: [cluster('C1')],
      units: [unit('A', 'C1'), unit('B', 'C1')],
      criteria: [criterion('I.1', 'I', 'standard', 50), criterion('D', 'D', 'deduction', 10)],
      tieBreaks: [link.group('I'), link.deductions('asc')],
      scores: [score('A', { 'I.1': 45, D: 1 }), score('B', { 'I.1': 46, D: 2 })],
    });
    const a = explainUnit(campaign, 'A');
    const b = explainUnit(campaign, 'B');
    expect(b?.rank).toBe(1);
    expect(a?.above).toMatchObject({
      unit: 'B',
      gap: 0,
      decidedBy: { position: 1, own: 45, other: 46 },
    });
    expect(a?.sentences.join(' ')).toContain('tách nhau ở tiêu chí phụ thứ 1 "Nhóm I": 45 so với 46');
    expect(b?.below?.decidedBy?.link.label).toBe('Nhóm I');
  });

  it('shows a "lower wins" link with the values as typed, not negated', () => {
    const campaign = campaignWith({
      clusters: [cluster('C1')],
      units: [unit('A', 'C1'), unit('B', 'C1')],
      criteria: [criterion('I.1', 'I', 'standard', 50), criterion('D', 'D', 'deduction', 10)],
      tieBreaks: [link.deductions('asc')],
      scores: [score('A', { 'I.1': 45, D: 1 }), score('B', { 'I.1': 46, D: 2 })],
    });
    expect(explainUnit(campaign, 'B')?.above?.decidedBy).toMatchObject({ own: 2, other: 1 });
  });

  it('says a band condition failed with its numbers and why there is no proposal', () => {
    const campaign = buildCampaign();
    const banded = {
      ...campaign,
      awardRules: {
        ...campaign.awardRules,
        bands: [
          {
            code: 'A',
            name: 'Hạng A',
            minScore: 90,
            gates: [{ criterion: 'I.1', min: 18 }],
            proposal: 'Bằng khen',
          },
        ],
      },
    };
    const explained = explainUnit(banded, 'U2');
    expect(explained?.conditions).toEqual(
      expect.arrayContaining([
        { subject: 'Hạng A', passed: false, text: 'Tổng điểm 81 < 90' },
        { subject: 'Hạng A', passed: false, text: 'I.1 = 17 < 18' },
      ]),
    );
    expect(explained?.proposal).toBe('');
    expect(explained?.sentences.at(-1)).toMatch(/^Không đề nghị: /);
  });

  it('explains a held unit by its score error and gives it no neighbours', () => {
    const campaign = buildCampaign();
    const scores = campaign.scores.map((row) =>
      row.unit === 'U2' ? { ...row, values: { ...row.values, 'I.1': 25 } } : row,
    );
    const explained = explainUnit({ ...campaign, scores }, 'U2');
    expect(explained?.status).toBe('held');
    expect(explained?.rank).toBeNull();
    expect(explained?.above).toBeNull();
    expect(explained?.reason).toContain('I.1 = 25 > 20 điểm tối đa');
  });

  it('returns null for a unit not in the catalogue', () => {
    expect(explainUnit(buildCampaign(), 'KHONG-CO')).toBeNull();
  });

  it('names the units tied on total and keys, for the council vote', () => {
    const campaign = campaignWith({
      clusters: [cluster('C1')],
      units: [unit('A', 'C1'), unit('B', 'C1')],
      criteria: [criterion('I.1', 'I', 'standard', 50)],
      scores: [score('A', { 'I.1': 45 }), score('B', { 'I.1': 45 })],
    });
    const explained = explainUnit(campaign, 'A');
    expect(explained?.tiedWith).toEqual(['Đơn vị B']);
    expect(explained?.above).toMatchObject({ unit: 'B', tied: true, gap: 0 });
  });

  it('property: the unit above is never worse and the unit below never better, and the gap is their difference', () => {
    const units = ['A', 'B', 'C', 'D', 'E'];
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 }),
        (points, deductions) => {
          const campaign = campaignWith({
            clusters: [cluster('C1')],
            units: units.map((code) => unit(code, 'C1')),
            criteria: [criterion('I.1', 'I', 'standard', 50), criterion('D', 'D', 'deduction', 10)],
            tieBreaks: [link.deductions('asc')],
            scores: units.map((code, i) => score(code, { 'I.1': points[i] ?? null, D: deductions[i] ?? 0 })),
          });
          const rankings = rankCampaign(campaign);
          for (const code of units) {
            const e = explainUnit(campaign, code, rankings);
            if (e === null) return false;
            if (e.rank === null || e.total === null) {
              if (e.above !== null || e.below !== null) return false;
              continue;
            }
            const { above, below } = e;
            if (above !== null && !above.tied && (above.rank >= e.rank || above.total < e.total))
              return false;
            if (below !== null && (below.rank <= e.rank || below.total > e.total)) return false;
            for (const n of [above, below]) {
              if (n === null) continue;
              if (Math.abs(Math.abs(n.total - e.total) - n.gap) > 1e-9) return false;
              // Equal totals, different ranks: a link must have parted them.
              if (n.total === e.total && n.rank !== e.rank && n.decidedBy === null) return false;
            }
          }
          return true;
        },
      ),
    );
  });
});
