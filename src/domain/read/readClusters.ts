import { CLUSTER_HEADERS, TABLES } from '../contract';
import type { Cluster } from '../model';
import type { WorkbookData } from '../workbook';
import type { Reading } from './_lib/reading';
import { hasError } from './_lib/reading';
import { readTableRows } from './tableRows';

const SPEC = {
  code: { header: CLUSTER_HEADERS.code, kind: 'code', required: true, mandatory: true },
  name: { header: CLUSTER_HEADERS.name, kind: 'text', required: true },
  head: { header: CLUSTER_HEADERS.head, kind: 'code', required: false },
  deputy: { header: CLUSTER_HEADERS.deputy, kind: 'code', required: false },
  scoringTable: { header: CLUSTER_HEADERS.scoringTable, kind: 'code', required: false },
} as const;

/**
 * Reads the Clusters table; a blank head or deputy means none chosen yet, a blank (or absent) scoring
 * table the campaign's main one.
 * @param data - what the host read back
 * @returns the clusters in table order; unusable when the table or a column is missing or a cell cannot be read
 * @example
 * readClusters(data).value[0] // { code: 'K1', name: 'Khối các Phòng Chuyên môn Sở', head: 'VP', deputy: null }
 */
export function readClusters(data: WorkbookData): Reading<Cluster[]> {
  const table = readTableRows(data, TABLES.clusters, SPEC, 'required');
  const value = table.rows.map(({ cells }) => ({
    code: cells.code,
    name: cells.name,
    head: cells.head === '' ? null : cells.head,
    deputy: cells.deputy === '' ? null : cells.deputy,
    ...(cells.scoringTable === '' ? {} : { scoringTable: cells.scoringTable }),
  }));
  return { value, issues: table.issues, usable: table.usable && !hasError(table.issues) };
}
