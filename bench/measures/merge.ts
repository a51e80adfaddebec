/**
 * Merging a thousand units' copies into the Ministry's workbook (`thidua merge`), in a child process of
 * its own (see `mergeProcess.ts`): wall time against its target, and the peak memory.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { shippedChild } from '../support/shippedBuild';
import type { MergeRunResult } from '../mergeProcess';
import { atMost, reported, type Measure } from '../report';

/** The most merging the thousand copies may take, in seconds. */
export const MERGE_BUDGET_S = 60;

const MB = 1024 * 1024;

function runChild(): Promise<MergeRunResult> {
  return new Promise((resolve, reject) => {
    const child = fork(shippedChild('mergeProcess'), [], {
      cwd: path.join(__dirname, '..', '..'),
      execArgv: [],
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: MergeRunResult | null = null;
    child.on('message', (message) => {
      result = message as MergeRunResult;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (result !== null && code === 0) resolve(result);
      else reject(new Error(`the merge measure stopped (exit ${String(code)})`));
    });
  });
}

/**
 * The merge measures.
 * @returns the merge's wall time (target ≤ 60 s), its peak resident set, and what it merged
 * @example
 * await mergeMeasures()
 */
export async function mergeMeasures(): Promise<Measure[]> {
  const result = await runChild();
  const name = `ministry · merge ${result.files.toLocaleString('en-US')} unit files`;
  return [
    atMost(`${name} · wall time`, Math.round(result.mergeMs / 100) / 10, 's', MERGE_BUDGET_S),
    reported(`${name} · peak RSS`, Math.round(result.peakRss / MB), 'MB'),
    reported(`${name} · units merged`, result.accepted, 'files'),
    reported(`${name} · registrations after`, result.registrations, 'rows'),
    reported(`${name} · exit code`, result.exitCode, ''),
    reported('ministry · unit copy size', Math.round(result.unitBytes / 1024), 'KB'),
  ];
}
