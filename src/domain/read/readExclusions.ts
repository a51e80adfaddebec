import { EXCLUSION_HEADERS, TABLES, TOTAL_SUBJECT } from '../contract';
import { foldCase } from '../cellCodecs/text';
import type { Exclusion } from '../model';
import type { WorkbookData } from '../workbook';
import type { Reading } from './_lib/reading';
import { hasError } from './_lib/reading';
import { readTableRows } from './tableRows';

const SPEC = {
  subject: { header: EXCLUSION_HEADERS.subject, kind: 'code', required: true, mandatory: true },
  comparison: { header: EXCLUSION_HEADERS.comparison, kind: 'comparison', required: true, mandatory: true },
  value: { header: EXCLUSION_HEADERS.value, kind: 'number', required: true, mandatory: true },
  reason: { header: EXCLUSION_HEADERS.reason, kind: 'text', required: true, mandatory: true },
} as const;

/**
 * Reads the Exclusions table: rules that leave a unit out of the ranking (Không xét), each on a criterion
 * (its measure, or its points) or on the total (`Tổng điểm`, the floor score). Absent: no such rule.
 * @param data - what the host read back
 * @returns the rules in order; unusable when a column is missing or a cell cannot be read
 * @example
 * readExclusions(data).value[0] // { criterion: null, comparison: '<', value: 100, reason: 'Dưới điểm sàn' }
 */
export function readExclusions(data: WorkbookData): Reading<Exclusion[]> {
  const table = readTableRows(data, TABLES.exclusions, SPEC, 'optional');
  const total = foldCase(TOTAL_SUBJECT);
  const value: Exclusion[] = [];
  for (const { cells } of table.rows) {
    if (cells.comparison === null || cells.value === null) continue;
    value.push({
      criterion: foldCase(cells.subject) === total ? null : cells.subject,
      comparison: cells.comparison,
      value: cells.value,
      reason: cells.reason,
    });
  }
  return { value, issues: table.issues, usable: table.usable && !hasError(table.issues) };
}
