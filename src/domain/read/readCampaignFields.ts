import { CAMPAIGN_FIELDS, CAMPAIGN_HEADERS, META_HEADERS, META_KEYS, TABLES } from '../contract';
import { ruleSetIdOf } from '../rules/ruleSets';
import { makeIssue } from '../issues';
import type { Campaign, Issue } from '../model';
import type { WorkbookData } from '../workbook';
import type { CellAt } from './_lib/at';
import { expectedSheet } from './_lib/at';
import type { Reading } from './_lib/reading';
import { hasError } from './_lib/reading';
import { foldCase } from '../cellCodecs/text';
import type { CellKind, CellOutput } from './cells';
import { readCell } from './cells';
import { findTable, readTableRows } from './tableRows';

/** The fields of the Campaign table: the part of the campaign that is not a list. */
export type CampaignFields = Pick<Campaign, keyof typeof CAMPAIGN_FIELDS>;

type FieldKey = keyof typeof CAMPAIGN_FIELDS;

interface FieldSpec<K extends CellKind> {
  kind: K;
  /** Without it the campaign cannot be built: its dates, year, kind and scale. */
  required: boolean;
  /** The model's value when the cell is blank and the field is not required. */
  blank: (value: CellOutput<K>) => CampaignFields[FieldKey];
}

function field<K extends CellKind>(
  kind: K,
  required: boolean,
  blank: (value: CellOutput<K>) => CampaignFields[FieldKey],
): FieldSpec<K> {
  return { kind, required, blank };
}

/** How each field's value cell is read; the labels are the contract's CAMPAIGN_FIELDS. */
const FIELDS: { [F in FieldKey]: FieldSpec<CellKind> } = {
  id: field('code', false, (v) => v),
  name: field('text', false, (v) => v),
  issuer: field('text', false, (v) => v),
  planNumber: field('text', false, (v) => v),
  issueDate: field('date', false, (v) => v),
  year: field('number', true, (v) => v),
  theme: field('text', false, (v) => v),
  kind: field('campaignKind', true, (v) => v),
  start: field('date', true, (v) => v),
  end: field('date', true, (v) => v),
  registrationDeadline: field('date', false, (v) => v),
  scale: field('number', true, (v) => v),
  // The sheet shows the rule set by its legal name; an id (an older workbook, a file typed by hand) reads too.
  ruleSet: field('code', false, (v) => (v === '' ? null : ruleSetIdOf(v))),
  sampleData: field('yesNo', false, (v) => v ?? false),
  // Left out of the campaign when blank: the documents then show dotted blanks to fill by hand.
  place: field('text', false, (v) => (v === '' ? undefined : v)),
  signerTitle: field('text', false, (v) => (v === '' ? undefined : v)),
  signerName: field('text', false, (v) => (v === '' ? undefined : v)),
  meetingDate: field('date', false, (v) => v ?? undefined),
  meetingTime: field('text', false, (v) => (v === '' ? undefined : v)),
  meetingPlace: field('text', false, (v) => (v === '' ? undefined : v)),
  ballotKind: field('text', false, (v) => (v === '' ? undefined : v)),
};

const SPEC = {
  field: { header: CAMPAIGN_HEADERS.field, kind: 'code', required: true },
  value: { header: CAMPAIGN_HEADERS.value, kind: 'raw', required: true },
} as const;

/**
 * Reads the Campaign table (field / value rows, fields found by their label in any order). Rows the
 * officer added with other labels are ignored; a label given twice keeps its first row.
 * @param data - what the host read back
 * @returns the campaign's fields; null and unusable when the table, a column or a required value is
 *   missing or a value cannot be read
 * @example
 * readCampaignFields(data).value.year // 2018
 */
export function readCampaignFields(data: WorkbookData): Reading<CampaignFields | null> {
  const table = readTableRows(data, TABLES.campaign, SPEC, 'required');
  if (!table.usable) return { value: null, issues: table.issues, usable: false };
  const sheet = findTable(data, TABLES.campaign)?.sheet ?? expectedSheet(TABLES.campaign);
  const issues: Issue[] = [...table.issues];
  const keys = Object.keys(FIELDS) as FieldKey[];
  const byLabel = new Map(keys.map((k) => [foldCase(CAMPAIGN_FIELDS[k]), k]));
  const seen = new Map<FieldKey, number>();
  const values: Partial<Record<FieldKey, unknown>> = {};
  let usable = true;

  for (const { row, cells } of table.rows) {
    const key = byLabel.get(foldCase(cells.field));
    if (key === undefined) continue;
    const label = CAMPAIGN_FIELDS[key];
    const at: CellAt = { sheet, table: TABLES.campaign, row, column: CAMPAIGN_HEADERS.value, field: label };
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(
        makeIssue(
          'VALUE_DUPLICATE',
          { field: label, firstRow: first },
          { ...at, column: CAMPAIGN_HEADERS.field },
        ),
      );
      continue;
    }
    seen.set(key, row);
    const spec = FIELDS[key];
    const read = readCell(spec.kind, cells.value, at);
    if (read.issue) {
      issues.push(read.issue);
      if (read.issue.severity === 'error' && spec.required) usable = false;
    }
    const empty = read.value === null || read.value === '';
    if (empty && spec.required) {
      if (!read.issue) {
        issues.push(makeIssue('VALUE_REQUIRED', { field: label }, at));
      }
      usable = false;
    }
    values[key] = spec.blank(read.value);
  }

  for (const key of keys.filter((k) => FIELDS[k].required && !seen.has(k))) {
    issues.push(
      makeIssue(
        'VALUE_REQUIRED',
        { field: CAMPAIGN_FIELDS[key] },
        { sheet, table: TABLES.campaign, row: null, column: CAMPAIGN_HEADERS.field },
      ),
    );
    usable = false;
  }
  // Any other unreadable field is an error too: the campaign would carry a value nobody typed.
  if (!usable || hasError(issues)) return { value: null, issues, usable: false };

  const blankOf = (key: FieldKey): unknown =>
    FIELDS[key].blank(readCell(FIELDS[key].kind, null, blankAt).value);
  // The id is kept in the hidden Meta table; a workbook whose Campaign table still shows it reads it there.
  if (!seen.has('id')) values.id = metaCampaignId(data);
  const fields = Object.fromEntries(keys.map((k) => [k, k in values ? values[k] : blankOf(k)]));
  return { value: fields as CampaignFields, issues, usable: true };
}

const META_SPEC = {
  key: { header: META_HEADERS.key, kind: 'code', required: true },
  value: { header: META_HEADERS.value, kind: 'code', required: true },
} as const;

/**
 * The campaign's id as the hidden Meta table keeps it, or blank when the table or the row is not
 * there (a workbook made by hand has no id, and needs none).
 */
function metaCampaignId(data: WorkbookData): string {
  const meta = readTableRows(data, TABLES.meta, META_SPEC, 'optional');
  const row = meta.rows.find(({ cells }) => cells.key === META_KEYS.campaignId);
  return row?.cells.value ?? '';
}

const blankAt: CellAt = { sheet: '', table: TABLES.campaign, row: 0, column: CAMPAIGN_HEADERS.value };
