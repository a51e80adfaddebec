/**
 * Locking the results ("Chốt kết quả"): the canonical form of the locked tables, the lock record kept in
 * `Meta`, and every cell changed since.
 */
export {
  BLANK,
  canonicalTable,
  canonicalValue,
  FORMULA,
  headerIndex,
  snapshotTables,
  type LockedTable,
} from './canonical';
export {
  fingerprintText,
  isLockKey,
  lockRows,
  metaRows,
  readLockRecord,
  ROW_DIGEST_LENGTH,
  rowText,
  unlockRow,
  verifyLockRecord,
  type Digest,
  type LockReading,
  type LockSigner,
  type RecordField,
  type RecordProblem,
  type StoredRow,
  type UnlockEntry,
} from './lockRecord';
export { lockChanges, lockedValueWords, type LockChange } from './lockChanges';
