import type { TieBreak } from '../model';
import { CODE_PATTERN, foldCase, normaliseText, stripDiacritics } from './text';
import type { Parsed } from './result';
import { parseError, parsedValue } from './result';

/** Direction of a tie-break link. */
export type TieBreakDirection = TieBreak['direction'];

/** How the `Chiều` column words each direction (the values of its dropdown). */
export const TIE_BREAK_DIRECTION_LABELS: Readonly<Record<TieBreakDirection, string>> = {
  desc: 'Cao hơn xếp trên',
  asc: 'Thấp hơn xếp trên',
};

/** A tie-break link as the three text columns of the TieBreaks table show it. */
export interface TieBreakText {
  /** `Tiêu chí phụ`: `Nhóm I`, `Tiêu chí I.1`, `Điểm thưởng`, `Điểm trừ` or `Cột: <tiêu đề>`. */
  rule: string;
  /** `Chiều`: one of {@link TIE_BREAK_DIRECTION_LABELS}. */
  direction: string;
  /** `Diễn giải`: the explanation shown to the council. */
  label: string;
}

type RuleOnly =
  | { kind: 'group'; group: string }
  | { kind: 'criterion'; criterion: string }
  | { kind: 'bonus' }
  | { kind: 'deductions' }
  | { kind: 'input'; key: string; header: string };

const GROUP = new RegExp(String.raw`^nhóm\s+(${CODE_PATTERN})$`, 'iu');
const CRITERION = new RegExp(String.raw`^tiêu\s+chí\s+(${CODE_PATTERN})$`, 'iu');
const BONUS = /^điểm\s+thưởng$/iu;
const DEDUCTIONS = /^điểm\s+trừ$/iu;
const INPUT = /^cột\s*:\s*(.+)$/iu;

/**
 * The key of a tie-break input column, derived from its header so the Scores column and the
 * TieBreaks row find each other whatever spacing, case or trailing unit the header carries: ASCII,
 * lower case, words joined by `_`.
 * @param header - the column header, e.g. `Tỷ lệ phiếu bầu (%)`
 * @returns the key, `input` when the header has no letter or digit
 * @example
 * inputKey('Tỷ lệ phiếu bầu (%)') // 'ty_le_phieu_bau'
 */
export function inputKey(header: string): string {
  const key = stripDiacritics(normaliseText(header))
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '_')
    .replace(/^_+|_+$/gu, '');
  return key === '' ? 'input' : key;
}

/**
 * Writes a tie-break link as the TieBreaks table shows it.
 * @param tieBreak - the link
 * @returns its rule, direction and label texts
 * @example
 * formatTieBreak({ kind: 'group', group: 'I', direction: 'desc', label: 'Điểm nhóm I cao hơn' })
 * // { rule: 'Nhóm I', direction: 'Cao hơn xếp trên', label: 'Điểm nhóm I cao hơn' }
 */
export function formatTieBreak(tieBreak: TieBreak): TieBreakText {
  return {
    rule: formatRule(tieBreak),
    direction: TIE_BREAK_DIRECTION_LABELS[tieBreak.direction],
    label: tieBreak.label,
  };
}

function formatRule(t: RuleOnly): string {
  switch (t.kind) {
    case 'group':
      return `Nhóm ${t.group}`;
    case 'criterion':
      return `Tiêu chí ${t.criterion}`;
    case 'bonus':
      return 'Điểm thưởng';
    case 'deductions':
      return 'Điểm trừ';
    case 'input':
      return `Cột: ${t.header}`;
  }
}

/**
 * Reads a row of the TieBreaks table. A blank direction takes the natural one of the rule (fewer
 * deductions win, more of anything else wins); a blank label becomes the rule and direction in words.
 * @param rule - `Tiêu chí phụ`: `Nhóm I`, `Tiêu chí I.1`, `Điểm thưởng`, `Điểm trừ` or `Cột: <tiêu đề>`
 * @param direction - `Chiều`: `Cao hơn xếp trên` or `Thấp hơn xếp trên`
 * @param label - `Diễn giải`
 * @returns the link, or why the rule or direction cannot be read
 * @example
 * parseTieBreak('Cột: Tỷ lệ phiếu bầu (%)', 'Cao hơn xếp trên', 'Nhiều phiếu hơn')
 * // { value: { kind: 'input', key: 'ty_le_phieu_bau', header: 'Tỷ lệ phiếu bầu (%)', direction: 'desc', label: 'Nhiều phiếu hơn' } }
 */
export function parseTieBreak(rule: string, direction: string, label: string): Parsed<TieBreak> {
  const ruleRead = parseRule(normaliseText(rule));
  if (!('value' in ruleRead)) return ruleRead;
  const dirRead = parseDirection(direction, ruleRead.value.kind === 'deductions' ? 'asc' : 'desc');
  if (!('value' in dirRead)) return dirRead;
  const text = normaliseText(label);
  const fallback = `${formatRule(ruleRead.value)}, ${TIE_BREAK_DIRECTION_LABELS[dirRead.value].toLowerCase()}`;
  return parsedValue({ ...ruleRead.value, direction: dirRead.value, label: text === '' ? fallback : text });
}

function parseRule(rule: string): Parsed<RuleOnly> {
  const group = GROUP.exec(rule);
  if (group?.[1] !== undefined) return parsedValue({ kind: 'group', group: group[1] });
  const criterion = CRITERION.exec(rule);
  if (criterion?.[1] !== undefined) return parsedValue({ kind: 'criterion', criterion: criterion[1] });
  if (BONUS.test(rule)) return parsedValue({ kind: 'bonus' });
  if (DEDUCTIONS.test(rule)) return parsedValue({ kind: 'deductions' });
  const input = INPUT.exec(rule);
  if (input?.[1] !== undefined) {
    const header = normaliseText(input[1]);
    return parsedValue({ kind: 'input', key: inputKey(header), header });
  }
  return parseError(
    `không hiểu tiêu chí phụ "${rule}"; hãy viết "Nhóm I", "Tiêu chí I.1", "Điểm thưởng", "Điểm trừ" hoặc "Cột: <tên cột trong bảng chấm điểm>"`,
    `cannot read the tie-break "${rule}"; write "Nhóm I", "Tiêu chí I.1", "Điểm thưởng", "Điểm trừ" or "Cột: <a column of the Scores table>"`,
  );
}

function parseDirection(text: string, blank: TieBreakDirection): Parsed<TieBreakDirection> {
  const wanted = foldCase(text);
  if (wanted === '') return parsedValue(blank);
  const found = (Object.keys(TIE_BREAK_DIRECTION_LABELS) as TieBreakDirection[]).find(
    (d) => foldCase(TIE_BREAK_DIRECTION_LABELS[d]) === wanted,
  );
  if (found !== undefined) return parsedValue(found);
  const accepted = Object.values(TIE_BREAK_DIRECTION_LABELS)
    .map((l) => `"${l}"`)
    .join(', ');
  return parseError(
    `"${normaliseText(text)}" không phải chiều hợp lệ; hãy chọn một trong: ${accepted}`,
    `"${normaliseText(text)}" is not an accepted direction; choose one of: ${accepted}`,
  );
}
