/**
 * The domain's timed steps (validateAll, rankCampaign, summarise) on one workload, as
 * `domainProcess.ts` runs them, for a CPU profile:
 *
 *   node --import tsx --expose-gc --cpu-prof --cpu-prof-dir=<dir> bench/profileDomain.ts ministry-history 20
 *
 * Each run starts from a fresh copy of the campaign after a full collection, as in the benchmark. The
 * time windows of the timed steps (microseconds of the monotonic clock, the clock of the profile's
 * samples) are written to the file named by `PROFILE_WINDOWS`, if set, so that the samples of the
 * copying and the collections between runs can be left out of the shares.
 */
import { writeFileSync } from 'node:fs';
import { rankCampaign, summarise } from '../src/domain/rank';
import { validateAll } from '../src/domain/validate';
import { generateCampaign, WORKLOADS } from './workload';

const id = process.argv[2] ?? 'ministry-history';
const runs = Number(process.argv[3] ?? '20');
const size = WORKLOADS.find((s) => s.id === id);
if (size === undefined) throw new Error(`unknown workload ${id}`);
const generated = generateCampaign(size);
const totals: number[] = [];
const windows: [number, number][] = [];
for (let run = 0; run < runs; run++) {
  const campaign = structuredClone(generated);
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  const issues = validateAll(campaign);
  const summary = summarise(campaign, rankCampaign(campaign));
  const end = process.hrtime.bigint();
  totals.push(Number(end - start) / 1e6);
  windows.push([Number(start / 1000n), Number(end / 1000n)]);
  // What the run computed is used, so no step can be left out as dead code.
  if (issues.length + summary.proposals.length < 0) throw new Error('unreachable');
}
if (process.env.PROFILE_WINDOWS !== undefined)
  writeFileSync(process.env.PROFILE_WINDOWS, JSON.stringify(windows));
totals.sort((a, b) => a - b);
process.stdout.write(
  `${id}: median ${(totals[totals.length >> 1] ?? Number.NaN).toFixed(1)} ms over ${runs} runs\n`,
);
