/**
 * The one catalogue of issue codes, with their Vietnamese and English messages, split by the stage
 * of the pipeline that reports them. Messages say what is wrong and how to fix it, in Vietnamese
 * first, and name their place with {@link placeWords}.
 */
import type { Issue, Severity } from '../model';
import { CAMPAIGN_ISSUES } from './campaign';
import type { IssueTemplate } from './catalogue';
import { LAYOUT_ISSUES } from './layout';
import type { Place } from './place';
import { placeWords } from './place';
import { READ_ISSUES } from './read';
import { REGISTRATION_ISSUES } from './registrations';
import { SCORE_ISSUES } from './scores';

export type { IssueTemplate } from './catalogue';
export type { IssueLocation, Place, Words } from './place';
export { placeWords, sheetOf } from './place';

/**
 * The catalogue by stage, in pipeline order: reading the workbook, applying the layout, then the
 * validation of the campaign, the registrations and the scores. A code belongs to one stage.
 */
export const ISSUE_STAGES = {
  read: READ_ISSUES,
  layout: LAYOUT_ISSUES,
  campaign: CAMPAIGN_ISSUES,
  registrations: REGISTRATION_ISSUES,
  scores: SCORE_ISSUES,
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
 * //=> 'Trang "Đăng ký", danh sách đăng ký (bảng Registrations), dòng thứ 3, cột "Ngày đăng ký": chưa có ngày đăng ký. …'
 */
export function makeIssue<K extends IssueCode>(
  code: K,
  params: IssueParams<K>,
  where: Place,
  severity?: Severity,
): Issue {
  const entry = ISSUES[code] as IssueTemplate<IssueParams<K>>;
  const at = placeWords(where);
  return {
    code,
    severity: severity ?? entry.severity,
    table: where.table,
    row: where.row,
    column: where.column,
    message: entry.vi(params, at.vi),
    messageEn: entry.en(params, at.en),
  };
}
