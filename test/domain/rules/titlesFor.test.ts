import { TITLE_CODES, titlesFor, VN_2013, VN_2022 } from '../../../src/domain/rules';

describe('titlesFor', () => {
  it('lists the ten catalogue titles with unique codes', () => {
    const titles = titlesFor(VN_2013);
    expect(titles.map((t) => t.code)).toEqual(Object.values(TITLE_CODES));
    expect(titles.find((t) => t.code === 'CSTD_BO')?.name).toBe('Chiến sĩ thi đua bộ, ban, ngành, tỉnh');
  });

  it('caps CSTĐCS under vn-2013 and not under vn-2022', () => {
    expect(titlesFor(VN_2013).find((t) => t.code === 'CSTDCS')?.cap).toEqual({
      of: 'LDTT',
      percent: 15,
      rounding: 'floor',
    });
    expect(titlesFor(VN_2022).find((t) => t.code === 'CSTDCS')?.cap).toBeNull();
  });

  it('lets a campaign change the cap rounding and name its flag', () => {
    const titles = titlesFor(VN_2013, {
      capRounding: 'round',
      names: { CTD_BO: 'Cờ thi đua của Bộ Tư pháp' },
    });
    expect(titles.find((t) => t.code === 'CSTDCS')?.cap?.rounding).toBe('round');
    expect(titles.find((t) => t.code === 'CTD_BO')?.name).toBe('Cờ thi đua của Bộ Tư pháp');
    expect(VN_2013.rules.cstdcsCap.value?.rounding).toBe('floor');
  });

  it('derives the TTLĐXS prerequisites from the rule set', () => {
    expect(titlesFor(VN_2022).find((t) => t.code === 'TTLDXS')?.prerequisites).toEqual([
      { kind: 'memberShare', title: 'LDTT', minPercent: 70 },
      { kind: 'memberCount', title: 'CSTDCS', min: 1 },
    ]);
  });

  it.each([
    ['vn-2013', VN_2013],
    ['vn-2022', VN_2022],
  ])('needs more than 50%% LĐTT for TTLĐTT under %s, exactly half not being enough', (_id, ruleSet) => {
    // vn-2022 keeps the old law's "trên 50%" until the 2022 text is checked (DOMAIN.md §3).
    expect(titlesFor(ruleSet).find((t) => t.code === 'TTLDTT')?.prerequisites).toEqual([
      { kind: 'memberShare', title: 'LDTT', minPercent: 50, strict: true },
    ]);
  });

  it('lists every counting chain in full and only names catalogue codes', () => {
    const titles = titlesFor(VN_2013);
    const codes = new Set(titles.map((t) => t.code));
    expect(titles.find((t) => t.code === 'CSTD_BO')?.counts).toEqual(['CSTDCS', 'LDTT']);
    for (const title of titles) {
      for (const code of title.counts) expect(codes).toContain(code);
      for (const p of title.prerequisites) expect(codes).toContain(p.title);
    }
  });

  it('keeps certificates as forms and titles as titles', () => {
    const kinds = Object.fromEntries(titlesFor(VN_2013).map((t) => [t.code, t.kind]));
    expect(kinds).toMatchObject({ BK_BO: 'form', GK: 'form', CTD_BO: 'title', LDTT: 'title' });
  });
});
