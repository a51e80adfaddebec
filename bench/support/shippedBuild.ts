/**
 * The timed child processes run the code as it ships: compiled by TypeScript with the project's own
 * settings, as `npm run build:cli` emits the command line and ts-loader the pane and the workbench.
 * Run through the development loader instead, every function of the source is wrapped in a naming
 * call (esbuild's keepNames), which costs a property definition each time a closure is created, a
 * cost the shipped code does not have.
 *
 * The build goes to `node_modules/.cache/thidua-bench` so that the compiled files find the project's
 * packages; it is made afresh once per bench run.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'node_modules', '.cache', 'thidua-bench');

/** The child processes the bench forks, by the name of their source file in `bench/`. */
export type BenchChild = 'domainProcess' | 'recalcProcess' | 'mergeProcess';

let built = false;

/**
 * The compiled file of a bench child process, building every child once per bench run.
 * @param child - the child's source file name in `bench/`, without extension
 * @returns the absolute path of its compiled JavaScript
 * @example
 * fork(shippedChild('domainProcess'), ['ministry'], { execArgv: ['--expose-gc'] })
 */
export function shippedChild(child: BenchChild): string {
  if (!built) {
    // A file left from an earlier build of a since-removed module must not be found instead.
    rmSync(OUT, { recursive: true, force: true });
    execFileSync(
      process.execPath,
      [
        require.resolve('typescript/bin/tsc'),
        '-p',
        path.join(ROOT, 'bench', 'tsconfig.build.json'),
        '--outDir',
        OUT,
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
    built = true;
  }
  return path.join(OUT, 'bench', `${child}.js`);
}
