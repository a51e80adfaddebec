/**
 * What a command writes to and where it runs, passed in so the command line runs inside a test as it
 * runs in a terminal.
 */

/** A text sink: `process.stdout`, or a test's collector. */
export interface TextOutput {
  write(text: string): unknown;
}

/** The streams and working directory of a run. */
export interface CliIo {
  stdout: TextOutput;
  stderr: TextOutput;
  /** Relative paths on the command line are taken from here. */
  cwd: string;
}
