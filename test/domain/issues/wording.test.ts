/**
 * Every message an officer reads names the workbook's parts as the officer does: no ASCII table
 * name, setting key, rule set id or other internal name, in Vietnamese or in English, before the
 * issue is located and after. The messages come from every fixture of reading and of validation, and
 * from the layout's issues.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHEETS, TABLES } from '../../../src/domain/contract';
import { issueCodesOf, makeIssue } from '../../../src/domain/issues';
import type { Issue } from '../../../src/domain/model';
import { locateIssues, readCampaign } from '../../../src/domain/read';
import { identifiersIn } from '../../support/identifiers';
import { applyEdits, type Edit } from '../read/_edits';
import { cleanWorkbook } from '../read/_workbook';
import { fixtures } from '../validate/fixtures';
import { runStage } from '../validate/runStage';

function wordsOf(issue: Issue): { vi: string[]; en: string[] } {
  return { vi: identifiersIn(issue.message, 'vi'), en: identifiersIn(issue.messageEn, 'en') };
}

const NONE = { vi: [], en: [] };

const READ_FIXTURES = join(__dirname, '..', 'read', 'fixtures');
const readCases = readdirSync(READ_FIXTURES)
  .filter((file) => file.endsWith('.json'))
  .map((file) => {
    const { edits } = JSON.parse(readFileSync(join(READ_FIXTURES, file), 'utf8')) as { edits: Edit[] };
    return [file, edits] as const;
  });

describe('no internal name in what an officer reads', () => {
  it.each(readCases)('reading, fixture %s: before and after locating', (_file, edits) => {
    const data = applyEdits(cleanWorkbook(), edits);
    const { issues } = readCampaign(data);
    for (const issue of [...issues, ...locateIssues(issues, data)])
      expect({ message: issue.message, ...wordsOf(issue) }).toEqual({ message: issue.message, ...NONE });
  });

  it.each(fixtures.map((f) => [`${f.stage} ${f.name}`, f] as const))('validation, fixture %s', (_name, f) => {
    for (const issue of runStage(f.stage, f.campaign, f.options))
      expect({ message: issue.message, ...wordsOf(issue) }).toEqual({ message: issue.message, ...NONE });
  });

  it('the layout, naming the tables it cannot place', () => {
    const at = { table: TABLES.tieBreaks, row: null, column: null };
    const issues = [
      makeIssue(
        'LAYOUT_TABLE_OVER_DATA',
        { table: TABLES.tieBreaks, sheet: SHEETS.catalogue, range: 'A1:D5', what: 'tạo', whatEn: 'create' },
        at,
      ),
      makeIssue(
        'LAYOUT_TABLE_ELSEWHERE',
        { table: TABLES.selfScores, sheet: SHEETS.selfScores, actual: 'Trang khác' },
        at,
      ),
      makeIssue('LAYOUT_TYPED_IN_COMPUTED', { table: TABLES.scores, column: 'Tổng điểm', count: 2 }, at),
      makeIssue('TABLE_MISSING', { table: TABLES.campaign, sheet: SHEETS.campaign }, at),
      makeIssue('COLUMN_MISSING', { table: TABLES.settings, column: 'Mã tham số' }, at),
    ];
    expect(issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(issueCodesOf('layout').filter((c) => c !== 'LAYOUT_SUMMARY_USER_TABLE')),
    );
    for (const issue of issues)
      expect({ message: issue.message, ...wordsOf(issue) }).toEqual({ message: issue.message, ...NONE });
  });
});
