/**
 * The lock record ("Chốt kết quả"), kept as key / value rows of the `Meta` table on the very hidden sheet:
 * the day, who, the tables locked, a snapshot of every locked value and a SHA-256 fingerprint over all of
 * it. The domain builds and reads the record and says which texts are digested; the digest itself is
 * computed by the caller (Web Crypto), which the domain, pure and synchronous, does not reach.
 */
import { META_HEADERS, META_KEYS, META_LOCK_PREFIX, TABLES } from '../contract';
import { isIsoDate } from '../dates';
import type { IsoDate } from '../model';
import { tableTitle } from '../displayNames';
import { findTable, headerKey } from '../read';
import type { CellValue, WorkbookData } from '../workbook';
import type { LockedTable } from './canonical';

/** SHA-256 of a text, as lowercase hex; given by the caller (Web Crypto in browsers and Node). */
export type Digest = (text: string) => Promise<string>;

/** Characters of a row's digest kept beside its values: enough to tell an edited row, short in the cell. */
export const ROW_DIGEST_LENGTH = 16;

/** Who locked the results, and when. */
export interface LockSigner {
  at: IsoDate;
  by: string;
}

/** An unlocking, as recorded. */
export interface UnlockEntry extends LockSigner {
  reason: string;
  /** The lock it opened. */
  lockedAt: string;
  lockedBy: string;
  fingerprint: string;
}

/** One row of the snapshot as stored: which locked row, its values and its digest, and its `Meta` row. */
export interface StoredRow {
  table: string;
  /** 1-based data row of the locked table. */
  row: number;
  values: string[];
  digest: string;
  /** 1-based data row of `Meta` holding it. */
  metaRow: number;
}

/** Where a field of the record sits in `Meta`, for a message that names it. */
export interface RecordField {
  key: string;
  value: string;
  /** 1-based data row of `Meta`. */
  metaRow: number;
}

/** Something in the lock record that cannot have come from the lock itself. */
export interface RecordProblem {
  /** 1-based data row of `Meta`, or null when the row is missing. */
  metaRow: number | null;
  /** What is wrong, in Vietnamese. */
  detail: string;
}

/** The lock record as read from `Meta`. */
export type LockReading =
  /** No lock has ever been made, or the last one was opened as recorded. */
  | { state: 'open'; unlocks: UnlockEntry[]; problems: RecordProblem[] }
  | {
      state: 'locked';
      signer: LockSigner;
      fingerprint: RecordField;
      tables: LockedTable[];
      rows: StoredRow[];
      unlocks: UnlockEntry[];
      /** What is malformed (unreadable, missing): found without digesting anything. */
      problems: RecordProblem[];
    };

/**
 * The texts the fingerprint covers, in order: the state, day, who and tables, then each table's place
 * and headers, then every row. A change to any of them changes the fingerprint.
 * @param signer - who locked, and when
 * @param tables - the locked tables
 * @returns the text to digest for the fingerprint
 * @example
 * ```ts
 * fingerprintText({ at: '2021-12-15', by: 'An' }, []).split('\n')[0]; //=> 'lockState\tlocked'
 * ```
 */
export function fingerprintText(signer: LockSigner, tables: readonly LockedTable[]): string {
  const lines = [
    `${META_KEYS.lockState}\tlocked`,
    `${META_KEYS.lockedAt}\t${signer.at}`,
    `${META_KEYS.lockedBy}\t${signer.by.normalize('NFC')}`,
    `${META_KEYS.lockTables}\t${tables.map((t) => t.table).join(',')}`,
  ];
  for (const t of tables) lines.push(tableHeadText(t));
  for (const t of tables) t.rows.forEach((values, i) => lines.push(rowText(t.table, i + 1, values)));
  return lines.join('\n');
}

function tableHeadText(t: LockedTable): string {
  return `#${t.table}\t${JSON.stringify(tableHead(t))}`;
}

function tableHead(t: LockedTable): {
  sheet: string;
  row: number;
  col: number;
  headers: string[];
  rows: number;
} {
  return { sheet: t.sheet, row: t.origin.row, col: t.origin.col, headers: t.headers, rows: t.rows.length };
}

/**
 * The text of one locked row, digested to tell which stored row was edited.
 * @param table - the table's name
 * @param row - 1-based data row
 * @param values - its canonical values
 * @returns the text to digest
 * @example
 * ```ts
 * rowText('Scores', 2, ['s:VP', 'n:8']); //=> 'Scores\t2\t["s:VP","n:8"]'
 * ```
 */
export function rowText(table: string, row: number, values: readonly string[]): string {
  return `${table}\t${row}\t${JSON.stringify(values)}`;
}

/**
 * The `Meta` rows of a lock: its fields, then each table's place and each row's values with the row's digest.
 * @param signer - who locked, and when
 * @param tables - the locked tables
 * @param digest - SHA-256 as hex
 * @returns key / value rows to write after the rows `Meta` keeps
 * @example
 * ```ts
 * const rows = await lockRows({ at: '2021-12-15', by: 'An' }, [], async () => 'ab'.repeat(32));
 * rows[0]; //=> ['lockState', 'locked']
 * ```
 */
export async function lockRows(
  signer: LockSigner,
  tables: readonly LockedTable[],
  digest: Digest,
): Promise<[string, string][]> {
  const snapshot: [string, string][] = [];
  for (const t of tables)
    snapshot.push([`${META_LOCK_PREFIX.snapshot}${t.table}`, JSON.stringify(tableHead(t))]);
  for (const t of tables) {
    for (const [i, values] of t.rows.entries()) {
      const h = (await digest(rowText(t.table, i + 1, values))).slice(0, ROW_DIGEST_LENGTH);
      snapshot.push([`${META_LOCK_PREFIX.snapshot}${t.table}.${i + 1}`, JSON.stringify({ v: values, h })]);
    }
  }
  return [
    [META_KEYS.lockState, 'locked'],
    [META_KEYS.lockedAt, signer.at],
    [META_KEYS.lockedBy, signer.by.normalize('NFC')],
    [META_KEYS.lockTables, tables.map((t) => t.table).join(',')],
    [META_KEYS.lockFingerprint, await digest(fingerprintText(signer, tables))],
    ...snapshot,
  ];
}

/** The lock's fields as a message names them. */
const FIELD_WORDS = {
  [META_KEYS.lockedAt]: 'ngày chốt',
  [META_KEYS.lockedBy]: 'người chốt',
  [META_KEYS.lockTables]: 'danh sách bảng đã chốt',
  [META_KEYS.lockFingerprint]: 'dấu vân tay',
} as const;

/** The keys a lock writes and an unlock removes (the unlock log stays). */
const LOCK_FIELDS: ReadonlySet<string> = new Set([
  META_KEYS.lockedAt,
  META_KEYS.lockedBy,
  META_KEYS.lockTables,
  META_KEYS.lockFingerprint,
]);

/**
 * Whether a `Meta` key belongs to the lock (its fields and snapshot), which a new lock or an unlock replaces.
 * @param key - a key of `Meta`
 * @returns true for the lock's keys, the state included
 * @example
 * ```ts
 * isLockKey('lock.Scores.3'); //=> true
 * isLockKey('unlock.1'); //=> false
 * ```
 */
export function isLockKey(key: string): boolean {
  return key === META_KEYS.lockState || LOCK_FIELDS.has(key) || key.startsWith(META_LOCK_PREFIX.snapshot);
}

/**
 * The `Meta` row recording an unlocking.
 * @param number - its number among the unlockings, from 1
 * @param entry - who opens it, when and why
 * @returns the key / value row
 * @example
 * ```ts
 * unlockRow(1, { at: '2021-12-20', by: 'Bình', reason: 'Sửa điểm II.1', lockedAt: '2021-12-15', lockedBy: 'An', fingerprint: 'ab' })[0];
 * //=> 'unlock.1'
 * ```
 */
export function unlockRow(number: number, entry: UnlockEntry): [string, string] {
  return [`${META_LOCK_PREFIX.unlock}${number}`, JSON.stringify(entry)];
}

/**
 * The key / value rows of `Meta`, with their data rows.
 * @param data - what a host read
 * @returns each row with a key
 * @example
 * ```ts
 * metaRows({ sheets: [], tables: {} }); //=> []
 * ```
 */
export function metaRows(data: WorkbookData): { key: string; value: CellValue; metaRow: number }[] {
  const table = findTable(data, TABLES.meta);
  if (table === null) return [];
  const keyAt = table.headers.findIndex((h) => headerKey(h) === headerKey(META_HEADERS.key));
  const valueAt = table.headers.findIndex((h) => headerKey(h) === headerKey(META_HEADERS.value));
  if (keyAt < 0 || valueAt < 0) return [];
  return table.rows.flatMap((row, i) => {
    const key = row[keyAt];
    return typeof key === 'string' && key.trim() !== ''
      ? [{ key: key.trim(), value: row[valueAt] ?? null, metaRow: i + 1 }]
      : [];
  });
}

function text(value: CellValue): string {
  return value === null ? '' : String(value);
}

/**
 * Reads the lock record from `Meta`: open, or locked with its signer, fingerprint and snapshot. A record
 * that cannot have been written by the lock (a field missing, a snapshot row unreadable) is read as far
 * as it goes, its problems listed; digests are compared by the caller (see `verifyLockRecord`).
 * @param data - what a host read
 * @returns the reading
 * @example
 * ```ts
 * readLockRecord({ sheets: [], tables: {} }).state; //=> 'open'
 * ```
 */
export function readLockRecord(data: WorkbookData): LockReading {
  const rows = metaRows(data);
  const byKey = new Map(rows.map((r) => [r.key, r] as const));
  const unlocks = rows
    .filter((r) => r.key.startsWith(META_LOCK_PREFIX.unlock))
    .flatMap((r) => {
      const parsed = parseJson(text(r.value));
      return isUnlockEntry(parsed) ? [parsed] : [];
    });
  const state = text(byKey.get(META_KEYS.lockState)?.value ?? null).trim();
  const fingerprint = byKey.get(META_KEYS.lockFingerprint);
  const problems: RecordProblem[] = [];
  if (state !== 'locked') {
    // An open state beside a fingerprint: the state was typed over, not unlocked (an unlock removes it).
    if (fingerprint !== undefined && text(fingerprint.value).trim() !== '') {
      const at = byKey.get(META_KEYS.lockState);
      problems.push({
        metaRow: at?.metaRow ?? null,
        detail:
          'trạng thái chốt đã bị đổi bằng tay: kết quả đã chốt chưa được mở khoá có ghi người mở và lý do',
      });
    }
    return { state: 'open', unlocks, problems };
  }
  const field = (key: keyof typeof FIELD_WORDS): RecordField => {
    const row = byKey.get(key);
    if (row === undefined) problems.push({ metaRow: null, detail: `thiếu dòng ${FIELD_WORDS[key]}` });
    return { key, value: text(row?.value ?? null).trim(), metaRow: row?.metaRow ?? 0 };
  };
  const at = field(META_KEYS.lockedAt);
  const by = field(META_KEYS.lockedBy);
  const names = field(META_KEYS.lockTables);
  const print = field(META_KEYS.lockFingerprint);
  if (at.metaRow > 0 && !isIsoDate(at.value))
    problems.push({ metaRow: at.metaRow, detail: `ngày chốt "${String(at.value)}" không phải một ngày` });
  const tables: LockedTable[] = [];
  const stored: StoredRow[] = [];
  for (const name of names.value.split(',').filter((n) => n !== '')) {
    const headRow = byKey.get(`${META_LOCK_PREFIX.snapshot}${name}`);
    const head = headRow === undefined ? null : parseJson(text(headRow.value));
    if (!isTableHead(head)) {
      problems.push({
        metaRow: headRow?.metaRow ?? null,
        detail: `không đọc được vị trí ${tableTitle(name).vi} đã chốt`,
      });
      continue;
    }
    const locked: LockedTable = {
      table: name,
      sheet: head.sheet,
      origin: { row: head.row, col: head.col },
      headers: head.headers,
      rows: [],
    };
    for (let n = 1; n <= head.rows; n += 1) {
      const row = byKey.get(`${META_LOCK_PREFIX.snapshot}${name}.${n}`);
      const parsed = row === undefined ? null : parseJson(text(row.value));
      if (row === undefined || !isStoredValues(parsed) || parsed.v.length !== head.headers.length) {
        problems.push({
          metaRow: row?.metaRow ?? null,
          detail: `${row === undefined ? 'thiếu' : 'không đọc được'} giá trị đã chốt của dòng ${n}, ${tableTitle(name).vi}`,
        });
        locked.rows.push(head.headers.map(() => ''));
        continue;
      }
      locked.rows.push(parsed.v);
      stored.push({ table: name, row: n, values: parsed.v, digest: parsed.h, metaRow: row.metaRow });
    }
    tables.push(locked);
  }
  return {
    state: 'locked',
    signer: { at: at.value, by: by.value },
    fingerprint: print,
    tables,
    rows: stored,
    unlocks,
    problems,
  };
}

/**
 * Compares the record with its digests: a snapshot row whose digest no longer matches was edited by hand
 * (named by its `Meta` row); a fingerprint that no longer matches while every row does means the day, who,
 * the state or the tables' places were edited.
 * @param reading - a locked reading
 * @param digest - SHA-256 as hex
 * @returns the problems: the reading's own, then the digests'
 * @example
 * ```ts
 * await verifyLockRecord({ state: 'open', unlocks: [], problems: [] }, digest); //=> []
 * ```
 */
export async function verifyLockRecord(reading: LockReading, digest: Digest): Promise<RecordProblem[]> {
  if (reading.state === 'open') return reading.problems;
  const problems = [...reading.problems];
  let rowsEdited = false;
  for (const row of reading.rows) {
    const expected = (await digest(rowText(row.table, row.row, row.values))).slice(0, ROW_DIGEST_LENGTH);
    if (expected !== row.digest) {
      rowsEdited = true;
      problems.push({
        metaRow: row.metaRow,
        detail: `giá trị đã chốt của dòng ${row.row}, ${tableTitle(row.table).vi} đã bị sửa`,
      });
    }
  }
  const whole = await digest(fingerprintText(reading.signer, reading.tables));
  if (!rowsEdited && problems.length === 0 && whole !== reading.fingerprint.value) {
    problems.push({
      metaRow: reading.fingerprint.metaRow || null,
      detail: 'ngày chốt, người chốt, danh sách bảng hoặc dấu vân tay đã bị sửa',
    });
  }
  return problems;
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isTableHead(
  value: unknown,
): value is { sheet: string; row: number; col: number; headers: string[]; rows: number } {
  return (
    isRecord(value) &&
    typeof value.sheet === 'string' &&
    Number.isInteger(value.row) &&
    Number.isInteger(value.col) &&
    isStrings(value.headers) &&
    Number.isInteger(value.rows)
  );
}

function isStoredValues(value: unknown): value is { v: string[]; h: string } {
  return isRecord(value) && isStrings(value.v) && typeof value.h === 'string';
}

function isUnlockEntry(value: unknown): value is UnlockEntry {
  return (
    isRecord(value) &&
    ['at', 'by', 'reason', 'lockedAt', 'lockedBy', 'fingerprint'].every((k) => typeof value[k] === 'string')
  );
}
