import type { AwardRules } from '../../../src/domain/model';
import { rankCampaign } from '../../../src/domain/rank';
import { oneCluster, score, title, unit } from './rankBuilders';

const rules: AwardRules = {
  flagsPerCluster: 1,
  flagTitle: 'CO_TP',
  flagMinScore: 90,
  bands: [
    { code: 'A', name: 'Hạng A', minScore: 85, gates: [{ criterion: 'P', min: 80 }], proposal: 'BK_UBND' },
    { code: 'B', name: 'Hạng B', minScore: 70, gates: [], proposal: 'Giấy khen' },
  ],
};
const titles = [
  title('CO_TP', { name: 'Cờ thi đua của Thành phố', subject: 'collective' }),
  title('BK_UBND', { name: 'Bằng khen của UBND Thành phố', subject: 'collective', kind: 'form' }),
];

function ranked(totals: Record<string, number | null>, awardRules: AwardRules = rules) {
  const campaign = oneCluster(totals, { awardRules, titles });
  return new Map(rankCampaign(campaign)[0]?.units.map((u) => [u.unit, u]));
}

describe('award proposals', () => {
  it('proposes the flag to the leading unit, by the title name, with its reason', () => {
    expect(ranked({ A: 95.5, B: 88 }).get('A')).toMatchObject({
      leading: true,
      proposal: 'Cờ thi đua của Thành phố',
      proposalCode: 'CO_TP',
      band: 'A',
      reason: 'Dẫn đầu Cụm 1 với 95,5 điểm',
    });
  });

  it('does not propose the flag below its minimum score, even to the first', () => {
    expect(ranked({ A: 89, B: 70 }).get('A')).toMatchObject({
      rank: 1,
      leading: false,
      proposal: 'Bằng khen của UBND Thành phố',
      proposalCode: 'BK_UBND',
      band: 'A',
      reason: 'Đạt Hạng A với 89 điểm',
    });
  });

  it('never proposes more flags than the rules give: units tied for the last one go to the council’s vote', () => {
    const units = ranked({ A: 92, B: 92, C: 95 }, { ...rules, flagsPerCluster: 2 });
    expect([...units.values()].map((u) => [u.unit, u.rank, u.leading, u.tied, u.vote])).toEqual([
      ['C', 1, true, false, null],
      ['A', 2, false, true, 'flag'],
      ['B', 2, false, true, 'flag'],
    ]);
    expect(units.get('A')?.reason).toMatch(/^Đồng hạng 2 với Đơn vị B \(92 điểm\): Hội đồng bỏ phiếu/);
  });

  it('proposes both flags to two units tied for two flags', () => {
    const units = ranked({ A: 92, B: 92, C: 80 }, { ...rules, flagsPerCluster: 2, flagMinScore: null });
    expect([...units.values()].map((u) => [u.unit, u.leading, u.vote])).toEqual([
      ['A', true, null],
      ['B', true, null],
      ['C', false, null],
    ]);
  });

  it('leads without a minimum score when flagMinScore is null', () => {
    expect(ranked({ A: 10 }, { ...rules, flagMinScore: null }).get('A')?.leading).toBe(true);
  });

  it('proposes nothing for the flag when the rules give no flag', () => {
    expect(ranked({ A: 99 }, { ...rules, flagsPerCluster: 0 }).get('A')).toMatchObject({
      leading: false,
      band: 'A',
    });
  });

  it('keeps a proposal that is not a title code as typed, with no code', () => {
    expect(ranked({ A: 95, B: 72 }).get('B')).toMatchObject({
      proposal: 'Giấy khen',
      proposalCode: null,
      band: 'B',
      reason: 'Đạt Hạng B với 72 điểm',
    });
  });

  it('skips a band whose gate is not passed and takes the next one reached', () => {
    // II.1 is blank for every unit and reads as 0, so band A's gate fails and band B (P ≥ 80) is next.
    const gated: AwardRules = {
      ...rules,
      bands: [
        {
          code: 'A',
          name: 'Hạng A',
          minScore: 85,
          gates: [{ criterion: 'II.1', min: 1 }],
          proposal: 'BK_UBND',
        },
        {
          code: 'B',
          name: 'Hạng B',
          minScore: 70,
          gates: [{ criterion: 'P', min: 80 }],
          proposal: 'Giấy khen',
        },
      ],
    };
    expect(ranked({ A: 99, B: 86 }, gated).get('B')).toMatchObject({ band: 'B', proposal: 'Giấy khen' });
  });

  it('proposes nothing to a scored unit that reaches no band', () => {
    expect(ranked({ A: 95, B: 50 }).get('B')).toMatchObject({
      proposal: '',
      proposalCode: null,
      band: null,
      reason: 'Chưa đạt hạng nào',
    });
  });

  it('proposes nothing to an unscored unit', () => {
    expect(ranked({ A: 95, B: null }).get('B')).toMatchObject({
      leading: false,
      proposal: '',
      proposalCode: null,
      band: null,
      reason: 'Chưa chấm điểm',
    });
  });

  it('writes the score with a decimal comma in the reason', () => {
    const campaign = oneCluster({ A: 0 }, { awardRules: rules, titles });
    const withScore = { ...campaign, units: [unit('A', 'C1')], scores: [score('A', { P: 91.25 })] };
    expect(rankCampaign(withScore)[0]?.units[0]?.reason).toBe('Dẫn đầu Cụm 1 với 91,25 điểm');
  });
});
