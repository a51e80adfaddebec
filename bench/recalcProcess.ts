/**
 * The in-memory engine's measures of one workload, in a process of their own so that its peak
 * resident set is the engine's (with the generated campaign) and not the rest of the benchmark's.
 * Started by `measures/recalc.ts` with the workload id, the engine mode (`ours`: the workbench's
 * engine, each cluster's COUNTIFS over its own rows, large lookup ranges by name, criteria from an
 * index; `plain`: HyperFormula as it ships, every formula as written, the baseline) and the number of single-score edits; sends back a {@link RecalcResult}.
 */
import { SCORE_HEADERS, TABLES } from '../src/domain/contract';
import { a1, type CellValue } from '../src/domain/workbook';
import { createMemoryHost } from '../src/memory';
import { setUpCampaign } from '../src/workflow';
import { generateCampaign, WORKLOADS } from './workload';

/** The criterion whose points are changed: the first of the table. */
const EDITED_CRITERION = 'I.1';

/** What the child sends back: milliseconds, bytes. */
export interface RecalcResult {
  workload: string;
  mode: 'ours' | 'plain';
  /** Building the workbook from the plan and evaluating every formula. */
  build: number;
  /** The same, in CPU time of the process (less swayed by other work on the machine). */
  buildCpu: number;
  /** Each single-score edit until the edited unit's rank is read back. */
  edits: number[];
  /** Peak resident set of the process (workload generation included). */
  peakRss: number;
  /** Largest heap in use, sampled after the build and after each edit. */
  peakHeapUsed: number;
  /** Heap in use after the build and a full collection: what the engine keeps. */
  liveHeapUsed: number;
  /** Ranks read after the edits: what the runs computed, so that both modes can be compared. */
  ranks: CellValue[];
}

async function measure(id: string, mode: 'ours' | 'plain', edits: number): Promise<RecalcResult> {
  const size = WORKLOADS.find((s) => s.id === id);
  if (size === undefined) throw new Error(`unknown workload ${id}`);
  const campaign = generateCampaign(size);
  let peakHeapUsed = 0;
  const sample = (): void => {
    peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
  };

  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const host = createMemoryHost({ plainEngine: mode === 'plain' });
  const setUp = await setUpCampaign(host, campaign);
  if (!setUp.applied) throw new Error(`${id}: set-up refused: ${setUp.issues[0]?.message ?? ''}`);
  const build = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const buildCpu = (cpu.user + cpu.system) / 1000;
  sample();
  // Started with --expose-gc; without it the live heap is an upper bound.
  globalThis.gc?.();
  const liveHeapUsed = process.memoryUsage().heapUsed;

  const scores = host.exportWorkbookData().tables[TABLES.scores];
  if (scores === undefined) throw new Error(`${id}: the in-memory workbook has no Scores table`);
  const column = (header: string): number => {
    const index = scores.headers.indexOf(header);
    if (index < 0) throw new Error(`${id}: Scores has no column ${header}`);
    return index;
  };
  const cell = (row: number, col: number): string =>
    a1({ row: scores.origin.row + 1 + row, col: scores.origin.col + col });
  const points = column(EDITED_CRITERION);
  const total = column(SCORE_HEADERS.total);
  const rank = column(SCORE_HEADERS.rank);

  const times: number[] = [];
  const ranks: CellValue[] = [];
  for (let edit = 0; edit < edits; edit++) {
    // Units spread over the table, each losing its points on the first criterion.
    const row = Math.floor(((edit + 0.5) * scores.rows.length) / edits);
    const before = host.getCell(scores.sheet, cell(row, total)).value;
    const removed = host.getCell(scores.sheet, cell(row, points)).value;
    const t = performance.now();
    host.setCellValue(scores.sheet, cell(row, points), 0);
    const rankAfter = host.getCell(scores.sheet, cell(row, rank)).value;
    times.push(performance.now() - t);
    sample();
    const after = host.getCell(scores.sheet, cell(row, total)).value;
    if (typeof before !== 'number' || typeof removed !== 'number' || after !== before - removed) {
      throw new Error(`${id}: the total did not follow the edit (${String(before)} → ${String(after)})`);
    }
    if (typeof rankAfter !== 'number') throw new Error(`${id}: no rank after the edit`);
    ranks.push(rankAfter);
  }
  // Every unit's rank, so that the two modes can be held to the same answer.
  for (let row = 0; row < scores.rows.length; row++)
    ranks.push(host.getCell(scores.sheet, cell(row, rank)).value);
  return {
    workload: id,
    mode,
    build,
    buildCpu,
    edits: times,
    // maxRSS is in KiB.
    peakRss: process.resourceUsage().maxRSS * 1024,
    peakHeapUsed,
    liveHeapUsed,
    ranks,
  };
}

const [id = '', mode = 'ours', edits = '1'] = process.argv.slice(2);
measure(id, mode === 'plain' ? 'plain' : 'ours', Number(edits)).then(
  (result) => {
    process.send?.(result);
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
