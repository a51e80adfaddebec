/**
 * Units' copies of a campaign workbook, as a cluster hands them out and units send them back: the
 * cluster's workbook with no registration and no self-score typed, then one unit's rows filled in.
 */
import type { CellValue, WorkbookData } from '../../src/domain/workbook';
import { createFileHost } from '../../src/xlsx/fileHost';
import type * as Xlsx from '../../src/xlsx/library';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookBuffer, workbookBytes } from '../../src/xlsx/workbookFile';

/** What one unit types in its copy. */
export interface UnitInput {
  unit: string;
  /** Registration rows by header (`Mã đơn vị` is filled in). */
  registrations: Record<string, CellValue>[];
  /** Self-score points by criterion code. */
  selfScores: Record<string, CellValue>;
}

/** The registration input headers a unit fills. */
export const REGISTRATION_INPUTS = [
  'Mã đơn vị',
  'Đối tượng',
  'Họ và tên',
  'Chức vụ',
  'Mã danh hiệu',
  'Ngày đăng ký',
  'Ghi chú',
];

/** Criterion codes of a workbook's catalogue. */
export function criteriaOf(data: WorkbookData): string[] {
  const criteria = data.tables.Criteria;
  const code = criteria?.headers.indexOf('Mã tiêu chí') ?? -1;
  return (criteria?.rows ?? []).map((row) => String(row[code] ?? '')).filter((c) => c !== '');
}

/** The cluster's workbook emptied of what units type: the blank copy it hands out. */
export async function blankCopy(cluster: Uint8Array): Promise<Uint8Array> {
  const workbook = await loadWorkbookBuffer(cluster);
  const data = readWorkbook(workbook);
  await clearUnitInput(workbook, data);
  return workbookBytes(workbook);
}

async function clearUnitInput(workbook: Xlsx.Workbook, data: WorkbookData): Promise<void> {
  const host = createFileHost(workbook);
  const self = data.tables.SelfScores;
  const criteria = criteriaOf(data);
  await host.writeRows?.([
    { table: 'Registrations', headers: REGISTRATION_INPUTS, rows: [] },
    ...(self === undefined
      ? []
      : [{ table: 'SelfScores', headers: criteria, rows: self.rows.map(() => criteria.map(() => null)) }]),
  ]);
}

/** A unit's copy with what it typed, as its file's bytes. */
export async function unitCopy(blank: Uint8Array, input: UnitInput): Promise<Uint8Array> {
  const workbook = await loadWorkbookBuffer(blank);
  const data = readWorkbook(workbook);
  const criteria = criteriaOf(data);
  const self = data.tables.SelfScores;
  const units = self?.rows.map((row) => row[self.headers.indexOf('Mã đơn vị')]) ?? [];
  await createFileHost(workbook).writeRows?.([
    {
      table: 'Registrations',
      headers: REGISTRATION_INPUTS,
      rows: input.registrations.map((row) =>
        REGISTRATION_INPUTS.map((h) => (h === 'Mã đơn vị' ? input.unit : (row[h] ?? null))),
      ),
    },
    {
      table: 'SelfScores',
      headers: criteria,
      rows: units.map((unit) =>
        criteria.map((c) => (unit === input.unit ? (input.selfScores[c] ?? null) : null)),
      ),
    },
  ]);
  return workbookBytes(workbook);
}
