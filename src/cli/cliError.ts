/**
 * The one error the commands throw to stop: a one-line Vietnamese message and the exit code.
 */

/** Exit codes of the command line (DESIGN.md, "Command line"). */
export const EXIT = {
  /** Done; `check` found no errors. */
  ok: 0,
  /** `check` found errors in the workbook. */
  errorsFound: 1,
  /** Unreadable input or wrong usage: nothing was written. */
  badInput: 2,
} as const;

/** An exit code. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Stops a command with a message for the officer and an exit code. */
export class CliError extends Error {
  /**
   * @param message - one line in Vietnamese naming the problem and, where there is one, the way out
   * @param exitCode - the exit code, {@link EXIT.badInput} unless said otherwise
   */
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.badInput,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
