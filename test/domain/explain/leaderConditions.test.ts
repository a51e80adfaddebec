import { explainUnit } from '../../../src/domain/explain';
import { VN_2013 } from '../../../src/domain/rules/vn2013';
import { VN_2022 } from '../../../src/domain/rules/vn2022';
import { governmentFlagCampaign } from '../validate/fixtures/governmentFlag';

const SUBJECT = 'Cờ thi đua của Chính phủ';

function leaderLines(campaign: Parameters<typeof explainUnit>[0], unit: string) {
  const explained = explainUnit(campaign, unit);
  if (explained === null) throw new Error(`${unit} is ranked`);
  return {
    conditions: explained.conditions.filter((c) => c.subject === SUBJECT),
    sentences: explained.sentences.filter((s) => s.startsWith(SUBJECT)),
  };
}

describe('explainUnit: Cờ thi đua của Chính phủ among the clusters leaders', () => {
  it('says a leader meets it, with its rank, points and the flag it is proposed for, and the 20% share before 2024', () => {
    const { conditions, sentences } = leaderLines(governmentFlagCampaign(VN_2013, 2021, ['L1']), 'L1');
    expect(conditions).toHaveLength(2);
    expect(conditions.every((c) => c.passed)).toBe(true);
    expect(conditions[0]?.text).toMatch(
      /^Dẫn đầu Cụm thi đua số 1: hạng 1, 93 điểm, được đề nghị Cờ thi đua/,
    );
    expect(conditions[1]?.text).toBe('1/5 đơn vị dẫn đầu các cụm đăng ký, không quá 20% (tối đa 1 đơn vị)');
    expect(sentences[0]).toMatch(/^Cờ thi đua của Chính phủ: đạt — Dẫn đầu Cụm thi đua số 1/);
  });

  it('says the share is exceeded when more leaders register than 20% allows', () => {
    const campaign = governmentFlagCampaign(VN_2013, 2021, ['L1', 'L2']);
    for (const unit of ['L1', 'L2']) {
      const [lead, share] = leaderLines(campaign, unit).conditions;
      expect(lead?.passed).toBe(true);
      expect(share).toEqual({
        subject: SUBJECT,
        passed: false,
        text: '2/5 đơn vị dẫn đầu các cụm đăng ký, vượt 20% (tối đa 1 đơn vị)',
      });
    }
  });

  it('has no share under Luật 06/2022/QH15, which sets none', () => {
    const { conditions } = leaderLines(governmentFlagCampaign(VN_2022, 2024, ['L1', 'L2']), 'L1');
    expect(conditions.map((c) => c.passed)).toEqual([true]);
  });

  it('says a unit second in its cluster does not lead it, naming the leader and its points', () => {
    for (const [ruleSet, year] of [
      [VN_2013, 2021],
      [VN_2022, 2024],
    ] as const) {
      const { conditions } = leaderLines(governmentFlagCampaign(ruleSet, year, ['S2']), 'S2');
      expect(conditions).toHaveLength(1);
      expect(conditions[0]?.passed).toBe(false);
      expect(conditions[0]?.text).toMatch(
        /^Không dẫn đầu Cụm thi đua số 2 \(hạng 2\); được đề nghị .+: Sở Tư pháp số 2 \(93 điểm\)$/,
      );
    }
  });

  it('says nothing of the title for a unit that did not register for it', () => {
    expect(leaderLines(governmentFlagCampaign(VN_2013, 2021, ['L1']), 'L2').conditions).toEqual([]);
  });
});
