import { D, type Decimal } from '../decimal/constructor.js';
import { MarginError } from '../errors.js';
import { toLeverage } from '../borrowing/toLeverage.js';
import { execute } from '../decider/dispatch.js';
import type { FuturesCommand } from '../futures/commands.js';
import { createFuturesAccount } from '../futures/createFuturesAccount.js';
import type { FuturesEvent } from '../futures/events.js';
import { planFuturesLiquidation, type FuturesLiquidationPlan } from '../futures/planFuturesLiquidation.js';
import { positionView } from '../futures/positionView.js';
import type { FuturesState } from '../futures/state.js';
import { maxPositionSize } from '../positions/maxPositionSize.js';
import type { RiskStatus } from '../risk/riskStatus.js';
import type { PricePoint } from './pricePath.js';

/** A learner's perpetual: margin at a leverage, long or short, funding at a fixed rate every interval. */
export interface PerpetualScenario {
  readonly base: string;
  readonly quote: string;
  readonly deposit: string;
  readonly leverage: string;
  readonly side: 'long' | 'short';
  /** Funding rate per interval (positive: longs pay shorts). */
  readonly fundingRate: string;
  readonly fundingIntervalHours: number;
  readonly maintenanceMarginRate: string;
  readonly takerFeeRate: string;
}

export interface PerpetualRow {
  readonly at: number;
  readonly price: Decimal;
  /** The position's isolated margin after funding, in the quote. */
  readonly margin: Decimal;
  /** Maintenance / equity (1 = liquidation); null when equity ≤ 0. */
  readonly marginRatio: Decimal | null;
  readonly liquidationPrice: Decimal | null;
  /** Funding paid so far (negative: received), in the quote. */
  readonly fundingPaid: Decimal;
  readonly status: RiskStatus;
  /** Whether the position is open at this tick (before any liquidation at it). */
  readonly open: boolean;
  /** Status changes at this tick before a liquidation, as "normal → liquidation". */
  readonly changes: readonly string[];
  readonly plan?: FuturesLiquidationPlan;
  /** Status changes the liquidation made. */
  readonly afterPlan: readonly string[];
}

export interface PerpetualSimulation {
  readonly scenario: PerpetualScenario;
  readonly quantity: Decimal;
  readonly rows: readonly PerpetualRow[];
}

const MARKET = 'PERP';
const HOUR = 3_600_000;

/**
 * Replays a price path through an isolated perpetual position: deposit, open the largest position
 * the margin buys at the leverage (fee included) at the first price, then at each point settle the
 * funding instants passed (every `fundingIntervalHours` of UTC time, at the mark before the point)
 * and move the mark; at liquidation the engine takes the position over in full. Pure.
 */
export function simulatePerpetual(scenario: PerpetualScenario, path: readonly PricePoint[]): PerpetualSimulation {
  const first = path[0];
  if (first === undefined) throw new MarginError('INVALID_OPTION', 'the price path is empty', { field: 'path' });
  const leverage = toLeverage(scenario.leverage, 'leverage');
  let state: FuturesState = createFuturesAccount({
    marginMode: 'isolated',
    settlementAsset: scenario.quote,
    markets: { [MARKET]: { maxLeverage: leverage.lt(125) ? '125' : leverage, leverage, maintenanceMarginRate: scenario.maintenanceMarginRate, takerFeeRate: scenario.takerFeeRate, fundingIntervalHours: scenario.fundingIntervalHours } },
    marks: { [MARKET]: first.price },
    at: first.at,
  });
  const step = (command: FuturesCommand): readonly FuturesEvent[] => {
    const r = execute(state, command);
    if (!r.ok) throw new MarginError('INVALID_OPTION', `the scenario cannot ${command.type}: ${r.rejection.message}`, { field: command.type, code: r.rejection.code });
    state = r.state;
    return r.events;
  };
  step({ type: 'deposit', at: first.at, asset: scenario.quote, amount: scenario.deposit });
  const quantity = maxPositionSize({ margin: scenario.deposit, price: first.price, leverage, feeRate: scenario.takerFeeRate });
  if (quantity.eq(0)) throw new MarginError('INVALID_OPTION', 'the deposit buys no position at this price', { field: 'deposit' });
  step({ type: 'trade', at: first.at, market: MARKET, side: scenario.side === 'long' ? 'buy' : 'sell', quantity, price: first.price });
  const interval = scenario.fundingIntervalHours * HOUR;
  const rows: PerpetualRow[] = [];
  path.forEach((point, index) => {
    const changes: string[] = [];
    const note = (events: readonly FuturesEvent[]) => {
      for (const e of events) if (e.type === 'StatusChanged') changes.push(`${e.from} → ${e.to}`);
    };
    let plan: FuturesLiquidationPlan | undefined;
    if (index > 0 && state.positions[MARKET] !== undefined) {
      // funding instants in (previous point, this point]: 00:00, 08:00, 16:00 UTC for an 8-hour interval
      for (let t = (Math.floor(path[index - 1]!.at / interval) + 1) * interval; t <= point.at && state.positions[MARKET] !== undefined; t += interval) {
        note(step({ type: 'settleFunding', at: t, market: MARKET, rate: scenario.fundingRate }));
      }
    }
    if (index > 0) note(step({ type: 'updateMarks', at: point.at, marks: { [MARKET]: point.price } }));
    const view = positionView(state, MARKET);
    const status = state.status;
    const row = {
      at: point.at,
      price: point.price,
      margin: view?.margin ?? new D(0),
      marginRatio: view?.marginRatio ?? null,
      liquidationPrice: view?.liquidationPrice ?? null,
      fundingPaid: view?.fundingPaid ?? rows[rows.length - 1]?.fundingPaid ?? new D(0),
      status,
      open: view !== null && view !== undefined,
    };
    const before = [...changes];
    changes.length = 0;
    if (state.status === 'liquidation') {
      plan = planFuturesLiquidation(state);
      note(step({ type: 'liquidate', at: state.at, plan }));
    }
    rows.push({ ...row, changes: before, ...(plan && { plan }), afterPlan: [...changes] });
  });
  return { scenario, quantity, rows };
}
