import { BAND_HEADERS, TABLES } from '../contract';
import type { RankBand } from '../model';
import type { WorkbookData } from '../workbook';
import type { Reading } from './_lib/reading';
import { hasError } from './_lib/reading';
import { readTableRows } from './tableRows';

const SPEC = {
  code: { header: BAND_HEADERS.code, kind: 'code', required: true, mandatory: true },
  name: { header: BAND_HEADERS.name, kind: 'text', required: true },
  minScore: { header: BAND_HEADERS.minScore, kind: 'number', required: true, mandatory: true },
  gates: { header: BAND_HEADERS.gates, kind: 'gates', required: false },
  proposal: { header: BAND_HEADERS.proposal, kind: 'text', required: true },
  need: { header: BAND_HEADERS.need, kind: 'number', required: false },
  tolerance: { header: BAND_HEADERS.tolerance, kind: 'number', required: false },
  quota: { header: BAND_HEADERS.quota, kind: 'number', required: false },
} as const;

/**
 * Reads the Bands table (rank bands, tried in table order; rows sharing a code are alternatives). A
 * workbook without it has no bands, with a warning; without the columns of conditions needed, tolerance
 * and quota, every condition must be met and no band is capped.
 * @param data - what the host read back
 * @returns the bands in table order; unusable when a column is missing or a cell cannot be read
 * @example
 * readBands(data).value[0] // { code: 'A', name: 'Hạng A', minScore: 180, gates: [{ criterion: 'I.1', min: 2 }], proposal: 'BK' }
 */
export function readBands(data: WorkbookData): Reading<RankBand[]> {
  const table = readTableRows(data, TABLES.bands, SPEC, 'expected');
  const value: RankBand[] = [];
  for (const { cells } of table.rows) {
    if (cells.minScore === null) continue;
    const { need, tolerance, quota, ...rest } = cells;
    value.push({
      ...rest,
      minScore: cells.minScore,
      ...(need === null ? {} : { need }),
      ...(tolerance === null ? {} : { tolerance }),
      ...(quota === null ? {} : { quota }),
    });
  }
  return { value, issues: table.issues, usable: table.usable && !hasError(table.issues) };
}
