/**
 * Stage 5, the council: locking the results ("Chốt kết quả"), unlocking them with a recorded reason, and
 * finding every cell changed since the lock. The record lives in `Meta` (see `domain/lock`); the
 * fingerprint is SHA-256 by Web Crypto, which browsers and Node 20 both give, so the pane and the command
 * line seal and check a lock the same way without a hand-written hash.
 */
import { LOCKED_TABLES, META_HEADERS, META_KEYS, TABLES } from '../domain/contract';
import { formatDateVi, serialOfUtcTime, serialToIso } from '../domain/dates';
import { cellWords, makeIssue } from '../domain/issues';
import {
  isLockKey,
  lockChanges,
  lockedValueWords,
  lockRows,
  metaRows,
  readLockRecord,
  snapshotTables,
  unlockRow,
  verifyLockRecord,
  type LockChange,
  type LockReading,
  type LockSigner,
  type RecordProblem,
  type UnlockEntry,
} from '../domain/lock';
import type { Issue, IsoDate } from '../domain/model';
import type { CellValue, WorkbookData } from '../domain/workbook';
import type { WorkbookHost } from '../layout/host';
import { readBook } from './book';
import { layOutAgain } from './plan';
import { checkedIssues, countIssues, type CheckedIssue, type IssueCounts } from './issues';
import { heldUnits, rankBook } from './scores';

/**
 * SHA-256 of a text (UTF-8) as lowercase hex, by Web Crypto.
 * @param text - the text
 * @returns 64 hex digits
 * @example
 * await sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const hash = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Why the results could not be locked or unlocked; nothing was written. */
export type LockRefusal =
  | { kind: 'noWriter' }
  | { kind: 'noCampaign' }
  | { kind: 'alreadyLocked'; signer: LockSigner }
  | { kind: 'notLocked' }
  | { kind: 'held'; units: string[] }
  | { kind: 'recordEdited'; issues: Issue[] }
  | { kind: 'noReason' };

/** What locking or unlocking did. */
export type LockOutcome =
  | { done: true; signer: LockSigner; fingerprint: string; tables: string[]; cells: number }
  | { done: false; refusal: LockRefusal };

/** The state of a workbook's lock, and every issue it raises. */
export interface LockStatus {
  reading: LockReading;
  /** Cells changed since the lock; empty when open. */
  changes: LockChange[];
  /** Hand edits of the record. */
  problems: RecordProblem[];
  /** Both as issues of the catalogue (errors), placed in the workbook: record edits first. */
  issues: CheckedIssue[];
}

/**
 * The lock of a workbook and what it finds: every cell changed since the lock, every hand edit of the record.
 * @param data - what a host read
 * @returns the lock's state and its issues
 * @example
 * (await lockStatus(await host.read())).issues[0]?.message
 * // 'Kết quả chốt ngày 15/12/2021 đã bị sửa: Chấm điểm!F7 từ 8 thành 9. …'
 */
export async function lockStatus(data: WorkbookData): Promise<LockStatus> {
  const reading = readLockRecord(data);
  const problems = await verifyLockRecord(reading, sha256Hex);
  const changes = reading.state === 'locked' ? lockChanges(reading.tables, data) : [];
  const issues: Issue[] = problems.map((problem) => recordIssue(data, problem));
  if (reading.state === 'locked') {
    const lockedOn = formatDateVi(reading.signer.at);
    for (const change of changes) {
      const issue = makeIssue(
        'LOCKED_VALUE_CHANGED',
        {
          lockedOn,
          by: reading.signer.by,
          cell: cellWords(change.sheet, change.cell),
          before: lockedValueWords(change.before),
          after: lockedValueWords(change.after),
        },
        { table: change.table, row: change.row, column: change.column },
      );
      issues.push({ ...issue, sheet: change.sheet, cell: change.cell });
    }
  }
  return { reading, changes, problems, issues: checkedIssues(issues, data) };
}

function recordIssue(data: WorkbookData, problem: RecordProblem): Issue {
  const issue = makeIssue(
    'LOCK_RECORD_EDITED',
    { detail: problem.detail },
    {
      table: TABLES.meta,
      row: problem.metaRow,
      column: problem.metaRow === null ? null : META_HEADERS.value,
    },
  );
  const meta = data.tables[TABLES.meta];
  return meta === undefined ? issue : { ...issue, sheet: meta.sheet };
}

/** The rows `Meta` keeps whatever the lock does: everything but the lock's own keys. */
function keptMetaRows(data: WorkbookData): [string, CellValue][] {
  return metaRows(data)
    .filter((row) => !isLockKey(row.key))
    .map((row) => [row.key, row.value]);
}

async function writeMeta(host: WorkbookHost, rows: readonly (readonly [string, CellValue])[]): Promise<void> {
  if (host.writeRows === undefined) throw new Error('host cannot write rows');
  await host.writeRows([
    {
      table: TABLES.meta,
      headers: [META_HEADERS.key, META_HEADERS.value],
      rows: rows.map(([k, v]) => [k, v]),
    },
  ]);
}

/**
 * Locks the results: the values of every table of `LOCKED_TABLES` the workbook holds, the day and who,
 * sealed by a SHA-256 fingerprint, written into `Meta`. Refused, with nothing written, when the host
 * cannot write rows, when the results are held by a score error (results on wrong input are not results),
 * when already locked, or when the record was edited by hand.
 * @param host - the workbook's host (it must offer `writeRows`)
 * @param signer - who locks, and the day
 * @returns what was locked, or why not
 * @example
 * await lockResults(host, { at: '2021-12-15', by: 'Nguyễn Văn An' })
 */
export async function lockResults(host: WorkbookHost, signer: LockSigner): Promise<LockOutcome> {
  if (host.writeRows === undefined) return { done: false, refusal: { kind: 'noWriter' } };
  const data = await host.read();
  const book = readBook(data);
  if (book.campaign === null) return { done: false, refusal: { kind: 'noCampaign' } };
  const status = await lockStatus(data);
  if (status.problems.length > 0)
    return { done: false, refusal: { kind: 'recordEdited', issues: status.issues } };
  if (status.reading.state === 'locked')
    return { done: false, refusal: { kind: 'alreadyLocked', signer: status.reading.signer } };
  const held = heldUnits(rankBook(book).rankings);
  if (held.length > 0) return { done: false, refusal: { kind: 'held', units: held.map((u) => u.name) } };
  const tables = snapshotTables(data, LOCKED_TABLES);
  const rows = await lockRows(signer, tables, sha256Hex);
  await writeMeta(host, [...keptMetaRows(data), ...rows]);
  const fingerprint = rows.find(([key]) => key === META_KEYS.lockFingerprint)?.[1] ?? '';
  return {
    done: true,
    signer,
    fingerprint,
    tables: tables.map((t) => t.table),
    cells: tables.reduce((sum, t) => sum + t.rows.length * t.headers.length, 0),
  };
}

/**
 * Unlocks the results, recording who, the day and why beside the lock it opens; the snapshot is removed
 * and the tables may be edited again. Refused without a reason, or when nothing is locked.
 * @param host - the workbook's host (it must offer `writeRows`)
 * @param signer - who unlocks, and the day
 * @param reason - why, as the council decided
 * @returns the lock opened, or why not
 * @example
 * await unlockResults(host, { at: '2021-12-20', by: 'Trần Thị Bình' }, 'Sửa điểm tiêu chí II.1 theo biên bản')
 */
export async function unlockResults(
  host: WorkbookHost,
  signer: LockSigner,
  reason: string,
): Promise<LockOutcome> {
  if (host.writeRows === undefined) return { done: false, refusal: { kind: 'noWriter' } };
  if (reason.trim() === '') return { done: false, refusal: { kind: 'noReason' } };
  const data = await host.read();
  const reading = readLockRecord(data);
  if (reading.state !== 'locked') return { done: false, refusal: { kind: 'notLocked' } };
  const entry: UnlockEntry = {
    at: signer.at,
    by: signer.by.normalize('NFC'),
    reason: reason.trim().normalize('NFC'),
    lockedAt: reading.signer.at,
    lockedBy: reading.signer.by,
    fingerprint: reading.fingerprint.value,
  };
  await writeMeta(host, [
    ...keptMetaRows(data),
    [META_KEYS.lockState, 'open'],
    unlockRow(reading.unlocks.length + 1, entry),
  ]);
  return {
    done: true,
    signer,
    fingerprint: reading.fingerprint.value,
    tables: reading.tables.map((t) => t.table),
    cells: 0,
  };
}

/**
 * A check's result with the lock's issues first: every cell changed since the results were locked and
 * every hand edit of the record, errors the council must see before anything else; and the lock itself,
 * who locked and when.
 * @param result - a check's result
 * @param data - the workbook the check read
 * @returns the same result, its issues and counts including the lock's, its `lock` read
 * @example
 * const checked = await withLockIssues(scoreCheck(rankBook(book)), book.data);
 */
export async function withLockIssues<
  R extends { issues: CheckedIssue[]; counts: IssueCounts; lock: LockView | null },
>(result: R, data: WorkbookData): Promise<R> {
  const lock = await lockView(data);
  if (lock.issues.length === 0) return { ...result, lock };
  const all = [...lock.issues, ...result.issues];
  return { ...result, issues: all, counts: countIssues(all), lock };
}

/**
 * Today, as the officer's computer counts days: the day a lock or an unlock is recorded on.
 * @param now - the moment (default: now)
 * @returns the ISO date
 * @example
 * todayIso(new Date(2021, 11, 15, 9, 30)) // '2021-12-15'
 */
export function todayIso(now: Date = new Date()): IsoDate {
  return serialToIso(serialOfUtcTime(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()))) ?? '';
}

/** One cell changed since the results were locked, in the officer's words. */
export interface ChangedCell {
  /** `Chấm điểm!F7`. */
  cell: string;
  sheet: string;
  /** A1 address on its sheet. */
  address: string;
  before: string;
  after: string;
}

/** The lock as the pane shows it: who locked and when, what changed since, the last unlock. */
export interface LockView {
  locked: boolean;
  /** Who locked, and the day as dd/mm/yyyy; null when open. */
  by: string | null;
  on: string | null;
  /** Every cell changed since the lock. */
  changes: ChangedCell[];
  /** The last unlock recorded (who, dd/mm/yyyy, why), or null. */
  lastUnlock: { by: string; on: string; reason: string } | null;
  /** The lock's issues (changed cells, hand edits of the record), placed in the workbook. */
  issues: CheckedIssue[];
}

/**
 * The lock of a workbook as the pane shows it.
 * @param data - what a host read
 * @returns the view
 * @example
 * (await lockView(await host.read())).changes[0]?.cell // 'Chấm điểm!F7'
 */
export async function lockView(data: WorkbookData): Promise<LockView> {
  const status = await lockStatus(data);
  const { reading } = status;
  const last = reading.unlocks.at(-1);
  return {
    locked: reading.state === 'locked',
    by: reading.state === 'locked' ? reading.signer.by : null,
    on: reading.state === 'locked' ? formatDateVi(reading.signer.at) : null,
    changes: status.changes.map((change) => ({
      cell: cellWords(change.sheet, change.cell),
      sheet: change.sheet,
      address: change.cell,
      before: lockedValueWords(change.before),
      after: lockedValueWords(change.after),
    })),
    lastUnlock: last === undefined ? null : { by: last.by, on: formatDateVi(last.at), reason: last.reason },
    issues: status.issues,
  };
}

/**
 * Locks the results and lays the workbook out again, so that protection follows the lock, as the pane's
 * "Chốt kết quả" does; nothing is laid out when the lock is refused.
 * @param host - the workbook's host (it must offer `writeRows`)
 * @param signer - who locks, and the day
 * @returns what was locked, or why not
 * @example
 * await lockAndLayOut(host, { at: todayIso(), by: 'Nguyễn Văn An' })
 */
export async function lockAndLayOut(host: WorkbookHost, signer: LockSigner): Promise<LockOutcome> {
  const outcome = await lockResults(host, signer);
  if (outcome.done) await layOutAgain(host);
  return outcome;
}

/**
 * Unlocks the results with the reason recorded and lays the workbook out again, as the pane's "Mở khoá"
 * does; nothing is laid out when the unlock is refused.
 * @param host - the workbook's host (it must offer `writeRows`)
 * @param signer - who unlocks, and the day
 * @param reason - why, as the council decided
 * @returns the lock opened, or why not
 * @example
 * await unlockAndLayOut(host, { at: todayIso(), by: 'Trần Thị Bình' }, 'Sửa điểm theo biên bản')
 */
export async function unlockAndLayOut(
  host: WorkbookHost,
  signer: LockSigner,
  reason: string,
): Promise<LockOutcome> {
  const outcome = await unlockResults(host, signer, reason);
  if (outcome.done) await layOutAgain(host);
  return outcome;
}
