import { MarginError } from '../errors.js';
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
import { interestDue } from './interestDue.js';
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

/** What a `liquidation` status still accepts (SPEC §9). */
const ALLOWED_IN_LIQUIDATION: ReadonlySet<CommandType> = new Set(['updatePrices', 'accrue', 'deposit', 'liquidate']);

/**
 * Decides a command against a state: `{ ok: true, events }` — the interest due up to `at` first,
 * then the command's own events, then a `StatusChanged` if the status moved — or
 * `{ ok: false, rejection }` for a business rejection (the state is untouched either way).
 * Malformed commands (garbage amounts, unknown types) throw `MarginError`. Docs: docs/state-machine.md.
 *
 * @example
 * decide(state, { type: 'borrow', at, asset: 'USDT', amount: '2000' })
 * // → { ok: true, events: [Borrowed, InterestCharged] } or { ok: false, rejection: { code: 'BORROW_LIMIT', … } }
 */
export function decide(state: AccountState, command: AccountCommand): Decision {
  const type = (command as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !(type in deciders)) {
    throw new MarginError('INVALID_COMMAND', `unknown command type ${String(type)}`, { field: 'type', value: String(type) });
  }
  if (!Number.isSafeInteger(command.at)) throw new MarginError('INVALID_COMMAND', `at must be epoch milliseconds, got ${String(command.at)}`, { field: 'at', value: String(command.at) });
  if (command.at < state.at) return { ok: false, rejection: reject('CLOCK_REWIND', `command at ${command.at} is before the account's time ${state.at}`, { at: String(command.at), accountAt: String(state.at) }) };

  const draft = new Draft(state, command.at);
  for (const due of interestDue(state, command.at)) draft.emit('InterestCharged', due);
  const status = statusFrom(draft.state);
  if (status === 'liquidation' && !ALLOWED_IN_LIQUIDATION.has(command.type)) {
    return { ok: false, rejection: reject('LIQUIDATION_IN_PROGRESS', `${command.type} is not accepted while the account is being liquidated`, { type: command.type }) };
  }
  const rejection = (deciders[command.type] as (d: Draft, c: AccountCommand) => Rejection | undefined)(draft, command);
  if (rejection) return { ok: false, rejection };

  const valuation = valuationOf(draft.state);
  const next = statusFrom(draft.state, valuation);
  if (next !== draft.state.status) draft.emit('StatusChanged', { from: draft.state.status, to: next, riskRate: riskMeasureOf(draft.state, valuation) });
  return { ok: true, events: Object.freeze(draft.events) };
}
