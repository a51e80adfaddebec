import {
  CAMPAIGN_KIND_LABELS,
  CRITERION_KIND_LABELS,
  PRESENCE_LABELS,
  REVIEW_METHOD_LABELS,
  VOTE_BASE_LABELS,
  REGISTRATION_CHECK_LABELS,
  SCORING_METHOD_LABELS,
  SUBJECT_LABELS,
  TITLE_KIND_LABELS,
} from '../contract';
import type {
  CampaignKind,
  CriterionKind,
  ScoringMethod,
  Settings,
  Subject,
  TitleKind,
  VoteBase,
  ReviewMethod,
} from '../model';
import { foldCase, normaliseText } from './text';
import type { Parsed } from './result';
import { parseError, parsedValue } from './result';

/**
 * Writes an enum value as the label the workbook shows.
 * @param labels - value → Vietnamese label (from the contract)
 * @param value - the value
 * @returns its label
 * @example
 * formatLabel(SUBJECT_LABELS, 'collective') // 'Tập thể'
 */
export function formatLabel<K extends string>(labels: Readonly<Record<K, string>>, value: K): string {
  return labels[value];
}

/**
 * Reads a label back into its enum value. Case, surrounding spaces and Unicode form do not matter;
 * diacritics do: "tap the" is not "Tập thể", since in Vietnamese a missing mark can make another
 * word, and the dropdown offers the exact label anyway.
 * @param labels - value → Vietnamese label (from the contract)
 * @param text - the text of the cell
 * @returns the value, or an error listing the accepted labels
 * @example
 * parseLabel(SUBJECT_LABELS, ' cá nhân ') // { value: 'individual' }
 */
export function parseLabel<K extends string>(labels: Readonly<Record<K, string>>, text: string): Parsed<K> {
  const wanted = foldCase(text);
  const keys = Object.keys(labels) as K[];
  const found = keys.find((key) => foldCase(labels[key]) === wanted);
  if (found !== undefined) return parsedValue(found);
  const accepted = keys.map((key) => `"${labels[key]}"`).join(', ');
  return parseError(
    `"${normaliseText(text)}" không phải giá trị hợp lệ; hãy chọn một trong: ${accepted}`,
    `"${normaliseText(text)}" is not an accepted value; choose one of: ${accepted}`,
  );
}

/**
 * {@link parseLabel} for one set of labels, with the labels folded once: a column such as
 * `Đối tượng` is read on every one of 20,000 registration rows.
 */
function labelParser<K extends string>(labels: Readonly<Record<K, string>>): (text: string) => Parsed<K> {
  const byFolded = new Map<string, K>();
  for (const key of Object.keys(labels) as K[]) {
    const folded = foldCase(labels[key]);
    // parseLabel takes the first key whose label matches; so does this.
    if (!byFolded.has(folded)) byFolded.set(folded, key);
  }
  return (text) => {
    const found = byFolded.get(foldCase(text));
    // parseLabel words the error, so that it stays the one message.
    return found === undefined ? parseLabel(labels, text) : parsedValue(found);
  };
}

const SUBJECT = labelParser(SUBJECT_LABELS);
const CRITERION_KIND = labelParser(CRITERION_KIND_LABELS);
const CAMPAIGN_KIND = labelParser(CAMPAIGN_KIND_LABELS);
const TITLE_KIND = labelParser(TITLE_KIND_LABELS);
const REGISTRATION_CHECK = labelParser(REGISTRATION_CHECK_LABELS);
const SCORING_METHOD = labelParser(SCORING_METHOD_LABELS);
const VOTE_BASE = labelParser(VOTE_BASE_LABELS);
const PRESENCE = labelParser(PRESENCE_LABELS);
const REVIEW_METHOD = labelParser(REVIEW_METHOD_LABELS);

/**
 * Reads the `reviewMethod` setting: how the council members' scores are combined.
 * @param text - `Trung bình`, `Trung vị` or `Trung bình bỏ cao nhất và thấp nhất`
 * @returns the method, or an error listing the labels
 * @example
 * parseReviewMethod('trung vị') // { value: 'median' }
 */
export function parseReviewMethod(text: string): Parsed<ReviewMethod> {
  return REVIEW_METHOD(text);
}

/**
 * Reads the `Tính trên` column of the VoteRules table.
 * @param text - `Tổng số thành viên` or `Thành viên có mặt`
 * @returns the base of the vote share, or an error listing the labels
 * @example
 * parseVoteBase('thành viên có mặt') // { value: 'present' }
 */
export function parseVoteBase(text: string): Parsed<VoteBase> {
  return VOTE_BASE(text);
}

/**
 * Reads the `Có mặt` column of the Council table: only `Có` and `Không`, the words the sheet counts.
 * @param text - the cell's text
 * @returns true for present, false for absent, or an error listing the labels
 * @example
 * parsePresence('có') // { value: true }
 */
export function parsePresence(text: string): Parsed<boolean> {
  const read = PRESENCE(text);
  return 'value' in read ? parsedValue(read.value === 'present') : read;
}

/**
 * Reads the `Cách chấm` column of the Criteria table.
 * @param text - `nhập điểm`, `theo mức` or `theo tỷ lệ`
 * @returns the scoring method, or an error listing the labels
 * @example
 * parseScoringMethod('Theo mức') // { value: 'tiers' }
 */
export function parseScoringMethod(text: string): Parsed<ScoringMethod> {
  return SCORING_METHOD(text);
}

/**
 * Reads the `Đối tượng` column.
 * @param text - `Tập thể` or `Cá nhân`
 * @returns the subject, or an error listing both labels
 * @example
 * parseSubject('Tập thể') // { value: 'collective' }
 */
export function parseSubject(text: string): Parsed<Subject> {
  return SUBJECT(text);
}

/**
 * Reads the `Loại` column of the Criteria table.
 * @param text - `chuẩn`, `thưởng` or `trừ`
 * @returns the criterion kind, or an error listing the labels
 * @example
 * parseCriterionKind('Thưởng') // { value: 'bonus' }
 */
export function parseCriterionKind(text: string): Parsed<CriterionKind> {
  return CRITERION_KIND(text);
}

/**
 * Reads the campaign kind (`Loại phong trào`).
 * @param text - `Thường xuyên` or `Chuyên đề`
 * @returns the campaign kind, or an error listing the labels
 * @example
 * parseCampaignKind('chuyên đề') // { value: 'thematic' }
 */
export function parseCampaignKind(text: string): Parsed<CampaignKind> {
  return CAMPAIGN_KIND(text);
}

/**
 * Reads the `Loại` column of the Titles table.
 * @param text - `Danh hiệu` or `Hình thức khen thưởng`
 * @returns the title kind, or an error listing the labels
 * @example
 * parseTitleKind('Danh hiệu') // { value: 'title' }
 */
export function parseTitleKind(text: string): Parsed<TitleKind> {
  return TITLE_KIND(text);
}

/**
 * Reads the registration check setting.
 * @param text - `Bắt buộc`, `Không bắt buộc` or `Không kiểm tra` (or `required`, `optional`, `off`)
 * @returns the setting, or an error listing the labels
 * @example
 * parseRegistrationCheck('Không bắt buộc') // { value: 'optional' }
 */
export function parseRegistrationCheck(text: string): Parsed<Settings['registrationCheck']> {
  // The model's own values are accepted too: a Settings table filled by a script may use them.
  const raw = (Object.keys(REGISTRATION_CHECK_LABELS) as Settings['registrationCheck'][]).find(
    (key) => key === foldCase(text),
  );
  return raw === undefined ? REGISTRATION_CHECK(text) : parsedValue(raw);
}

/** Labels of a yes / no cell (`Dữ liệu mẫu`). */
export const YES_NO_LABELS = { yes: 'Có', no: 'Không' } as const;

/**
 * Writes a yes / no value.
 * @param value - the flag
 * @returns `Có` or `Không`
 * @example
 * formatYesNo(true) // 'Có'
 */
export function formatYesNo(value: boolean): string {
  return value ? YES_NO_LABELS.yes : YES_NO_LABELS.no;
}

/**
 * Reads a yes / no value typed as text; Excel's own TRUE / FALSE (or ĐÚNG / SAI in a Vietnamese
 * Excel) are accepted as well.
 * @param text - `Có`, `Không`, `TRUE`, `FALSE`, `ĐÚNG` or `SAI`
 * @returns the flag, or an error naming `Có` and `Không`
 * @example
 * parseYesNo('không') // { value: false }
 */
export function parseYesNo(text: string): Parsed<boolean> {
  const t = foldCase(text);
  if (['có', 'true', 'đúng'].includes(t)) return parsedValue(true);
  if (['không', 'false', 'sai'].includes(t)) return parsedValue(false);
  return parseError(
    `"${normaliseText(text)}" không phải giá trị hợp lệ; hãy nhập "Có" hoặc "Không"`,
    `"${normaliseText(text)}" is not an accepted value; enter "Có" (yes) or "Không" (no)`,
  );
}
