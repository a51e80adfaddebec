/**
 * The evaluation sheet's formulas in the in-memory host (HyperFormula, the engine of the tests and
 * the workbench): the time to build the workbook from the plan and evaluate every formula, the time to
 * recalculate after an officer changes one score, and the process's peak memory. Excel's own engine
 * is not measured here.
 *
 * Each mode runs in a process of its own (`recalcProcess.ts`): the workbench's engine, which
 * evaluates each cluster's ranking COUNTIFS over that cluster's rows, gives large lookup ranges by name
 * and answers COUNTIFS and SUMIFS from an index, and as the baseline of the same run HyperFormula as it
 * ships with every formula as written. Both must rank alike.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { shippedChild } from '../support/shippedBuild';
import type { RecalcResult } from '../recalcProcess';
import { atMost, reported, type Measure } from '../report';
import type { WorkloadSize } from '../workload';

/** Build and evaluate at the Ministry's scale, at most, in ms. */
export const BUILD_BUDGET_MS = 10_000;
/** Recalculation after one score, median, at most, in ms. */
export const RECALC_BUDGET_MS = 1_000;
/** Peak memory of the engine's process, at most, in MiB. */
export const MEMORY_BUDGET_MIB = 1024;

const MIB = 1024 * 1024;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const ms = (value: number): number => Math.round(value);
const round1 = (value: number): number => Math.round(value * 10) / 10;

function runChild(size: WorkloadSize, mode: 'ours' | 'plain', edits: number): Promise<RecalcResult> {
  return new Promise((resolve, reject) => {
    const child = fork(shippedChild('recalcProcess'), [size.id, mode, String(edits)], {
      cwd: path.join(__dirname, '..', '..'),
      execArgv: ['--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: RecalcResult | null = null;
    child.on('message', (message) => {
      result = message as RecalcResult;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (result !== null && code === 0) resolve(result);
      else reject(new Error(`hyperformula measures of ${size.id} (${mode}) stopped (exit ${String(code)})`));
    });
  });
}

/**
 * The HyperFormula measures of one workload, against the plain engine of the same run.
 * @param size - the workload
 * @param edits - how many single-score changes to time (the median is reported)
 * @param budgeted - whether the Ministry's targets apply
 * @returns build + evaluate, recalculation after one score and peak memory, each with the baseline's
 *   figure and the ratio
 * @example
 * await recalcMeasures(MINISTRY, 5, true)
 */
export async function recalcMeasures(
  size: WorkloadSize,
  edits: number,
  budgeted: boolean,
): Promise<Measure[]> {
  const ours = await runChild(size, 'ours', edits);
  const baseline = await runChild(size, 'plain', edits);
  if (JSON.stringify(ours.ranks) !== JSON.stringify(baseline.ranks)) {
    throw new Error(`${size.id}: the workbench's engine ranks otherwise than the plain engine`);
  }
  const name = `${size.id} · hyperformula`;
  const of = edits > 1 ? ` (median of ${edits})` : '';
  const build = ms(ours.build);
  const recalc = ms(median(ours.edits));
  const rss = Math.round(ours.peakRss / MIB);
  const bound = (label: string, value: number, unit: string, limit: number): Measure =>
    budgeted ? atMost(label, value, unit, limit) : reported(label, value, unit);
  return [
    bound(`${name} · build + evaluate`, build, 'ms', BUILD_BUDGET_MS),
    reported(`${name} · build + evaluate, CPU time`, ms(ours.buildCpu), 'ms'),
    reported(`${name} · build + evaluate, plain-engine baseline`, ms(baseline.build), 'ms'),
    reported(`${name} · build + evaluate, baseline ÷ ours`, round1(baseline.build / ours.build), '×'),
    reported(`${name} · build + evaluate, baseline's CPU time`, ms(baseline.buildCpu), 'ms'),
    reported(
      `${name} · build + evaluate, CPU time, baseline ÷ ours`,
      round1(baseline.buildCpu / ours.buildCpu),
      '×',
    ),
    bound(`${name} · recalc after one score${of}`, recalc, 'ms', RECALC_BUDGET_MS),
    reported(`${name} · recalc after one score, plain-engine baseline`, ms(median(baseline.edits)), 'ms'),
    reported(
      `${name} · recalc after one score, baseline ÷ ours`,
      round1(median(baseline.edits) / median(ours.edits)),
      '×',
    ),
    bound(`${name} · peak memory (RSS)`, rss, 'MiB', MEMORY_BUDGET_MIB),
    reported(`${name} · heap kept after the build`, Math.round(ours.liveHeapUsed / MIB), 'MiB'),
    reported(`${name} · peak memory, plain-engine baseline`, Math.round(baseline.peakRss / MIB), 'MiB'),
  ];
}
