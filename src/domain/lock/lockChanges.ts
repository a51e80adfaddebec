/**
 * What changed since the results were locked: every cell of a locked table whose canonical value differs
 * from the snapshot, named by sheet and cell as Excel names it, with the value before and after.
 */
import { a1, type WorkbookData } from '../workbook';
import { findTable } from '../read';
import { formatPoints } from '../rank/_lib/format';
import { BLANK, canonicalTable, FORMULA, headerIndex, type LockedTable } from './canonical';

/** One cell changed since the lock. */
export interface LockChange {
  table: string;
  sheet: string;
  /** A1 address where the cell is now (where it was, for a row or column removed). */
  cell: string;
  /** 1-based data row of the table. */
  row: number;
  /** The header of its column. */
  column: string;
  /** Canonical values (see `canonicalValue`). */
  before: string;
  after: string;
}

/**
 * Every cell of the locked tables that differs from the snapshot: values edited, typed over a formula,
 * rows or columns added or removed, a table deleted. Cells are matched by table, data row and header, so
 * a table moved on its sheet is no change, but a table re-sorted changes every row it moved.
 * @param locked - the snapshot
 * @param data - what a host read now
 * @returns the changes, table by table, row by row, column by column
 * @example
 * ```ts
 * lockChanges([], { sheets: [], tables: {} }); //=> []
 * ```
 */
export function lockChanges(locked: readonly LockedTable[], data: WorkbookData): LockChange[] {
  const changes: LockChange[] = [];
  for (const then of locked) {
    const raw = findTable(data, then.table);
    const now = raw === null ? null : canonicalTable(raw);
    const sheet = now?.sheet ?? then.sheet;
    const origin = now?.origin ?? then.origin;
    const nowHeaders = now?.headers ?? [];
    // The columns of both, locked ones first, each once; where each is now (or was).
    const columns = [
      ...then.headers.map((header, c) => ({ header, was: c, is: headerIndex(nowHeaders, header) })),
      ...nowHeaders
        .map((header, c) => ({ header, was: -1, is: c }))
        .filter(({ header }) => headerIndex(then.headers, header) < 0),
    ];
    const rowCount = Math.max(then.rows.length, now?.rows.length ?? 0);
    const lastCol = Math.max(nowHeaders.length, then.headers.length);
    for (let r = 0; r < rowCount; r += 1) {
      for (const { header, was, is } of columns) {
        const before = (was < 0 ? undefined : then.rows[r]?.[was]) ?? BLANK;
        const after = (is < 0 ? undefined : now?.rows[r]?.[is]) ?? BLANK;
        if (before === after) continue;
        // A column removed is named where it was; one added or kept, where it is now.
        const col = is >= 0 ? is : Math.min(was, lastCol);
        changes.push({
          table: then.table,
          sheet,
          cell: a1({ row: origin.row + 1 + r, col: origin.col + col }),
          row: r + 1,
          column: header,
          before,
          after,
        });
      }
    }
  }
  return changes;
}

/**
 * A canonical value as the council reads it: points with a decimal comma, text in quotes.
 * @param canonical - a canonical value
 * @returns e.g. `8`, `8,5`, `"VP"`, `(trống)`, `(công thức)`
 * @example
 * ```ts
 * lockedValueWords('n:8.5'); //=> '8,5'
 * lockedValueWords(''); //=> '(trống)'
 * ```
 */
export function lockedValueWords(canonical: string): string {
  if (canonical === BLANK) return '(trống)';
  if (canonical === FORMULA) return '(công thức)';
  const body = canonical.slice(2);
  if (canonical.startsWith('n:')) {
    const value = Number(body);
    return Number.isFinite(value) ? formatPoints(value) : body;
  }
  if (canonical.startsWith('b:')) return body === '1' ? 'TRUE' : 'FALSE';
  return `"${body}"`;
}
