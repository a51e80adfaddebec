/**
 * Paths on the command line are taken from the run's working directory (not the process's), so a test
 * runs the command line in a folder of its own.
 */
import * as path from 'path';

/**
 * The absolute path of a path written on the command line.
 * @param cwd - the run's working directory
 * @param written - the path as written
 * @returns the absolute path
 * @example
 * resolvePath('/home/vp', 'so.xlsx') // '/home/vp/so.xlsx'
 */
export function resolvePath(cwd: string, written: string): string {
  return path.resolve(cwd, written);
}
