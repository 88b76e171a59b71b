import type { AccountKind, CommandRule } from '../decider/kind.js';
import { reject, type Rejection } from '../decider/rejection.js';
import type { Shape } from '../input/shape.js';
import { eventFreezer, type NestedFieldTable, type NestedFields, type SameNames } from '../freeze.js';
import type { FuturesCommandOf, FuturesCommandType } from './commands.js';
import { decideFuturesDeposit, decideFuturesWithdraw } from './commands/deposit.js';
import { decideAddMargin, decideRemoveMargin } from './commands/margin.js';
import { decideSettleFunding, decideUpdateMarks } from './commands/marks.js';
import { decideSetLeverage } from './commands/setLeverage.js';
import { decideFuturesLiquidate } from './commands/liquidate.js';
import { decideDeleverage, decideSettle } from './commands/close.js';
import { decideFuturesTrade } from './commands/trade.js';
import type { FuturesDraft } from './draft.js';
import { toFuturesEvent } from './eventSchema.js';
import type { FuturesEvent, FuturesEventPayloads } from './events.js';
import { futuresChanges } from './evolve.js';
import { futuresRiskOf, futuresStatusOf } from './positionMath.js';
import type { FuturesPosition, FuturesState } from './state.js';

type Rule = CommandRule<FuturesState, FuturesEvent>;

function rule<K extends FuturesCommandType>(shape: Shape<FuturesCommandOf<K>>, decide: (draft: FuturesDraft, command: FuturesCommandOf<K>) => Rejection | undefined): Rule {
  return { shape: shape as Shape<Record<string, unknown>>, decide: decide as Rule['decide'] };
}

/** Each futures command's fields and decider (a mapped type: a new command must say). */
const COMMANDS: { readonly [K in FuturesCommandType]: Rule } = {
  deposit: /* @__PURE__ */ rule<'deposit'>({ type: true, at: true, asset: true, amount: true }, decideFuturesDeposit),
  withdraw: /* @__PURE__ */ rule<'withdraw'>({ type: true, at: true, asset: true, amount: true }, decideFuturesWithdraw),
  setLeverage: /* @__PURE__ */ rule<'setLeverage'>({ type: true, at: true, market: true, leverage: true }, decideSetLeverage),
  trade: /* @__PURE__ */ rule<'trade'>({ type: true, at: true, market: true, side: true, quantity: true, price: true, role: true, feeRate: true, reduceOnly: true, positionSide: true }, decideFuturesTrade),
  addMargin: /* @__PURE__ */ rule<'addMargin'>({ type: true, at: true, market: true, amount: true, positionSide: true }, decideAddMargin),
  removeMargin: /* @__PURE__ */ rule<'removeMargin'>({ type: true, at: true, market: true, amount: true, positionSide: true }, decideRemoveMargin),
  updateMarks: /* @__PURE__ */ rule<'updateMarks'>({ type: true, at: true, marks: true }, decideUpdateMarks),
  settleFunding: /* @__PURE__ */ rule<'settleFunding'>({ type: true, at: true, market: true, rate: true }, decideSettleFunding),
  liquidate: /* @__PURE__ */ rule<'liquidate'>({ type: true, at: true, plan: true }, decideFuturesLiquidate),
  deleverage: /* @__PURE__ */ rule<'deleverage'>({ type: true, at: true, market: true, quantity: true, price: true, positionSide: true }, decideDeleverage),
  settle: /* @__PURE__ */ rule<'settle'>({ type: true, at: true, market: true, price: true }, decideSettle),
};

/** The fields of each event that hold records or lists (the marks, a liquidation's reductions and closes); the rest hold decimals and primitives. */
const NESTED: NestedFieldTable<FuturesEventPayloads> = {
  Deposited: {},
  Withdrawn: {},
  LeverageSet: {},
  PositionChanged: {},
  MarginAdded: {},
  MarginRemoved: {},
  MarksUpdated: { marks: true },
  FundingSettled: {},
  Liquidated: { reductions: true, closes: true },
  Deleveraged: {},
  Settled: {},
  StatusChanged: {},
};

/** A position holds decimals and primitives only: what `freezePositions` relies on (it does not compile otherwise). */
const POSITIONS_WALKED: SameNames<NestedFields<FuturesPosition>, never> = true;

/** Freezes a state's positions as `deepFreeze` would — the record and each position not frozen yet — without a generic walk of the positions' fields. */
function freezePositions(positions: FuturesState['positions']): void {
  void POSITIONS_WALKED;
  if (Object.isFrozen(positions)) return;
  Object.freeze(positions);
  for (const key in positions) Object.freeze(positions[key]);
}

/** What a futures account in `liquidation` still accepts: marks, funding, deposits, margin added, its liquidation, ADL and settlement. */
const ALLOWED_IN_LIQUIDATION: ReadonlySet<string> = new Set(['updateMarks', 'settleFunding', 'deposit', 'addMargin', 'liquidate', 'deleverage', 'settle']);

/**
 * The futures account as the shared decider runs it: nothing falls due between commands (funding
 * is a command: the venue's clock is the caller's), a liquidating account takes only marks,
 * funding, deposits and margin, and the status is re-derived from the positions at mark after.
 */
export const FUTURES: AccountKind<FuturesState, FuturesEvent> = {
  name: 'futures',
  commands: COMMANDS,
  apply: futuresChanges,
  next: (s, c, at) => ({
    kind: 'futures',
    config: s.config,
    rules: s.rules,
    wallet: c.wallet ?? s.wallet,
    positions: c.positions ?? s.positions,
    leverage: c.leverage ?? s.leverage,
    marks: c.marks ?? s.marks,
    status: c.status ?? s.status,
    at,
    version: s.version + 1,
  }),
  freeze: (s) => {
    // leverage and marks hold decimals only, which stay unfrozen (docs/decisions/0010-performance.md §3)
    Object.freeze(s.leverage);
    Object.freeze(s.marks);
    freezePositions(s.positions);
    return Object.freeze(s);
  },
  freezeEvent: /* @__PURE__ */ eventFreezer<FuturesEvent>(NESTED),
  toEvent: toFuturesEvent,
  due: () => undefined,
  // nothing falls due before the gate, so the state's status is current (every command settles it; snapshots are checked)
  gate: (draft, type) =>
    draft.state.status === 'liquidation' && !ALLOWED_IN_LIQUIDATION.has(type)
      ? reject('LIQUIDATION_IN_PROGRESS', `${type} is not accepted while the account is being liquidated`, { type })
      : undefined,
  settle: (draft) => {
    const next = futuresStatusOf(draft.state);
    if (next !== draft.state.status) draft.emit({ type: 'StatusChanged', at: draft.at, from: draft.state.status, to: next, riskRate: futuresRiskOf(draft.state) });
  },
};
