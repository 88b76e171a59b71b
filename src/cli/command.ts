import { MarginError, shown } from '../errors.js';
import { toEpochMs } from '../input/instant.js';
import { venuePresets } from '../venues/venuePresets.js';

/** One flag: named like the API field it fills. */
export interface Flag {
  readonly type: 'string' | 'boolean';
  readonly description: string;
  /** Shown in --help; the library's own default applies when the flag is absent. */
  readonly defaultText?: string;
}

export type FlagValues = Readonly<Record<string, string | boolean | undefined>>;

/** What a command needs from the outside world; `main.ts` supplies the real one. */
export interface CommandIO {
  readonly readText: (path: string) => string;
  /** The package's version, for `--version`. */
  readonly version?: string;
}

/** A command's answer: text for people, a JSON value for `--json`, files to write. */
export interface CommandResult {
  readonly text: string;
  readonly json: unknown;
  readonly files?: readonly { readonly path: string; readonly content: string }[];
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Which library function it mirrors, for --help. */
  readonly mirrors: string;
  readonly flags: Readonly<Record<string, Flag>>;
  readonly examples: readonly string[];
  readonly run: (values: FlagValues, io: CommandIO) => CommandResult;
}

/** Flags every command takes. */
export const COMMON_FLAGS: Readonly<Record<string, Flag>> = {
  venue: { type: 'string', description: `a venue preset: ${Object.keys(venuePresets).join(', ')}` },
  json: { type: 'boolean', description: 'print the result as JSON' },
  help: { type: 'boolean', description: 'show this help' },
};

/** A string flag's value, or `MISSING_INPUT` naming it. */
export function required(values: FlagValues, name: string): string {
  const value = values[name];
  if (typeof value !== 'string') throw new MarginError('MISSING_INPUT', `--${name} is required`, { field: name });
  return value;
}

/** A string flag's value when given. */
export function optional(values: FlagValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** `{ [key]: value }` when the flag was given, else `{}` — for building inputs with optional fields. */
export function given<K extends string>(values: FlagValues, name: string, key: K): { [P in K]?: string } {
  const value = optional(values, name);
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

/** A plain non-negative number flag (hours, scale), or `INVALID_OPTION` naming it. */
export function numberFlag(values: FlagValues, name: string): number | undefined {
  const value = optional(values, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(n)) throw new MarginError('INVALID_OPTION', `--${name} must be a number, got ${shown(value)}`, { field: name, value: shown(value) });
  return n;
}

// ISO-8601 as the CLI reads it: a date (UTC midnight), or a date and time with `Z` or an offset —
// never a local time, and nothing `Date.parse` merely guesses at (' 1' would be the year 2001).
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** An instant written as ISO-8601 (`2024-03-01T13:20:00Z`) or epoch milliseconds, else `INVALID_TIME` naming `field`. */
export function parseInstant(text: string, field: string): number {
  const t = /^\d{1,16}$/.test(text) ? Number(text) : ISO_INSTANT.test(text) ? Date.parse(text) : NaN;
  if (!Number.isFinite(t)) {
    throw new MarginError('INVALID_TIME', `${field} must be an ISO-8601 instant with Z or an offset (2024-03-01T13:20:00Z) or epoch milliseconds, got ${shown(text)}`, { field, value: shown(text) });
  }
  return toEpochMs(t, field);
}

/** An instant flag: ISO-8601 (`2024-03-01T13:20:00Z`) or epoch milliseconds. */
export function instantFlag(values: FlagValues, name: string): number {
  return parseInstant(required(values, name), `--${name}`);
}

/** One of a fixed set of words, or `INVALID_OPTION` listing them. */
export function choice<T extends string>(values: FlagValues, name: string, allowed: readonly T[]): T | undefined {
  const value = optional(values, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new MarginError('INVALID_OPTION', `--${name} must be one of ${allowed.join(', ')}, got ${shown(value)}`, { field: name, value: shown(value) });
  }
  return value as T;
}

/** The text of the file a flag names; a file that cannot be read is bad input naming the flag. */
export function readFlagFile(values: FlagValues, name: string, io: CommandIO): string {
  const path = required(values, name);
  try {
    return io.readText(path);
  } catch (error) {
    throw new MarginError('INVALID_OPTION', `--${name} ${path}: ${error instanceof Error ? error.message : String(error)}`, { field: name, value: path });
  }
}
