import { ISSUES } from '../../../src/domain/issues';
import { fixtures } from './fixtures';
import { runStage } from './runStage';

describe.each(['campaign', 'registrations', 'scores', 'council'] as const)(
  'validate %s: fixtures',
  (stage) => {
    const cases = fixtures
      .filter((f) => f.stage === stage)
      .map((f) => [`${f.covers} (${f.kind}): ${f.name}`, f] as const);

    it.each(cases)('%s', (_name, fixture) => {
      const actual = runStage(fixture.stage, fixture.campaign, fixture.options).map((i) => ({
        code: i.code,
        severity: i.severity,
        table: i.table,
        row: i.row,
        column: i.column,
      }));
      if (fixture.expected === undefined) {
        throw new Error(`No expectation yet; the stage returned:\n${JSON.stringify(actual, null, 2)}`);
      }
      const expected = fixture.expected.map((e) => ({ severity: ISSUES[e.code].severity, ...e }));
      expect(actual).toEqual(expected);
      if (fixture.kind === 'clean') expect(expected).toEqual([]);
      else expect(expected.map((e) => e.code)).toContain(fixture.covers);
    });
  },
);
