import {
  RULE_SETS,
  resolveRuleSet,
  ruleSetById,
  ruleSetForYear,
  VN_2013,
  VN_2022,
  type Rule,
  type RuleSet,
} from '../../../src/domain/rules';

const rulesOf = (ruleSet: RuleSet): [string, Rule<unknown>][] =>
  Object.entries(ruleSet.rules).filter((entry): entry is [string, Rule<unknown>] => entry[1] !== undefined);

describe('rule set selection', () => {
  it.each([
    [2010, 'vn-2013'],
    [2017, 'vn-2013'],
    [2018, 'vn-2013'],
    [2021, 'vn-2013'],
    [2023, 'vn-2013'],
    [2024, 'vn-2022'],
    [2025, 'vn-2022'],
    [2040, 'vn-2022'],
  ])('gives a campaign of %i the rule set %s', (year, id) => {
    expect(ruleSetForYear(year).id).toBe(id);
  });

  it('picks the rule set in force for most of a year split by a change of law', () => {
    const early: RuleSet = { ...VN_2013, id: 'early', inForce: { from: '2000-01-01', to: '2030-03-31' } };
    const late: RuleSet = { ...VN_2022, id: 'late', inForce: { from: '2030-04-01', to: null } };
    expect(ruleSetForYear(2030, [early, late]).id).toBe('late');
    const lateInYear: RuleSet = { ...late, inForce: { from: '2030-10-01', to: null } };
    const earlyLonger: RuleSet = { ...early, inForce: { from: '2000-01-01', to: '2030-09-30' } };
    expect(ruleSetForYear(2030, [earlyLonger, lateInYear]).id).toBe('early');
  });

  it('finds a rule set by id and gives undefined for an unknown one', () => {
    expect(ruleSetById('vn-2013')).toBe(VN_2013);
    expect(ruleSetById(' vn-2022 ')).toBe(VN_2022);
    expect(ruleSetById('vn-1999')).toBeUndefined();
  });

  it('resolves a campaign to the rule set it names, else to its year', () => {
    expect(resolveRuleSet({ ruleSet: 'vn-2022', year: 2018 }).id).toBe('vn-2022');
    expect(resolveRuleSet({ ruleSet: null, year: 2018 }).id).toBe('vn-2013');
    expect(resolveRuleSet({ ruleSet: 'unknown', year: 2024 }).id).toBe('vn-2022');
  });
});

describe('rule sets', () => {
  it('have unique ids and periods that follow each other without a gap or an overlap', () => {
    expect(new Set(RULE_SETS.map((r) => r.id)).size).toBe(RULE_SETS.length);
    const dayAfter = (date: string): string =>
      new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    RULE_SETS.slice(1).forEach((next, i) => {
      const previous = RULE_SETS[i];
      expect(previous?.inForce.to).not.toBeNull();
      expect(next.inForce.from).toBe(dayAfter(previous?.inForce.to ?? ''));
    });
    expect(RULE_SETS[RULE_SETS.length - 1]?.inForce.to).toBeNull();
    expect(VN_2013.inForce.to).toBe('2023-12-31');
    expect(VN_2022.inForce).toEqual({ from: '2024-01-01', to: null });
  });

  it.each(RULE_SETS.map((r) => [r.id, r] as const))(
    '%s: every rule cites a document of the set',
    (_id, ruleSet) => {
      const documents = ruleSet.documents.map((d) => d.document);
      for (const [, rule] of rulesOf(ruleSet)) {
        expect(rule.source.document.trim()).not.toBe('');
        expect(documents).toContain(rule.source.document);
        expect(['confirmed', 'unverified']).toContain(rule.source.tag);
      }
    },
  );

  it('vn-2013 requires registration and caps CSTĐCS at 15% of LĐTT, rounded down by default', () => {
    expect(VN_2013.rules.registration.value).toBe('required');
    expect(VN_2013.rules.registration.source.tag).toBe('confirmed');
    expect(VN_2013.rules.cstdcsCap.value).toEqual({ of: 'LDTT', percent: 15, rounding: 'floor' });
    expect(VN_2013.rules.cstdcsCap.source).toEqual({
      document: 'Nghị định 91/2017/NĐ-CP',
      article: 'Điều 9',
      tag: 'confirmed',
    });
    expect(VN_2013.rules.cstdcsCap.note).toMatch(/mặc định/);
    expect(VN_2013.rules.councilVotes.value).toEqual([
      { titles: ['CSTD_BO', 'CSTD_TQ'], ballot: 'secret', base: 'allMembers', minPercent: 90 },
    ]);
    expect(VN_2013.rules.ttldttLdttShare.value).toEqual({ percent: 50, strict: true });
    expect(VN_2013.rules.governmentFlagShare.value).toBe(20);
  });

  it('vn-2022 makes registration optional and has no CSTĐCS cap', () => {
    expect(VN_2022.rules.registration.value).toBe('optional');
    expect(VN_2022.rules.registration.source).toEqual({
      document: 'Luật Thi đua, khen thưởng 06/2022/QH15',
      article: 'Điều 7',
      tag: 'confirmed',
    });
    expect(VN_2022.rules.cstdcsCap.value).toBeNull();
    expect(VN_2022.rules.ttldxsLdttShare.value).toEqual({ percent: 70, strict: false });
    expect(VN_2022.rules.ttldxsMinCstdcs.value).toBe(1);
    expect(VN_2022.rules.oneAchievementOneAward?.source.article).toBe('Điều 4');
  });

  it('marks the rules the workbook cannot check, and checks the conditions on earlier years from the history', () => {
    for (const ruleSet of RULE_SETS) {
      expect(ruleSet.rules.cstdBoConsecutiveCstdcs.value).toBe(3);
      expect(ruleSet.rules.cstdBoConsecutiveCstdcs.checkable).toBeUndefined();
      expect(ruleSet.rules.cstdBoConsecutiveCstdcs.source.article).toBe('Điều 22');
      expect(ruleSet.rules.cstdTqConsecutiveCstdBo.checkable).toBeUndefined();
      // No text fixes how far apart two CSTĐ bộ may be: a default the officer changes.
      expect(ruleSet.rules.cstdTqInterval?.source.tag).toBe('unverified');
    }
    expect(VN_2013.rules.cstdBoConsecutiveCstdcs.source.tag).toBe('confirmed');
    expect(VN_2022.rules.ttldxsTasksComplete.checkable).toBe(false);
  });

  it('tags the facts no text confirms as unverified', () => {
    for (const ruleSet of RULE_SETS) {
      expect(ruleSet.rules.flagsPerCluster.source.tag).toBe('unverified');
      expect(ruleSet.rules.tieBreakChain.source.tag).toBe('unverified');
    }
    expect(VN_2022.rules.ttldttLdttShare.source.tag).toBe('unverified');
  });
});
