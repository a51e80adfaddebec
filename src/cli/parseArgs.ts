/**
 * Reading a command's arguments against what the command accepts, with messages in Vietnamese.
 */
import { CliError } from './cliError';

/** What a command accepts. */
export interface ArgSpec {
  /** The command's name, for messages (`init`). */
  command: string;
  /** Names of the positional arguments, all required, in order (shown in messages). */
  positionals: string[];
  /** The last positional may be given more than once (`<unit.xlsx>…`). */
  repeatLast?: boolean;
  /** Flags without a value: long name → aliases (`json` → `[]`, `help` → `['h']`). */
  flags: Record<string, string[]>;
  /** Options that take a value: long name → aliases (`output` → `['o']`). */
  options: Record<string, string[]>;
}

/** Arguments as read. */
export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/**
 * Reads arguments. `--name value` and `--name=value` are both accepted; `--` ends the options.
 * `--help` is always accepted and, when given, the positionals are not required.
 *
 * @param argv - the arguments after the command name
 * @param spec - what the command accepts
 * @returns the arguments
 * @throws {@link CliError} (exit 2) on an unknown option, a missing value, a missing or extra argument
 * @example
 * parseArgs(['book.xlsx', '--json'], { command: 'check', positionals: ['book.xlsx'], flags: { json: [] }, options: {} })
 * //=> { positionals: ['book.xlsx'], flags: Set { 'json' }, options: Map {} }
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positionals: string[] = [];
  const flagNames = namesOf({ ...spec.flags, help: ['h'] });
  const optionNames = namesOf(spec.options);
  const hint = `Xem "thidua ${spec.command} --help".`;

  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const written = eq > 0 ? arg.slice(0, eq) : arg;
    const bare = written.replace(/^--?/, '');
    const flag = flagNames.get(bare);
    const option = optionNames.get(bare);
    if (flag !== undefined && eq < 0) {
      flags.add(flag);
    } else if (option !== undefined) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new CliError(`Thiếu giá trị sau ${written}. ${hint}`);
      if (options.has(option)) throw new CliError(`Tuỳ chọn ${written} được ghi hai lần. ${hint}`);
      options.set(option, value);
    } else {
      throw new CliError(`Lệnh "${spec.command}" không có tuỳ chọn ${written}. ${hint}`);
    }
  }

  if (!flags.has('help')) {
    if (positionals.length < spec.positionals.length) {
      const missing = spec.positionals.slice(positionals.length).map((name) => `<${name}>`);
      throw new CliError(`Thiếu ${missing.join(' ')} cho lệnh "${spec.command}". ${hint}`);
    }
    if (positionals.length > spec.positionals.length && spec.repeatLast !== true) {
      const extra = positionals.slice(spec.positionals.length).join(' ');
      throw new CliError(`Thừa tham số "${extra}" cho lệnh "${spec.command}". ${hint}`);
    }
  }
  return { positionals, flags, options };
}

function namesOf(spec: Record<string, string[]>): Map<string, string> {
  const names = new Map<string, string>();
  for (const [name, aliases] of Object.entries(spec)) {
    names.set(name, name);
    for (const alias of aliases) names.set(alias, name);
  }
  return names;
}
