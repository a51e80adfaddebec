/**
 * A command of the command line, as data: its name, usage, help text, accepted arguments and action.
 */
import type { CliIo } from './cliIo';
import type { ArgSpec, ParsedArgs } from './parseArgs';

/** A command (`init`, `check`, `rank`, `summary`). */
export interface Command {
  name: string;
  /** One line for the global help. */
  summary: string;
  /** `thidua check <book.xlsx> [--json]`. */
  usage: string;
  /** What `thidua <name> --help` prints after the usage line. */
  help: string;
  args: ArgSpec;
  /**
   * Runs the command.
   * @returns the exit code
   * @throws CliError to stop with a message and an exit code
   */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}
