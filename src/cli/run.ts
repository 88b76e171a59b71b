import { parseArgs } from 'node:util';
import { toPlain } from '../account/json.js';
import { isMarginError, shown } from '../errors.js';
import { COMMON_FLAGS, type CommandIO } from './command.js';
import { COMMANDS } from './commands/index.js';
import { commandHelp, mainHelp } from './help.js';

/** What the process should do: print, write files, exit with a code. Computed without touching the world. */
export interface Outcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly files: readonly { readonly path: string; readonly content: string }[];
  readonly exitCode: 0 | 1 | 2;
}

/** Bad input: exit 2 with one line naming the flag — or, under `--json`, `{ "error": { code, message, field? } }` on stderr. */
function usageError(message: string, json: boolean, code = 'INVALID_OPTION', details: Readonly<Record<string, string>> = {}): Outcome {
  const stderr = json ? `${JSON.stringify({ error: { code, message, ...details } })}\n` : `margin-math: ${message}\n`;
  return { stdout: '', stderr, files: [], exitCode: 2 };
}

/** One line for a broken contract: the message without the library prefix, on one line. */
function oneLine(message: string): string {
  return message.replace(/^\[margin-math\] /, '').replace(/\s*\n\s*/g, ' ');
}

/**
 * Runs the CLI for `argv` (without node and the script). Exit code 0 on success, 2 with a one-line
 * message for bad input (unknown command or flag, a `MarginError`), 1 for anything unexpected; with
 * `--json` the message is a JSON object on stderr, the exit code the same. `--version` prints the
 * package's version.
 */
export function runCli(argv: readonly string[], io: CommandIO): Outcome {
  const [name, ...rest] = argv;
  const json = argv.includes('--json');
  const names = COMMANDS.map((c) => c.name).join(', ');
  if (name === undefined) return usageError(`a command is required; commands: ${names} (see 'margin-math --help')`, json, 'MISSING_INPUT');
  if (name === '--help' || name === '-h' || name === 'help') return { stdout: `${mainHelp()}\n`, stderr: '', files: [], exitCode: 0 };
  if (name === '--version' || name === '-v' || name === 'version') return { stdout: `${io.version ?? 'unknown'}\n`, stderr: '', files: [], exitCode: 0 };
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) return usageError(`unknown command ${shown(name)}; commands: ${names}`, json, 'INVALID_OPTION', { field: 'command', value: shown(name) });
  const flags = { ...command.flags, ...COMMON_FLAGS };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...rest],
      options: Object.fromEntries(Object.entries(flags).map(([flag, f]) => [flag, { type: f.type }])),
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return usageError(`${command.name}: ${oneLine(error instanceof Error ? error.message : String(error))} (see 'margin-math ${command.name} --help')`, json);
  }
  if (values['help'] === true) return { stdout: `${commandHelp(command)}\n`, stderr: '', files: [], exitCode: 0 };
  try {
    const result = command.run(values, io);
    const stdout = values['json'] === true ? `${JSON.stringify(toPlain(result.json), null, 2)}\n` : `${result.text}\n`;
    return { stdout, stderr: '', files: result.files ?? [], exitCode: 0 };
  } catch (error) {
    if (isMarginError(error)) return usageError(`${command.name}: ${oneLine(error.message)}`, json, error.code, error.details as Record<string, string>);
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { stdout: '', stderr: json ? `${JSON.stringify({ error: { code: 'UNEXPECTED', message } })}\n` : `margin-math: unexpected error: ${message}\n`, files: [], exitCode: 1 };
  }
}
