import { formatDateVi, serialToIso } from '../dates';
import { makeIssue } from '../issues';
import type {
  Cap,
  CampaignKind,
  CriterionKind,
  Gate,
  IsoDate,
  Issue,
  Prerequisite,
  Settings,
  Subject,
  TitleKind,
  Exclusion,
  ScoringMethod,
  VoteBase,
  ReviewMethod,
} from '../model';
import type { CellValue } from '../workbook';
import type { CellAt } from './_lib/at';
import { normaliseText, parseDecimal } from '../cellCodecs/text';
import { dateProblemWords, isParsed, type Parsed } from '../cellCodecs';
import {
  parseCampaignKind,
  parseCap,
  parseComparison,
  parseCounts,
  parseCriterionKind,
  parseDateText,
  parseGates,
  parsePrerequisites,
  parseRegistrationCheck,
  parseScoringMethod,
  parseSubject,
  parseTitleKind,
  parseYesNo,
  parsePresence,
  parseVoteBase,
  parseReviewMethod,
} from '../cellCodecs';

export type { CellAt } from './_lib/at';

/** What reading one cell gives: the value (null or empty when blank or unreadable) and at most one issue. */
export interface CellRead<T> {
  value: T;
  issue?: Issue;
}

function shown(value: CellValue): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * Reads a number cell. A number is taken as is; a number typed as text is read with a warning
 * (`NUMBER_DECIMAL_COMMA` for `9,5`, `NUMBER_AS_TEXT` for `9.5`), since Excel's own formulas skip it;
 * any other text, or TRUE / FALSE, is an error (`NUMBER_INVALID`).
 * @param value - the cell value as the host read it
 * @param at - where the cell is, for the message
 * @returns the number, null when blank or unreadable, and the issue if any
 * @example
 * readNumber('9,5', { sheet: 'Chấm điểm', table: 'Scores', row: 3, column: 'I.1' }).value // 9.5
 */
export function readNumber(value: CellValue, at: CellAt): CellRead<number | null> {
  if (value === null) return { value: null };
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return { value };
    return {
      value: null,
      issue: makeIssue('NUMBER_INVALID', { text: shown(value) }, at),
    };
  }
  const text = typeof value === 'string' ? normaliseText(value) : shown(value);
  if (text === '') return { value: null };
  const n = typeof value === 'string' ? parseDecimal(text) : null;
  if (n === null) {
    return { value: null, issue: makeIssue('NUMBER_INVALID', { text }, at) };
  }
  const code = text.includes(',') ? 'NUMBER_DECIMAL_COMMA' : 'NUMBER_AS_TEXT';
  return { value: n, issue: makeIssue(code, { text, value: n }, at) };
}

/**
 * Reads a date cell. A number is an Excel serial; a date typed as text (`30/01/2018`) is read with
 * a warning (`DATE_AS_TEXT`); other text, serial 60 or TRUE / FALSE is an error (`DATE_INVALID`).
 * @param value - the cell value as the host read it
 * @param at - where the cell is, for the message
 * @returns the ISO date, null when blank or unreadable, and the issue if any
 * @example
 * readDate(43101, { sheet: 'Đăng ký', table: 'Registrations', row: 1, column: 'Ngày đăng ký' }).value // '2018-01-01'
 */
export function readDate(value: CellValue, at: CellAt): CellRead<IsoDate | null> {
  if (value === null) return { value: null };
  if (typeof value === 'number') {
    const iso = serialToIso(value);
    if (iso !== null) return { value: iso };
    return { value: null, issue: dateInvalid(shown(value), at) };
  }
  const text = typeof value === 'string' ? normaliseText(value) : shown(value);
  if (text === '') return { value: null };
  const read = parseDateText(text);
  if (typeof value !== 'string' || !isParsed(read)) return { value: null, issue: dateInvalid(text, at) };
  return {
    value: read.value,
    issue: makeIssue('DATE_AS_TEXT', { text, date: formatDateVi(read.value) }, at),
  };
}

/** The error of a cell that holds no date, saying why: not written as a date, or no such day. */
function dateInvalid(text: string, at: CellAt): Issue {
  const read = parseDateText(text);
  // A serial or TRUE / FALSE reads as text that is no date: the form is what to correct.
  const words = isParsed(read)
    ? dateProblemWords(text, { kind: 'form' })
    : { vi: read.error, en: read.errorEn };
  return makeIssue('DATE_INVALID', { text, detail: words.vi, detailEn: words.en }, at);
}

function textCell(text: string, at: CellAt): CellRead<string> {
  if (!text.startsWith('=')) return { value: text };
  return { value: text, issue: makeIssue('TEXT_FORMULA_LIKE', { text }, at) };
}

/**
 * Reads a free-text cell (names, notes, criterion text): outer spaces trimmed, line breaks kept.
 * A value starting with "=" is a formula that was typed or pasted as text: kept as typed, with a
 * warning (`TEXT_FORMULA_LIKE`), since the value the cell should hold may be lost.
 * @param value - the cell value as the host read it
 * @param at - where the cell is, for the message
 * @returns the text (empty when blank) and the issue if any
 * @example
 * readText('  Văn phòng Sở ', { sheet: 'Danh mục', table: 'Units', row: 1, column: 'Tên đơn vị' }).value // 'Văn phòng Sở'
 */
export function readText(value: CellValue, at: CellAt): CellRead<string> {
  if (value === null) return { value: '' };
  return textCell(shown(value).normalize('NFC').trim(), at);
}

/**
 * Reads a code cell (unit, cluster, title, criterion code): like {@link readText}, with inner runs
 * of spaces made one so that a code pasted from another document still matches its catalogue entry.
 * @param value - the cell value as the host read it
 * @param at - where the cell is, for the message
 * @returns the code (empty when blank) and the issue if any
 * @example
 * readCode(' LĐTT ', { sheet: 'Đăng ký', table: 'Registrations', row: 1, column: 'Mã danh hiệu' }).value // 'LĐTT'
 */
export function readCode(value: CellValue, at: CellAt): CellRead<string> {
  if (value === null) return { value: '' };
  return textCell(normaliseText(shown(value)), at);
}

/**
 * Builds the reader of a column whose text follows a codec (a label, a rule text): blank gives
 * `blank`, text the codec cannot read gives `VALUE_INVALID` with the codec's explanation.
 * @param parse - the codec's parser
 * @param blank - the value of a blank cell
 * @returns a cell reader
 * @example
 * const readGates = readWith(parseGates, []);
 * readGates('I.1 ≥ 2', { sheet: 'Danh mục', table: 'Bands', row: 1, column: 'Điều kiện' }).value // [{ criterion: 'I.1', min: 2 }]
 */
export function readWith<T, B>(
  parse: (text: string) => Parsed<T>,
  blank: B,
): (value: CellValue, at: CellAt) => CellRead<T | B> {
  return (value, at) => {
    // Text, not code: a rule list may put one item per line.
    const text = readText(value, at);
    if (text.value === '') return { value: blank };
    if (text.issue) return { value: blank, issue: text.issue };
    const read = parse(text.value);
    if ('value' in read) return { value: read.value };
    const issue = makeIssue('VALUE_INVALID', { detail: read.error, detailEn: read.errorEn }, at);
    return { value: blank, issue };
  };
}

function readYesNo(value: CellValue, at: CellAt): CellRead<boolean | null> {
  if (typeof value === 'boolean') return { value };
  return readWith(parseYesNo, null)(value, at);
}

/**
 * The kinds of cell the workbook holds and the one reader of each. A table declares its columns by
 * kind; adding a kind of column adds a row here, not a branch in every table reader.
 */
export const CELL_READERS = {
  /** Kept as the host read it, for a field / value table whose value kind depends on the row. */
  raw: (value: CellValue): CellRead<CellValue> => ({ value }),
  number: readNumber,
  date: readDate,
  text: readText,
  code: readCode,
  yesNo: readYesNo,
  subject: readWith<Subject, null>(parseSubject, null),
  criterionKind: readWith<CriterionKind, null>(parseCriterionKind, null),
  titleKind: readWith<TitleKind, null>(parseTitleKind, null),
  campaignKind: readWith<CampaignKind, null>(parseCampaignKind, null),
  registrationCheck: readWith<Settings['registrationCheck'], null>(parseRegistrationCheck, null),
  prerequisites: readWith<Prerequisite[], Prerequisite[]>(parsePrerequisites, []),
  cap: readWith<Cap | null, null>(parseCap, null),
  counts: readWith<string[], string[]>(parseCounts, []),
  gates: readWith<Gate[], Gate[]>(parseGates, []),
  scoringMethod: readWith<ScoringMethod, null>(parseScoringMethod, null),
  comparison: readWith<Exclusion['comparison'], null>(parseComparison, null),
  presence: readWith<boolean, null>(parsePresence, null),
  voteBase: readWith<VoteBase, null>(parseVoteBase, null),
  reviewMethod: readWith<ReviewMethod, null>(parseReviewMethod, null),
} as const;

/** A kind of cell of {@link CELL_READERS}. */
export type CellKind = keyof typeof CELL_READERS;

/** The value a cell of kind `K` reads as. */
export type CellOutput<K extends CellKind> = ReturnType<(typeof CELL_READERS)[K]>['value'];

/**
 * Reads one cell by its kind.
 * @param kind - the column's kind
 * @param value - the cell value as the host read it
 * @param at - where the cell is, for the message
 * @returns the value and the issue if any
 * @example
 * readCell('subject', 'Cá nhân', { sheet: 'Đăng ký', table: 'Registrations', row: 2, column: 'Đối tượng' }).value // 'individual'
 */
export function readCell<K extends CellKind>(kind: K, value: CellValue, at: CellAt): CellRead<CellOutput<K>> {
  const reader = CELL_READERS[kind] as (v: CellValue, a: CellAt) => CellRead<CellOutput<K>>;
  return reader(value, at);
}

/**
 * Whether a cell is blank for reading: empty, or only spaces.
 * @param value - the cell value
 * @returns true when nothing is typed in it
 * @example
 * isBlankCell('  ') // true
 */
export function isBlankCell(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && normaliseText(value) === '');
}
