/**
 * The one catalogue of issue codes, with their Vietnamese and English messages, split by the stage
 * of the pipeline that reports them. Messages say what is wrong and how to fix it, in Vietnamese
 * first, and name their place with {@link placeWords}.
 */
import type { Issue, Severity } from '../model';
import { CAMPAIGN_ISSUES } from './campaign';
import { COUNCIL_ISSUES } from './council';
import type { IssueTemplate } from './catalogue';
import { LAYOUT_ISSUES } from './layout';
import { LOCK_ISSUES } from './lock';
import type { CellPlace, Place, Words } from './place';
import { placeWords, rowWords } from './place';
import { READ_ISSUES } from './read';
import { REGISTRATION_ISSUES } from './registrations';
import { SCORE_ISSUES } from './scores';

export type { IssueTemplate } from './catalogue';
export type { CellPlace, IssueLocation, Place, Words } from './place';
export { cellWords, placeWords, rowWords, sheetOf, tableWords } from './place';

/**
 * The catalogue by stage, in pipeline order: reading the workbook, applying the layout, then the
 * validation of the campaign, the registrations and the scores, the council's vote, then the results
 * lock. A code belongs to one stage.
 */
export const ISSUE_STAGES = {
  read: READ_ISSUES,
  layout: LAYOUT_ISSUES,
  campaign: CAMPAIGN_ISSUES,
  registrations: REGISTRATION_ISSUES,
  scores: SCORE_ISSUES,
  council: COUNCIL_ISSUES,
  lock: LOCK_ISSUES,
} as const;

/** A stage of the pipeline that reports issues. */
export type IssueStage = keyof typeof ISSUE_STAGES;

/** Every code of the catalogue, whatever its stage. */
export const ISSUES = {
  ...READ_ISSUES,
  ...LAYOUT_ISSUES,
  ...CAMPAIGN_ISSUES,
  ...REGISTRATION_ISSUES,
  ...SCORE_ISSUES,
  ...COUNCIL_ISSUES,
  ...LOCK_ISSUES,
} as const;

/** A code of the catalogue. */
export type IssueCode = keyof typeof ISSUES;

/** The parameters a catalogue entry needs to word its message. */
export type IssueParams<K extends IssueCode> = Parameters<(typeof ISSUES)[K]['vi']>[0];

/**
 * The codes a stage reports.
 * @param stage - a stage of the pipeline
 * @returns its codes, in catalogue order
 * @example
 * issueCodesOf('scores').includes('SCORE_ABOVE_MAX') //=> true
 */
export function issueCodesOf(stage: IssueStage): IssueCode[] {
  return Object.keys(ISSUE_STAGES[stage]) as IssueCode[];
}

/**
 * What an issue's messages were made of, kept on the issue under a symbol (so it travels with every
 * copy of the issue and never into JSON), for a caller that finds the issue's cell to word it again.
 */
const WORDING = Symbol('issue wording');

interface Wording {
  params: unknown;
  where: Place;
}

type WordedIssue = Issue & { [WORDING]?: Wording };

function messages(code: IssueCode, params: unknown, where: Place, located?: CellPlace): Words {
  const entry = ISSUES[code] as IssueTemplate<unknown>;
  const at = placeWords(where, located);
  const row = (language: keyof Words) => (n: number) => rowWords(n, located)[language];
  return { vi: entry.vi(params, at.vi, row('vi')), en: entry.en(params, at.en, row('en')) };
}

/**
 * Builds an issue from the catalogue, wording its place into both messages.
 * @param code - catalogue code
 * @param params - values the message names
 * @param where - table, data row and column the issue points at; a field label or the sheet the
 *   table was found on change only how the place is worded
 * @param severity - overrides the catalogue's severity where a setting decides it (registration optional)
 * @returns the issue with its Vietnamese and English messages
 * @example
 * makeIssue('COLUMN_MISSING', { table: 'Scores', column: 'Mã cụm' }, { table: 'Scores', row: null, column: 'Mã cụm' })
 * makeIssue('REGISTRATION_DATE_MISSING', {}, { table: 'Registrations', row: 3, column: 'Ngày đăng ký' }).message
 * //=> 'Trang "Đăng ký", danh sách đăng ký, dòng thứ 3, cột "Ngày đăng ký": chưa có ngày đăng ký. …'
 */
export function makeIssue<K extends IssueCode>(
  code: K,
  params: IssueParams<K>,
  where: Place,
  severity?: Severity,
): Issue {
  const entry = ISSUES[code] as IssueTemplate<IssueParams<K>>;
  const words = messages(code, params, where);
  const issue: WordedIssue = {
    code,
    severity: severity ?? entry.severity,
    table: where.table,
    row: where.row,
    column: where.column,
    message: words.vi,
    messageEn: words.en,
  };
  issue[WORDING] = { params, where };
  return issue;
}

/**
 * The issue worded again for the cell it was found at: the cell first as Excel names it
 * (`Đăng ký!F5, cột "Ngày đăng ký": …`), and every row the message names as the sheet's row. An
 * issue not made by {@link makeIssue} keeps its messages.
 * @param issue - an issue of the catalogue
 * @param located - the sheet and cell it points at, and the sheet rows of its table
 * @returns a new issue with sheet, cell and the messages worded for them
 * @example
 * issueAt(issue, { sheet: 'Đăng ký', cell: 'F5', sheetRow: (n) => n + 2 }).message
 * //=> 'Đăng ký!F5, cột "Ngày đăng ký": chưa có ngày đăng ký. …'
 */
export function issueAt(issue: Issue, located: CellPlace): Issue {
  const wording = (issue as WordedIssue)[WORDING];
  const placed: Issue = { ...issue, sheet: located.sheet, cell: located.cell };
  if (wording === undefined || !(issue.code in ISSUES)) return placed;
  const words = messages(issue.code as IssueCode, wording.params, wording.where, located);
  return { ...placed, message: words.vi, messageEn: words.en };
}
