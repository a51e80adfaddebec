import { CAMPAIGN_FIELDS, CAMPAIGN_HEADERS, TABLE_SHEETS, TABLES } from '../../contract';
import { makeIssue } from '../../issues';
import type { IssueCode, IssueParams } from '../../issues';
import type { Issue, Severity } from '../../model';

/** Where an issue points: table, 1-based data row, header text, and for the Campaign table the field. */
export interface Place {
  table: string;
  row: number | null;
  column: string | null;
  /** Field label of the field / value `Campaign` table, which officers find by label, not by row. */
  field?: string;
}

interface TableWording {
  vi: string;
  en: string;
}

/**
 * How to name each table to an officer; its sheet comes from TABLE_SHEETS.
 */
const TABLE_WORDING: Record<string, TableWording> = {
  [TABLES.campaign]: { vi: 'thông tin phong trào', en: 'campaign details' },
  [TABLES.phases]: { vi: 'các đợt thi đua', en: 'phases' },
  [TABLES.settings]: { vi: 'tham số', en: 'settings' },
  [TABLES.clusters]: { vi: 'danh sách cụm', en: 'cluster list' },
  [TABLES.units]: { vi: 'danh sách đơn vị', en: 'unit list' },
  [TABLES.titles]: { vi: 'danh mục danh hiệu', en: 'title catalogue' },
  [TABLES.criteria]: { vi: 'bảng tiêu chí', en: 'criteria' },
  [TABLES.bands]: { vi: 'bảng xếp hạng theo mức điểm', en: 'rank bands' },
  [TABLES.tieBreaks]: { vi: 'tiêu chí phụ', en: 'tie-break chain' },
  [TABLES.registrations]: { vi: 'danh sách đăng ký', en: 'registrations' },
  [TABLES.scores]: { vi: 'bảng chấm điểm', en: 'reviewed scores' },
  [TABLES.selfScores]: { vi: 'bảng tự chấm', en: 'self-scores' },
};

/**
 * The sheet a table sits on, as the messages name it.
 * @param table - a table name from TABLES
 * @returns the Vietnamese sheet name, or null for a table validation never points at
 * @example
 * sheetOf('Registrations') //=> 'Đăng ký'
 */
export function sheetOf(table: string): string | null {
  return TABLE_WORDING[table] ? (TABLE_SHEETS[table] ?? null) : null;
}

/**
 * Words a place for a Vietnamese message: sheet, table, row, column.
 * @param place - where the issue points
 * @returns e.g. `Trang "Đăng ký", danh sách đăng ký (bảng Registrations), dòng thứ 5, cột "Mã danh hiệu"`
 * @example
 * placeVi({ table: 'Units', row: 2, column: 'Mã cụm' })
 * //=> 'Trang "Danh mục", danh sách đơn vị (bảng Units), dòng thứ 2, cột "Mã cụm"'
 */
export function placeVi(place: Place): string {
  const wording = TABLE_WORDING[place.table];
  const parts = wording
    ? [`Trang "${TABLE_SHEETS[place.table] ?? place.table}"`, `${wording.vi} (bảng ${place.table})`]
    : [`Bảng ${place.table}`];
  if (place.field !== undefined) parts.push(`dòng "${place.field}"`);
  else {
    if (place.row !== null) parts.push(`dòng thứ ${place.row}`);
    if (place.column !== null) parts.push(`cột "${place.column}"`);
  }
  return parts.join(', ');
}

/**
 * Words a place for an English message; sheet, field and header names stay Vietnamese, as in the file.
 * @param place - where the issue points
 * @returns e.g. `Sheet "Đăng ký", registrations (table Registrations), row 5, column "Mã danh hiệu"`
 * @example
 * placeEn({ table: 'Units', row: 2, column: 'Mã cụm' })
 * //=> 'Sheet "Danh mục", unit list (table Units), row 2, column "Mã cụm"'
 */
export function placeEn(place: Place): string {
  const wording = TABLE_WORDING[place.table];
  const parts = wording
    ? [`Sheet "${TABLE_SHEETS[place.table] ?? place.table}"`, `${wording.en} (table ${place.table})`]
    : [`Table ${place.table}`];
  if (place.field !== undefined) parts.push(`field "${place.field}"`);
  else {
    if (place.row !== null) parts.push(`row ${place.row}`);
    if (place.column !== null) parts.push(`column "${place.column}"`);
  }
  return parts.join(', ');
}

/**
 * The place of one field of the field / value `Campaign` table. Its rows follow CAMPAIGN_FIELDS,
 * the display order the contract gives them.
 * @param field - the model field
 * @returns the place, naming the field by its label
 * @example
 * campaignFieldPlace('start') //=> { table: 'Campaign', row: 8, column: 'Giá trị', field: 'Ngày bắt đầu' }
 */
export function campaignFieldPlace(field: keyof typeof CAMPAIGN_FIELDS): Place {
  return {
    table: TABLES.campaign,
    row: Object.keys(CAMPAIGN_FIELDS).indexOf(field) + 1,
    column: CAMPAIGN_HEADERS.value,
    field: CAMPAIGN_FIELDS[field],
  };
}

/** Catalogue codes whose messages start with the place they point at. */
export type PlacedCode = {
  [K in IssueCode]: IssueParams<K> extends { at: string; atEn: string } ? K : never;
}[IssueCode];

/** Parameters of a placed code, without the place wording that {@link issueAt} adds. */
export type PlacedParams<K extends PlacedCode> = Omit<IssueParams<K>, 'at' | 'atEn'>;

/**
 * Builds an issue of the catalogue that points at `place`, wording the place into both messages.
 * @param code - a catalogue code whose messages take `at` / `atEn`
 * @param params - the other values the message names
 * @param place - table, row, column (and field) the issue points at
 * @param severity - overrides the catalogue's severity where a setting decides it
 * @returns the issue
 * @example
 * issueAt('REGISTRATION_DATE_MISSING', {}, { table: 'Registrations', row: 3, column: 'Ngày đăng ký' })
 */
export function issueAt<K extends PlacedCode>(
  code: K,
  params: PlacedParams<K>,
  place: Place,
  severity?: Severity,
): Issue {
  // Omit<P, …> & the place words is P itself; TypeScript cannot see that through the generic.
  const full = { ...params, at: placeVi(place), atEn: placeEn(place) } as unknown as IssueParams<K>;
  return makeIssue(code, full, { table: place.table, row: place.row, column: place.column }, severity);
}
