import { spawnSync } from 'child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'fs';
import { tmpdir } from 'os';
import { delimiter, join } from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain Node script, run by npm run check before anything is compiled
const script = require('../../scripts/ensure-system-tools.js') as {
  installCommand: (packages: readonly string[], asRoot: boolean) => string;
  isDebianLike: (osRelease: string) => boolean;
  installAccess: (machine: {
    isRoot: boolean;
    passwordlessSudo: boolean;
    debianLike: boolean;
    aptGet: boolean;
    forbidden: boolean;
  }) => { via: 'root' | 'sudo' } | { via: null; reason: string };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the list the script reads
const { systemTools } = require('../../scripts/system-tools.js') as {
  systemTools: readonly { package: string; neededFor: string }[];
};

const scriptPath = join(__dirname, '..', '..', 'scripts', 'ensure-system-tools.js');
const realPath = process.env.PATH ?? '';
const madeFolders: string[] = [];

afterAll(() => {
  for (const folder of madeFolders) rmSync(folder, { recursive: true, force: true });
});

/**
 * A PATH holding every command of the real PATH except `hidden`, with apt-get and sudo replaced by
 * stand-ins that append their arguments (and DEBIAN_FRONTEND) to a log and exit with `aptStatus` on
 * install: nothing here ever reaches the real apt-get.
 */
function pathWithout(hidden: readonly string[], aptStatus = 0): { path: string; log: string } {
  const folder = mkdtempSync(join(tmpdir(), 'thidua-path-'));
  madeFolders.push(folder);
  const mirror = join(folder, 'bin');
  const fakes = join(folder, 'fakes');
  const log = join(folder, 'apt.log');
  mkdirSync(mirror);
  mkdirSync(fakes);
  const skipped = new Set([...hidden, 'apt-get', 'sudo']);
  for (const dir of realPath.split(delimiter)) {
    if (dir === '' || !existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (skipped.has(name) || existsSync(join(mirror, name))) continue;
      symlinkSync(join(dir, name), join(mirror, name));
    }
  }
  const fake = (name: string, body: string): void => {
    writeFileSync(join(fakes, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(fakes, name), 0o755);
  };
  fake(
    'apt-get',
    `echo "$DEBIAN_FRONTEND apt-get $*" >> '${log}'\n` +
      `if [ "$1" = install ]; then echo 'E: Unable to locate package (stand-in)' >&2; exit ${aptStatus}; fi`,
  );
  fake('sudo', `echo "sudo $*" >> '${log}'\n[ "$1" = -n ] && shift\nexec "$@"`);
  return { path: [fakes, mirror].join(delimiter), log };
}

function run(env: NodeJS.ProcessEnv, args: string[] = []) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [scriptPath, ...args], {
    env,
    encoding: 'utf8',
    timeout: 60000,
  });
  return { ...result, output: `${result.stdout}${result.stderr}`, seconds: (Date.now() - started) / 1000 };
}

function aptLog(log: string): string[] {
  return existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
}

const isRoot = process.getuid?.() === 0;

// Each case spawns the script; the bound that matters (seconds) is asserted inside.
jest.setTimeout(60_000);

describe('ensure-system-tools', () => {
  it('exits 0 within seconds when every tool of the list is there', () => {
    const result = run({ ...process.env, THIDUA_NO_INSTALL: '1' });
    expect(result.output).toContain('Đủ công cụ hệ thống');
    expect(result.status).toBe(0);
    expect(result.seconds).toBeLessThan(10);
  });

  it('names the missing packages and the command to install them, and installs nothing when forbidden', () => {
    const { path, log } = pathWithout(['xmllint', 'pdftoppm']);
    const result = run({ ...process.env, PATH: path, THIDUA_NO_INSTALL: '1' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('libxml2-utils (xmllint)');
    expect(result.stderr).toContain('poppler-utils (pdftotext, pdftoppm)');
    expect(result.stderr).toContain(script.installCommand(['libxml2-utils', 'poppler-utils'], isRoot));
    expect(result.stderr).not.toContain('libreoffice-calc');
    expect(result.seconds).toBeLessThan(10);
    expect(aptLog(log)).toEqual([]);
  });

  it('runs apt-get update then a non-interactive install of only the missing package, and stops on its error', () => {
    const { path, log } = pathWithout(['xmllint'], 100);
    const result = run({ ...process.env, PATH: path, THIDUA_NO_INSTALL: '' });
    const apt = aptLog(log).filter((line) => !line.startsWith('sudo '));
    expect(apt).toEqual([
      'noninteractive apt-get update',
      'noninteractive apt-get install -y --no-install-recommends libxml2-utils',
    ]);
    expect(result.stderr).toContain('E: Unable to locate package (stand-in)');
    expect(result.stderr).toContain('apt-get install thất bại (mã 100)');
    expect(result.status).toBe(1);
  });

  it('reports a package still missing after apt-get succeeded', () => {
    const { path } = pathWithout(['soffice'], 0);
    const result = run({ ...process.env, PATH: path, THIDUA_NO_INSTALL: '' });
    expect(result.stderr).toContain('vẫn thiếu');
    expect(result.stderr).toContain('libreoffice-calc (soffice)');
    expect(result.status).toBe(1);
  });

  it('lists every package of the list with what the tests need it for', () => {
    const result = run(process.env, ['--list']);
    expect(result.status).toBe(0);
    for (const tool of systemTools) expect(result.stdout).toContain(`${tool.package} (`);
    for (const tool of systemTools) expect(result.stdout).toContain(tool.neededFor);
  });

  it('installs as root, through sudo without a password, or not at all', () => {
    const debian = {
      isRoot: false,
      passwordlessSudo: false,
      debianLike: true,
      aptGet: true,
      forbidden: false,
    };
    expect(script.installAccess({ ...debian, isRoot: true })).toEqual({ via: 'root' });
    expect(script.installAccess({ ...debian, passwordlessSudo: true })).toEqual({ via: 'sudo' });
    expect(script.installAccess(debian).via).toBeNull();
    expect(script.installAccess({ ...debian, isRoot: true, debianLike: false }).via).toBeNull();
    expect(script.installAccess({ ...debian, isRoot: true, aptGet: false }).via).toBeNull();
    expect(script.installAccess({ ...debian, isRoot: true, forbidden: true }).via).toBeNull();
  });

  it('prints the command with sudo for a user and without it for root', () => {
    expect(script.installCommand(['chromium'], false)).toBe(
      'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium',
    );
    expect(script.installCommand(['chromium', 'poppler-utils'], true)).toBe(
      'apt-get update && apt-get install -y --no-install-recommends chromium poppler-utils',
    );
  });

  it('recognises Debian and distributions built on it from /etc/os-release', () => {
    expect(script.isDebianLike('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n')).toBe(true);
    expect(script.isDebianLike('ID=ubuntu\nID_LIKE=debian\n')).toBe(true);
    expect(script.isDebianLike('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe(true);
    expect(script.isDebianLike('ID="fedora"\n')).toBe(false);
    expect(script.isDebianLike('ID=opensuse-tumbleweed\nID_LIKE="opensuse suse"\n')).toBe(false);
    expect(script.isDebianLike('')).toBe(false);
  });
});
