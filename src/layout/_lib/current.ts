/** Looks things up in what a host read from the workbook, the way Excel matches names. */
import type { RawSheet, RawTable, WorkbookData } from '../../domain/workbook';

/** A table by name: exactly, else ignoring case (Excel's table names are case-insensitive). */
export function findTable(current: WorkbookData | undefined, name: string): RawTable | undefined {
  if (current === undefined) return undefined;
  const exact = current.tables[name];
  if (exact !== undefined) return exact;
  const wanted = name.toUpperCase();
  return Object.values(current.tables).find((t) => t.name.toUpperCase() === wanted);
}

/** A sheet by name, ignoring case (as Excel does). */
export function findSheet(current: WorkbookData | undefined, name: string): RawSheet | undefined {
  const wanted = name.toUpperCase();
  return current?.sheets.find((s) => s.name.toUpperCase() === wanted);
}

/** The tables a sheet holds, by sheet name ignoring case. */
export function tablesOn(current: WorkbookData | undefined, sheet: string): RawTable[] {
  if (current === undefined) return [];
  const wanted = sheet.toUpperCase();
  return Object.values(current.tables).filter((t) => t.sheet.toUpperCase() === wanted);
}

/**
 * Headers compare in one Unicode form: a header typed on another machine may spell "ố" as o + marks,
 * and it is still the same header.
 */
export function sameHeader(a: string, b: string): boolean {
  return a.normalize('NFC') === b.normalize('NFC');
}

/**
 * A key cell's identity: codes typed as a number (`101`) or as text with a stray space (`101 `) are the
 * same code, and so are `u1` and `U1`, since Excel's MATCH and COUNTIFS would not tell them apart.
 */
export function keyText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.normalize('NFC').trim().toUpperCase();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * The first column right of everything a sheet holds, leaving one empty column: where a table new to
 * an existing sheet goes, so it lands on nothing. 0 for a sheet the workbook lacks.
 */
export function freeColumn(current: WorkbookData | undefined, sheet: string): number {
  const raw = findSheet(current, sheet);
  if (raw === undefined) return 0;
  let right = raw.used === null ? -1 : raw.used.right;
  for (const table of tablesOn(current, sheet))
    right = Math.max(right, table.origin.col + table.headers.length - 1);
  return right < 0 ? 0 : right + 2;
}
