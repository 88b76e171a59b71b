import { COMMON_FLAGS, type Command } from './command.js';
import { COMMANDS } from './commands/index.js';

/** The top-level usage. */
export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'margin-math — exact margin-trading arithmetic from the command line',
    '',
    'usage: margin-math <command> [--flags] [--venue <preset>] [--json]   (margin-math --version)',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "run 'margin-math <command> --help' for a command's flags. Bad input exits with code 2 (with --json, the",
    'error as JSON on stderr). Formula pages: node_modules/margin-math/docs/.',
  ].join('\n');
}

/** One command's usage: its flags (named like the API fields), defaults and examples. */
export function commandHelp(command: Command): string {
  const flags = { ...command.flags, ...COMMON_FLAGS };
  const width = Math.max(...Object.keys(flags).map((f) => f.length)) + 2;
  return [
    `margin-math ${command.name} — ${command.summary}`,
    `mirrors ${command.mirrors}`,
    '',
    'flags:',
    ...Object.entries(flags).map(([name, f]) => `  --${name.padEnd(width)}${f.description}${f.defaultText === undefined ? '' : ` (default: ${f.defaultText})`}`),
    '',
    'examples:',
    ...command.examples.map((e) => `  ${e}`),
  ].join('\n');
}
