/**
 * The domain measures of one workload, run in a process of their own so that its peak resident set
 * is the domain's and not the rest of the benchmark's (HyperFormula, webpack). Started by
 * `measures/domain.ts` with the workload id as argument; sends back a {@link DomainResult}.
 *
 * Timed: `validateAll`, `rankCampaign` and `summarise` in a row, several runs, median reported (the
 * first, cold run too: it is what the officer's first click costs), with the CPU time of the same runs
 * (on a shared machine it moves less than the wall time); then `readCampaign` over what the Office.js
 * host reads back from the set-up workbook.
 */
import { rankCampaign, summarise } from '../src/domain/rank';
import { readCampaign } from '../src/domain/read';
import { validateAll } from '../src/domain/validate';
import { createExcelHost } from '../src/excel/excelHost';
import { FakeExcel } from '../src/excel/testing/fakeExcel';
import { buildPlan } from '../src/layout/buildPlan';
import { planSeed } from './support/planSeed';
import { generateCampaign, WORKLOADS } from './workload';

/** Runs of each timed step. */
export const DOMAIN_RUNS = 11;

/** What the child sends back: milliseconds per run and step, bytes of memory. */
export interface DomainResult {
  workload: string;
  validate: number[];
  rank: number[];
  summarise: number[];
  /** validate + rank + summarise, per run. */
  total: number[];
  /** CPU time of validate + rank + summarise, per run (the process's, GC threads included). */
  totalCpu: number[];
  readCampaign: number[];
  /** Peak resident set of the process after the domain runs (workload generation included). */
  peakRss: number;
  /** Largest heap in use, sampled after each step. */
  peakHeapUsed: number;
  /** Heap in use after a full collection, before the workload was generated. */
  baselineHeapUsed: number;
  /** Resident set before the workload was generated: Node and the TypeScript loader. */
  baselineRss: number;
  /** Issues found, units ranked, proposals listed: what the runs computed, so the work cannot be skipped. */
  issues: number;
  ranked: number;
  proposals: number;
}

/** How long a run waits after the forced collection, in ms: enough for its sweeping to end. */
const SETTLE_MS = 200;

async function collect(): Promise<void> {
  // Started with --expose-gc; without it the numbers still come, with more noise.
  globalThis.gc?.();
  // The collection frees the previous run's copy of the campaign (with ten years of history, some
  // 50 MB) and leaves the sweeping of those pages to background threads; a run starting at once
  // would wait on it. A check in the pane never follows a forced collection, so the run waits here.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

async function measure(id: string): Promise<DomainResult> {
  const size = WORKLOADS.find((s) => s.id === id);
  if (size === undefined) throw new Error(`unknown workload ${id}`);
  await collect();
  const baselineHeapUsed = process.memoryUsage().heapUsed;
  const baselineRss = process.memoryUsage().rss;
  let peakHeapUsed = baselineHeapUsed;
  const sample = (): void => {
    peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
  };

  const generated = generateCampaign(size);
  const campaign = generated;
  sample();
  const result: DomainResult = {
    workload: id,
    validate: [],
    rank: [],
    summarise: [],
    total: [],
    totalCpu: [],
    readCampaign: [],
    peakRss: 0,
    peakHeapUsed: 0,
    baselineHeapUsed,
    baselineRss,
    issues: 0,
    ranked: 0,
    proposals: 0,
  };
  for (let run = 0; run < DOMAIN_RUNS; run++) {
    // A fresh copy each run, as each check in the pane reads a fresh campaign: what the scoring computes
    // once per campaign (each row's points) must not carry over from the run before.
    const campaign = structuredClone(generated);
    await collect();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const issues = validateAll(campaign);
    const t1 = performance.now();
    sample();
    const rankings = rankCampaign(campaign);
    const t2 = performance.now();
    sample();
    const summary = summarise(campaign, rankings);
    const t3 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    sample();
    result.validate.push(t1 - t0);
    result.rank.push(t2 - t1);
    result.summarise.push(t3 - t2);
    result.total.push(t3 - t0);
    result.totalCpu.push((cpu.user + cpu.system) / 1000);
    result.issues = issues.length;
    result.ranked = rankings.flatMap((r) => r.units).length;
    result.proposals = summary.proposals.length;
  }
  result.peakRss = process.resourceUsage().maxRSS * 1024;
  result.peakHeapUsed = peakHeapUsed;

  // What readCampaign gets in the add-in: the Office.js host's read of the set-up workbook.
  const plan = buildPlan(campaign, {
    sheets: [{ name: 'Sheet1', visibility: 'visible', used: null }],
    tables: {},
  });
  const excel = new FakeExcel(planSeed(plan));
  const data = await createExcelHost({ run: excel.run, requirements: () => true }).read();
  for (let run = 0; run < DOMAIN_RUNS; run++) {
    const t0 = performance.now();
    const read = readCampaign(data);
    result.readCampaign.push(performance.now() - t0);
    if (read.campaign === null) throw new Error(`${id}: the set-up workbook did not read back`);
  }
  return result;
}

const id = process.argv[2] ?? '';
measure(id).then(
  (result) => {
    if (process.send) process.send(result);
    else process.stdout.write(`${JSON.stringify(result)}\n`);
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
