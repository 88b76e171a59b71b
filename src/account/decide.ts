import { MarginError, shown } from '../errors.js';
import { toEpochMs } from '../input/instant.js';
import { requireShape, type Shape } from '../input/shape.js';
import type { AccountCommand, CommandOf, CommandType, Decision, Rejection } from './commands.js';
import { decideApplyCoupon } from './commands/applyCoupon.js';
import { decideBorrow } from './commands/borrow.js';
import { decideDeposit } from './commands/deposit.js';
import { decideLiquidate } from './commands/liquidate.js';
import { decideRepay } from './commands/repay.js';
import { decideRepayAll } from './commands/repayAll.js';
import { decideTrade } from './commands/trade.js';
import { decideUpdatePrices } from './commands/updatePrices.js';
import { decideWithdraw } from './commands/withdraw.js';
import { Draft, reject } from './draft.js';
import type { AccountEvent } from './events.js';
import { interestDue } from './interestDue.js';
import { requireState } from './limits.js';
import type { AccountState } from './state.js';
import { riskMeasureOf, statusFrom, valuationOf } from './valuation.js';

type Deciders = { readonly [K in CommandType]: (draft: Draft, command: CommandOf<K>) => Rejection | undefined };

const deciders: Deciders = {
  deposit: decideDeposit,
  withdraw: decideWithdraw,
  borrow: decideBorrow,
  repay: decideRepay,
  repayAll: decideRepayAll,
  trade: decideTrade,
  accrue: () => undefined,
  updatePrices: decideUpdatePrices,
  applyCoupon: decideApplyCoupon,
  liquidate: decideLiquidate,
};

/** The fields each command may carry (a mapped type: a new command must say). */
const SHAPES: { readonly [K in CommandType]: Shape<CommandOf<K>> } = {
  deposit: { type: true, at: true, asset: true, amount: true },
  withdraw: { type: true, at: true, asset: true, amount: true },
  borrow: { type: true, at: true, asset: true, amount: true, poolRemaining: true },
  repay: { type: true, at: true, asset: true, amount: true },
  repayAll: { type: true, at: true },
  trade: { type: true, at: true, side: true, quantity: true, price: true, base: true, quote: true, autoBorrow: true, autoRepay: true, poolRemaining: true },
  accrue: { type: true, at: true },
  updatePrices: { type: true, at: true, prices: true },
  applyCoupon: { type: true, at: true, asset: true, rateMultiplier: true, from: true, to: true },
  liquidate: { type: true, at: true, plan: true },
};

/** What a `liquidation` status still accepts (SPEC §9). */
const ALLOWED_IN_LIQUIDATION: ReadonlySet<CommandType> = new Set(['updatePrices', 'accrue', 'deposit', 'liquidate']);

/** A decision with the state its events lead to (what `execute` returns without applying them twice). */
export type DecisionWithState = { readonly ok: true; readonly events: readonly AccountEvent[]; readonly state: AccountState } | { readonly ok: false; readonly rejection: Rejection };

/** The command's type, checked as an own name of the command table (`INVALID_COMMAND`). */
function commandType(command: unknown): CommandType {
  if (typeof command !== 'object' || command === null) throw new MarginError('INVALID_COMMAND', `a command must be an object, got ${shown(command)}`, { field: 'command', value: shown(command) });
  const type: unknown = (command as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(deciders, type)) {
    throw new MarginError('INVALID_COMMAND', `unknown command type ${shown(type)}`, { field: 'type', value: shown(type) });
  }
  return type as CommandType;
}

/** `decide`, keeping the draft's final state. */
export function decideWithState(state: AccountState, command: AccountCommand): DecisionWithState {
  requireState(state);
  const type = commandType(command);
  requireShape(command, 'command', SHAPES[type] as Shape<AccountCommand>, 'INVALID_COMMAND', 'INVALID_COMMAND');
  const at = toEpochMs(command.at, 'at', 'INVALID_COMMAND');
  if (at < state.at) return { ok: false, rejection: reject('CLOCK_REWIND', `command at ${at} is before the account's time ${state.at}`, { at: String(at), accountAt: String(state.at) }) };

  const draft = new Draft(state, at);
  for (const due of interestDue(state, at)) draft.emit('InterestCharged', due);
  if (statusFrom(draft.state) === 'liquidation' && !ALLOWED_IN_LIQUIDATION.has(type)) {
    return { ok: false, rejection: reject('LIQUIDATION_IN_PROGRESS', `${type} is not accepted while the account is being liquidated`, { type }) };
  }
  const rejection = (deciders[type] as (d: Draft, c: AccountCommand) => Rejection | undefined)(draft, command);
  if (rejection) return { ok: false, rejection };

  const valuation = valuationOf(draft.state);
  const next = statusFrom(draft.state, valuation);
  if (next !== draft.state.status) draft.emit('StatusChanged', { from: draft.state.status, to: next, riskRate: riskMeasureOf(draft.state, valuation) });
  return { ok: true, events: Object.freeze(draft.events), state: draft.state };
}

/**
 * Decides a command against a state: `{ ok: true, events }` — the interest due up to `at` first,
 * then the command's own events, then a `StatusChanged` if the status moved — or
 * `{ ok: false, rejection }` for a business rejection (the state is untouched either way).
 * Malformed commands — an unknown type or field, a bad amount, a non-boolean flag, `at` outside
 * the instant range — throw `INVALID_COMMAND` (or the decimal's code) naming the field; a state not
 * made by the library is `INVALID_STATE`. A well-formed command never throws. Docs: docs/state-machine.md.
 *
 * @example
 * decide(state, { type: 'borrow', at, asset: 'USDT', amount: '2000' })
 * // → { ok: true, events: [Borrowed, InterestCharged] } or { ok: false, rejection: { code: 'BORROW_LIMIT', … } }
 */
export function decide(state: AccountState, command: AccountCommand): Decision {
  const decision = decideWithState(state, command);
  return decision.ok ? { ok: true, events: decision.events } : decision;
}
