import { SCORING_TABLE_HEADERS, TABLES } from '../contract';
import type { ScoringTable } from '../model';
import type { WorkbookData } from '../workbook';
import type { Reading } from './_lib/reading';
import { hasError } from './_lib/reading';
import { readTableRows } from './tableRows';

const SPEC = {
  code: { header: SCORING_TABLE_HEADERS.code, kind: 'code', required: true, mandatory: true },
  name: { header: SCORING_TABLE_HEADERS.name, kind: 'text', required: true },
  scale: { header: SCORING_TABLE_HEADERS.scale, kind: 'number', required: true, mandatory: true },
} as const;

/**
 * Reads the ScoringTables table: the scoring tables when the campaign's clusters are scored on different
 * ones (a zone of Sở Tư pháp and civil judgment enforcement offices). Absent or empty: one table, the
 * campaign's.
 * @param data - what the host read back
 * @returns the tables in order; unusable when a column is missing or a cell cannot be read
 * @example
 * readScoringTables(data).value[1] // { code: 'THA', name: 'Cơ quan thi hành án dân sự', scale: 200 }
 */
export function readScoringTables(data: WorkbookData): Reading<ScoringTable[]> {
  const table = readTableRows(data, TABLES.scoringTables, SPEC, 'optional');
  const value: ScoringTable[] = [];
  for (const { cells } of table.rows) {
    if (cells.scale !== null) value.push({ code: cells.code, name: cells.name, scale: cells.scale });
  }
  return { value, issues: table.issues, usable: table.usable && !hasError(table.issues) };
}
