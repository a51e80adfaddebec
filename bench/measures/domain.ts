/**
 * Domain time and memory: validation, ranking and the summary over a whole campaign, and reading a
 * campaign back from the workbook, each in a child process of its own (see `domainProcess.ts`).
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { shippedChild } from '../support/shippedBuild';
import type { DomainResult } from '../domainProcess';
import { atMost, reported, type Measure } from '../report';
import type { WorkloadSize } from '../workload';

/** The most validate + rank + summarise may take at the Ministry's scale (median), in milliseconds. */
export const DOMAIN_BUDGET_MS = 100;

const MB = 1024 * 1024;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return value ?? Number.NaN;
}

const ms = (value: number): number => Math.round(value * 10) / 10;

function runChild(size: WorkloadSize): Promise<DomainResult> {
  return new Promise((resolve, reject) => {
    const child = fork(shippedChild('domainProcess'), [size.id], {
      cwd: path.join(__dirname, '..', '..'),
      execArgv: ['--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: DomainResult | null = null;
    child.on('message', (message) => {
      result = message as DomainResult;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (result !== null && code === 0) resolve(result);
      else reject(new Error(`domain measures of ${size.id} stopped (exit ${String(code)})`));
    });
  });
}

/**
 * The domain measures of one workload.
 * @param size - the workload
 * @param budgeted - whether the 100 ms target applies (the Ministry's scale)
 * @returns medians of validate, rank, summarise and their sum (against the target when budgeted), its
 *   CPU time, the first run's sum, readCampaign's median, and for a budgeted workload the peak RSS and heap
 * @example
 * await domainMeasures(MINISTRY, true)
 */
export async function domainMeasures(size: WorkloadSize, budgeted: boolean): Promise<Measure[]> {
  const result = await runChild(size);
  const name = `${size.id} · domain`;
  const total = ms(median(result.total));
  const measures: Measure[] = [
    reported(`${name} · validateAll (median)`, ms(median(result.validate)), 'ms'),
    reported(`${name} · rankCampaign (median)`, ms(median(result.rank)), 'ms'),
    reported(`${name} · summarise (median)`, ms(median(result.summarise)), 'ms'),
    budgeted
      ? atMost(`${name} · validate + rank + summarise (median)`, total, 'ms', DOMAIN_BUDGET_MS)
      : reported(`${name} · validate + rank + summarise (median)`, total, 'ms'),
    reported(`${name} · validate + rank + summarise · CPU time (median)`, ms(median(result.totalCpu)), 'ms'),
    reported(`${name} · validate + rank + summarise (first run)`, ms(result.total[0] ?? Number.NaN), 'ms'),
    reported(`${name} · readCampaign (median)`, ms(median(result.readCampaign)), 'ms'),
  ];
  if (budgeted) {
    measures.push(
      reported(`${name} · RSS before the workload (Node + loader)`, ms(result.baselineRss / MB), 'MiB'),
      reported(`${name} · peak RSS (own process)`, ms(result.peakRss / MB), 'MiB'),
      reported(`${name} · peak heap used`, ms(result.peakHeapUsed / MB), 'MiB'),
    );
  }
  return measures;
}
