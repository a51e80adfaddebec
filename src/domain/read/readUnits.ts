import { TABLES, UNIT_HEADERS } from '../contract';
import type { Unit } from '../model';
import type { WorkbookData } from '../workbook';
import type { Reading } from './_lib/reading';
import { readTableRows } from './tableRows';

const SPEC = {
  code: { header: UNIT_HEADERS.code, kind: 'code', required: true, mandatory: true },
  name: { header: UNIT_HEADERS.name, kind: 'text', required: true },
  cluster: { header: UNIT_HEADERS.cluster, kind: 'code', required: true },
  headcount: { header: UNIT_HEADERS.headcount, kind: 'number', required: true },
} as const;

/**
 * Reads the Units table. A blank or unreadable headcount stays null (validation says what it blocks),
 * so a slip in one unit's row is reported at its cell while the rest of the workbook is checked.
 * @param data - what the host read back
 * @returns the units in table order; unusable only when the table or a column is missing or a code is blank
 * @example
 * readUnits(data).value[0] // { code: 'VP', name: 'Văn phòng Sở', cluster: 'K1', headcount: 18 }
 */
export function readUnits(data: WorkbookData): Reading<Unit[]> {
  const table = readTableRows(data, TABLES.units, SPEC, 'required');
  const value = table.rows.map(({ cells }) => ({ ...cells }));
  // A unit without a code cannot be told from the others: that one slip still holds the catalogue.
  return { value, issues: table.issues, usable: table.usable && value.every((u) => u.code !== '') };
}
