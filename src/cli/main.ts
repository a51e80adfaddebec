/**
 * The command line: `thidua init | check | rank | summary | setup | merge | history | explain | lock |
 * unlock | print`. `main` runs one command line and returns its
 * exit code, so it runs the same in a terminal (bin/thidua.js) and inside a test.
 */
import { checkCommand } from './checkCommand';
import { CliError, EXIT } from './cliError';
import type { CliIo } from './cliIo';
import type { Command } from './command';
import { explainCommand } from './explainCommand';
import { initCommand } from './initCommand';
import { historyCommand } from './historyCommand';
import { lockCommand, unlockCommand } from './lockCommands';
import { mergeCommand } from './mergeCommand';
import { parseArgs } from './parseArgs';
import { rankCommand } from './rankCommand';
import { printCommand } from './printCommand';
import { setupCommand } from './setupCommand';
import { summaryCommand } from './summaryCommand';

export type { CliIo, TextOutput } from './cliIo';
export { EXIT } from './cliError';

/** The commands, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  initCommand,
  checkCommand,
  rankCommand,
  summaryCommand,
  setupCommand,
  mergeCommand,
  historyCommand,
  explainCommand,
  lockCommand,
  unlockCommand,
  printCommand,
];

/**
 * Runs one command line.
 *
 * Errors never escape: a problem with the input or the usage prints one line on stderr and gives exit
 * code 2; anything unexpected is reported the same way, with its first line.
 *
 * @param argv - the arguments after the program name (`['check', 'so.xlsx', '--json']`)
 * @param io - output streams and working directory
 * @returns the exit code: 0 done, 1 problems found (`check`: errors; `setup`, `merge`: nothing or not
 *   everything written, with the reasons), 2 unreadable input or wrong usage
 * @example
 * ```ts
 * const code = await main(['rank', 'so.xlsx', '--json'], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // Nothing asked: the usage goes where errors go, with the usage exit code.
    io.stderr.write(globalHelp());
    return EXIT.badInput;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write(topic === undefined ? globalHelp() : commandHelp(topic));
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr.write(
      `thidua: không có lệnh "${name}". Các lệnh: ${COMMANDS.map((c) => c.name).join(', ')}. Xem "thidua --help".\n`,
    );
    return EXIT.badInput;
  }
  try {
    const args = parseArgs(rest, command.args);
    if (args.flags.has('help')) {
      io.stdout.write(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`thidua ${command.name}: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr.write(`thidua ${command.name}: lỗi không lường trước: ${detail.split('\n')[0] ?? ''}\n`);
    return EXIT.badInput;
  }
}

function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'thidua — sổ thi đua, khen thưởng ngành Tư pháp trên tệp Excel (.xlsx)',
    '',
    'Cách dùng:',
    ...COMMANDS.map((c) => `  ${c.usage}`),
    '',
    'Các lệnh:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Xem hướng dẫn từng lệnh: thidua <lệnh> --help',
    'Mã thoát: 0 xong, 1 "check" thấy lỗi trong sổ ("setup", "merge": có phần không ghi được, xem lý do),',
    '2 không đọc được tệp hoặc sai cú pháp lệnh.',
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  return `Cách dùng: ${command.usage}\n\n${command.summary}\n\n${command.help}\n`;
}
