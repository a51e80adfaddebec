import { explainRules, formatSource, RULE_SETS, VN_2013, VN_2022 } from '../../../src/domain/rules';

describe('explainRules', () => {
  it.each(RULE_SETS.map((r) => [r.id, r] as const))(
    '%s: one line per recorded rule, in both languages',
    (_id, ruleSet) => {
      const lines = explainRules(ruleSet);
      const recorded = Object.values(ruleSet.rules).filter((rule) => rule !== undefined).length;
      expect(lines).toHaveLength(recorded);
      for (const line of lines) {
        expect(line.vi.trim()).not.toBe('');
        expect(line.en.trim()).not.toBe('');
        expect(line.sourceText).toContain(line.source.document);
      }
    },
  );

  it('words thresholds from the rule values', () => {
    const cap = explainRules(VN_2013).find((l) => l.code === 'cstdcsCap');
    expect(cap?.vi).toBe(
      'Số Chiến sĩ thi đua cơ sở của mỗi đơn vị không quá 15% số người đạt Lao động tiên tiến (làm tròn xuống).',
    );
    expect(cap?.sourceText).toBe('Nghị định 91/2017/NĐ-CP, Điều 9');
    expect(explainRules(VN_2022).find((l) => l.code === 'cstdcsCap')?.vi).toMatch(/^Không giới hạn/);
  });

  it('tells which rules the council must check itself, and that the history checks earlier years', () => {
    const years = explainRules(VN_2022).find((l) => l.code === 'cstdBoConsecutiveCstdcs');
    expect(years).toMatchObject({
      checkable: true,
      sourceText: 'Luật Thi đua, khen thưởng 06/2022/QH15, Điều 22',
    });
    expect(explainRules(VN_2022).find((l) => l.code === 'ttldxsTasksComplete')?.checkable).toBe(false);
    expect(explainRules(VN_2022).find((l) => l.code === 'cstdTqInterval')?.vi).toContain('cách nhau 3 năm');
  });
});

describe('formatSource', () => {
  it('marks an unverified source', () => {
    expect(formatSource({ document: 'Thông tư 11/2023/TT-BTP', article: null, tag: 'unverified' })).toBe(
      'Thông tư 11/2023/TT-BTP (chưa kiểm chứng)',
    );
  });
});
