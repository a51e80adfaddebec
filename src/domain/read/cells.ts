import { formatDateVi, isoToSerial, readShortYearDate, serialToIso } from '../dates';
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
} from '../model';
import type { CellValue } from '../workbook';
import type { CellAt } from './_lib/at';
import { normaliseText } from '../cellCodecs/text';
import { readTypedNumber, sheetMisses } from '../cellCodecs/excelText';
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

/** Issue code of each way of typing a number as text. */
const TYPED_NUMBER_CODES = {
  plain: 'NUMBER_AS_TEXT',
  decimalComma: 'NUMBER_DECIMAL_COMMA',
  percent: 'NUMBER_PERCENT',
} as const;

/**
 * Reads a number cell. A number is taken as is; a number typed as text is read as Excel would read
 * it typed into a number cell, with a warning naming what was typed (`NUMBER_DECIMAL_COMMA` for
 * `9,5`, `NUMBER_AS_TEXT` for `9.5`, `NUMBER_PERCENT` for `90%`), since Excel's own formulas skip
 * text; any other text, or TRUE / FALSE, is an error (`NUMBER_INVALID`).
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
  const typed = typeof value === 'string' ? readTypedNumber(text) : null;
  if (typed === null) {
    return { value: null, issue: makeIssue('NUMBER_INVALID', { text }, at) };
  }
  return {
    value: typed.value,
    issue: makeIssue(TYPED_NUMBER_CODES[typed.form], { text, value: typed.value }, at),
  };
}

// A whole number between the serials of 01/01/1950 and 31/12/2099 in a points cell is a date that
// Excel made of something like "15/3" typed there, not points (no criterion is worth thousands).
const FIRST_LIKELY_DATE = isoToSerial('1950-01-01') ?? Infinity;
const LAST_LIKELY_DATE = isoToSerial('2099-12-31') ?? -Infinity;

/**
 * Reads a points cell: a number cell ({@link readNumber}) in which a date is a slip, not points. A
 * date value (Excel turns "15/3" typed there into one) reads as nothing, with an error naming the
 * date (`POINTS_ARE_DATE`), rather than as thousands of points.
 * @param value - the cell value as the host read it
 * @param at - where the cell is, for the message
 * @returns the points, null when blank or unreadable, and the issue if any
 * @example
 * readPoints(46096, { sheet: 'Chấm điểm', table: 'Scores', row: 3, column: 'I.1' }).issue?.code // 'POINTS_ARE_DATE'
 */
export function readPoints(value: CellValue, at: CellAt): CellRead<number | null> {
  if (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= FIRST_LIKELY_DATE &&
    value <= LAST_LIKELY_DATE
  ) {
    const iso = serialToIso(value);
    if (iso !== null) {
      return {
        value: null,
        issue: makeIssue('POINTS_ARE_DATE', { serial: value, date: formatDateVi(iso) }, at),
      };
    }
  }
  return readNumber(value, at);
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
  if (typeof value === 'string' && !isParsed(read)) {
    const short = readShortYearDate(text);
    if (short !== null) {
      return {
        value: short,
        issue: makeIssue('DATE_TWO_DIGIT_YEAR', { text, date: formatDateVi(short) }, at),
      };
    }
  }
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
 * Excel's formulas keep those spaces and would not find the code: such a cell is read with a warning
 * (`CODE_FORM_DIFFERS`), so the sheet's counts and the checks' never differ without a word.
 * @param value - the cell value as the host read it
 * @param at - where the cell is, for the message
 * @returns the code (empty when blank) and the issue if any
 * @example
 * readCode(' LĐTT ', { sheet: 'Đăng ký', table: 'Registrations', row: 1, column: 'Mã danh hiệu' }).value // 'LĐTT'
 */
export function readCode(value: CellValue, at: CellAt): CellRead<string> {
  if (value === null) return { value: '' };
  const raw = shown(value);
  const read = textCell(normaliseText(raw), at);
  if (read.issue !== undefined || read.value === '' || !sheetMisses(raw)) return read;
  return { value: read.value, issue: makeIssue('CODE_FORM_DIFFERS', { typed: raw, code: read.value }, at) };
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
  points: readPoints,
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
