import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const root = join(__dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'thidua-build-'));

beforeAll(() => {
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: root,
    env: { ...process.env, THIDUA_OUT: out, THIDUA_URL: 'https://thidua.test/addin/' },
    stdio: 'pipe',
  });
}, 240_000);

describe('production build', () => {
  it('emits the task pane, the commands page and the manifest', () => {
    for (const file of [
      'taskpane.html',
      'taskpane.js',
      'commands.html',
      'commands.js',
      'notice.html',
      'notice.js',
      'manifest.xml',
      'help.html',
    ]) {
      expect(existsSync(join(out, file))).toBe(true);
    }
    expect(existsSync(join(out, 'assets', 'icon-80.png'))).toBe(true);
  });

  it('rewrites every localhost URL of the manifest to the production URL', () => {
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain('https://thidua.test/addin/taskpane.html');
    expect(manifest).toContain('<AppDomain>https://thidua.test/addin</AppDomain>');
  });

  it('keeps the browser workbench and HyperFormula out of the add-in', () => {
    expect(existsSync(join(out, 'workbench.html'))).toBe(false);
    // The pane's chunks too: steps and workbook code are fetched from the same folder.
    const scripts = readdirSync(out).filter((file) => file.endsWith('.js'));
    expect(scripts).toContain('taskpane.js');
    for (const file of scripts) expect(readFileSync(join(out, file), 'utf8')).not.toMatch(/hyperformula/i);
  });

  it('keeps the later steps and the workbook code out of the first script', () => {
    const scripts = readdirSync(out).filter((file) => file.endsWith('.js'));
    for (const chunk of ['step-registrations', 'step-scores', 'step-summary', 'workbook']) {
      expect(scripts.some((file) => file.startsWith(`${chunk}.`))).toBe(true);
    }
    // Text of the scores step (its gap list) and of the set-up's formulas are not in taskpane.js.
    const first = readFileSync(join(out, 'taskpane.js'), 'utf8');
    expect(first).not.toContain('COUNTIFS');
  });

  it('allows no script origin but its own and Microsoft office.js', () => {
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    const csp = /Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    const scripts = [...html.matchAll(/<script[^>]*src="?([^" >]+)/g)].map((m) => m[1] ?? '');
    for (const src of scripts)
      expect(src.startsWith('https://appsforoffice.microsoft.com/') || !src.includes('//')).toBe(true);
  });
});
