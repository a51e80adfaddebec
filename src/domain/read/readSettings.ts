import {
  REGISTRATION_CHECK_LABELS,
  REVIEW_METHOD_LABELS,
  SETTING_KEYS,
  SETTINGS_HEADERS,
  TABLES,
} from '../contract';
import { makeIssue } from '../issues';
import type { AwardRules, Issue, Settings } from '../model';
import type { WorkbookData } from '../workbook';
import type { CellAt } from './_lib/at';
import { expectedSheet } from './_lib/at';
import type { Reading } from './_lib/reading';
import { hasError } from './_lib/reading';
import { foldCase } from '../cellCodecs/text';
import type { CellKind } from './cells';
import { readCell } from './cells';
import { formatLabel } from '../cellCodecs';
import { settingTitle } from '../displayNames';
import { findTable, readTableRows } from './tableRows';

/** A key of the Settings table. */
export type SettingKey = (typeof SETTING_KEYS)[number];

/** Everything the Settings table sets: the thresholds and the flag rules. */
export type SettingValues = Settings & Omit<AwardRules, 'bands'>;

/**
 * What the settings are worth when the Settings table does not say, for a caller that has no rule
 * set at hand: the self-score gap is 5% of the scale, two decimals, one flag per cluster, no minimum
 * for the flag. Registration was a legal condition until the 2022 law took effect on 01/01/2024
 * (Law 06/2022/QH15 Art. 7), optional since.
 * @param year - the campaign's year
 * @param scale - total points of the scoring table
 * @returns the fallback settings
 * @example
 * fallbackSettings(2018, 200) // { selfReviewGap: 10, precision: 2, registrationCheck: 'required', flagsPerCluster: 1, flagTitle: '', flagMinScore: null }
 */
export function fallbackSettings(year: number, scale: number): SettingValues {
  return {
    selfReviewGap: (scale * 5) / 100,
    precision: 2,
    registrationCheck: year < 2024 ? 'required' : 'optional',
    flagsPerCluster: 1,
    flagTitle: '',
    flagMinScore: null,
  };
}

/**
 * Kind of each setting's value cell; a blank flagMinScore means "no minimum", a value in itself. A setting
 * added after workbooks were made (`addedLater`) may be missing from them without a word: its default holds.
 */
const KINDS: Readonly<Record<SettingKey, { kind: CellKind; blankIsValue: boolean; addedLater?: true }>> = {
  selfReviewGap: { kind: 'number', blankIsValue: false },
  precision: { kind: 'number', blankIsValue: false },
  registrationCheck: { kind: 'registrationCheck', blankIsValue: false },
  flagsPerCluster: { kind: 'number', blankIsValue: false },
  flagTitle: { kind: 'code', blankIsValue: false },
  flagMinScore: { kind: 'number', blankIsValue: true },
  flagBand: { kind: 'code', blankIsValue: true, addedLater: true },
  reviewMethod: { kind: 'reviewMethod', blankIsValue: true, addedLater: true },
  reviewSpread: { kind: 'number', blankIsValue: true, addedLater: true },
};

/** Settings whose blank is no value at all: left out of the campaign, their default (none, the mean) holds. */
const BLANK_LEFT_OUT: ReadonlySet<SettingKey> = new Set(['flagBand', 'reviewMethod', 'reviewSpread']);

const SPEC = {
  key: { header: SETTINGS_HEADERS.key, kind: 'code', required: true },
  label: { header: SETTINGS_HEADERS.label, kind: 'text', required: false },
  value: { header: SETTINGS_HEADERS.value, kind: 'raw', required: true },
} as const;

/** A setting's default as its message names it, in both languages (labels stay as the cell shows them). */
function shownDefault(value: SettingValues[SettingKey]): { value: string; valueEn: string } {
  if (value === null || value === undefined || value === '')
    return { value: '(không có)', valueEn: '(none)' };
  if (typeof value === 'number') return { value: String(value), valueEn: String(value) };
  const shown =
    value in REGISTRATION_CHECK_LABELS
      ? `"${formatLabel(REGISTRATION_CHECK_LABELS, value as Settings['registrationCheck'])}"`
      : value in REVIEW_METHOD_LABELS
        ? `"${formatLabel(REVIEW_METHOD_LABELS, value as keyof typeof REVIEW_METHOD_LABELS)}"`
        : `"${value}"`;
  return { value: shown, valueEn: shown };
}

/**
 * Reads the Settings table (key / label / value / source rows, found by key in any order). A
 * missing or blank setting takes its default with a warning; an unknown key is ignored with a warning.
 * @param data - what the host read back
 * @param defaults - the defaults of the campaign's rule set
 * @returns every setting; unusable when the table or a column is missing or a value cannot be read
 * @example
 * readSettings(data, fallbackSettings(2018, 100)).value.precision // 2
 */
export function readSettings(data: WorkbookData, defaults: SettingValues): Reading<SettingValues> {
  const table = readTableRows(data, TABLES.settings, SPEC, 'required');
  if (!table.usable) return { value: defaults, issues: table.issues, usable: false };
  const sheet = findTable(data, TABLES.settings)?.sheet ?? expectedSheet(TABLES.settings);
  const issues: Issue[] = [...table.issues];
  const byKey = new Map(SETTING_KEYS.map((k) => [foldCase(k), k]));
  const values: Record<string, unknown> = {};
  const seen = new Map<SettingKey, number>();

  for (const { row, cells } of table.rows) {
    const key = byKey.get(foldCase(cells.key));
    const at: CellAt = {
      sheet,
      table: TABLES.settings,
      row,
      column: SETTINGS_HEADERS.value,
      // Officers find a setting's row by its label; the key column is the workbook's, not theirs.
      field: cells.label !== '' ? cells.label : key === undefined ? cells.key : settingTitle(key).vi,
    };
    // A key that is unknown or given twice points at the key cell; the message names the row by its label.
    const keyCell = { ...at, column: SETTINGS_HEADERS.key };
    if (key === undefined) {
      issues.push(makeIssue('SETTING_UNKNOWN', { key: cells.key }, keyCell));
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(makeIssue('VALUE_DUPLICATE', { field: at.field ?? key, firstRow: first }, keyCell));
      continue;
    }
    seen.set(key, row);
    const spec = KINDS[key];
    const read = readCell(spec.kind, cells.value, at);
    if (read.issue) issues.push(read.issue);
    const blank = read.value === null || read.value === '';
    // A blank band condition is no condition: left out rather than kept as ''.
    if (BLANK_LEFT_OUT.has(key)) {
      if (!blank) values[key] = read.value;
    } else if (!blank || spec.blankIsValue) values[key] = read.value;
    else if (!read.issue) {
      issues.push(makeIssue('SETTING_MISSING', { key, ...shownDefault(defaults[key]) }, at));
    }
  }

  for (const key of SETTING_KEYS.filter((k) => !seen.has(k) && KINDS[k].addedLater !== true)) {
    const where = { sheet, table: TABLES.settings, row: null, column: SETTINGS_HEADERS.key };
    const params = { key, ...shownDefault(defaults[key]) };
    issues.push(makeIssue('SETTING_MISSING', params, where));
  }
  const value = { ...defaults, ...values } as SettingValues;
  return { value, issues, usable: !hasError(issues) };
}
