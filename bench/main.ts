/**
 * `npm run bench`: the speed and size targets of DESIGN.md ("Scale to design for"), measured on a
 * generated provincial campaign and a generated Ministry-scale one. Prints one row per measure with
 * its target; `--json` prints the rows as JSON instead. Either way the rows are written to
 * `bench-results/latest.json`. A missed target is shown in the table and the summary line; the exit code
 * is 1 for a missed target only with `--strict` (the bench measures, it is not a gate unless asked).
 *
 * `--quick` leaves out the slow measures (HyperFormula at the Ministry's scale, merging a thousand units'
 * copies, the production build), for a run of a few seconds while working on the code. `--only=<group>`
 * runs one group of measures (`excel`, `domain`, `hyperformula`, `merge`, `bundle`), each still against
 * the baseline of the same run.
 *
 * The production build runs while the Excel round trips are counted (those are counts, not times);
 * everything timed runs after it, one thing at a time.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleMeasures } from './measures/bundle';
import { domainMeasures } from './measures/domain';
import { excelActionMeasures } from './measures/excelActions';
import { mergeMeasures } from './measures/merge';
import { recalcMeasures } from './measures/recalc';
import { formatTable, reported, type Measure } from './report';
import { generateCampaign, MINISTRY, MINISTRY_HISTORY, MINISTRY_TREE, PROVINCIAL } from './workload';

const RESULTS = path.join(__dirname, '..', 'bench-results', 'latest.json');

function progress(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

async function main(): Promise<number> {
  const args = new Set(process.argv.slice(2));
  const json = args.has('--json');
  const quick = args.has('--quick');
  const strict = args.has('--strict');
  const only = [...args].find((arg) => arg.startsWith('--only='))?.slice('--only='.length) ?? null;
  const runs = (group: string): boolean => only === null || only === group;
  const started = performance.now();

  let bundle: Promise<Measure[]> | null = null;
  if (!quick && runs('bundle')) {
    progress('production build (webpack) started in the background');
    bundle = bundleMeasures();
    // Kept from an unhandled rejection while the counts run; awaited below.
    bundle.catch(() => undefined);
  }

  const measures: Measure[] = [];
  if (runs('excel')) {
    progress('excel round trips: provincial');
    measures.push(...(await excelActionMeasures(PROVINCIAL, generateCampaign(PROVINCIAL))));
    progress('excel round trips: ministry');
    measures.push(...(await excelActionMeasures(MINISTRY, generateCampaign(MINISTRY))));
    progress('excel round trips: ministry, four-level tree');
    measures.push(...(await excelActionMeasures(MINISTRY_TREE, generateCampaign(MINISTRY_TREE))));
  }

  let bundleRows: Measure[] = [];
  if (bundle !== null) {
    progress('waiting for the production build');
    bundleRows = await bundle;
  }

  if (runs('domain')) {
    progress('domain: provincial');
    measures.push(...(await domainMeasures(PROVINCIAL, false)));
    progress('domain: ministry');
    measures.push(...(await domainMeasures(MINISTRY, true)));
    progress('domain: ministry, four-level tree');
    measures.push(...(await domainMeasures(MINISTRY_TREE, true)));
    // Its baseline is the Ministry row above, from the same run: the history is all that differs.
    progress('domain: ministry, ten years of award history');
    measures.push(...(await domainMeasures(MINISTRY_HISTORY, true)));
  }

  if (runs('hyperformula')) {
    progress('hyperformula: provincial');
    measures.push(...(await recalcMeasures(PROVINCIAL, 5, false)));
    if (!quick) {
      progress('hyperformula: ministry, and its plain-engine baseline (a few minutes)');
      measures.push(...(await recalcMeasures(MINISTRY, 5, true)));
    }
  }

  if (!quick && runs('merge')) {
    progress("merge: a thousand units' copies into the Ministry's workbook (about two minutes)");
    measures.push(...(await mergeMeasures()));
  }

  measures.push(...bundleRows);
  measures.push(reported('bench · wall time', Math.round((performance.now() - started) / 100) / 10, 's'));

  await mkdir(path.dirname(RESULTS), { recursive: true });
  await writeFile(RESULTS, `${JSON.stringify(measures, null, 2)}\n`);
  process.stdout.write(json ? `${JSON.stringify(measures, null, 2)}\n` : `${formatTable(measures)}\n`);
  const missed = measures.filter((m) => m.ok === false);
  if (missed.length > 0)
    progress(`${missed.length} target(s) missed: ${missed.map((m) => m.name).join('; ')}`);
  progress(`results written to ${path.relative(process.cwd(), RESULTS)}`);
  return strict && missed.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
