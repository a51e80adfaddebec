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
  parent: { header: CRITERION_HEADERS.parent, kind: 'code', required: false },
  method: { header: CRITERION_HEADERS.method, kind: 'scoringMethod', required: false },
  measureUnit: { header: CRITERION_HEADERS.measureUnit, kind: 'text', required: false },
  mayExceed: { header: CRITERION_HEADERS.mayExceed, kind: 'yesNo', required: false },
  table: { header: CRITERION_HEADERS.table, kind: 'code', required: false },
} as const;

/**
 * Reads the Criteria table (the scoring table's rows, in order). The `Tên nhóm` column and the tree's
 * columns (`Mã cha`, `Cách chấm`, `Đơn vị đo`, `Được vượt điểm chuẩn`, `Bảng điểm`) may be absent
 * (workbooks made before them): a criterion then is typed, at the top of the main table, as with blank
 * cells. Blank optional cells are left out of the criterion rather than kept empty.
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
    const { groupName, parent, method, measureUnit, mayExceed, table: scoringTable, ...rest } = cells;
    value.push({
      ...rest,
      max: cells.max,
      kind: cells.kind,
      ...(groupName === '' ? {} : { groupName }),
      ...(parent === '' ? {} : { parent }),
      ...(method === null || method === 'typed' ? {} : { method }),
      ...(measureUnit === '' ? {} : { measureUnit }),
      ...(mayExceed === true ? { mayExceed } : {}),
      ...(scoringTable === '' ? {} : { table: scoringTable }),
    });
  }
  return { value, issues: table.issues, usable: table.usable && !hasError(table.issues) };
}
