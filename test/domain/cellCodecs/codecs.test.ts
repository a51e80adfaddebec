import fc from 'fast-check';
import {
  CAMPAIGN_KIND_LABELS,
  CRITERION_KIND_LABELS,
  SUBJECT_LABELS,
  TITLE_KIND_LABELS,
} from '../../../src/domain/contract';
import type { Cap, Gate, Prerequisite, TieBreak } from '../../../src/domain/model';
import {
  formatCap,
  formatCounts,
  formatGates,
  formatLabel,
  formatPrerequisites,
  formatTieBreak,
  formatYesNo,
  inputKey,
  parseCampaignKind,
  parseCap,
  parseCounts,
  parseCriterionKind,
  parseGates,
  parseLabel,
  parsePrerequisites,
  parseRegistrationCheck,
  parseSubject,
  parseTieBreak,
  parseTitleKind,
  parseYesNo,
} from '../../../src/domain/cellCodecs';
import { code, decimal, label } from './_arbitraries';

const prerequisite: fc.Arbitrary<Prerequisite> = fc.oneof(
  code.map((title) => ({ kind: 'alsoHolds' as const, title })),
  // A strict share ("more than") carries `strict: true`; an "at least" one carries no `strict`.
  fc
    .tuple(code, decimal(100), fc.boolean())
    .map(([title, minPercent, strict]) =>
      strict
        ? { kind: 'memberShare' as const, title, minPercent, strict: true }
        : { kind: 'memberShare' as const, title, minPercent },
    ),
  fc
    .tuple(code, fc.integer({ min: 0, max: 500 }))
    .map(([title, min]) => ({ kind: 'memberCount' as const, title, min })),
);

describe('prerequisites codec', () => {
  it('writes readable Vietnamese', () => {
    expect(
      formatPrerequisites([
        { kind: 'alsoHolds', title: 'LĐTT' },
        { kind: 'memberShare', title: 'LĐTT', minPercent: 70 },
        { kind: 'memberCount', title: 'CSTĐCS', min: 1 },
      ]),
    ).toBe('Đạt LĐTT; Tỷ lệ LĐTT ≥ 70%; Số CSTĐCS ≥ 1');
  });

  it('writes a "more than" share with ">" and an explicit non-strict one with "≥"', () => {
    expect(formatPrerequisites([{ kind: 'memberShare', title: 'LĐTT', minPercent: 50, strict: true }])).toBe(
      'Tỷ lệ LĐTT > 50%',
    );
    expect(formatPrerequisites([{ kind: 'memberShare', title: 'LĐTT', minPercent: 50, strict: false }])).toBe(
      'Tỷ lệ LĐTT ≥ 50%',
    );
  });

  it.each([
    ['Tỷ lệ LĐTT > 50%', { kind: 'memberShare', title: 'LĐTT', minPercent: 50, strict: true }],
    ['tỉ lệ LĐTT>50,5', { kind: 'memberShare', title: 'LĐTT', minPercent: 50.5, strict: true }],
    ['Tỷ lệ LĐTT ≥ 50%', { kind: 'memberShare', title: 'LĐTT', minPercent: 50 }],
    ['Tỷ lệ LĐTT >= 50', { kind: 'memberShare', title: 'LĐTT', minPercent: 50 }],
  ])('reads "%s" as "more than" only with ">"', (text, expected) => {
    expect(parsePrerequisites(text)).toEqual({ value: [expected] });
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.array(prerequisite, { maxLength: 4 }), (list) => {
        expect(parsePrerequisites(formatPrerequisites(list))).toEqual({ value: list });
      }),
    );
  });

  it('accepts >=, a missing %, a decimal comma, another case and "tỉ lệ"', () => {
    expect(parsePrerequisites('đạt LĐTT;  tỉ lệ LĐTT >= 70,5 ; SỐ CSTĐCS>=2')).toEqual({
      value: [
        { kind: 'alsoHolds', title: 'LĐTT' },
        { kind: 'memberShare', title: 'LĐTT', minPercent: 70.5 },
        { kind: 'memberCount', title: 'CSTĐCS', min: 2 },
      ],
    });
  });

  it('reads an empty cell as no prerequisite', () => {
    expect(parsePrerequisites('  ')).toEqual({ value: [] });
  });

  it.each([
    ['Cần LĐTT'],
    ['Tỷ lệ LĐTT ≥ 170%'],
    ['Tỷ lệ LĐTT > 170%'],
    ['Tỷ lệ LĐTT => 50%'],
    ['Số CSTĐCS ≥ 1,5'],
    ['Tỷ lệ LĐTT ≥ bảy mươi'],
  ])('refuses "%s" with a message in both languages', (text) => {
    const read = parsePrerequisites(text);
    expect(read).toEqual({ error: expect.any(String), errorEn: expect.any(String) });
  });
});

describe('cap codec', () => {
  const cap: fc.Arbitrary<Cap> = fc.record({
    of: code,
    percent: decimal(100),
    rounding: fc.constantFrom('floor' as const, 'round' as const, 'ceil' as const),
  });

  it('writes the rounding in words', () => {
    expect(formatCap({ of: 'LĐTT', percent: 15, rounding: 'floor' })).toBe('≤ 15% số LĐTT, làm tròn xuống');
    expect(formatCap({ of: 'LĐTT', percent: 12.5, rounding: 'round' })).toBe(
      '≤ 12,5% số LĐTT, làm tròn gần nhất',
    );
    expect(formatCap(null)).toBe('');
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.option(cap, { nil: null }), (value) => {
        expect(parseCap(formatCap(value))).toEqual({ value });
      }),
    );
  });

  it('rounds down when no rounding is written', () => {
    expect(parseCap('15% LĐTT')).toEqual({ value: { of: 'LĐTT', percent: 15, rounding: 'floor' } });
    expect(parseCap('<= 20 % số LĐTT, Làm tròn LÊN')).toEqual({
      value: { of: 'LĐTT', percent: 20, rounding: 'ceil' },
    });
  });

  it.each([['mười lăm phần trăm'], ['≤ 15% số LĐTT, làm tròn ngang'], ['≤ 150% số LĐTT']])(
    'refuses "%s"',
    (text) => {
      expect(parseCap(text)).toHaveProperty('error');
    },
  );
});

describe('counts codec', () => {
  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(code, { maxLength: 4 }), (codes) => {
        expect(parseCounts(formatCounts(codes))).toEqual({ value: codes });
      }),
    );
  });

  it('accepts semicolons and keeps a repeated code once', () => {
    expect(parseCounts(' LĐTT; TTLĐTT , LĐTT ')).toEqual({ value: ['LĐTT', 'TTLĐTT'] });
  });

  it('refuses an item that is no code', () => {
    expect(parseCounts('LĐTT, lao động tiên tiến')).toHaveProperty('error');
  });
});

describe('gates codec', () => {
  const gate: fc.Arbitrary<Gate> = fc.record({ criterion: code, min: decimal(200) });

  it('writes "I.1 ≥ 2; II.3 ≥ 5"', () => {
    expect(
      formatGates([
        { criterion: 'I.1', min: 2 },
        { criterion: 'II.3', min: 5 },
      ]),
    ).toBe('I.1 ≥ 2; II.3 ≥ 5');
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.array(gate, { maxLength: 4 }), (gates) => {
        expect(parseGates(formatGates(gates))).toEqual({ value: gates });
      }),
    );
  });

  it('refuses a gate without a minimum', () => {
    expect(parseGates('I.1 ≥ 2; II.3')).toHaveProperty('error');
  });
});

describe('tie-break codec', () => {
  const direction = fc.constantFrom('desc' as const, 'asc' as const);
  const tieBreak: fc.Arbitrary<TieBreak> = fc.oneof(
    fc.record({ kind: fc.constant('group' as const), group: code, direction, label }),
    fc.record({ kind: fc.constant('criterion' as const), criterion: code, direction, label }),
    fc.record({ kind: fc.constant('bonus' as const), direction, label }),
    fc.record({ kind: fc.constant('deductions' as const), direction, label }),
    fc.record({ header: label, direction, label }).map(({ header, direction: d, label: l }) => ({
      kind: 'input' as const,
      key: inputKey(header),
      header,
      direction: d,
      label: l,
    })),
  );

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(tieBreak, (t) => {
        const text = formatTieBreak(t);
        expect(parseTieBreak(text.rule, text.direction, text.label)).toEqual({ value: t });
      }),
    );
  });

  it('reads an input column and derives its key from the header', () => {
    expect(parseTieBreak('Cột: Tỷ lệ phiếu bầu (%)', 'Cao hơn xếp trên', 'Nhiều phiếu hơn')).toEqual({
      value: {
        kind: 'input',
        key: 'ty_le_phieu_bau',
        header: 'Tỷ lệ phiếu bầu (%)',
        direction: 'desc',
        label: 'Nhiều phiếu hơn',
      },
    });
  });

  it('gives fewer deductions the win when the direction is blank', () => {
    expect(parseTieBreak('điểm trừ', '', '')).toEqual({
      value: { kind: 'deductions', direction: 'asc', label: 'Điểm trừ, thấp hơn xếp trên' },
    });
  });

  it('refuses an unknown rule and an unknown direction', () => {
    expect(parseTieBreak('Thâm niên', 'Cao hơn xếp trên', '')).toHaveProperty('error');
    expect(parseTieBreak('Nhóm I', 'Tăng dần', '')).toHaveProperty('error');
  });

  it('derives the same key whatever the spacing, case and diacritics of a header', () => {
    expect(inputKey('  TỶ LỆ  phiếu bầu ')).toBe(inputKey('Tỷ lệ phiếu bầu (%)'));
    expect(inputKey('Đạt cờ năm trước')).toBe('dat_co_nam_truoc');
    expect(inputKey('(%)')).toBe('input');
  });
});

describe('label codecs', () => {
  const tables: Record<string, string>[] = [
    SUBJECT_LABELS,
    CRITERION_KIND_LABELS,
    CAMPAIGN_KIND_LABELS,
    TITLE_KIND_LABELS,
  ];

  it('reads back every label it writes', () => {
    for (const labels of tables) {
      for (const key of Object.keys(labels)) {
        expect(parseLabel(labels, formatLabel(labels, key))).toEqual({ value: key });
      }
    }
  });

  it('ignores case and surrounding spaces', () => {
    expect(parseSubject('  TẬP THỂ ')).toEqual({ value: 'collective' });
    expect(parseCriterionKind('Thưởng')).toEqual({ value: 'bonus' });
    expect(parseCampaignKind('chuyên  đề')).toEqual({ value: 'thematic' });
    expect(parseTitleKind('hình thức khen thưởng')).toEqual({ value: 'form' });
  });

  it('ignores the Unicode form of a pasted label', () => {
    expect(parseSubject('Cá nhân'.normalize('NFD'))).toEqual({ value: 'individual' });
  });

  it('refuses a label without its diacritics and names the accepted values', () => {
    const read = parseSubject('tap the');
    expect(read).toHaveProperty('error');
    expect('error' in read && read.error).toContain('"Tập thể", "Cá nhân"');
  });

  it('reads yes / no both ways', () => {
    expect(parseYesNo(formatYesNo(true))).toEqual({ value: true });
    expect(parseYesNo(formatYesNo(false))).toEqual({ value: false });
    expect(parseYesNo('SAI')).toEqual({ value: false });
    expect(parseYesNo('có lẽ')).toHaveProperty('error');
  });
});

describe('registration check codec', () => {
  it('reads the Vietnamese labels and the model values', () => {
    expect(parseRegistrationCheck('Không kiểm tra')).toEqual({ value: 'off' });
    expect(parseRegistrationCheck(' bắt buộc')).toEqual({ value: 'required' });
    expect(parseRegistrationCheck('optional')).toEqual({ value: 'optional' });
    expect(parseRegistrationCheck('tuỳ')).toHaveProperty('error');
  });
});
