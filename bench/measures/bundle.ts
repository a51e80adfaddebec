/**
 * The size of the production task pane bundle: a production webpack build into a temporary folder
 * (`THIDUA_OUT`), then `taskpane.js` gzipped in memory, as a server would send it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { atMost, reported, type Measure } from '../report';

/** The most the gzipped task pane may weigh, in KiB. */
export const BUNDLE_BUDGET_KIB = 300;

const KIB = 1024;

function build(out: string): Promise<void> {
  const root = path.join(__dirname, '..', '..');
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [root] });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--mode', 'production'], {
      cwd: root,
      env: { ...process.env, THIDUA_OUT: out },
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

/**
 * Builds the add-in for production and weighs the task pane.
 * @returns the gzipped size against the target, and the minified size
 * @example
 * const [gzipped] = await bundleMeasures(); gzipped.ok // true under 300 KiB
 */
export async function bundleMeasures(): Promise<Measure[]> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'thidua-bench-'));
  try {
    await build(out);
    const taskpane = await readFile(path.join(out, 'taskpane.js'));
    const gzipped = gzipSync(taskpane).length;
    return [
      atMost('bundle · taskpane.js gzipped', Math.round((gzipped / KIB) * 10) / 10, 'KiB', BUNDLE_BUDGET_KIB),
      reported('bundle · taskpane.js minified', Math.round((taskpane.length / KIB) * 10) / 10, 'KiB'),
    ];
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
