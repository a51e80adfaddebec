/**
 * The task pane's weight and its first screen, on production builds into temporary folders
 * (`THIDUA_OUT`): the add-in as it ships (the steps and the workbook code in chunks of their own) and,
 * as the baseline of the same run, the same code built as one file per entry (`THIDUA_ONE_CHUNK=1`,
 * the pane as it was before it was split).
 *
 * Weight: `taskpane.js` gzipped in memory, as a server would send it. First screen: `taskpane.html`
 * served from the build folder and opened in headless Chromium, office.js served from
 * `node_modules` (outside Office it reports no host, and the pane says no workbook is connected):
 * the time from navigation to the first step's preset picker on screen, median over fresh contexts.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { serveFolder } from '../../test/e2e/support/staticServer';
import { atMost, reported, type Measure } from '../report';

/** The most the gzipped task pane may weigh, in KiB. */
export const BUNDLE_BUDGET_KIB = 200;

/** The most the pane's first screen may take, median, in ms. */
export const FIRST_RENDER_BUDGET_MS = 1500;

/** Fresh page loads per build; the median is reported. */
const LOADS = 7;

const KIB = 1024;
const ROOT = path.join(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const OFFICE_JS = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');

function build(out: string, oneChunk: boolean): Promise<void> {
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--mode', 'production'], {
      cwd: ROOT,
      env: { ...process.env, THIDUA_OUT: out, ...(oneChunk ? { THIDUA_ONE_CHUNK: '1' } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`the production build failed (exit ${String(code)}):\n${output}`));
    });
  });
}

const kib = (bytes: number): number => Math.round((bytes / KIB) * 10) / 10;
const round1 = (value: number): number => Math.round(value * 10) / 10;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Gzipped size of every script the build emitted, by file name. */
async function scripts(out: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const file of await readdir(out)) {
    if (file.endsWith('.js')) sizes.set(file, gzipSync(await readFile(path.join(out, file))).length);
  }
  return sizes;
}

/** Milliseconds from navigation to the preset picker on screen, one fresh context. */
async function firstRender(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 350, height: 900 } });
  try {
    // office.js as Microsoft's CDN would send it, from the package the add-in is typed against.
    await context.route('https://appsforoffice.microsoft.com/**', async (route) => {
      const name = path.basename(new URL(route.request().url()).pathname);
      try {
        const body = await readFile(path.join(OFFICE_JS, name));
        await route.fulfill({ status: 200, contentType: 'text/javascript', body });
      } catch {
        await route.fulfill({ status: 404, body: '' });
      }
    });
    const page = await context.newPage();
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole('combobox').first().waitFor({ state: 'visible', timeout: 30_000 });
    return await page.evaluate(() => performance.now());
  } finally {
    await context.close();
  }
}

/**
 * Builds the add-in for production twice (split, and one file as the baseline), weighs the task pane
 * and times its first screen in headless Chromium.
 * @returns the gzipped `taskpane.js` against 200 KiB, what the first screen fetches, the baseline's
 *   weight and the ratio; the median first screen against 1.5 s, the baseline's and the ratio
 * @example
 * const [gzipped] = await bundleMeasures(); gzipped.ok // true under 200 KiB
 */
export async function bundleMeasures(): Promise<Measure[]> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'thidua-bench-'));
  const single = await mkdtemp(path.join(os.tmpdir(), 'thidua-bench-one-'));
  try {
    await build(out, false);
    await build(single, true);
    const split = await scripts(out);
    const whole = await scripts(single);
    const pane = split.get('taskpane.js') ?? 0;
    const baseline = whole.get('taskpane.js') ?? 0;
    // An upper bound of what the first screen waits for: every script but the ribbon's, the later
    // steps' own chunks (a shared chunk is counted even when only a later step needs it) and the reader
    // of earlier years' workbooks, fetched only when the officer imports them.
    const initial = [...split]
      .filter(
        ([file]) =>
          !/^(commands|notice|step-(registrations|scores|summary)|earlier-books|xlsx-library)\./.test(file),
      )
      .reduce((sum, [, size]) => sum + size, 0);
    const minified = (await readFile(path.join(out, 'taskpane.js'))).length;

    const times = await renderTimes(out, single);
    return [
      atMost('bundle · taskpane.js gzipped', kib(pane), 'KiB', BUNDLE_BUDGET_KIB),
      reported('bundle · taskpane.js minified', kib(minified), 'KiB'),
      reported('bundle · first screen fetches at most, gzipped', kib(initial), 'KiB'),
      reported('bundle · one-file baseline, taskpane.js gzipped', kib(baseline), 'KiB'),
      reported('bundle · baseline ÷ ours', round1(baseline / pane), '×'),
      atMost(
        `bundle · first render (median of ${LOADS})`,
        Math.round(times.ours),
        'ms',
        FIRST_RENDER_BUDGET_MS,
      ),
      reported('bundle · first render, one-file baseline', Math.round(times.baseline), 'ms'),
      reported('bundle · first render, baseline ÷ ours', round1(times.baseline / times.ours), '×'),
    ];
  } finally {
    await rm(out, { recursive: true, force: true });
    await rm(single, { recursive: true, force: true });
  }
}

/** Median first screen of each build, their loads interleaved so both see the same machine. */
async function renderTimes(out: string, single: string): Promise<{ ours: number; baseline: number }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const ours = await serveFolder(out);
  const baseline = await serveFolder(single);
  try {
    // One load of each first, not counted: Chromium's own start-up.
    await firstRender(browser, ours.origin);
    await firstRender(browser, baseline.origin);
    const times = { ours: [] as number[], baseline: [] as number[] };
    for (let load = 0; load < LOADS; load++) {
      times.ours.push(await firstRender(browser, ours.origin));
      times.baseline.push(await firstRender(browser, baseline.origin));
    }
    return { ours: median(times.ours), baseline: median(times.baseline) };
  } finally {
    await ours.close();
    await baseline.close();
    await browser.close();
  }
}
