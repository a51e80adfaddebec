/**
 * The evaluation sheet's formulas in the in-memory host (HyperFormula, the engine of the tests and
 * the workbench): the time to build the workbook from the plan and evaluate every formula, and the
 * time to recalculate after an officer changes one score. Excel's own engine is not measured here;
 * this is the cost of the same formulas (COUNTIFS chains ranking within a cluster) in HyperFormula.
 */
import { SCORE_HEADERS, TABLES } from '../../src/domain/contract';
import type { Campaign } from '../../src/domain/model';
import { a1, type CellValue } from '../../src/domain/workbook';
import { createMemoryHost } from '../../src/memory';
import { setUpCampaign } from '../../src/workflow';
import { reported, type Measure } from '../report';
import type { WorkloadSize } from '../workload';

/** The criterion whose points are changed: the first of the table. */
const EDITED_CRITERION = 'I.1';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const ms = (value: number): number => Math.round(value);

/**
 * The HyperFormula measures of one workload.
 * @param size - the workload (for the rows)
 * @param campaign - the generated campaign
 * @param edits - how many single-score changes to time (the median is reported)
 * @returns build + evaluate time, and the recalculation time after one score changes
 * @example
 * await recalcMeasures(PROVINCIAL, generateCampaign(PROVINCIAL), 5)
 */
export async function recalcMeasures(
  size: WorkloadSize,
  campaign: Campaign,
  edits: number,
): Promise<Measure[]> {
  const t0 = performance.now();
  const host = createMemoryHost();
  const setUp = await setUpCampaign(host, campaign);
  if (!setUp.applied) throw new Error(`${size.id}: set-up refused: ${setUp.issues[0]?.message ?? ''}`);
  const built = performance.now() - t0;

  const scores = host.exportWorkbookData().tables[TABLES.scores];
  if (scores === undefined) throw new Error(`${size.id}: the in-memory workbook has no Scores table`);
  const column = (header: string): number => {
    const index = scores.headers.indexOf(header);
    if (index < 0) throw new Error(`${size.id}: Scores has no column ${header}`);
    return index;
  };
  const cell = (row: number, col: number): string =>
    a1({ row: scores.origin.row + 1 + row, col: scores.origin.col + col });
  const points = column(EDITED_CRITERION);
  const total = column(SCORE_HEADERS.total);
  const rank = column(SCORE_HEADERS.rank);

  const times: number[] = [];
  for (let edit = 0; edit < edits; edit++) {
    // Units spread over the table, each losing its points on the first criterion.
    const row = Math.floor(((edit + 0.5) * scores.rows.length) / edits);
    const before = host.getCell(scores.sheet, cell(row, total)).value;
    const removed = host.getCell(scores.sheet, cell(row, points)).value;
    const t = performance.now();
    host.setCellValue(scores.sheet, cell(row, points), 0);
    const rankAfter: CellValue = host.getCell(scores.sheet, cell(row, rank)).value;
    times.push(performance.now() - t);
    const after = host.getCell(scores.sheet, cell(row, total)).value;
    if (typeof before !== 'number' || typeof removed !== 'number' || after !== before - removed) {
      throw new Error(`${size.id}: the total did not follow the edit (${String(before)} → ${String(after)})`);
    }
    if (typeof rankAfter !== 'number') throw new Error(`${size.id}: no rank after the edit`);
  }
  return [
    reported(`${size.id} · hyperformula · build + evaluate`, ms(built), 'ms'),
    reported(
      `${size.id} · hyperformula · recalc after one score${edits > 1 ? ` (median of ${edits})` : ''}`,
      ms(median(times)),
      'ms',
    ),
  ];
}
