import { execFile } from 'child_process';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const root = join(__dirname, '..', '..', '..');

/**
 * Builds the add-in with its browser workbench into a new temporary folder: a development build
 * (fast, and the one `npm start` serves) without source maps.
 * @returns the folder holding workbench.html
 */
export function buildWorkbench(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'thidua-e2e-'));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'development', '--no-devtool'],
      { cwd: root, env: { ...process.env, THIDUA_OUT: out }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error === null) resolve(out);
        else reject(new Error(`The workbench build failed:\n${stdout}\n${stderr}`));
      },
    );
  });
}
