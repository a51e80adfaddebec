import { CRITERION_HEADERS, TABLES } from '../contract';
import type { Criterion } from '../model';
import type { WorkbookData } from '../workbook';
import type { Reading } from './_lib/reading';
import { hasError } from './_lib/reading';
import { readTableRows } from './tableRows';

const SPEC = {
  code: { header: CRITERION_HEADERS.code, kind: 'code', required: true, mandatory: true },
  group: { header: CRITERION_HEADERS.group, kind: 'code', required: true },
  groupName: { header: CRITERION_HEADERS.groupName, kind: 'text', required: false },
  text: { header: CRITERION_HEADERS.text, kind: 'text', required: true },
  max: { header: CRITERION_HEADERS.max, kind: 'number', required: true, mandatory: true },
  kind: { header: CRITERION_HEADERS.kind, kind: 'criterionKind', required: true, mandatory: true },
} as const;

/**
 * Reads the Criteria table (the scoring table's rows, in order). The `Tên nhóm` column may be
 * absent (workbooks made before it): a criterion then has no group name, as with a blank cell.
 * @param data - what the host read back
 * @returns the criteria in table order; unusable when the table or a column is missing or a cell cannot be read
 * @example
 * readCriteria(data).value[0] // { code: 'I.1', group: 'I', text: 'Báo cáo đúng hạn', max: 10, kind: 'standard' }
 */
export function readCriteria(data: WorkbookData): Reading<Criterion[]> {
  const table = readTableRows(data, TABLES.criteria, SPEC, 'required');
  const value: Criterion[] = [];
  for (const { cells } of table.rows) {
    if (cells.max === null || cells.kind === null) continue;
    const { groupName, ...rest } = cells;
    value.push({
      ...rest,
      max: cells.max,
      kind: cells.kind,
      ...(groupName === '' ? {} : { groupName }),
    });
  }
  return { value, issues: table.issues, usable: table.usable && !hasError(table.issues) };
}
