import { TABLES, TIER_HEADERS } from '../contract';
import type { Tier } from '../model';
import type { WorkbookData } from '../workbook';
import type { Reading } from './_lib/reading';
import { hasError } from './_lib/reading';
import { readTableRows } from './tableRows';

const SPEC = {
  criterion: { header: TIER_HEADERS.criterion, kind: 'code', required: true, mandatory: true },
  from: { header: TIER_HEADERS.from, kind: 'number', required: true, mandatory: true },
  points: { header: TIER_HEADERS.points, kind: 'number', required: true, mandatory: true },
  label: { header: TIER_HEADERS.label, kind: 'text', required: false },
} as const;

/**
 * Reads the Tiers table: the steps of the tiered criteria, a row per step. A workbook without it (made
 * before tiers) has none, without a word; a criterion scored by tiers then finds no step (validation says so).
 * @param data - what the host read back
 * @returns the steps in table order; unusable when a column is missing or a cell cannot be read
 * @example
 * readTiers(data).value[0] // { criterion: '1.1', from: 100, points: 2, label: '100%' }
 */
export function readTiers(data: WorkbookData): Reading<Tier[]> {
  const table = readTableRows(data, TABLES.tiers, SPEC, 'optional');
  const value: Tier[] = [];
  for (const { cells } of table.rows) {
    if (cells.from === null || cells.points === null) continue;
    value.push({ criterion: cells.criterion, from: cells.from, points: cells.points, label: cells.label });
  }
  return { value, issues: table.issues, usable: table.usable && !hasError(table.issues) };
}
