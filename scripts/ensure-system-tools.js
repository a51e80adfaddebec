#!/usr/bin/env node
// First step of `npm run check`: the tests need Debian packages besides Node (scripts/system-tools.js).
// Without this, a fresh machine fails minutes into the run, at the first test that needs one. Missing
// packages are installed with apt-get where that needs no password; otherwise the run stops at once
// with the command to type.
//
//   node scripts/ensure-system-tools.js          check, install what is missing when it can
//   node scripts/ensure-system-tools.js --list   print the list and exit
//   THIDUA_NO_INSTALL=1 …                        check only: never runs apt-get
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { systemTools } = require('./system-tools.js');

/** @typedef {import('./system-tools.js').SystemTool} SystemTool */
/** @typedef {import('./system-tools.js').Probe} Probe */

/**
 * The executable called `name` in a folder of PATH, or null.
 * @param {string} name
 * @param {string | undefined} searchPath - a PATH value
 * @returns {string | null}
 */
function findOnPath(name, searchPath) {
  for (const folder of (searchPath ?? '').split(path.delimiter)) {
    if (folder === '') continue;
    const candidate = path.join(folder, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/** @param {string} file */
function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Whether what a probe looks for is on this machine.
 * @param {Probe} probe
 * @param {NodeJS.ProcessEnv} env - PATH is read from here
 * @returns {boolean}
 */
function probeFinds(probe, env) {
  if ('commands' in probe) return probe.commands.every((name) => findOnPath(name, env.PATH) !== null);
  if ('file' in probe) return isExecutable(probe.file);
  if ('python' in probe) {
    if (!isExecutable(probe.python)) return false;
    const run = spawnSync(probe.python, ['-c', `import ${probe.module}`], {
      stdio: 'ignore',
      timeout: 30000,
    });
    return run.status === 0;
  }
  // Without fontconfig no program here can find a font, so a missing fc-list counts as a missing font.
  const fcList = findOnPath('fc-list', env.PATH);
  if (fcList === null) return false;
  const run = spawnSync(fcList, [fontPattern(probe), 'family'], {
    encoding: 'utf8',
    timeout: 30000,
  });
  return run.status === 0 && run.stdout.trim() !== '';
}

/**
 * The tools of the list this machine lacks.
 * @param {readonly SystemTool[]} tools
 * @param {NodeJS.ProcessEnv} env
 * @returns {SystemTool[]}
 */
function missingTools(tools, env) {
  return tools.filter((tool) => !probeFinds(tool.probe, env));
}

/**
 * What a probe looks for, in words.
 * @param {Probe} probe
 * @returns {string}
 */
function describeProbe(probe) {
  if ('commands' in probe) return probe.commands.join(', ');
  if ('file' in probe) return probe.file;
  if ('python' in probe) return `${probe.python} -c 'import ${probe.module}'`;
  return `fc-list '${fontPattern(probe)}'`;
}

/**
 * The fontconfig pattern of a font probe: a family, a language, or both.
 * @param {{ fontLanguage?: string, fontFamily?: string }} probe
 * @returns {string}
 */
function fontPattern(probe) {
  const language = probe.fontLanguage === undefined ? '' : `:lang=${probe.fontLanguage}`;
  return `${probe.fontFamily ?? ''}${language}`;
}

/**
 * The command a person types to install the packages (update first: a fresh image has no package lists).
 * @param {readonly string[]} packages
 * @param {boolean} asRoot - without sudo when the user is root
 * @returns {string}
 * @example
 * installCommand(['poppler-utils'], false)
 * // 'sudo apt-get update && sudo apt-get install -y --no-install-recommends poppler-utils'
 */
function installCommand(packages, asRoot) {
  const sudo = asRoot ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/**
 * Whether /etc/os-release describes Debian or a distribution built on it (Ubuntu and its derivatives):
 * the package names of the list are Debian's.
 * @param {string} osRelease - the text of /etc/os-release
 * @returns {boolean}
 */
function isDebianLike(osRelease) {
  const words = [];
  for (const line of osRelease.split('\n')) {
    const match = /^(ID|ID_LIKE)=(.*)$/.exec(line.trim());
    if (match) words.push(...(match[2] ?? '').replace(/["']/g, '').split(/\s+/));
  }
  return words.some((word) => word === 'debian' || word === 'ubuntu');
}

/**
 * How this run may install packages: directly as root, through sudo without a password, or not at all
 * (with the reason).
 * @param {{ isRoot: boolean, passwordlessSudo: boolean, debianLike: boolean, aptGet: boolean, forbidden: boolean }} machine
 * @returns {{ via: 'root' | 'sudo' } | { via: null, reason: string }}
 * @example
 * installAccess({ isRoot: false, passwordlessSudo: true, debianLike: true, aptGet: true, forbidden: false })
 * // { via: 'sudo' }
 */
function installAccess(machine) {
  if (machine.forbidden) return { via: null, reason: 'THIDUA_NO_INSTALL cấm tự cài đặt' };
  if (!machine.debianLike || !machine.aptGet) {
    return { via: null, reason: 'máy này không phải Debian/Ubuntu có apt-get' };
  }
  if (machine.isRoot) return { via: 'root' };
  if (machine.passwordlessSudo) return { via: 'sudo' };
  return { via: null, reason: 'cần quyền root hoặc sudo không mật khẩu' };
}

/** @param {NodeJS.ProcessEnv} env */
function passwordlessSudo(env) {
  const sudo = findOnPath('sudo', env.PATH);
  if (sudo === null) return false;
  return spawnSync(sudo, ['-n', 'true'], { stdio: 'ignore', env, timeout: 10000 }).status === 0;
}

/** @returns {string} the text of /etc/os-release, or '' where there is none (not Linux) */
function readOsRelease() {
  try {
    return fs.readFileSync('/etc/os-release', 'utf8');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return '';
    throw error;
  }
}

/**
 * Runs apt-get non-interactively with its output shown.
 * @param {{ via: 'root' | 'sudo', executable: string }} runner - apt-get itself, or sudo (which resets the
 *   environment, so DEBIAN_FRONTEND goes through `env`)
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {string | null} why it failed, or null
 */
function aptGet(runner, args, env) {
  const apt = ['apt-get', ...args];
  const argv = runner.via === 'sudo' ? ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', ...apt] : args;
  console.log(`$ ${runner.via === 'sudo' ? 'sudo ' : ''}${apt.join(' ')}`);
  const run = spawnSync(runner.executable, argv, {
    stdio: 'inherit',
    env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (run.error) return `Không chạy được apt-get ${args[0]}: ${run.error.message}`;
  if (run.status !== 0) return `apt-get ${args[0]} thất bại (mã ${run.status ?? run.signal}); lỗi in ở trên.`;
  return null;
}

/**
 * @param {readonly SystemTool[]} tools
 * @returns {string}
 */
function listing(tools) {
  return tools
    .map((tool) => `  ${tool.package} (${describeProbe(tool.probe)}): ${tool.neededFor}`)
    .join('\n');
}

/**
 * Checks the list and installs what is missing where it can.
 * @param {NodeJS.ProcessEnv} env
 * @returns {number} the exit code: 0 when every tool is there (at the end)
 */
function ensureSystemTools(env) {
  const missing = missingTools(systemTools, env);
  if (missing.length === 0) {
    console.log(`Đủ công cụ hệ thống cho kiểm thử: ${systemTools.map((tool) => tool.package).join(', ')}.`);
    return 0;
  }
  const packages = missing.map((tool) => tool.package);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const forbidden = env.THIDUA_NO_INSTALL === '1';
  const access = installAccess({
    isRoot,
    forbidden,
    debianLike: isDebianLike(readOsRelease()),
    aptGet: findOnPath('apt-get', env.PATH) !== null,
    passwordlessSudo: !isRoot && !forbidden && passwordlessSudo(env),
  });
  if (access.via === null) {
    console.error(
      `Thiếu gói hệ thống mà kiểm thử cần:\n${listing(missing)}\n` +
        `Không tự cài được (${access.reason}). Chạy lệnh này rồi chạy lại npm run check:\n` +
        `  ${installCommand(packages, isRoot)}`,
    );
    return 1;
  }
  console.log(`Cài gói hệ thống còn thiếu bằng apt-get:\n${listing(missing)}`);
  const runner = {
    via: access.via,
    executable: /** @type {string} */ (findOnPath(access.via === 'sudo' ? 'sudo' : 'apt-get', env.PATH)),
  };
  // A fresh image has no package lists: update first. Either failure stops the run with apt-get's error.
  const failure =
    aptGet(runner, ['update'], env) ??
    aptGet(runner, ['install', '-y', '--no-install-recommends', ...packages], env);
  if (failure !== null) {
    console.error(failure);
    return 1;
  }
  const stillMissing = missingTools(missing, env);
  if (stillMissing.length > 0) {
    console.error(`apt-get đã chạy xong mà vẫn thiếu:\n${listing(stillMissing)}`);
    return 1;
  }
  console.log(`Đã cài: ${packages.join(', ')}.`);
  return 0;
}

module.exports = { findOnPath, missingTools, installCommand, isDebianLike, installAccess, ensureSystemTools };

if (require.main === module) {
  if (process.argv.includes('--list')) {
    console.log(`Gói Debian mà kiểm thử cần (scripts/system-tools.js):\n${listing(systemTools)}`);
  } else {
    process.exitCode = ensureSystemTools(process.env);
  }
}
