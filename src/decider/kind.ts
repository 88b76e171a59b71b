import type { Shape } from '../input/shape.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import type { StateKind } from '../sealed.js';
import type { Draft } from './draft.js';
import type { Rejection } from './rejection.js';

/** What every account state has: its time, the events applied so far, and its status. */
export interface Versioned {
  readonly at: number;
  readonly version: number;
  readonly status: RiskStatus;
}

/** A command or an event: a `type` name and an instant. */
export interface Stamped {
  readonly type: string;
  readonly at: number;
}

/** How one command of a kind is read and decided. */
export interface CommandRule<S extends Versioned, E extends Stamped> {
  /** The fields the command may carry (`type` and `at` included). */
  readonly shape: Shape<Record<string, unknown>>;
  /** Emits the command's events on the draft, or returns why it is refused. */
  readonly decide: (draft: Draft<S, E>, command: never) => Rejection | undefined;
}

/**
 * One account kind as the shared decider sees it ([docs/decisions/0014-futures-account.md](../../docs/decisions/0014-futures-account.md)): its
 * commands, how its events change a state, how an event is read from outside, and the three hooks
 * around every command — the events due by the command's time (interest, none), which commands the
 * status refuses, and the status change after. `decide`, `evolve`, `replay` and `execute` are the
 * same code for both kinds.
 */
export interface AccountKind<S extends Versioned, E extends Stamped> {
  readonly name: StateKind;
  readonly commands: Readonly<Record<string, CommandRule<S, E>>>;
  /** The state changes of one event the library made (already well-formed); throws `INVALID_EVENT` when it cannot apply. */
  readonly apply: (state: S, event: E) => Partial<S>;
  /**
   * The state with `changes` applied, at `at`, one version on — built as one object literal that
   * names every field: V8 freezes such an object about ten times faster than a spread copy.
   */
  readonly next: (state: S, changes: Partial<S>, at: number) => S;
  /**
   * Freezes, deeply, a state `next` built from a sealed one: the state and its records, without
   * walking its `config` and `rules` (the sealed state's, already frozen) or its decimals —
   * a generic walk of every field cost twice as much (measured 210 against 90 ns a state).
   */
  readonly freeze: (state: S) => S;
  /** Freezes, deeply, an event a decision wrote (`eventFreezer` of the kind's table of nested fields). */
  readonly freezeEvent: (event: E) => E;
  /** An event from outside the library, read strictly (`INVALID_EVENT`); the type must be one of this kind's. */
  readonly toEvent: (value: unknown) => E;
  /** Emits what falls due by the draft's time before the command acts (the margin account's interest). */
  readonly due: (draft: Draft<S, E>) => void;
  /** Why the command `type` is refused in the draft's status, if it is. */
  readonly gate: (draft: Draft<S, E>, type: string) => Rejection | undefined;
  /** Emits the status change the command's events caused, if any. */
  readonly settle: (draft: Draft<S, E>) => void;
}
