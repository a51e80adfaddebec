import { ISSUES, issueCodesOf } from '../../../src/domain/issues';
import type { IssueStage } from '../../../src/domain/issues';
import { fixtures } from './fixtures';

/** The validation stages of the catalogue. */
const VALIDATION_STAGES: readonly IssueStage[] = ['campaign', 'registrations', 'scores', 'council'];

describe('validation codes', () => {
  const codes = VALIDATION_STAGES.flatMap((stage) => issueCodesOf(stage));

  it('finds the codes of the campaign, registrations, scores and council stages in the catalogue', () => {
    expect(codes.length).toBeGreaterThan(40);
    for (const code of codes) expect(Object.keys(ISSUES)).toContain(code);
  });

  it.each(codes)('%s has a failing fixture that produces it and a clean fixture', (code) => {
    const failing = fixtures.filter((f) => f.covers === code && f.kind === 'failing');
    const clean = fixtures.filter((f) => f.covers === code && f.kind === 'clean');
    expect(failing.length).toBeGreaterThan(0);
    expect(clean.length).toBeGreaterThan(0);
    for (const f of failing) expect(f.expected?.map((e) => e.code)).toContain(code);
  });

  it.each(codes)('%s explains its rule in both languages', (code) => {
    const { explain } = ISSUES[code];
    expect(explain.vi.length).toBeGreaterThan(20);
    expect(explain.en.length).toBeGreaterThan(20);
  });

  it.each(VALIDATION_STAGES)('runs a %s fixture only for a code of that stage', (stage) => {
    const own: string[] = issueCodesOf(stage);
    const strays = fixtures.filter((f) => f.stage === stage && !own.includes(f.covers));
    expect(strays.map((f) => `${f.covers}: ${f.name}`)).toEqual([]);
  });

  it('cites both regimes where registration is required at evaluation', () => {
    const { source } = ISSUES.REGISTRATION_MISSING_AT_EVALUATION.explain;
    expect(source).toContain('91/2017/NĐ-CP');
    expect(source).toContain('2013');
    expect(source).toContain('06/2022/QH15, Điều 7');
  });
});
