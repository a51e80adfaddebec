import fc from 'fast-check';
import { CAMPAIGN_FIELDS, TABLES } from '../../../src/domain/contract';
import type { Campaign, Issue } from '../../../src/domain/model';
import { sheetOf } from '../../../src/domain/issues';
import {
  validateAll,
  validateCampaign,
  validateRegistrations,
  validateScores,
} from '../../../src/domain/validate';
import { TITLE, buildCampaign, makeScoreRow } from '../support/campaignBuilder';
import { fixtures } from './fixtures';

const evaluation = {
  evaluation: true,
  proposals: [
    { unit: 'U1', title: TITLE.ctdBo },
    { unit: 'U4', title: TITLE.ctdBo },
  ],
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}

/** Every issue the fixtures produce, with the campaign it came from. */
const produced: Issue[] = fixtures.flatMap((f) => validateAll(f.campaign, f.options));

describe('validation invariants', () => {
  it('finds nothing wrong with the built campaign, at evaluation of its registered flag holder included', () => {
    expect(
      validateAll(buildCampaign(), { evaluation: true, proposals: [{ unit: 'U1', title: TITLE.ctdBo }] }),
    ).toEqual([]);
  });

  it('does not mutate its input', () => {
    for (const campaign of [buildCampaign(), ...fixtures.map((f) => f.campaign)]) {
      const before = structuredClone(campaign);
      // Frozen: a write anywhere below would throw in strict mode, not just go unnoticed.
      const frozen = deepFreeze(structuredClone(campaign));
      expect(() => validateAll(frozen, evaluation)).not.toThrow();
      validateAll(campaign, evaluation);
      expect(campaign).toEqual(before);
    }
  });

  it('gives the same issues for the same campaign', () => {
    for (const f of fixtures)
      expect(validateAll(f.campaign, f.options)).toEqual(validateAll(f.campaign, f.options));
  });

  it('runs the stages in order: campaign, registrations, scores', () => {
    const campaign = buildCampaign({
      start: '2021-12-31',
      end: '2021-01-01',
      registrations: [
        ...buildCampaign().registrations,
        { ...buildCampaign().registrations[2]!, row: 13, unit: 'U9' },
      ],
      scores: buildCampaign().scores.filter((r) => r.unit !== 'U6'),
    });
    expect(validateAll(campaign, evaluation)).toEqual([
      ...validateCampaign(campaign),
      ...validateRegistrations(campaign, evaluation),
      ...validateScores(campaign),
    ]);
    expect(validateAll(campaign, evaluation).map((i) => i.code)).toEqual([
      'CAMPAIGN_DATES_ORDER',
      'REGISTRATION_UNIT_UNKNOWN',
      'REGISTRATION_MISSING_AT_EVALUATION',
      'SCORE_ROW_MISSING',
    ]);
  });

  it('points every issue at a table of the contract, a 1-based row or none', () => {
    const tables: string[] = Object.values(TABLES);
    for (const issue of produced) {
      expect(tables).toContain(issue.table);
      if (issue.row !== null) expect(Number.isInteger(issue.row) && issue.row >= 1).toBe(true);
    }
  });

  it('names the sheet, row and column in the Vietnamese and English messages', () => {
    const fieldLabels: string[] = Object.values(CAMPAIGN_FIELDS);
    for (const issue of produced) {
      const sheet = sheetOf(issue.table);
      expect(sheet).not.toBeNull();
      expect(issue.message).toContain(`Trang "${sheet}"`);
      expect(issue.messageEn).toContain(`Sheet "${sheet}"`);
      if (issue.table === TABLES.campaign) {
        expect(fieldLabels.some((label) => issue.message.includes(`dòng "${label}"`))).toBe(true);
        continue;
      }
      if (issue.row !== null) expect(issue.message).toContain(`dòng thứ ${issue.row}`);
      if (issue.column !== null) expect(issue.message).toContain(`cột "${issue.column}"`);
    }
  });

  it('words every message fully: no undefined, NaN or object left in the text', () => {
    for (const issue of produced) {
      for (const text of [issue.message, issue.messageEn]) expect(text).not.toMatch(/undefined|NaN|\[object/);
      expect(issue.message).not.toEqual(issue.messageEn);
    }
  });

  it('writes Vietnamese decimals with a comma and English ones with a point', () => {
    const campaign = buildCampaign({
      scores: buildCampaign().scores.map((r) =>
        r.unit === 'U1' ? { ...r, values: { ...r.values, 'I.1': 20.5 } } : r,
      ),
    });
    const [issue] = validateScores(campaign);
    expect(issue?.code).toBe('SCORE_ABOVE_MAX');
    expect(issue?.message).toContain('20,5 điểm');
    expect(issue?.messageEn).toContain('20.5 points');
  });

  it('never throws on arbitrary points, and points only at criterion columns or the fixed headers', () => {
    const campaign = buildCampaign();
    const codes = campaign.criteria.map((c) => c.code);
    const point = fc.option(
      fc.oneof(fc.integer({ min: -50, max: 250 }), fc.double({ noNaN: true, min: -50, max: 250 })),
      {
        nil: null,
      },
    );
    const row = fc.record({
      unit: fc.constantFrom('U1', 'U2', 'U3', 'U9', ''),
      values: fc.array(point, { minLength: 6, maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 10 }), (rows) => {
        const scores = rows.map((r, i) =>
          makeScoreRow({
            row: i + 1,
            unit: r.unit,
            values: Object.fromEntries(codes.map((c, k) => [c, r.values[k] ?? null])),
          }),
        );
        const issues = validateScores({ ...campaign, scores } satisfies Campaign);
        for (const issue of issues) {
          if (issue.column !== null) expect([...codes, 'Mã đơn vị', 'Tổng điểm']).toContain(issue.column);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('one mistake, one issue', () => {
  it('reports a title rule naming an unknown title on the catalogue only, not again on registrations', () => {
    const base = buildCampaign();
    const campaign = buildCampaign({
      titles: base.titles.map((t) =>
        t.code === TITLE.cstdcs
          ? {
              ...t,
              prerequisites: [{ kind: 'alsoHolds' as const, title: 'LĐTT' }],
              cap: { of: 'LĐTT', percent: 15, rounding: 'floor' as const },
            }
          : t,
      ),
    });
    expect(validateAll(campaign).map((i) => i.code)).toEqual(['TITLE_RULE_UNKNOWN', 'TITLE_RULE_UNKNOWN']);
  });

  it('does not count a repeated registration twice towards a cap', () => {
    const base = buildCampaign();
    const giang = base.registrations.find((r) => r.title === TITLE.cstdcs);
    const campaign = buildCampaign({ registrations: [...base.registrations, { ...giang!, row: 13 }] });
    expect(validateRegistrations(campaign).map((i) => i.code)).toEqual(['REGISTRATION_DUPLICATE']);
  });
});
