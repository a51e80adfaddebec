import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { issueCodesOf } from '../../../src/domain/issues';
import { readCampaign } from '../../../src/domain/read';
import type { Issue } from '../../../src/domain/model';
import { applyEdits } from './_edits';
import type { Edit } from './_edits';
import { cleanWorkbook } from './_workbook';

interface ExpectedIssue {
  code: string;
  severity: string;
  table: string;
  row: number | null;
  column: string | null;
}

interface Fixture {
  description: string;
  edits: Edit[];
  expect?: { campaign: boolean; issues: ExpectedIssue[] };
}

const FIXTURES = join(__dirname, 'fixtures');
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
const fixtures = files.map((file) => ({
  file,
  fixture: JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Fixture,
}));

function shape(issue: Issue): ExpectedIssue {
  return {
    code: issue.code,
    severity: issue.severity,
    table: issue.table,
    row: issue.row,
    column: issue.column,
  };
}

function byPlace(a: ExpectedIssue, b: ExpectedIssue): number {
  return JSON.stringify(a).localeCompare(JSON.stringify(b));
}

describe('reading fixtures', () => {
  it.each(fixtures.map(({ file, fixture }) => [file, fixture] as const))('%s', (file, fixture) => {
    const { campaign, issues } = readCampaign(applyEdits(cleanWorkbook(), fixture.edits));
    const actual = { campaign: campaign !== null, issues: issues.map(shape).sort(byPlace) };
    // A fixture without its expectation fails and shows what the reader gives, for review.
    expect(fixture.expect).toBeDefined();
    expect(actual).toEqual({
      campaign: fixture.expect?.campaign,
      issues: [...(fixture.expect?.issues ?? [])].sort(byPlace),
    });

    const severities = new Set(issues.map((i) => i.severity));
    if (file.startsWith('ok.')) expect(issues).toEqual([]);
    if (file.startsWith('warning.')) expect([...severities]).toEqual(['warning']);
    if (file.startsWith('error.')) expect(severities.has('error')).toBe(true);
    for (const issue of issues) {
      expect(issue.message).not.toBe('');
      expect(issue.messageEn).not.toBe('');
    }
  });

  it('has a failing fixture for every code of the reading stage of the catalogue', () => {
    const codes: string[] = issueCodesOf('read');
    expect(codes.length).toBeGreaterThan(10);
    const covered = new Set(
      fixtures
        .filter(({ file }) => !file.startsWith('ok.'))
        .flatMap(({ fixture }) => fixture.expect?.issues.map((i) => i.code) ?? []),
    );
    expect(codes.filter((code) => !covered.has(code))).toEqual([]);
  });
});
