/**
 * The merge measure, in a process of its own so that its peak resident set is the merge's: builds the
 * Ministry's workbook and a thousand units' copies of it in a temporary folder (not timed), then runs
 * `thidua merge` over them as an officer would and sends back a {@link MergeRunResult}.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../src/cli/main';
import { createFileHost } from '../src/xlsx/fileHost';
import { loadWorkbookBuffer, newWorkbook, workbookBytes } from '../src/xlsx/workbookFile';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { setUpCampaign } from '../src/workflow';
import { unitFile, unitFileLayout } from './support/unitFiles';
import { generateCampaign, MINISTRY } from './workload';

/** What the child sends back. */
export interface MergeRunResult {
  files: number;
  /** Wall time of `thidua merge`, milliseconds. */
  mergeMs: number;
  /** Peak resident set of the process, bytes (the files' making included: it is the larger part). */
  peakRss: number;
  exitCode: number;
  /** Units merged and registrations in the workbook afterwards: what the merge did, checked. */
  accepted: number;
  registrations: number;
  /** Size of the cluster's workbook and of one unit's copy, bytes. */
  clusterBytes: number;
  unitBytes: number;
}

async function run(): Promise<MergeRunResult> {
  const campaign = generateCampaign(MINISTRY);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-bench-merge-'));
  try {
    // The Ministry's workbook as it hands it out: set up, no registration or self-score typed yet.
    const empty = { ...campaign, registrations: [], selfScores: [] };
    const workbook = newWorkbook(campaign.name);
    await setUpCampaign(createFileHost(workbook), empty);
    const blank = await workbookBytes(workbook);
    const layout = await unitFileLayout(blank);
    await fs.writeFile(path.join(dir, 'bo.xlsx'), blank);
    const names: string[] = [];
    let unitBytes = 0;
    // A count on the command line merges that many copies only (to try the measure quickly).
    const count = Number(process.argv[2] ?? campaign.units.length);
    for (const unit of campaign.units.slice(0, count)) {
      const name = `${unit.code}.xlsx`;
      const bytes = unitFile(layout, campaign, unit.code);
      unitBytes = bytes.length;
      await fs.writeFile(path.join(dir, name), bytes);
      names.push(name);
    }
    process.stderr.write(`bench: merge: ${names.length} unit files made, merging\n`);

    let output = '';
    const started = performance.now();
    const exitCode = await main(['merge', 'bo.xlsx', ...names], {
      stdout: { write: (text: string) => (output += text) },
      stderr: process.stderr,
      cwd: dir,
    });
    const mergeMs = performance.now() - started;
    const merged = readWorkbook(await loadWorkbookBuffer(await fs.readFile(path.join(dir, 'bo.xlsx'))));
    return {
      files: names.length,
      mergeMs,
      peakRss: process.resourceUsage().maxRSS * 1024,
      exitCode,
      accepted: (output.match(/^ {2}"/gm) ?? []).length,
      registrations: merged.tables.Registrations?.rows.length ?? 0,
      clusterBytes: blank.length,
      unitBytes,
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

run().then(
  (result) => {
    if (process.send === undefined) process.stdout.write(`${JSON.stringify(result)}\n`);
    else process.send(result);
  },
  (error: unknown) => {
    process.stderr.write(
      `bench: merge failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
