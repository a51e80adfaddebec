import { TABLES, TITLE_HEADERS } from '../contract';
import type { Title } from '../model';
import type { WorkbookData } from '../workbook';
import type { Reading } from './_lib/reading';
import { hasError } from './_lib/reading';
import { readTableRows } from './tableRows';

const SPEC = {
  code: { header: TITLE_HEADERS.code, kind: 'code', required: true, mandatory: true },
  name: { header: TITLE_HEADERS.name, kind: 'text', required: true },
  subject: { header: TITLE_HEADERS.subject, kind: 'subject', required: true, mandatory: true },
  kind: { header: TITLE_HEADERS.kind, kind: 'titleKind', required: false },
  prerequisites: { header: TITLE_HEADERS.prerequisites, kind: 'prerequisites', required: false },
  cap: { header: TITLE_HEADERS.cap, kind: 'cap', required: false },
  counts: { header: TITLE_HEADERS.counts, kind: 'counts', required: false },
} as const;

/**
 * Reads the Titles table with its rule columns (`Điều kiện`, `Giới hạn`, `Được tính là`, read by
 * their codecs). The rule columns may be absent (the contract requires only code, name and
 * subject): a title then has no rule; a blank `Loại` means an emulation title.
 * @param data - what the host read back
 * @returns the titles in table order; unusable when the table or a column is missing or a cell cannot be read
 * @example
 * readTitles(data).value[0]?.cap // { of: 'LĐTT', percent: 15, rounding: 'floor' }
 */
export function readTitles(data: WorkbookData): Reading<Title[]> {
  const table = readTableRows(data, TABLES.titles, SPEC, 'required');
  const value: Title[] = [];
  for (const { cells } of table.rows) {
    if (cells.subject === null) continue;
    value.push({ ...cells, subject: cells.subject, kind: cells.kind ?? 'title' });
  }
  return { value, issues: table.issues, usable: table.usable && !hasError(table.issues) };
}
